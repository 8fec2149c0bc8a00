import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Focus follows the resident to content that a later render shows: after each update the wanted target
 * is looked up and focused once it exists; `keep` holds the wish for the next update too (a retry that
 * still waits). Never left on <body>: an element that gets focus from script and has no tabindex gets -1.
 */
export class FocusController implements ReactiveController {
  #host: ReactiveElement;
  #selector: string | null = null;
  #keep: (() => boolean) | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /** Focus the first match of `selector` in the host's shadow root after the next update that has one. */
  want(selector: string, keep?: () => boolean): void {
    this.#selector = selector;
    this.#keep = keep;
  }

  clear(): void {
    this.#selector = null;
  }

  hostUpdated(): void {
    const target = this.#selector && this.#host.renderRoot.querySelector<HTMLElement>(this.#selector);
    if (!target) return;
    if (!this.#keep?.()) this.#selector = null;
    // Links and buttons (tabIndex 0) are focusable as they are; a heading or box is made so, outside the tab order.
    if (target.tabIndex < 0) target.tabIndex = -1;
    target.focus();
  }
}
