import { html, LitElement, type TemplateResult } from 'lit';

/**
 * A tiny host for one controller, without the element: it renders what the test gives it and has what
 * the loaders read of their host (gateway, credentials, token, headers).
 */
export class TestHost extends LitElement {
  static requestTimeoutMs = 15_000;
  gateway = '';
  credentials = 'same-origin';
  accessToken: string | null = null;
  headers: Readonly<Record<string, string>> | null = null;
  content: () => TemplateResult = () => html``;
  updates = 0;

  override render(): TemplateResult {
    return this.content();
  }

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('controller-test-host', TestHost);

/** A host, not yet connected: add the controller, then `connect` it. */
export const newHost = (): TestHost => document.createElement('controller-test-host') as TestHost;

export async function connect<T extends HTMLElement>(host: T, parent: Element = document.body): Promise<T> {
  parent.append(host);
  await (host as unknown as LitElement).updateComplete;
  return host;
}

export const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** Resolves when `check` holds (checked after each macrotask), or fails after ~2 s. */
export async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
