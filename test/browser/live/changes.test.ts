import { expect } from '@open-wc/testing';
import { backoffMs, refreshMs, timelineChanges, zaakOf } from '../../../src/live/index.js';
import type { StepView, SubStepView, TimelineView } from '../../../src/model/view-model.js';

const subStep = (key: string, text: string | null, date: string | null = '2026-11-01'): SubStepView => ({ key, text, date, isCurrent: false });
const step = (key: string, title: string, date: string | null, subSteps: SubStepView[] = []): StepView => ({
  key,
  title,
  explanation: null,
  state: date ? 'checked' : 'not-checked',
  isCurrent: false,
  date,
  subSteps,
  hiddenFromResidents: false,
});
const timeline = (...steps: StepView[]): TimelineView => ({ steps, isComplete: false });
const untitled = (position: number) => `Stap ${position}`;
const subStepsOf = (step: StepView) => step.subSteps;
const changes = (before: TimelineView | null, after: TimelineView) => timelineChanges(before, after, untitled, subStepsOf);

describe('CONTRACT 9: which steps are new (timelineChanges)', () => {
  const before = timeline(step('a', 'Ontvangen', '2026-10-01'), step('b', 'In behandeling', '2026-10-02', [subStep('b1', 'Eerste bericht')]), step('c', 'Besluit', null));

  it('nothing is new on the first load', () => {
    expect(changes(null, before)).to.deep.equal({ keys: [], titles: [] });
  });

  it('the same timeline: nothing new', () => {
    expect(changes(before, structuredClone(before))).to.deep.equal({ keys: [], titles: [] });
  });

  it('a step reached since (it has a date now) is new, by its title', () => {
    const after = timeline(before.steps[0]!, before.steps[1]!, step('c', 'Besluit', '2026-11-30'));
    expect(changes(before, after)).to.deep.equal({ keys: ['c'], titles: ['Besluit'] });
  });

  it('a new sub-step is new by its text; without text by its step title', () => {
    const after = timeline(before.steps[0]!, step('b', 'In behandeling', '2026-11-30', [subStep('b1', 'Eerste bericht'), subStep('b2', 'Tweede bericht'), subStep('b3', null)]), before.steps[2]!);
    expect(changes(before, after)).to.deep.equal({ keys: ['b2', 'b3'], titles: ['Tweede bericht', 'In behandeling'] });
  });

  it('a reached step without sub-steps had one status: of its two sub-steps now, only the second is new', () => {
    const after = timeline(step('a', 'Ontvangen', '2026-11-30', [subStep('a0', null, '2026-10-01'), subStep('a1', 'Aanvulling', '2026-11-30')]), before.steps[1]!, before.steps[2]!);
    expect(changes(before, after)).to.deep.equal({ keys: ['a1'], titles: ['Aanvulling'] });
  });

  it('a new step says it, not its own sub-steps; an untitled step gets its number', () => {
    const after = timeline(before.steps[0]!, before.steps[1]!, step('c', '', '2026-11-30', [subStep('c1', 'Bericht')]));
    expect(changes(before, after)).to.deep.equal({ keys: ['c'], titles: ['Stap 3'] });
  });

  it('a step that appears (another zaaktype version) with a date is new; one without a date is not', () => {
    const after = timeline(...before.steps, step('d', 'Extra', '2026-11-30'), step('e', 'Later', null));
    expect(changes(before, after).keys).to.deep.equal(['d']);
  });

  it('a step that is no longer reached, or gone, is nothing new', () => {
    const after = timeline(step('a', 'Ontvangen', '2026-10-01'), step('b', 'In behandeling', null));
    expect(changes(before, after).keys).to.deep.equal([]);
  });
});

describe('CONTRACT 9: reconnect back-off (backoffMs)', () => {
  it('doubles from 1 s to at most 60 s, jittered between half and the whole', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 30].map((attempt) => backoffMs(attempt, 1))).to.deep.equal([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    expect([0, 1, 6].map((attempt) => backoffMs(attempt, 0))).to.deep.equal([500, 1000, 30000]);
    expect(backoffMs(2, 0.5)).to.equal(3000);
  });

  it('hostile numbers stay in range', () => {
    for (const [attempt, random] of [[-5, 0.3], [Number.MAX_SAFE_INTEGER, 2], [NaN, NaN], [3, -1]] as const) {
      const ms = backoffMs(attempt, random);
      expect(ms, `${attempt}, ${random}`).to.be.within(500, 60_000);
    }
  });
});

describe('CONTRACT 2, 9: refresh in milliseconds (refreshMs)', () => {
  it('0 and anything not a positive number is off; under 30 s counts as 30 s', () => {
    expect([0, -30, NaN, Infinity, 'abc', null, undefined].map(refreshMs)).to.deep.equal([0, 0, 0, 0, 0, 0, 0]);
    expect([1, 29.9, 30, 45, '60'].map(refreshMs)).to.deep.equal([30_000, 30_000, 30_000, 45_000, 60_000]);
  });
});

describe('CONTRACT 9: an event\'s data (zaakOf)', () => {
  it('only {"zaak": "<uuid>"} names a zaak, lower case', () => {
    expect(zaakOf('{"zaak":"4F9D3C62-8A1E-4B7F-9C35-2E6A1D8B0F47"}')).to.equal('4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47');
    for (const data of ['', 'null', '{"zaak":"../x"}', '{"zaak":1}', '[]', '{"zaak"', 42, null, '{"uuid":"4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47"}']) {
      expect(zaakOf(data), String(data)).to.equal(null);
    }
  });
});
