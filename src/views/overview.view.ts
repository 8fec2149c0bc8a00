import { html, nothing, type TemplateResult } from 'lit';
import type { Formatters } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { OverviewView, ZaakSummaryView } from '../model/overview.js';
import { headingElement } from './heading.js';

export const PAGE_SIZE = 10;
/** From this many zaken on, a compact list with search and pages (Mijn Services research); below it, cards. */
export const LIST_THRESHOLD = 10;

export type OverviewSection = 'open' | 'closed';

export interface OverviewViewContext {
  headingLevel: number;
  t: Messages;
  format: Formatters;
  idPrefix: string;
  /** CONTRACT 8: "Actie nodig" for a zaak with an open task (the acts module's). */
  mark?: ((summary: ZaakSummaryView) => string | undefined) | undefined;
  /** Total before searching; decides cards or list. */
  total: number;
  query: string;
  pages: Readonly<Record<OverviewSection, number>>;
  /** A fragment link (`#zaak=…`) when the element owns the URL hash; null for a button. */
  hrefFor: (summary: ZaakSummaryView) => string | null;
  onSelect: (summary: ZaakSummaryView, event: Event) => void;
  onSearch: (query: string) => void;
  /** `count`: the number of pages, for the announcement. */
  onPage: (section: OverviewSection, page: number, count: number) => void;
}

/** The resident's zaken: open ones first, then closed ones, each a section with a heading and a count. */
export function renderOverview(overview: OverviewView, context: OverviewViewContext): TemplateResult {
  const { t, headingLevel, idPrefix, total } = context;
  const isList = total >= LIST_THRESHOLD;
  const found = overview.open.length + overview.closed.length;
  return html`<section class="overview ${isList ? 'overview--list' : 'overview--cards'}" part="overview" aria-labelledby="${idPrefix}-overview">
    ${headingElement(headingLevel, t.overviewHeading, 'detail-title', `${idPrefix}-overview`)}
    ${total === 0
      ? html`<slot name="empty"><p class="overview-empty">${t.noZaken}</p></slot>`
      : html`${isList ? renderSearch(context, found) : nothing}
          ${renderSection('open', overview.open, context)} ${renderSection('closed', overview.closed, context)}`}
  </section>`;
}

function renderSearch(context: OverviewViewContext, found: number): TemplateResult {
  const { t, idPrefix } = context;
  return html`<div class="search" role="search">
    <label class="search-label" for="${idPrefix}-search">${t.searchLabel}</label>
    <input
      id="${idPrefix}-search"
      class="search-input"
      type="search"
      autocomplete="off"
      .value=${context.query}
      @input=${(event: InputEvent) => context.onSearch((event.target as HTMLInputElement).value)}
    />
    <p class="search-result">${context.query.trim() ? t.searchResult(found) : nothing}</p>
  </div>`;
}

function renderSection(section: OverviewSection, summaries: readonly ZaakSummaryView[], context: OverviewViewContext): TemplateResult | typeof nothing {
  const { t, idPrefix, headingLevel } = context;
  if (summaries.length === 0 && section === 'closed') return nothing;
  const pageCount = Math.max(1, Math.ceil(summaries.length / PAGE_SIZE));
  const isList = context.total >= LIST_THRESHOLD;
  const page = isList ? Math.min(Math.max(context.pages[section], 1), pageCount) : 1;
  const shown = isList ? summaries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) : summaries;
  const headingId = `${idPrefix}-${section}`;
  return html`<section class="overview-section" aria-labelledby=${headingId}>
    ${headingElement(headingLevel + 1, html`${section === 'open' ? t.openHeading : t.closedHeading} <span class="count">(${summaries.length})</span>`, 'section-title', headingId)}
    ${summaries.length === 0
      ? html`<p>${context.query.trim() ? t.noSearchResult : t.noOpenZaken}</p>`
      : html`<ul role="list" class="zaken">
          ${shown.map((summary) => renderZaak(summary, context))}
        </ul>`}
    ${isList && pageCount > 1 ? renderPagination(section, page, pageCount, context) : nothing}
  </section>`;
}

function renderZaak(summary: ZaakSummaryView, context: OverviewViewContext): TemplateResult {
  const { t, format } = context;
  const href = context.hrefFor(summary);
  const select = (event: Event) => context.onSelect(summary, event);
  const title = html`<span class="zaak-title-text">${summary.title || t.untitledZaak}</span>`;
  // The link's name tells zaken with the same title apart (2.4.9), visible title first (2.5.3). From a
  // hidden node: browse mode reads zaaknummer and date once, in the facts below.
  const nameId = `${context.idPrefix}-name-${summary.uuid}`;
  // "Bezwaar WOZ-waarde, zaaknummer ZAAK-2026-0000123, aanvraag ingediend op 12 oktober 2026", from the labels shown.
  const mark = context.mark?.(summary);
  const name = [
    summary.title || t.untitledZaak,
    mark,
    summary.identificatie && `${t.zaaknummer.toLowerCase()} ${summary.identificatie}`,
    summary.registratiedatum && `${t.registratiedatum.toLowerCase()} ${format.date(summary.registratiedatum)}`,
  ]
    .filter(Boolean)
    .join(', ');
  return html`<li class="zaak ${summary.isClosed ? 'zaak--closed' : ''}" part="zaak" data-uuid=${summary.uuid}>
    ${headingElement(
      context.headingLevel + 2,
      href === null
        ? html`<button type="button" class="zaak-link" aria-labelledby=${nameId} @click=${select}>${title}</button>`
        : html`<a class="zaak-link" href=${href} aria-labelledby=${nameId} @click=${select}>${title}</a>`,
      'zaak-title',
    )}
    <span id=${nameId} hidden>${name}</span>${mark && html`<p class="zaak-mark">${mark}</p>`}
    <dl class="zaak-facts">
      ${summary.identificatie
        ? html`<div class="zaak-fact"><dt>${t.zaaknummer}</dt><dd class="zaaknummer-value">${summary.identificatie}</dd></div>`
        : nothing}
      ${summary.registratiedatum
        ? html`<div class="zaak-fact">
            <dt>${t.registratiedatum}</dt>
            <dd><time datetime=${summary.registratiedatum}>${format.date(summary.registratiedatum)}</time></dd>
          </div>`
        : nothing}
      <div class="zaak-fact">
        <dt>${t.statusHeading}</dt>
        <dd>${summary.isClosed ? t.closedStatus : (summary.statusTitle ?? t.unknownStatus)}</dd>
      </div>
    </dl>
  </li>`;
}

function renderPagination(section: OverviewSection, page: number, pageCount: number, context: OverviewViewContext): TemplateResult {
  const { t } = context;
  // At the first and last page the button stays, marked unavailable (aria-disabled keeps it focusable):
  // a button that hides or gets `disabled` under the resident's focus drops focus to <body>.
  const button = (label: string, to: number, unavailable: boolean) =>
    html`<button
      type="button"
      class="button button--secondary"
      aria-disabled=${unavailable ? 'true' : 'false'}
      @click=${() => unavailable || context.onPage(section, to, pageCount)}
    >
      ${label}
    </button>`;
  return html`<nav class="pagination" aria-label=${section === 'open' ? t.paginationOpen : t.paginationClosed}>
    ${button(t.previousPage, page - 1, page <= 1)}
    <span class="pagination-status">${t.pageOf(page, pageCount)}</span>
    ${button(t.nextPage, page + 1, page >= pageCount)}
  </nav>`;
}
