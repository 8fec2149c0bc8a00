import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../views/heading.js';
import type { Announcement, UploadItem, UploadProblem } from './upload.controller.js';
import type { UploadCapabilities } from './upload.js';
import { percent } from './upload.js';
import { fileSize, typeList, type UploadMessages } from './upload.messages.js';

export interface UploadViewContext {
  headingLevel: number;
  t: UploadMessages;
  language: string;
  idPrefix: string;
}

export interface UploadViewState {
  upload: UploadCapabilities;
  items: readonly UploadItem[];
  problems: readonly UploadProblem[];
  announcement: Announcement;
}

export interface UploadCallbacks {
  onChoose: (files: File[]) => void;
  onCancel: (id: string) => void;
  onRetry: (id: string) => void;
}

/**
 * "Document toevoegen" (CONTRACT 8): a native file input (several files) with a visible label and
 * hint, the files refused before sending (the field marked, each with its own message), and per file
 * a progress bar with an accessible name, its state, Cancel and retry. A polite live region that is
 * always there says the progress in steps of 25 percent.
 */
export function renderUpload(state: UploadViewState, callbacks: UploadCallbacks, context: UploadViewContext): TemplateResult {
  const { t, idPrefix, language } = context;
  const id = `${idPrefix}-upload-file`;
  const maxSize = fileSize(state.upload.maxBytes, language);
  const problemText = (problem: UploadProblem) =>
    problem.problem === 'rejected' ? t.rejected(problem.name) : t.problems[problem.problem](problem.name, maxSize);
  const invalid = state.problems.length > 0;
  const choose = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // Empty again, so the same file can be chosen again after a cancel or a refusal.
    input.value = '';
    if (files.length > 0) callbacks.onChoose(files);
  };
  return html`<section class="acts acts-upload" part="upload" id="${idPrefix}-upload-section" aria-labelledby="${idPrefix}-upload-heading">
    ${heading(context.headingLevel, t.heading, { id: `${idPrefix}-upload-heading`, className: 'acts-heading' })}
    <div class="acts-form">
      <label class="acts-label" for=${id}>${t.label}</label>
      <p class="acts-subtle" id="${id}-hint">${t.hint(typeList(state.upload.accept, t), maxSize)}</p>
      ${invalid
        ? html`<ul class="acts-error acts-problems" id="${id}-error" role="list">
            ${state.problems.map((problem) => html`<li>${problemText(problem)}</li>`)}
          </ul>`
        : nothing}
      <input
        type="file"
        id=${id}
        class="acts-file"
        name="inhoud"
        multiple
        accept=${state.upload.accept.join(',')}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="${id}-hint${invalid ? ` ${id}-error` : ''}"
        @change=${choose}
      />
    </div>
    ${state.items.length === 0
      ? nothing
      : html`<ul class="acts-list acts-uploads" role="list">
          ${state.items.map((item) => renderItem(item, callbacks, context))}
        </ul>`}
    <p class="acts-sr" aria-live="polite">${spoken(state, t, problemText)}</p>
  </section>`;
}

function spoken(state: UploadViewState, t: UploadMessages, problemText: (problem: UploadProblem) => string): string {
  const announcement = state.announcement;
  if (announcement?.kind === 'problems') return state.problems.map(problemText).join(' ');
  if (announcement?.kind !== 'progress') return '';
  const item = state.items.find((i) => i.id === announcement.id);
  return item ? t.progressSpoken(item.name, announcement.percent) : '';
}

function statusText(item: UploadItem, t: UploadMessages): string {
  switch (item.phase) {
    case 'waiting':
      return t.waiting(item.name);
    case 'sending':
      return t.sending(item.name);
    case 'finishing':
      return t.finishing(item.name);
    case 'done':
      return t.received(item.name);
    case 'failed':
      return t.failed(item.name);
    case 'cancelling':
      return t.cancelling(item.name);
    case 'cancelled':
      return t.cancelled(item.name);
    case 'cleanup-failed':
      return t.cleanupFailed(item.name);
  }
}

function renderItem(item: UploadItem, callbacks: UploadCallbacks, context: UploadViewContext): TemplateResult {
  const { t } = context;
  const value = percent(item.sent, item.size);
  const busy = item.phase === 'waiting' || item.phase === 'sending' || item.phase === 'finishing' || item.phase === 'failed';
  const canCancel = item.phase === 'waiting' || item.phase === 'sending' || item.phase === 'failed' || item.phase === 'cleanup-failed';
  const canRetry = item.phase === 'failed' || item.phase === 'cleanup-failed';
  const reason = item.phase === 'failed' && item.failure ? (t.reasons[item.failure] ?? null) : null;
  return html`<li class="acts-item acts-upload-item" data-phase=${item.phase}>
    <p class="acts-item-title acts-file-name">${item.name}</p>
    ${busy
      ? html`<progress class="acts-progress" part="upload-progress" max="100" .value=${value} aria-label=${t.progressLabel(item.name)}>${value}%</progress>`
      : nothing}
    <p class=${item.phase === 'failed' || item.phase === 'cleanup-failed' ? 'acts-error-note' : item.phase === 'done' ? 'acts-received' : ''} id="${item.id}-status" tabindex="-1">
      ${statusText(item, t)}${reason ? html` ${reason}` : nothing}
    </p>
    ${canRetry || canCancel
      ? html`<p class="acts-buttons">
          ${canRetry ? html`<button type="button" class="acts-button" @click=${() => callbacks.onRetry(item.id)}>${t.retry(item.name)}</button>` : nothing}
          ${canCancel
            ? html`<button type="button" class="acts-button acts-button-secondary" @click=${() => callbacks.onCancel(item.id)}>${t.cancel(item.name)}</button>`
            : nothing}
        </p>`
      : nothing}
  </li>`;
}
