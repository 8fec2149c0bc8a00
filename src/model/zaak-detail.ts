import type { Resultaat, ResultaatType, Status, StatusType, Zaak, ZaakType } from './zgw.js';
import type { Audience, ZaakDetailView } from './view-model.js';

export interface ZaakDetailInput {
  zaak: Zaak;
  zaaktype: ZaakType | null;
  statustypen: readonly StatusType[];
  statussen: readonly Status[];
  resultaat: Resultaat | null;
  resultaattype: ResultaatType | null;
  audience: Audience;
  hideUninformed: boolean;
  labels?: Readonly<Record<string, string>> | null;
}

/** CONTRACT 3 (detail) and 4. Never throws on malformed input. */
export function toZaakDetailView(input: ZaakDetailInput): ZaakDetailView {
  throw new Error('not implemented');
}
