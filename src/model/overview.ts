import { day, isUuid, lookupLabel, objectOrNull, records, text } from './text.js';
import type { Status, StatusType, Zaak, ZaakType } from './zgw.js';

export interface ZaakSummaryView {
  uuid: string;
  identificatie: string | null;
  /** Zaaktype `omschrijving`, else zaak `omschrijving`, else the identificatie. */
  title: string;
  registratiedatum: string | null;
  startdatum: string | null;
  einddatum: string | null;
  /** The current step's title in plain words (labels applied); null when unknown. */
  statusTitle: string | null;
  isClosed: boolean;
}

export interface OverviewView {
  /** Newest `startdatum` first. */
  open: ZaakSummaryView[];
  /** Newest `einddatum` first. */
  closed: ZaakSummaryView[];
}

/** Catalogue and status data by back-end URL; filled from `_expand` or from separate requests. */
export interface OverviewInput {
  zaken: readonly Zaak[];
  zaaktypen: ReadonlyMap<string, ZaakType>;
  statussen: ReadonlyMap<string, Status>;
  statustypen: ReadonlyMap<string, StatusType>;
  labels?: Readonly<Record<string, string>> | null;
}

/** CONTRACT 3 (overview): open zaken first, then closed ones. Zaken without a UUID cannot be opened and are left out. */
export function toOverviewView(input: OverviewInput): OverviewView {
  const seen = new Set<string>();
  const summaries = records<Zaak>(input.zaken)
    .filter((zaak) => {
      const uuid = text(zaak.uuid);
      if (!isUuid(uuid) || seen.has(uuid)) return false;
      seen.add(uuid);
      return true;
    })
    .map((zaak) => toSummary(zaak, input));
  const time = (date: string | null) => (date === null ? Number.NEGATIVE_INFINITY : Date.parse(date) || Number.NEGATIVE_INFINITY);
  const newest = (pick: (summary: ZaakSummaryView) => string | null) => (a: ZaakSummaryView, b: ZaakSummaryView) =>
    time(pick(b)) - time(pick(a));
  return {
    open: summaries.filter((summary) => !summary.isClosed).sort(newest((summary) => summary.startdatum ?? summary.registratiedatum)),
    closed: summaries.filter((summary) => summary.isClosed).sort(newest((summary) => summary.einddatum)),
  };
}

function toSummary(zaak: Zaak, input: OverviewInput): ZaakSummaryView {
  const zaaktypeUrl = text(zaak.zaaktype);
  const zaaktype = objectOrNull(zaaktypeUrl === null ? null : input.zaaktypen.get(zaaktypeUrl));
  const statusUrl = text(zaak.status);
  const status = objectOrNull(statusUrl === null ? null : input.statussen.get(statusUrl));
  const statustypeUrl = text(status?.statustype);
  const statustype = objectOrNull(statustypeUrl === null ? null : input.statustypen.get(statustypeUrl));
  const omschrijving = text(statustype?.omschrijving);
  const identificatie = text(zaak.identificatie);
  const einddatum = day(zaak.einddatum);
  return {
    uuid: text(zaak.uuid) ?? '',
    identificatie,
    title: text(zaaktype?.omschrijving) ?? text(zaak.omschrijving) ?? identificatie ?? '',
    registratiedatum: day(zaak.registratiedatum),
    startdatum: day(zaak.startdatum),
    einddatum,
    statusTitle: lookupLabel(input.labels, statustypeUrl) ?? lookupLabel(input.labels, omschrijving) ?? omschrijving,
    isClosed: text(zaak.einddatum) !== null,
  };
}

/** Folds case, accents, spaces and dashes, so "zaak 2026 123" finds "ZAAK-2026-0000123"-like numbers too. */
function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-_./]+/g, ' ')
    .trim();
}

/**
 * What a summary is searched by, folded once per summary: the search runs on every keystroke, and
 * folding (Unicode normalisation) every title each time made typing lag with thousands of zaken.
 */
const haystacks = new WeakMap<ZaakSummaryView, string>();

function haystackOf(summary: ZaakSummaryView): string {
  let haystack = haystacks.get(summary);
  if (haystack === undefined) {
    const identificatie = text(summary.identificatie) ?? '';
    haystack = `${fold(String(summary.title))} ${fold(identificatie)} ${identificatie.replace(/\D/g, '')}`;
    haystacks.set(summary, haystack);
  }
  return haystack;
}

/** The summaries whose title or zaaknummer contains every word of the query. */
export function searchSummaries(summaries: readonly ZaakSummaryView[], query: string): ZaakSummaryView[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...summaries];
  return summaries.filter((summary) => {
    const haystack = haystackOf(summary);
    return words.every((word) => haystack.includes(word));
  });
}
