import type { StepView, SubStepView, TimelineView } from '../model/view-model.js';
import type { TimelineIdentity } from './identity.js';

/** What arrived between two timelines of one zaak: the keys to mark "Nieuw" and the texts to announce. */
export interface TimelineChanges {
  keys: string[];
  titles: string[];
}

/** A step's sub-steps, read through the element (its field has another name in the CDN bundle). */
export type SubStepsOf = (step: StepView) => readonly SubStepView[];

/** Who the steps of the timelines are (identity.ts); without them, a step is its view key (its position). */
export interface Identities {
  before: TimelineIdentity;
  after: TimelineIdentity;
}

const reached = (step: StepView): boolean => step.state !== 'not-checked';

/**
 * CONTRACT 9: a step is new when it was not reached (checked or current) before, under its stable id, and
 * is now by a status of its own (it has a date, or is current: not one the zaak skipped or a closed zaak
 * checks); a sub-step is new when its status was not there before, unless its step is new itself (then the
 * step says it). Ids come from `identities`; one it lacks falls back to the position (view key, the
 * sub-step's place: a reached step without sub-steps had one status). Pure: the view models in, the
 * differences out, each key once. Nothing new when `before` is null (the first load).
 */
export function timelineChanges(before: TimelineView | null, after: TimelineView, untitled: (position: number) => string, subStepsOf: SubStepsOf, identities?: Identities): TimelineChanges {
  const keys: string[] = [];
  const titles: string[] = [];
  if (!before) return { keys, titles };
  const stepId = (identity: TimelineIdentity | undefined, step: StepView): string => identity?.steps.get(step.key) ?? `@${step.key}`;
  const statusIds = (identity: TimelineIdentity | undefined, step: StepView, id: string): string[] => {
    const known = identity?.statussen.get(id) ?? [];
    const count = Math.max(subStepsOf(step).length, reached(step) ? 1 : 0);
    return Array.from({ length: count }, (_, place) => known[place] ?? `${id}@${place}`);
  };
  const wasReached = new Set<string>();
  const hadStatus = new Set<string>();
  for (const step of before.steps) {
    const id = stepId(identities?.before, step);
    if (reached(step)) wasReached.add(id);
    for (const status of statusIds(identities?.before, step, id)) hadStatus.add(status);
  }
  const marked = new Set<string>();
  const mark = (key: string, title: string): void => {
    if (marked.has(key)) return;
    marked.add(key);
    keys.push(key);
    titles.push(title);
  };
  after.steps.forEach((step, index) => {
    if (!reached(step)) return;
    const title = step.title || untitled(index + 1);
    const id = stepId(identities?.after, step);
    // Checked only because the zaak moved past it (or closed) is no news: it was reached by none of its own statussen.
    if (!wasReached.has(id)) return step.date !== null || step.state === 'current' ? mark(step.key, title) : undefined;
    const statuses = statusIds(identities?.after, step, id);
    subStepsOf(step).forEach((subStep, place) => {
      if (!hadStatus.has(statuses[place] ?? '')) mark(subStep.key, subStep.text ?? title);
    });
  });
  return { keys, titles };
}

/**
 * Milliseconds before reconnect attempt `attempt` (0 first): 1 s doubling to at most 60 s, with jitter
 * between half and the whole, so many pages that lost one gateway do not come back all at once.
 */
export function backoffMs(attempt: number, random: number): number {
  const ceiling = Math.min(60_000, 1_000 * 2 ** (Math.min(Math.max(0, attempt), 16) || 0));
  return Math.round(ceiling / 2 + (ceiling / 2) * (Math.min(1, Math.max(0, random)) || 0));
}

/** CONTRACT 2, 9: `refresh` in seconds; 0 (or anything not a positive number) is off, under 30 counts as 30. */
export function refreshMs(value: unknown): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds > 0 ? Math.max(30, seconds) * 1000 : 0;
}
