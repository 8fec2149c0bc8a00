import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../views/heading.js';
import type { ActsFormat, ActsMessages } from './messages.js';
import { characterCount, type QuestionProblem, type QuestionView } from './questions.js';
import type { TaskView } from './tasks.js';

/** A section's data as the element's section table holds it. */
export type ActsSection<T> = { kind: 'loading' } | { kind: 'failed'; onRetry: () => void } | { kind: 'ready'; value: T };

export interface ActsViewContext {
  headingLevel: number;
  t: ActsMessages;
  format: ActsFormat;
  /** `YYYY-MM-DD` in Amsterdam: for "this year" dates. */
  today: string;
  /** Unique per element: ids for aria-labelledby and aria-describedby. */
  idPrefix: string;
}

/** "Actie nodig" (CONTRACT 3.5, 8): nothing while loading or without open tasks, a short note when it failed. */
export function renderTasks(section: ActsSection<readonly TaskView[]>, context: ActsViewContext): TemplateResult | typeof nothing {
  const { t, idPrefix } = context;
  if (section.kind === 'loading' || (section.kind === 'ready' && section.value.length === 0)) return nothing;
  return html`<section class="acts acts-tasks" part="tasks" aria-labelledby="${idPrefix}-tasks">
    ${heading(context.headingLevel, t.tasksHeading, { id: `${idPrefix}-tasks`, className: 'acts-heading' })}
    ${section.kind === 'failed'
      ? failedNote(t.tasksFailed, t.retry, section.onRetry)
      : html`<ul class="acts-list" role="list">
          ${section.value.map((task) => renderTask(task, context))}
        </ul>`}
  </section>`;
}

function renderTask(task: TaskView, context: ActsViewContext): TemplateResult {
  const { t, format } = context;
  const day = task.deadline === null ? null : format.day(task.deadline, context.today);
  return html`<li class="acts-item acts-task" part="task">
    ${heading(context.headingLevel + 1, task.title ?? t.untitledTask, { className: 'acts-item-title' })}
    ${task.explanation ? html`<p>${task.explanation}</p>` : nothing}
    ${task.amount
      ? html`<p><span class="acts-label">${t.amount}</span> ${format.money(task.amount.value, task.amount.currency)}</p>`
      : nothing}
    ${day === null
      ? nothing
      : html`<p class="acts-deadline"><time datetime=${task.deadline ?? ''}>${task.overdue ? t.deadlinePassed(day) : t.deadline(day)}</time></p>`}
    ${task.link && task.kind !== 'other' ? html`<p><a class="acts-link" href=${task.link}>${t.link[task.kind]}</a></p>` : nothing}
  </li>`;
}

function failedNote(text: string, retry: string, onRetry: () => void): TemplateResult {
  return html`<div class="acts-note">
    <p>${text}</p>
    <button type="button" class="acts-button" @click=${onRetry}>${retry}</button>
  </div>`;
}

/** What the question form shows; the element keeps it (the draft survives every failure). */
export interface QuestionFormState {
  draft: string;
  maxLength: number;
  phase: 'idle' | 'sending' | 'sent' | 'failed';
  /** A check before sending, or the gateway's `400` (kind `rejected`) with its own message. */
  problem: { kind: QuestionProblem } | { kind: 'rejected'; message: string | null } | null;
}

export interface QuestionFormCallbacks {
  onInput: (draft: string) => void;
  onSubmit: (draft: string) => void;
}

/** Thresholds near the limit at which the remaining count is said (politely), so not on every keystroke. */
const NEAR_LIMIT = [10, 25, 50, 100] as const;

/** The polite announcement for a draft: empty far from the limit, so the live region stays still. */
export function countAnnouncement(draft: string, maxLength: number, t: ActsMessages): string {
  const remaining = maxLength - characterCount(draft);
  if (remaining <= 0) return t.atLimit(maxLength);
  const threshold = NEAR_LIMIT.find((n) => remaining < n);
  return threshold === undefined ? '' : t.nearLimit(threshold);
}

/**
 * "Uw vragen over deze zaak" (CONTRACT 3.6, 8): the threads oldest first, each answer under its
 * question, and the form when the gateway lets the resident ask (`form` null: no form).
 */
export function renderQuestions(
  section: ActsSection<readonly QuestionView[]>,
  form: { state: QuestionFormState; callbacks: QuestionFormCallbacks } | null,
  context: ActsViewContext,
): TemplateResult {
  const { t, idPrefix } = context;
  return html`<section class="acts acts-questions" part="questions" aria-labelledby="${idPrefix}-questions">
    ${heading(context.headingLevel, t.questionsHeading, { id: `${idPrefix}-questions`, className: 'acts-heading' })}
    ${section.kind === 'loading'
      ? html`<p class="acts-subtle">${t.questionsLoading}</p>`
      : section.kind === 'failed'
        ? failedNote(t.questionsFailed, t.retry, section.onRetry)
        : section.value.length === 0
          ? html`<p>${t.noQuestions}</p>`
          : html`<ol class="acts-list" role="list">
              ${section.value.map((question) => renderQuestion(question, context))}
            </ol>`}
    ${form ? renderQuestionForm(form.state, form.callbacks, context) : nothing}
  </section>`;
}

function when(date: string | null, channel: string | null, words: (date: string) => string, format: ActsFormat): TemplateResult | typeof nothing {
  if (date === null && channel === null) return nothing;
  return html`<p class="acts-subtle">${date === null ? nothing : html`<time datetime=${date}>${words(format.date(date))}</time>`}${date !== null && channel !== null ? ' ' : nothing}${channel ?? nothing}</p>`;
}

function renderQuestion(question: QuestionView, context: ActsViewContext): TemplateResult {
  const { t, format } = context;
  return html`<li class="acts-item acts-question" part="question">
    ${heading(context.headingLevel + 1, t.yourQuestion, { className: 'acts-item-title' })}
    ${when(question.date, question.channel && t.channel[question.channel], t.askedOn, format)}
    <p class="acts-text">${question.text}</p>
    ${question.answers.length === 0
      ? html`<p class="acts-subtle acts-no-answer">${t.noAnswer}</p>`
      : question.answers.map(
          (answer) => html`<div class="acts-answer" part="answer">
            <p class="acts-label">${t.answer}</p>
            ${when(answer.date, answer.channel && t.channel[answer.channel], t.answeredOn, format)}
            <p class="acts-text">${answer.text}</p>
          </div>`,
        )}
  </li>`;
}

function renderQuestionForm(state: QuestionFormState, callbacks: QuestionFormCallbacks, context: ActsViewContext): TemplateResult {
  const { t, idPrefix } = context;
  const id = `${idPrefix}-question`;
  const remaining = Math.max(0, state.maxLength - characterCount(state.draft));
  const problem = state.problem;
  const problemText =
    problem === null ? null : problem.kind === 'rejected' ? (problem.message ?? t.rejected) : t.problems[problem.kind](state.maxLength);
  const sending = state.phase === 'sending';
  const submit = (event: Event) => {
    event.preventDefault();
    // aria-disabled, not disabled: a disabled button would drop the focus to the page.
    if (!sending) callbacks.onSubmit(state.draft);
  };
  return html`<form class="acts-form" part="question-form" novalidate aria-labelledby="${id}-heading" @submit=${submit}>
    ${heading(context.headingLevel + 1, t.formHeading, { id: `${id}-heading`, className: 'acts-item-title' })}
    <label class="acts-label" for=${id}>${t.label}</label>
    <p class="acts-subtle" id="${id}-hint">${t.hint}</p>
    ${problemText === null ? nothing : html`<p class="acts-error" id="${id}-error">${problemText}</p>`}
    <textarea
      id=${id}
      class="acts-textarea"
      name="inhoud"
      rows="5"
      maxlength=${state.maxLength}
      aria-invalid=${problem === null ? 'false' : 'true'}
      aria-describedby="${id}-hint ${id}-count${problemText === null ? '' : ` ${id}-error`}"
      .value=${state.draft}
      @input=${(event: Event) => callbacks.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="acts-subtle" id="${id}-count">${t.remaining(remaining, state.maxLength)}</p>
    <p class="acts-sr" aria-live="polite">${countAnnouncement(state.draft, state.maxLength, t)}</p>
    <p><button type="submit" class="acts-button" aria-disabled=${sending ? 'true' : 'false'}>${t.send}</button></p>
    <div role="status" class="acts-status">
      ${sending ? html`<p>${t.sending}</p>` : nothing}
      ${state.phase === 'sent' ? html`<p class="acts-received" id="${id}-received" tabindex="-1">${t.received}</p>` : nothing}
      ${state.phase === 'failed' ? html`<p class="acts-error-note" id="${id}-failed" tabindex="-1">${t.sendFailed}</p>` : nothing}
    </div>
  </form>`;
}
