import { isRecord, lookupLabel, records, text } from './text.js';
import type { Status, StatusType, Zaak } from './zgw.js';
import type { Audience, StepState, StepView, SubStepView, TimelineView } from './view-model.js';

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

interface RankedStatus {
  status: Status;
  time: number;
  listIndex: number;
}

function rank(statussen: readonly Status[]): RankedStatus[] {
  return records<Status>(statussen).map((status, listIndex) => {
    const time = typeof status.datumStatusGezet === 'string' ? Date.parse(status.datumStatusGezet) : Number.NaN;
    return { status, time: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time, listIndex };
  });
}

/** Oldest first. Equal dates keep the API's meaning: its list puts the newest first. */
function chronological(a: RankedStatus, b: RankedStatus): number {
  return a.time - b.time || b.listIndex - a.listIndex;
}

/** CONTRACT 4.2: `zaak.status`, else `indicatieLaatstGezetteStatus`, else the latest `datumStatusGezet` (ties: first in list). */
export function findCurrentStatus(zaak: Zaak, statussen: readonly Status[]): Status | null {
  const ranked = rank(statussen);
  const statusUrl = isRecord(zaak) ? text(zaak.status) : null;
  const named = statusUrl === null ? undefined : ranked.find(({ status }) => status.url === statusUrl);
  const flagged = ranked.find(({ status }) => status.indicatieLaatstGezetteStatus === true);
  const latest = ranked.sort(chronological).at(-1);
  return (named ?? flagged ?? latest)?.status ?? null;
}

/** Steps in `volgnummer` order; a statustype without one goes last, in the order received. */
function sortStatustypen(statustypen: readonly StatusType[]): StatusType[] {
  const seen = new Set<string>();
  const unique = records<StatusType>(statustypen).filter((statustype) => {
    const url = text(statustype.url);
    if (url === null || seen.has(url)) return false;
    seen.add(url);
    return true;
  });
  const order = (statustype: StatusType) =>
    typeof statustype.volgnummer === 'number' && Number.isFinite(statustype.volgnummer)
      ? statustype.volgnummer
      : Number.POSITIVE_INFINITY;
  return unique
    .map((statustype, index) => ({ statustype, index }))
    .sort((a, b) => order(a.statustype) - order(b.statustype) || a.index - b.index)
    .map(({ statustype }) => statustype);
}

/** CONTRACT 4.1–4.4 and 4.6. */
export function buildTimeline(input: TimelineInput): TimelineView {
  const zaak: Zaak = isRecord(input.zaak) ? input.zaak : {};
  const statustypen = sortStatustypen(input.statustypen);
  const current = findCurrentStatus(zaak, input.statussen);
  const currentTypeUrl = text(current?.statustype);

  const groups = new Map<string, Status[]>();
  for (const { status } of rank(input.statussen).sort(chronological)) {
    const typeUrl = text(status.statustype);
    if (typeUrl === null) continue;
    groups.set(typeUrl, [...(groups.get(typeUrl) ?? []), status]);
  }

  let currentIndex = statustypen.findIndex((statustype) => statustype.url === currentTypeUrl);
  if (currentIndex === -1) {
    // The current status names a statustype we do not know: the furthest reached step is the best truth we have.
    currentIndex = statustypen.reduce((furthest, statustype, index) => (groups.has(statustype.url ?? '') ? index : furthest), -1);
  }
  const isComplete = text(zaak.einddatum) !== null || statustypen[currentIndex]?.isEindstatus === true;

  const steps: StepView[] = [];
  statustypen.forEach((statustype, index) => {
    const url = statustype.url ?? '';
    const group = groups.get(url) ?? [];
    const isReached = index <= currentIndex || group.length > 0;
    const hiddenFromResidents = statustype.informeren === false;
    if (input.audience !== 'medewerker' && input.hideUninformed && hiddenFromResidents && !isReached) return;

    const isCurrent = index === currentIndex;
    const state: StepState = isComplete || index < currentIndex ? 'checked' : isCurrent ? 'current' : 'not-checked';
    const omschrijving = text(statustype.omschrijving);
    const key = `step-${index}`;
    steps.push({
      key,
      title: lookupLabel(input.labels, url) ?? lookupLabel(input.labels, omschrijving) ?? omschrijving ?? '',
      explanation: state === 'not-checked' ? null : text(statustype.statustekst),
      state,
      isCurrent,
      date: text(group.at(-1)?.datumStatusGezet),
      subSteps: toSubSteps(group, key, isCurrent),
      hiddenFromResidents,
    });
  });
  return { steps, isComplete };
}

function toSubSteps(group: Status[], stepKey: string, stepIsCurrent: boolean): SubStepView[] {
  const hasNotes = group.some((status) => text(status.statustoelichting) !== null);
  if (group.length < 2 && !hasNotes) return [];
  return group.map((status, index) => ({
    key: `${stepKey}-${index}`,
    text: text(status.statustoelichting),
    date: text(status.datumStatusGezet),
    isCurrent: stepIsCurrent && index === group.length - 1,
  }));
}
