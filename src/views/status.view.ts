import { html, nothing, type TemplateResult } from 'lit';
import type { ErrorKind } from '../vocabulary.js';
import type { Messages } from '../i18n/messages.js';

/**
 * For the eye only: the element's one status region (live-region.ts) says the same to screen readers.
 * Below it, empty blocks shaped like what comes (a zaak: heading, steps, details; the overview: cards)
 * hold its space, so the page below does not jump when it arrives.
 */
export function renderLoading(message: string, shape: 'detail' | 'overview', blocks: number): TemplateResult {
  return html`<div class="loading" aria-hidden="true">
    <span class="spinner"></span>
    <span>${message}</span>
  </div>
  <div class="skeleton ${shape}-skeleton" aria-hidden="true">${Array.from({ length: blocks }, () => html`<i></i>`)}</div>`;
}

/** "Terug naar overzicht", above a zaak opened from the overview. */
export function renderBackButton(t: Messages, onBack: () => void): TemplateResult {
  return html`<p class="back"><button type="button" class="back-button" @click=${onBack}>
    <svg class="back-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M10 3L5 8l5 5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>
    ${t.backToOverview}
  </button></p>`;
}

export interface ErrorViewContext {
  t: Messages;
  /** Null when a retry cannot help. */
  onRetry: (() => void) | null;
  /** Seconds until the retry runs by itself (after `Retry-After`); null when none is scheduled. */
  retryInSeconds: number | null;
}

/** One clear sentence per kind; the `login` slot replaces the default text on 401. `help` always follows. */
export function renderError(kind: ErrorKind, context: ErrorViewContext): TemplateResult {
  const { t } = context;
  const message = html`<p class="error-message">${t.errors[kind]}</p>`;
  return html`<div class="error" part="error" role="alert">
    ${kind === 'unauthorized' ? html`<slot name="login">${message}</slot>` : message}
    ${context.retryInSeconds !== null ? html`<p class="error-retry-in">${t.retryIn(context.retryInSeconds)}</p>` : nothing}
    ${context.onRetry && context.retryInSeconds === null
      ? html`<button type="button" class="button" @click=${context.onRetry}>${t.retry}</button>`
      : nothing}
    <slot name="help"></slot>
  </div>`;
}
