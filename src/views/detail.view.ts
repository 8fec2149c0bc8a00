import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { isConfidentiality } from '../model/documents.js';
import type { DocumentView, MissingPart, StepView, ZaakDetailView } from '../model/view-model.js';
import { heading } from './heading.js';
import { documentIcon } from './icons.js';
import { renderTimeline } from './timeline.view.js';

export type DocumentsState =
  | { kind: 'loading' }
  | { kind: 'failed'; onRetry: () => void }
  | { kind: 'ready'; documents: readonly DocumentView[]; failedDownloads?: ReadonlySet<string> };

export interface DetailViewContext {
  headingLevel: number;
  t: Messages;
  format: Formatters;
  idPrefix: string;
  isMedewerker: boolean;
  isExpanded: (step: StepView) => boolean;
  onToggle: (step: StepView) => void;
  showsAllSubSteps: (step: StepView) => boolean;
  onShowAllSubSteps: (step: StepView) => void;
}

/** CONTRACT 3: title and zaaknummer, then status first, then details, then documents. */
export function renderDetail(detail: ZaakDetailView, documents: DocumentsState, context: DetailViewContext): TemplateResult {
  const { t, headingLevel, idPrefix } = context;
  const sub = headingLevel + 1;
  return html`<article class="detail" part="detail" aria-labelledby="${idPrefix}-title">
    <header class="detail-header">
      ${heading(headingLevel, detail.title || t.untitledZaak, { id: `${idPrefix}-title`, className: 'detail-title' })}
      ${detail.identificatie
        ? html`<p class="zaaknummer"><span class="label">${t.zaaknummer}</span> <span class="value">${detail.identificatie}</span></p>`
        : nothing}
      ${detail.description ? html`<p class="description">${detail.description}</p>` : nothing}
    </header>

    <section class="section" aria-labelledby="${idPrefix}-status">
      ${heading(sub, t.statusHeading, { id: `${idPrefix}-status`, className: 'section-title' })}
      ${detail.suspension
        ? html`<div class="notice notice--warning">
            <p>${t.suspendedNotice}</p>
            ${detail.suspension.reason ? html`<p>${t.suspendedReason(detail.suspension.reason)}</p>` : nothing}
          </div>`
        : nothing}
      ${missingNote(detail, 'steps', t)}
      ${renderTimeline(detail.timeline, {
        headingLevel: sub + 1,
        t,
        format: context.format,
        idPrefix,
        isExpanded: context.isExpanded,
        onToggle: context.onToggle,
        showHiddenFromResidents: context.isMedewerker,
        showsAllSubSteps: context.showsAllSubSteps,
        onShowAllSubSteps: context.onShowAllSubSteps,
      })}
    </section>

    <section class="section" aria-labelledby="${idPrefix}-details">
      ${heading(sub, t.detailsHeading, { id: `${idPrefix}-details`, className: 'section-title' })}
      ${renderDetails(detail, context)}
      ${missingNote(detail, 'zaaktype', t)}${missingNote(detail, 'result', t)}
    </section>

    <section class="section" aria-labelledby="${idPrefix}-documents">
      ${heading(sub, t.documentsHeading, { id: `${idPrefix}-documents`, className: 'section-title' })}
      ${renderDocuments(documents, context)}
    </section>
  </article>`;
}

/** Show what can be shown: a short note where a part that could not be loaded would be. */
function missingNote(detail: ZaakDetailView, part: MissingPart, t: Messages): TemplateResult | typeof nothing {
  return detail.missing.includes(part) ? html`<p class="part-missing">${t.missingParts[part]}</p>` : nothing;
}

function renderDetails(detail: ZaakDetailView, context: DetailViewContext): TemplateResult {
  const { t, format } = context;
  const date = (value: string) => html`<time datetime=${value}>${format.date(value)}</time>`;
  const rows: Array<[string, unknown]> = [];
  if (detail.registratiedatum) rows.push([t.registratiedatum, date(detail.registratiedatum)]);
  if (detail.startdatum) rows.push([t.startdatum, date(detail.startdatum)]);
  if (detail.einddatum) {
    rows.push([t.einddatum, date(detail.einddatum)]);
  } else if (detail.expectedEndDate) {
    // A hint only while the date lies ahead: a passed date gets no alarming "te laat".
    const hint = format.until(detail.expectedEndDate);
    rows.push([t.expectedEndDate, html`${date(detail.expectedEndDate)}${hint ? html` <span class="date-hint">(${hint})</span>` : nothing}`]);
  }
  if (detail.result) {
    rows.push([
      t.result,
      html`${detail.result.title ? html`<span class="result-title">${detail.result.title}</span>` : nothing}
      ${detail.result.explanation ? html`<span class="result-explanation">${detail.result.explanation}</span>` : nothing}`,
    ]);
  }
  if (detail.suspension) rows.push([t.suspended, detail.suspension.reason ?? nothing]);
  if (context.isMedewerker && detail.vertrouwelijkheidaanduiding) {
    const level = detail.vertrouwelijkheidaanduiding;
    rows.push([t.confidentiality, isConfidentiality(level) ? t.confidentialityLevels[level] : level]);
  }
  return html`<dl class="details" part="details">
    ${rows.map(([label, value]) => html`<div class="details-row"><dt>${label}</dt><dd>${value}</dd></div>`)}
  </dl>`;
}

function renderDocuments(state: DocumentsState, context: DetailViewContext): TemplateResult {
  const { t, format } = context;
  switch (state.kind) {
    case 'loading':
      // Announced through the element's one status region; here only for the eye.
      return html`<p class="documents-message documents-loading" aria-hidden="true">${t.documentsLoading}</p>`;
    case 'failed':
      return html`<div class="documents-message" role="alert">
        <p>${t.documentsFailed}</p>
        <button type="button" class="button" @click=${state.onRetry}>${t.retry}</button>
      </div>`;
    case 'ready':
      if (state.documents.length === 0) return html`<p class="documents-message">${t.documentsEmpty}</p>`;
      return html`<ul role="list" class="documents" part="documents">
        ${state.documents.map((document) => {
          const meta = [document.fileType, document.size === null ? null : format.fileSize(document.size)]
            .filter((part): part is string => part !== null)
            .join(', ');
          const title = html`${documentIcon()}<span class="document-title">${document.title}</span>${meta
              ? html` <span class="document-meta">(${meta})</span>`
              : nothing}`;
          return html`<li class="document" part="document">
            ${document.href
              ? html`<a class="document-link" href=${document.href} download=${document.fileName ?? ''}>${title}</a>`
              : html`<span class="document-link">${title}</span>`}
            ${document.href && state.failedDownloads?.has(document.href)
              ? html`<span class="document-error" role="alert">${t.downloadFailed}</span>`
              : nothing}
            ${document.date
              ? html`<time class="document-date" datetime=${document.date}>${format.date(document.date)}</time>`
              : nothing}
          </li>`;
        })}
      </ul>`;
  }
}
