import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite status region that is in the DOM from the first render on and only changes its text:
 * screen readers often skip a live region that is inserted together with its text. Loading texts, page
 * changes and search results go through it; later features (a new step) can `say` through it too.
 * Its text is written straight into the node (Lit renders the node, never its content): no re-render.
 */
export class LiveRegion implements ReactiveController {
  #host: ReactiveControllerHost & { renderRoot: ParentNode };
  #text = '';
  /** The text only appears once the empty region has been on the page for a moment. */
  #ready = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer = setTimeout(() => {
      this.#ready = true;
      this.#write();
    }, 150);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#ready = false;
  }

  /** Replaces what the region says (an empty string clears it). */
  say(text: string): void {
    this.#text = text;
    this.#write();
  }

  #write(): void {
    const node = this.#host.renderRoot.querySelector('.live-region');
    if (this.#ready && node && node.textContent !== this.#text) node.textContent = this.#text;
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden live-region" role="status"></div>`;
  }
}
