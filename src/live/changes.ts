import type { StepView, SubStepView, TimelineView } from '../model/view-model.js';

/** What arrived between two timelines of one zaak: the keys to mark "Nieuw" and the texts to announce. */
export interface TimelineChanges {
  keys: string[];
  titles: string[];
}

/** A step's sub-steps, read through the element (its field has another name in the CDN bundle). */
export type SubStepsOf = (step: StepView) => readonly SubStepView[];

/**
 * CONTRACT 9: a step is new when it was not reached before (no date, or not there) and is now; a sub-step is
 * new when it comes after the ones the step had (oldest first; a reached step without sub-steps had one
 * status), unless its step is new itself (then the step says it). Pure: the view models in, the
 * differences out. Nothing new when `before` is null (the first load).
 */
export function timelineChanges(before: TimelineView | null, after: TimelineView, untitled: (position: number) => string, subStepsOf: SubStepsOf): TimelineChanges {
  const keys: string[] = [];
  const titles: string[] = [];
  if (!before) return { keys, titles };
  const earlier = new Map(before.steps.map((step) => [step.key, step]));
  after.steps.forEach((step, index) => {
    const title = step.title || untitled(index + 1);
    const was = earlier.get(step.key);
    if (step.date === null) return;
    if (!was || was.date === null) {
      keys.push(step.key);
      titles.push(title);
      return;
    }
    const had = subStepsOf(was).length || 1;
    for (const subStep of subStepsOf(step).slice(had)) {
      keys.push(subStep.key);
      titles.push(subStep.text ?? title);
    }
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
