import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MijnZakenElement } from '../../../src/index.js';

export interface RenderOptions {
  gateway: string;
  zaak?: string;
  attributes?: Record<string, string | boolean>;
}

/** Renders `<mijn-zaken>` and waits for its first `mijn-zaken-load` or `mijn-zaken-error`. */
export async function renderElement(options: RenderOptions): Promise<{ element: MijnZakenElement; event: CustomEvent }> {
  const element = document.createElement('mijn-zaken');
  element.setAttribute('gateway', options.gateway);
  if (options.zaak) element.setAttribute('zaak', options.zaak);
  for (const [name, value] of Object.entries(options.attributes ?? {})) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  const settled = Promise.race([oneEvent(element, 'mijn-zaken-load'), oneEvent(element, 'mijn-zaken-error')]);
  await fixture(html`<div>${element}</div>`);
  const event = (await settled) as CustomEvent;
  await element.updateComplete;
  return { element, event };
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

export function all<T extends Element = HTMLElement>(element: Element, selector: string): T[] {
  return [...shadow(element).querySelectorAll<T>(selector)];
}

export function one<T extends Element = HTMLElement>(element: Element, selector: string): T {
  const found = shadow(element).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

/** Visible text, whitespace folded. */
export function textOf(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the documents section has left its loading state. */
export async function documentsSettled(element: MijnZakenElement): Promise<void> {
  await waitUntil(() => !shadow(element).querySelector('.documents-loading'), 'documents still loading', {
    timeout: 5000,
  });
  await element.updateComplete;
}
