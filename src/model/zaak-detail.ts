import { expectedEndDate } from './expected-end-date.js';
import { day, isRecord, text } from './text.js';
import { buildTimeline } from './timeline.js';
import type { Resultaat, ResultaatType, Status, StatusType, Zaak, ZaakType } from './zgw.js';
import type { Audience, MissingPart, ZaakDetailView } from './view-model.js';

export interface ZaakDetailInput {
  zaak: Zaak;
  zaaktype: ZaakType | null;
  statustypen: readonly StatusType[];
  statussen: readonly Status[];
  resultaat: Resultaat | null;
  resultaattype: ResultaatType | null;
  /** The current status's statustype when it is not among `statustypen`. */
  currentStatustype?: StatusType | null;
  /** Optional parts that could not be loaded. */
  missing?: readonly MissingPart[] | null;
  audience: Audience;
  hideUninformed: boolean;
  labels?: Readonly<Record<string, string>> | null;
}

const MISSING_PARTS: readonly MissingPart[] = ['zaaktype', 'steps', 'result'];

/** CONTRACT 3 (detail) and 4. Never throws on malformed input. */
export function toZaakDetailView(input: ZaakDetailInput): ZaakDetailView {
  const zaak: Zaak = isRecord(input.zaak) ? input.zaak : {};
  const zaaktype = isRecord(input.zaaktype) ? input.zaaktype : null;
  const resultaat = isRecord(input.resultaat) ? input.resultaat : null;
  const resultaattype = isRecord(input.resultaattype) ? input.resultaattype : null;
  const identificatie = text(zaak.identificatie);
  const omschrijving = text(zaak.omschrijving);
  const title = text(zaaktype?.omschrijving) ?? omschrijving ?? identificatie ?? '';
  const einddatum = day(zaak.einddatum);
  const resultTitle = text(resultaattype?.omschrijving);
  const resultExplanation = text(resultaat?.toelichting);
  return {
    uuid: text(zaak.uuid) ?? '',
    identificatie,
    title,
    description: omschrijving !== null && omschrijving !== title ? omschrijving : null,
    registratiedatum: day(zaak.registratiedatum),
    startdatum: day(zaak.startdatum),
    // Dates as Amsterdam days first: `startdatum: "2026-02-28T23:30:00Z"` starts on 1 March.
    expectedEndDate: expectedEndDate(
      { ...zaak, startdatum: day(zaak.startdatum), einddatumGepland: day(zaak.einddatumGepland), uiterlijkeEinddatumAfdoening: day(zaak.uiterlijkeEinddatumAfdoening) },
      zaaktype,
    ),
    einddatum,
    isClosed: einddatum !== null,
    result: resultTitle !== null || resultExplanation !== null ? { title: resultTitle, explanation: resultExplanation } : null,
    suspension: isRecord(zaak.opschorting) && zaak.opschorting.indicatie === true ? { reason: text(zaak.opschorting.reden) } : null,
    vertrouwelijkheidaanduiding: input.audience === 'medewerker' ? text(zaak.vertrouwelijkheidaanduiding) : null,
    missing: Array.isArray(input.missing) ? MISSING_PARTS.filter((part) => input.missing?.includes(part)) : [],
    timeline: buildTimeline({
      zaak,
      statustypen: Array.isArray(input.statustypen) ? input.statustypen : [],
      statussen: Array.isArray(input.statussen) ? input.statussen : [],
      currentStatustype: input.currentStatustype ?? null,
      audience: input.audience,
      hideUninformed: input.hideUninformed,
      labels: input.labels ?? null,
    }),
  };
}
