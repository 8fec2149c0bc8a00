import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { isConfidentiality } from '../model/documents.js';
import type { MissingPart, StepView, ZaakDetailView } from '../model/view-model.js';
import type { SectionState } from '../vocabulary.js';
import type { LiveView } from '../live/link.js';
import { headingElement } from './heading.js';
import { renderTimeline } from './timeline.view.js';

/** A section of the detail (documents; later questions, tasks), rendered from its state: see src/mijn-zaken/sections.ts. */
export interface SectionView {
  key: string;
  heading: string;
  /** Shown while it loads, and when it failed. */
  loading: string;
  failed: string;
  /** Ready: the section's rendered content. */
  state: SectionState<unknown>;
}

export interface DetailViewContext {
  headingLevel: number;
  t: Messages;
  format: Formatters;
  idPrefix: string;
  isMedewerker: boolean;
  /** The acts module's sections (CONTRACT 8): [above the timeline, after the documents]. */
  acts?: readonly unknown[] | undefined;
  isExpanded: (step: StepView) => boolean;
  onToggle: (step: StepView) => void;
  showsAllSubSteps: (step: StepView) => boolean;
  onShowAllSubSteps: (step: StepView) => void;
  /** Live updates' marks and line (CONTRACT 9), when the live module runs. */
  live?: LiveView | undefined;
}

/** CONTRACT 3: title and zaaknummer, then status first, then details, then the sections (documents). */
export function renderDetail(detail: ZaakDetailView, sections: readonly SectionView[], context: DetailViewContext): TemplateResult {
  const { t, headingLevel, idPrefix } = context;
  const sub = headingLevel + 1;
  return html`<article class="detail" part="detail" aria-labelledby="${idPrefix}-title">
    <header class="detail-header">
      ${headingElement(headingLevel, detail.title || t.untitledZaak, 'detail-title', `${idPrefix}-title`)}
      ${detail.identificatie
        ? html`<p class="zaaknummer"><span class="label">${t.zaaknummer}</span> <span class="value">${detail.identificatie}</span></p>`
        : nothing}
      ${detail.description ? html`<p class="description">${detail.description}</p>` : nothing}
    </header>

    ${context.acts?.[0]}
    <section class="section" aria-labelledby="${idPrefix}-status">
      ${headingElement(sub, t.statusHeading, 'section-title', `${idPrefix}-status`)}
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
        live: context.live,
      })}
    </section>

    <section class="section" aria-labelledby="${idPrefix}-details">
      ${headingElement(sub, t.detailsHeading, 'section-title', `${idPrefix}-details`)}
      ${renderDetails(detail, context)}
      ${missingNote(detail, 'zaaktype', t)}${missingNote(detail, 'result', t)}
    </section>

    ${sections.map((section) => renderSection(section, sub, context))}${context.acts?.[1]}
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

function renderSection({ key, heading: title, loading, failed, state }: SectionView, level: number, { t, idPrefix }: DetailViewContext): TemplateResult {
  return html`<section class="section" aria-labelledby="${idPrefix}-${key}">
    ${headingElement(level, title, 'section-title', `${idPrefix}-${key}`)}
    ${state.kind === 'ready'
      ? state.value
      : state.kind === 'loading'
        ? // Announced through the element's one status region; here only for the eye.
          html`<p class="${key}-message ${key}-loading" aria-hidden="true">${loading}</p>`
        : html`<div class="${key}-message" role="alert">
            <p>${failed}</p>
            <button type="button" class="button" @click=${state.onRetry}>${t.retry}</button>
          </div>`}
  </section>`;
}
