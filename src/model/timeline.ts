import { isRecord, lookupLabel, objectOrNull, records, resourceKey, text } from './text.js';
import type { Status, StatusType, Zaak } from './zgw.js';
import type { Audience, StepState, StepView, SubStepView, TimelineView } from './view-model.js';

export interface TimelineInput {
  zaak: Zaak;
  /** All statustypen of the zaak's own zaaktype, in any order. */
  statustypen: readonly StatusType[];
  /** All statussen of the zaak, in the API's list order (Open Zaak: newest first). */
  statussen: readonly Status[];
  /** The current status's statustype when it is not among `statustypen` (an older zaaktype version). */
  currentStatustype?: StatusType | null;
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
  // By what the URL names: a rewriting gateway may give `zaak.status` and `status.url` in different forms.
  const statusKey = isRecord(zaak) ? resourceKey(zaak.status) : null;
  const named = statusKey === null ? undefined : ranked.find(({ status }) => resourceKey(status.url) === statusKey);
  const flagged = ranked.find(({ status }) => status.indicatieLaatstGezetteStatus === true);
  // One pass, not a sort: 100,000 statussen must not freeze the page.
  const latest = ranked.reduce<RankedStatus | undefined>((last, next) => (last && chronological(last, next) > 0 ? last : next), undefined);
  return (named ?? flagged ?? latest)?.status ?? null;
}

interface Placed {
  statustype: StatusType;
  key: string;
  order: number;
  /** When its first status was set; +∞ when never reached. */
  reached: number;
  index: number;
}

/**
 * Steps in `volgnummer` order (4.1). Real back ends break that in two ways, placed so:
 * - the same URL twice (a page boundary that moved): the first one counts;
 * - no volgnummer: a step that was reached goes after the numbered steps reached before it (where it
 *   happened); one never reached goes last. Equal volgnummers go in the order reached, then as received.
 */
function placeStatustypen(statustypen: readonly StatusType[], firstReached: ReadonlyMap<string, number>): Placed[] {
  const seen = new Set<string>();
  const placed: Placed[] = [];
  const unnumbered: Placed[] = [];
  for (const statustype of records<StatusType>(statustypen)) {
    const key = resourceKey(statustype.url);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    // Number.isFinite: a number, and not NaN or ±∞ (`"2"` from a loose back end is no volgnummer).
    const volgnummer = Number.isFinite(statustype.volgnummer) ? (statustype.volgnummer as number) : null;
    const step = { statustype, key, order: volgnummer ?? Number.POSITIVE_INFINITY, reached: firstReached.get(key) ?? Number.POSITIVE_INFINITY, index: placed.length };
    placed.push(step);
    if (volgnummer === null && step.reached !== Number.POSITIVE_INFINITY) unnumbered.push(step);
  }
  const byReached = (a: Placed, b: Placed) => a.reached - b.reached || a.index - b.index;
  const numbered = placed.filter((step) => step.order !== Number.POSITIVE_INFINITY && step.reached !== Number.POSITIVE_INFINITY).sort(byReached);
  let next = 0;
  let highest = Number.NEGATIVE_INFINITY;
  for (const step of unnumbered.sort(byReached)) {
    while (next < numbered.length && (numbered[next] as Placed).reached <= step.reached) highest = Math.max(highest, (numbered[next++] as Placed).order);
    step.order = highest + 0.5;
  }
  return placed.sort((a, b) => a.order - b.order || byReached(a, b));
}

const sameWords = (a: unknown, b: unknown) => text(a) !== null && text(a)?.toLowerCase() === text(b)?.toLowerCase();

/** CONTRACT 4.1–4.4 and 4.6. */
export function buildTimeline(input: TimelineInput): TimelineView {
  const zaak: Zaak = isRecord(input.zaak) ? input.zaak : {};
  const ranked = rank(input.statussen).sort(chronological);
  const current = findCurrentStatus(zaak, input.statussen);
  const currentKey = resourceKey(current?.statustype);

  // Grouped by what the statustype URL names, oldest first; push, never copy: linear in the statussen.
  const groups = new Map<string, Status[]>();
  const firstReached = new Map<string, number>();
  for (const { status, time } of ranked) {
    const key = resourceKey(status.statustype);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(status);
    else {
      groups.set(key, [status]);
      firstReached.set(key, time);
    }
  }

  const statustypen = records<StatusType>(input.statustypen);
  let placed = placeStatustypen(statustypen, firstReached);
  let currentIndex = placed.findIndex((step) => step.key === currentKey);
  const given = objectOrNull(input.currentStatustype);
  const known = given && resourceKey(given.url) === currentKey ? given : null;
  if (currentIndex === -1 && current && currentKey !== null) {
    // An older zaaktype version: the same step by its words, else its own step placed by volgnummer or by when it was reached.
    currentIndex = known ? placed.findIndex((step) => sameWords(step.statustype.omschrijving, known.omschrijving)) : -1;
    const merged = placed[currentIndex];
    if (merged) {
      const keys = [merged.key, currentKey];
      groups.set(merged.key, ranked.filter(({ status }) => keys.includes(resourceKey(status.statustype) ?? '')).map(({ status }) => status));
    } else if (known || !placed.some((step) => groups.has(step.key))) {
      placed = placeStatustypen([...statustypen, known ?? { url: current.statustype ?? '' }], firstReached);
      currentIndex = placed.findIndex((step) => step.key === currentKey);
    } else {
      // Nothing known about it: the furthest step reached is the best truth we have.
      currentIndex = placed.reduce((furthest, step, index) => (groups.has(step.key) ? index : furthest), -1);
    }
  }
  const isComplete = text(zaak.einddatum) !== null || placed[currentIndex]?.statustype.isEindstatus === true;

  const steps: StepView[] = [];
  placed.forEach(({ statustype, key: resource }, index) => {
    const url = text(statustype.url) ?? '';
    const group = groups.get(resource) ?? [];
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
