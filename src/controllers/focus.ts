import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Find = () => HTMLElement | null | undefined;

/**
 * Focus follows the resident to content that a later render shows: after each update the wanted target
 * is looked up and focused once it exists; `keep` holds the wish for the next update too (a retry that
 * still waits). Never left on <body>: an element that gets focus from script and has no tabindex gets -1.
 */
export class FocusController implements ReactiveController {
  #find: Find | null = null;
  #keep: (() => boolean) | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Focus what `find` returns after the next update that has it; `tabbable`: it is focusable already (a link). */
  want(find: Find, keep?: () => boolean, tabbable = false): void {
    this.#find = () => {
      const target = find();
      if (target && !tabbable && !target.hasAttribute('tabindex')) target.tabIndex = -1;
      return target;
    };
    this.#keep = keep;
  }

  clear(): void {
    this.#find = null;
  }

  hostUpdated(): void {
    const target = this.#find?.();
    if (!target) return;
    if (!this.#keep?.()) this.#find = null;
    target.focus();
  }
}
