import type { Status, StatusType, Zaak } from './zgw.js';
import type { Audience, TimelineView } from './view-model.js';

export interface TimelineInput {
  zaak: Zaak;
  /** All statustypen of the zaak's own zaaktype, in any order. */
  statustypen: readonly StatusType[];
  /** All statussen of the zaak, in the API's list order (Open Zaak: newest first). */
  statussen: readonly Status[];
  audience: Audience;
  hideUninformed: boolean;
  /** Municipal step titles keyed by statustype URL or omschrijving. */
  labels?: Readonly<Record<string, string>> | null;
}

/** CONTRACT 4.2: `zaak.status`, else `indicatieLaatstGezetteStatus`, else the latest `datumStatusGezet` (ties: first in list). */
export function findCurrentStatus(zaak: Zaak, statussen: readonly Status[]): Status | null {
  throw new Error('not implemented');
}

/** CONTRACT 4.1–4.4 and 4.6. */
export function buildTimeline(input: TimelineInput): TimelineView {
  throw new Error('not implemented');
}
