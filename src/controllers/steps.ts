import type { ReactiveController, ReactiveElement } from 'lit';
import type { StepView } from '../model/view-model.js';

/**
 * Which steps are open (the current one is, until the resident says otherwise) and which show their whole
 * history (CONTRACT 5: 20 newest sub-steps at first). After "Toon alle N eerdere stappen" the button is
 * gone, so focus moves to the oldest sub-step, where the new ones begin. Another zaak starts afresh (`reset`).
 */
export class StepsController implements ReactiveController {
  #host: ReactiveElement;
  #expanded = new Map<string, boolean>();
  #showsAll = new Set<string>();
  #focusKey: string | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The current step starts open. That first state is kept, so a live update (CONTRACT 9) that makes another
   * step current opens or closes nothing the resident has seen; a step reached since opens as current.
   */
  isExpanded = (step: StepView): boolean => this.#expanded.get(step.key) ?? (this.#expanded.set(step.key, step.isCurrent), step.isCurrent);

  toggle = (step: StepView): void => {
    this.#expanded.set(step.key, !this.isExpanded(step));
    this.#host.requestUpdate();
  };

  showsAll = (step: StepView): boolean => this.#showsAll.has(step.key);

  showAll = (step: StepView): void => {
    this.#showsAll.add(step.key);
    this.#focusKey = step.subSteps[0]?.key;
    this.#host.requestUpdate();
  };

  reset(): void {
    this.#expanded = new Map();
    this.#showsAll = new Set();
  }

  hostUpdated(): void {
    const target = this.#focusKey && this.#host.renderRoot.querySelector<HTMLElement>(`.sub-step[data-key="${this.#focusKey}"]`);
    if (!target) return;
    this.#focusKey = undefined;
    target.tabIndex = -1;
    target.focus();
  }
}
