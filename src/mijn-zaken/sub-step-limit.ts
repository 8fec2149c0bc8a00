import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepView } from '../model/view-model.js';

/**
 * Which steps show their whole history (CONTRACT 5: 20 newest sub-steps at first). After "Toon alle N
 * eerdere stappen" the button is gone, so focus moves to the oldest sub-step, where the new ones begin.
 */
export class SubStepLimit implements ReactiveController {
  private shown = new Set<string>();
  private focusKey?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  showsAll = (step: StepView): boolean => this.shown.has(step.key);

  showAll = (step: StepView): void => {
    this.shown.add(step.key);
    this.focusKey = step.subSteps[0]?.key;
    this.host.requestUpdate();
  };

  /** Another zaak: every step starts with its newest sub-steps again. */
  reset(): void {
    this.shown = new Set();
  }

  hostUpdated(): void {
    const target = this.focusKey && this.host.shadowRoot?.querySelector<HTMLElement>(`.sub-step[data-key="${this.focusKey}"]`);
    if (!target) return;
    this.focusKey = undefined;
    target.tabIndex = -1;
    target.focus();
  }
}
