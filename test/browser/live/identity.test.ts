import { expect } from '@open-wc/testing';
import { timelineChanges, timelineIdentity } from '../../../src/live/index.js';
import type { ZaakTimelineData } from '../../../src/gateway/load-zaak.js';
import { resourceKey } from '../../../src/model/text.js';
import { buildTimeline } from '../../../src/model/timeline.js';
import type { Status, StatusType, Zaak } from '../../../src/model/zgw.js';

/**
 * CONTRACT 9 on the model's own timelines (src/model/timeline.ts, as the element builds them): which
 * steps are new is decided by who they are (statustype, status), not where they stand.
 */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const typeUrl = (n: number) => `https://oz.example/catalogi/api/v1/statustypen/${uuid(n)}`;
const statustype = (n: number, volgnummer: unknown, omschrijving: string, informeren = true): StatusType =>
  ({ url: typeUrl(n), volgnummer, omschrijving, informeren }) as StatusType;
const status = (n: number, type: number, date: string, statustoelichting = ''): Status =>
  ({ url: `https://oz.example/zaken/api/v1/statussen/${uuid(1000 + n)}`, statustype: typeUrl(type), datumStatusGezet: date, statustoelichting }) as Status;
const zaak = { url: `https://oz.example/zaken/api/v1/zaken/${uuid(9999)}` } as Zaak;

const data = (statustypen: unknown[], statussen: unknown[], extra: Partial<ZaakTimelineData> = {}): ZaakTimelineData =>
  ({ zaak, zaaktype: null, statustypen, statussen, currentStatustype: null, resultaat: null, resultaattype: null, missing: [], ...extra }) as ZaakTimelineData;
const view = (input: ZaakTimelineData, hideUninformed: boolean) =>
  buildTimeline({ zaak: input.zaak, statustypen: input.statustypen, statussen: input.statussen, currentStatustype: input.currentStatustype, audience: 'inwoner', hideUninformed, labels: null });
const untitled = (position: number) => `Stap ${position}`;
/** What the live module decides between two checks of the data. */
const changes = (before: ZaakTimelineData, after: ZaakTimelineData, hideUninformed = true) =>
  timelineChanges(view(before, hideUninformed), view(after, hideUninformed), untitled, (step) => step.subSteps, { before: timelineIdentity(before), after: timelineIdentity(after) });

const WOZ = [statustype(1, 1, 'Ontvangen'), statustype(2, 2, 'Beoordeeld'), statustype(3, 3, 'Gesprek', false), statustype(4, 4, 'Uitspraak')];
const TWO = [status(1, 1, '2026-10-12T09:00:00Z'), status(2, 2, '2026-10-20T13:00:00Z')];

describe('CONTRACT 9: which steps are new, by identity (timelineIdentity + timelineChanges)', () => {
  it('9.1 hide-uninformed: the hidden step the zaak reaches is the one new step, by its own title', () => {
    const after = data(WOZ, [...TWO, status(3, 3, '2026-11-01T10:00:00Z')]);
    const result = changes(data(WOZ, TWO), after);
    expect(result.titles).to.deep.equal(['Gesprek']);
    expect(result.keys).to.have.length(1);
    expect(view(after, true).steps.find((step) => step.key === result.keys[0])?.title).to.equal('Gesprek');
  });

  it('9.1 hide-uninformed: a step hidden before and after, or a hidden step that stays unreached, is nothing new', () => {
    expect(changes(data(WOZ, TWO), data(WOZ, [...TWO]))).to.deep.equal({ keys: [], titles: [] });
  });

  it('9.2 reordering: a statustype the back end adds in front shifts every place, and nothing is new', () => {
    const shifted = [statustype(0, 0, 'Voorbereid'), ...WOZ];
    expect(changes(data(WOZ, TWO), data(shifted, TWO), false)).to.deep.equal({ keys: [], titles: [] });
    expect(changes(data(WOZ, TWO), data(shifted, TWO), true)).to.deep.equal({ keys: [], titles: [] });
  });

  it('9.2 reordering: statustypen listed in another order, or renumbered, are the same steps', () => {
    const renumbered = [statustype(4, 40, 'Uitspraak'), statustype(2, 20, 'Beoordeeld'), statustype(1, 10, 'Ontvangen'), statustype(3, 30, 'Gesprek', false)];
    expect(changes(data(WOZ, TWO), data(renumbered, TWO))).to.deep.equal({ keys: [], titles: [] });
  });

  it('9.2 reordering and a step reached at once: only that step is new, and its key is its place now', () => {
    const shifted = [statustype(0, 0, 'Voorbereid'), ...WOZ];
    const after = data(shifted, [...TWO, status(4, 4, '2026-11-02T10:00:00Z')]);
    const result = changes(data(WOZ, TWO), after, false);
    expect(result.titles).to.deep.equal(['Uitspraak']);
    expect(view(after, false).steps.find((step) => step.key === result.keys[0])?.title).to.equal('Uitspraak');
  });

  it('9.1 a step checked only because the zaak moved past it, or closed, is no news: the step reached is', () => {
    const closed = data(WOZ, [...TWO, status(4, 4, '2026-11-02T10:00:00Z')], { zaak: { ...zaak, einddatum: '2026-11-02' } as Zaak });
    expect(changes(data(WOZ, TWO), closed, false).titles).to.deep.equal(['Uitspraak']);
  });

  it('9.3 a sub-step is new when its status was not there: a back-dated status is the new one, not the last', () => {
    const before = data(WOZ, [...TWO, status(5, 2, '2026-10-25T10:00:00Z', 'Taxateur belt u')]);
    const after = data(WOZ, [...(before.statussen as Status[]), status(6, 2, '2026-10-21T10:00:00Z', 'Foto ontvangen')]);
    const result = changes(before, after);
    expect(result.titles).to.deep.equal(['Foto ontvangen']);
    const beoordeeld = view(after, true).steps.find((step) => step.title === 'Beoordeeld')!;
    expect(result.keys).to.deep.equal([beoordeeld.subSteps[1]!.key]);
  });

  it('9.3 a reached step without sub-steps had one status: when a second comes, only the second is new', () => {
    const after = data(WOZ, [...TWO, status(7, 2, '2026-10-30T10:00:00Z', 'Aanvulling')]);
    expect(changes(data(WOZ, TWO), after).titles).to.deep.equal(['Aanvulling']);
  });

  it('9.4 duplicate URLs: a statustype listed twice is one step; a status listed twice is one sub-step; a new one is new once', () => {
    const doubled = [...WOZ, statustype(2, 2, 'Beoordeeld')];
    const before = data(doubled, [...TWO, TWO[1]!]);
    expect(changes(before, data(doubled, [...TWO, TWO[1]!]))).to.deep.equal({ keys: [], titles: [] });
    const after = data(doubled, [...TWO, TWO[1]!, status(8, 2, '2026-10-31T10:00:00Z', 'Nog een')]);
    expect(changes(before, after).titles).to.deep.equal(['Nog een']);
    const identity = timelineIdentity(before);
    expect(new Set(identity.steps.values()).size).to.equal(identity.steps.size);
    expect(new Set(identity.statussen.get(resourceKey(typeUrl(2))!)).size).to.equal(2);
  });

  it('9.5 missing URLs: a status without one is known by its step and date; a statustype without one is no step', () => {
    const bare = (type: number, date: string, note: string) => ({ statustype: typeUrl(type), datumStatusGezet: date, statustoelichting: note });
    const types = [...WOZ, { volgnummer: 5, omschrijving: 'Zonder URL' }];
    const before = data(types, [...TWO, bare(2, '2026-10-22T10:00:00Z', 'Eerste')]);
    expect(changes(before, data(types, [...(before.statussen as Status[])]))).to.deep.equal({ keys: [], titles: [] });
    const after = data(types, [...(before.statussen as Status[]), bare(2, '2026-10-23T10:00:00Z', 'Tweede')]);
    expect(changes(before, after).titles).to.deep.equal(['Tweede']);
  });

  it('9.5 without identities (or for keys they lack) a step is its place, as before', () => {
    const before = view(data(WOZ, TWO), false);
    const after = view(data(WOZ, [...TWO, status(3, 3, '2026-11-01T10:00:00Z')]), false);
    const empty = { steps: new Map(), statussen: new Map() };
    expect(timelineChanges(before, after, untitled, (step) => step.subSteps, { before: empty, after: empty }).titles).to.deep.equal(['Gesprek']);
  });
});

/** Mulberry32: the same hostile data on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostileData(random: () => number): ZaakTimelineData {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const types = Array.from({ length: Math.floor(random() * 7) }, () =>
    pick<unknown>([statustype(Math.floor(random() * 6), pick([1, 2, 3, '2', null, NaN, Infinity, undefined, 2]), pick(['A', '', ' ', 'B', '__proto__']), random() > 0.3), null, 'x', [], { url: 'toString' }, { url: 42 }]),
  );
  const dates = ['2026-10-01T10:00:00Z', '2026-10-01', 'gisteren', '', null, '2026-10-02T10:00:00+02:00'];
  const statussen = Array.from({ length: Math.floor(random() * 8) }, (_, n) =>
    pick<unknown>([
      status(Math.floor(random() * 5), Math.floor(random() * 7), pick(dates) as string, pick(['', 'Bericht', ' '])),
      { statustype: typeUrl(Math.floor(random() * 6)), datumStatusGezet: pick(dates) },
      { url: 'constructor', statustype: 'constructor' },
      { ...status(n, 1, '2026-10-03T10:00:00Z'), indicatieLaatstGezetteStatus: true },
      null,
      7,
    ]),
  );
  const current = pick<unknown>([null, statustype(9, 9, 'A'), 'x', { url: typeUrl(9), omschrijving: 'B' }]);
  const extraStatus = random() > 0.7 ? [status(50, 9, '2026-12-01T10:00:00Z')] : [];
  const zaakValue = pick<unknown>([zaak, null, { ...zaak, status: (statussen[0] as Status | null)?.url ?? 'x' }, { einddatum: '2026-11-01' }, []]);
  return { ...data(random() > 0.1 ? types : (pick([null, 'x', {}]) as unknown[]), random() > 0.1 ? [...statussen, ...extraStatus] : (null as unknown as unknown[])), zaak: zaakValue as Zaak, currentStatustype: current as StatusType | null };
}

describe('CONTRACT 9: identity on hostile data (seeded fuzz)', () => {
  it('the identity names the steps the model places: its view keys, each the statustype shown there', () => {
    const random = seeded(20261201);
    for (let run = 0; run < 400; run++) {
      const input = hostileData(random);
      const labels: Record<string, string> = Object.create(null) as Record<string, string>;
      for (const type of Array.isArray(input.statustypen) ? input.statustypen : []) {
        const url = typeof type?.url === 'string' ? type.url.trim() : '';
        if (url && !(url in labels)) labels[url] = `\u0001${resourceKey(url)}`;
      }
      const timeline = buildTimeline({ zaak: input.zaak, statustypen: Array.isArray(input.statustypen) ? input.statustypen : [], statussen: Array.isArray(input.statussen) ? input.statussen : [], currentStatustype: input.currentStatustype, audience: 'medewerker', hideUninformed: false, labels });
      const identity = timelineIdentity(input);
      expect([...identity.steps.keys()], `run ${run}`).to.deep.equal(timeline.steps.map((step) => step.key));
      for (const step of timeline.steps) {
        if (step.title.startsWith('\u0001')) expect(identity.steps.get(step.key), `run ${run} ${step.key}`).to.equal(step.title.slice(1));
        const ids = identity.statussen.get(identity.steps.get(step.key)!) ?? [];
        if (step.subSteps.length > 0) expect(ids.length, `run ${run} ${step.key} sub-steps`).to.equal(step.subSteps.length);
      }
    }
  });

  it('never throws; the same data twice is nothing new; a new key is always one the timeline shows, once', () => {
    const random = seeded(4242);
    for (let run = 0; run < 400; run++) {
      const before = hostileData(random);
      const after = random() > 0.5 ? hostileData(random) : before;
      for (const hide of [true, false]) {
        const same = changes(before, structuredClone(before), hide);
        expect(same, `run ${run}`).to.deep.equal({ keys: [], titles: [] });
        const result = changes(before, after, hide);
        const shown = view(after, hide).steps.flatMap((step) => [step.key, ...step.subSteps.map((subStep) => subStep.key)]);
        expect(result.keys.every((key) => shown.includes(key)), `run ${run}`).to.equal(true);
        expect(new Set(result.keys).size).to.equal(result.keys.length);
        expect(result.titles).to.have.length(result.keys.length);
      }
      expect(() => timelineIdentity(null)).not.to.throw();
      expect(() => timelineIdentity('x' as unknown as ZaakTimelineData)).not.to.throw();
    }
  });
});
