import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { StepView, SubStepView, TimelineView } from '../model/view-model.js';
import type { LiveView } from '../live/link.js';
import { headingElement } from './heading.js';
import { chevronIcon, markerIcon } from './icons.js';

export interface TimelineViewContext {
  /** Level of the step titles. */
  headingLevel: number;
  t: Messages;
  format: Formatters;
  /** Prefix that keeps ids unique when several elements share a page (ids are per shadow root, but be safe). */
  idPrefix: string;
  isExpanded: (step: StepView) => boolean;
  onToggle: (step: StepView) => void;
  showHiddenFromResidents: boolean;
  /** The resident asked for every sub-step of this step, not only the newest ones. */
  showsAllSubSteps: (step: StepView) => boolean;
  onShowAllSubSteps: (step: StepView) => void;
  /** Live updates (CONTRACT 9): "Nieuw" by what just arrived, "Bijgewerkt om" under the list. */
  live?: LiveView | undefined;
}

/** CONTRACT 5: a step shows at most its 20 newest sub-steps at first, so a long history never blocks the page. */
export const SUB_STEP_LIMIT = 20;

/** `<ol role="list">`: Safari drops list semantics when `list-style: none`. */
export function renderTimeline(timeline: TimelineView, context: TimelineViewContext): TemplateResult {
  return html`<ol role="list" class="timeline" part="timeline">
    ${timeline.steps.map((step, index) => renderStep(step, index, timeline.steps.length, context))}
  </ol>${context.live?.footer}`;
}

function renderStep(step: StepView, index: number, count: number, context: TimelineViewContext): TemplateResult {
  const { t, format } = context;
  const title = step.title || t.untitledStep(index + 1);
  const hasDetails = step.explanation !== null || step.subSteps.length > 0;
  const expanded = hasDetails && context.isExpanded(step);
  const panelId = `${context.idPrefix}-${step.key}-panel`;
  const isLast = index === count - 1;
  const titleContent = html`<span class="visually-hidden">${t.stepState[step.state]}</span>${title}${context.live?.badge(step.key)}`;
  return html`<li
    class="step step--${step.state} ${isLast ? 'step--last' : ''}"
    part="step step-${step.state}"
    aria-current=${step.isCurrent ? 'step' : nothing}
  >
    <span class="step-marker" part="step-marker" aria-hidden="true">
      ${step.state === 'checked' ? markerIcon('checked') : html`<span class="step-number">${index + 1}</span>`}
    </span>
    <div class="step-body">
      ${headingElement(
        context.headingLevel,
        hasDetails
          ? html`<button
              type="button"
              class="step-toggle"
              aria-expanded=${expanded ? 'true' : 'false'}
              aria-controls=${panelId}
              @click=${() => context.onToggle(step)}
            >
              <span class="step-title-text">${titleContent}</span>${chevronIcon()}
            </button>`
          : html`<span class="step-title-text">${titleContent}</span>`,
        'step-title',
      )}
      ${step.date ? html`<p class="step-date"><time datetime=${step.date}>${format.date(step.date)}</time></p>` : nothing}
      ${context.showHiddenFromResidents && step.hiddenFromResidents
        ? html`<p class="step-note">${t.hiddenFromResidents}</p>`
        : nothing}
      ${hasDetails
        ? html`<div class="step-panel" id=${panelId} ?hidden=${!expanded}>
            ${step.explanation ? html`<p class="step-explanation">${step.explanation}</p>` : nothing}
            ${step.subSteps.length > 0 ? renderSubSteps(step, context) : nothing}
          </div>`
        : nothing}
    </div>
  </li>`;
}

function renderSubSteps(step: StepView, context: TimelineViewContext): TemplateResult {
  const { t, format } = context;
  const hidden = context.showsAllSubSteps(step) ? 0 : Math.max(0, step.subSteps.length - SUB_STEP_LIMIT);
  // Oldest first, so the earlier ones would stand above: the button stands where they will appear.
  return html`${hidden
      ? html`<button type="button" class="button button--secondary show-earlier" @click=${() => context.onShowAllSubSteps(step)}>
          ${t.showEarlierSubSteps(hidden)}
        </button>`
      : nothing}
    <ol role="list" class="sub-steps" part="sub-steps">
      ${step.subSteps.slice(hidden).map(
        (subStep) => html`<li
          class="sub-step ${subStep.isCurrent ? 'sub-step--current' : ''}"
          aria-current=${subStep.isCurrent ? 'true' : nothing}
          data-key=${subStep.key}
        >
          <span class="sub-step-marker" aria-hidden="true">${markerIcon(subStep.isCurrent ? 'current' : 'checked')}</span>
          <p class="sub-step-text">
            <span><span class="visually-hidden">${subStep.isCurrent ? t.latestSubStep : t.stepState.checked}</span>${subStep.text ?? nothing}${context.live?.badge(subStep.key)}</span>
            ${subStep.date ? html`<time class="sub-step-date" datetime=${subStep.date}>${format.date(subStep.date)}</time>` : nothing}
          </p>
        </li>`,
      )}
    </ol>`;
}
