import type { ZaakTimelineData } from '../gateway/load-zaak.js';
import { isRecord, records, resourceKey, text } from '../model/text.js';
import type { Status, StatusType } from '../model/zgw.js';

/**
 * Who a timeline's steps are, apart from where they stand (CONTRACT 9). The view model's keys count
 * places (`step-3`, `step-3-1`): a statustype that a back end adds or moves, or a hidden step that
 * becomes reached, shifts them. Here a step is the statustype it shows (what its URL names) and a
 * sub-step the status it shows (what its URL names).
 */
export interface TimelineIdentity {
  /** A step's view key → its stable id. */
  steps: ReadonlyMap<string, string>;
  /** A stable step id → the ids of its statussen, oldest first (as its sub-steps). */
  statussen: ReadonlyMap<string, readonly string[]>;
}

/** `id`, or `id#2`, `id#3`… when taken: hostile data may name one resource twice. */
const unique = (taken: Set<string>, id: string): string => {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}#${n}`;
  taken.add(candidate);
  return candidate;
};

interface Dated {
  status: Status;
  time: number;
  /** Place in the API's list. */
  at: number;
}

interface Slot {
  statustype: StatusType;
  id: string;
  order: number;
  first: number;
  at: number;
}

/** src/model/timeline.ts `placeStatustypen` (4.1), with this module's own names (the read bundle renames its). */
function place(statustypen: readonly StatusType[], firstReached: ReadonlyMap<string, number>): Slot[] {
  const seen = new Set<string>();
  const slots: Slot[] = [];
  const unnumbered: Slot[] = [];
  for (const statustype of records<StatusType>(statustypen)) {
    const id = resourceKey(statustype.url);
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    const volgnummer = Number.isFinite(statustype.volgnummer) ? (statustype.volgnummer as number) : null;
    const slot = { statustype, id, order: volgnummer ?? Number.POSITIVE_INFINITY, first: firstReached.get(id) ?? Number.POSITIVE_INFINITY, at: slots.length };
    slots.push(slot);
    if (volgnummer === null && slot.first !== Number.POSITIVE_INFINITY) unnumbered.push(slot);
  }
  const byFirst = (a: Slot, b: Slot) => a.first - b.first || a.at - b.at;
  const numbered = slots.filter((slot) => slot.order !== Number.POSITIVE_INFINITY && slot.first !== Number.POSITIVE_INFINITY).sort(byFirst);
  let next = 0;
  let highest = Number.NEGATIVE_INFINITY;
  for (const slot of unnumbered.sort(byFirst)) {
    while (next < numbered.length && (numbered[next] as Slot).first <= slot.first) highest = Math.max(highest, (numbered[next++] as Slot).order);
    slot.order = highest + 0.5;
  }
  return slots.sort((a, b) => a.order - b.order || byFirst(a, b));
}

const sameWords = (a: unknown, b: unknown) => text(a) !== null && text(a)?.toLowerCase() === text(b)?.toLowerCase();

/**
 * The identity of the steps of `data` as the element shows them (CONTRACT 4.1–4.3). The read bundle's view
 * model carries no URL, and may not grow (its byte budget), so this places the statustypen as
 * src/model/timeline.ts does: its view key `step-{place}` then names a statustype (identity.test.ts holds
 * the two to agreeing on seeded data). Statussen are grouped and ordered as there, oldest first. The
 * current status's statustype of an older zaaktype version has a name the read bundle shortens: it is the
 * part of `data` whose URL names that statustype. Pure; never throws on hostile data; a step it cannot
 * place keeps its view key as its id.
 */
export function timelineIdentity(data: ZaakTimelineData | null | undefined): TimelineIdentity {
  const steps = new Map<string, string>();
  const statussen = new Map<string, string[]>();
  if (!isRecord(data)) return { steps, statussen };
  const zaak = isRecord(data.zaak) ? data.zaak : {};
  const dated: Dated[] = records<Status>(data.statussen).map((status, at) => {
    const time = typeof status.datumStatusGezet === 'string' ? Date.parse(status.datumStatusGezet) : Number.NaN;
    return { status, time: Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time, at };
  });
  // 4.2: zaak.status, else the flagged one, else the latest (ties: the first in the list).
  const statusKey = resourceKey(zaak.status);
  const latest = dated.reduce<Dated | undefined>((last, next) => (last && (last.time - next.time || next.at - last.at) > 0 ? last : next), undefined);
  const current = (dated.find(({ status }) => statusKey !== null && resourceKey(status.url) === statusKey) ?? dated.find(({ status }) => status.indicatieLaatstGezetteStatus === true) ?? latest)?.status;
  const currentKey = resourceKey(current?.statustype);
  const ranked = [...dated].sort((a, b) => a.time - b.time || b.at - a.at);

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
  const statustypen = records<StatusType>(data.statustypen);
  let slots = place(statustypen, firstReached);
  if (current && currentKey !== null && !slots.some((slot) => slot.id === currentKey)) {
    const known = Object.values(data).find((part): part is StatusType => isRecord(part) && part !== data.zaak && resourceKey(part.url) === currentKey);
    const merged = known ? slots.find((slot) => sameWords(slot.statustype.omschrijving, known.omschrijving)) : undefined;
    if (merged) {
      const keys = [merged.id, currentKey];
      groups.set(merged.id, ranked.filter(({ status }) => keys.includes(resourceKey(status.statustype) ?? '')).map(({ status }) => status));
    } else if (known || !slots.some((slot) => groups.has(slot.id))) {
      slots = place([...statustypen, known ?? { url: current.statustype ?? '' }], firstReached);
    }
  }
  slots.forEach((slot, index) => steps.set(`step-${index}`, slot.id));
  for (const slot of slots) {
    const seen = new Set<string>();
    const ids = (groups.get(slot.id) ?? []).map((status) => unique(seen, resourceKey(status.url) ?? `${slot.id}@${text(status.datumStatusGezet) ?? ''}`));
    if (ids.length > 0) statussen.set(slot.id, ids);
  }
  return { steps, statussen };
}
