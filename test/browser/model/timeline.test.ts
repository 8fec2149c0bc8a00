// CONTRACT 4.1–4.4 and 4.6: the timeline algorithm.
import { expect } from '@open-wc/testing';
import { buildTimeline, findCurrentStatus, type TimelineInput } from '../../../src/model/timeline.js';
import type { Status, StatusType } from '../../../src/model/zgw.js';
import type { TimelineView } from '../../../src/model/view-model.js';
import { currentSteps, fourSteps, makeStatus, makeStatustype, makeZaak, states, statusUrl, statustypeUrl, titles, uuid } from './fixtures.js';

function build(overrides: Partial<TimelineInput> = {}): TimelineView {
  return buildTimeline({
    zaak: makeZaak(),
    statustypen: fourSteps(),
    statussen: [],
    audience: 'inwoner',
    hideUninformed: false,
    labels: null,
    ...overrides,
  });
}

describe('findCurrentStatus (CONTRACT 4.2)', () => {
  const [s1, s2, s3] = fourSteps();
  const a = makeStatus(uuid(101), s1, '2026-01-12T09:00:00Z');
  const b = makeStatus(uuid(102), s2, '2026-01-20T09:00:00Z');
  const c = makeStatus(uuid(103), s3, '2026-02-01T09:00:00Z');

  it('takes zaak.status even when other statussen are newer or flagged as last set', () => {
    const flaggedNewest = { ...c, indicatieLaatstGezetteStatus: true };
    const result = findCurrentStatus(makeZaak({ status: a.url }), [flaggedNewest, b, a]);
    expect(result?.url).to.equal(a.url);
    expect(result).to.deep.equal(a);
  });

  it('takes the status with indicatieLaatstGezetteStatus when zaak.status is absent', () => {
    const flagged = { ...b, indicatieLaatstGezetteStatus: true };
    expect(findCurrentStatus(makeZaak({ status: null }), [c, flagged, a])?.url).to.equal(b.url);
    expect(findCurrentStatus(makeZaak({ status: undefined }), [a, c, flagged])?.url).to.equal(b.url);
  });

  it('takes the latest datumStatusGezet when neither is there, whatever the list order', () => {
    const zaak = makeZaak({ status: null });
    expect(findCurrentStatus(zaak, [c, b, a])?.url).to.equal(c.url);
    expect(findCurrentStatus(zaak, [a, b, c])?.url).to.equal(c.url);
    expect(findCurrentStatus(zaak, [b, c, a])?.url).to.equal(c.url);
  });

  it('breaks ties on datumStatusGezet by the order of the API list (first wins)', () => {
    const zaak = makeZaak({ status: null });
    const x = makeStatus(uuid(110), s2, '2026-01-20T09:00:00Z');
    const y = makeStatus(uuid(111), s3, '2026-01-20T09:00:00Z');
    expect(findCurrentStatus(zaak, [x, y, a])?.url).to.equal(x.url);
    expect(findCurrentStatus(zaak, [y, x, a])?.url).to.equal(y.url);
    expect(findCurrentStatus(zaak, [a, y, x])?.url).to.equal(y.url);
  });

  it('compares eSuite date-only values with date-times', () => {
    const zaak = makeZaak({ status: null });
    const dateOnlyNewest = makeStatus(uuid(120), s3, '2026-01-25');
    expect(findCurrentStatus(zaak, [b, dateOnlyNewest, a])?.url).to.equal(dateOnlyNewest.url);
    const dateOnlyOldest = makeStatus(uuid(121), s1, '2026-01-05');
    expect(findCurrentStatus(zaak, [dateOnlyOldest, b, a])?.url).to.equal(b.url);
  });

  it('compares date-times as instants, not as text (time zone offsets)', () => {
    const zaak = makeZaak({ status: null });
    // 2026-03-10T00:30:00+01:00 is 2026-03-09T23:30:00Z, earlier than 23:45Z.
    const earlier = makeStatus(uuid(130), s2, '2026-03-10T00:30:00+01:00');
    const later = makeStatus(uuid(131), s3, '2026-03-09T23:45:00Z');
    expect(findCurrentStatus(zaak, [earlier, later])?.url).to.equal(later.url);
    expect(findCurrentStatus(zaak, [later, earlier])?.url).to.equal(later.url);
  });

  it('answers null when there are no statussen', () => {
    expect(findCurrentStatus(makeZaak({ status: null }), [])).to.equal(null);
    expect(findCurrentStatus(makeZaak({ status: a.url }), [])).to.equal(null);
  });

  it('falls back to indicatieLaatstGezetteStatus when zaak.status is not in the list', () => {
    const flagged = { ...b, indicatieLaatstGezetteStatus: true };
    const zaak = makeZaak({ status: statusUrl(uuid(999)) });
    expect(findCurrentStatus(zaak, [c, flagged, a])?.url).to.equal(b.url);
  });

  it('falls back to the latest datumStatusGezet when zaak.status is not in the list', () => {
    const zaak = makeZaak({ status: statusUrl(uuid(999)) });
    expect(findCurrentStatus(zaak, [a, c, b])?.url).to.equal(c.url);
  });

  it('prefers a dated status over one without a (valid) datumStatusGezet', () => {
    const zaak = makeZaak({ status: null });
    const undated = makeStatus(uuid(140), s3, '', { datumStatusGezet: null });
    expect(findCurrentStatus(zaak, [undated, b, a])?.url).to.equal(b.url);
  });
});

describe('buildTimeline (CONTRACT 4.1–4.4, 4.6)', () => {
  const [s1, s2, s3, s4] = fourSteps();
  const a = makeStatus(uuid(101), s1, '2026-01-12T09:00:00Z');
  const b = makeStatus(uuid(102), s2, '2026-01-20T09:00:00Z');
  const c = makeStatus(uuid(103), s3, '2026-02-01T09:00:00Z');
  const d = makeStatus(uuid(104), s4, '2026-02-10T09:00:00Z');

  describe('steps and their order (4.1)', () => {
    it('has one step per statustype, sorted by volgnummer whatever the input order', () => {
      const view = build({ statustypen: [s3, s1, s4, s2], statussen: [b, a] });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
    });

    it('sorts volgnummer as a number (2 before 10)', () => {
      const t10 = makeStatustype(uuid(10), { omschrijving: 'Tien', volgnummer: 10 });
      const t2 = makeStatustype(uuid(11), { omschrijving: 'Twee', volgnummer: 2 });
      const t1 = makeStatustype(uuid(12), { omschrijving: 'Een', volgnummer: 1 });
      expect(titles(build({ statustypen: [t10, t2, t1] }))).to.deep.equal(['Een', 'Twee', 'Tien']);
    });

    it('puts statustypen without a volgnummer last, in input order (eSuite)', () => {
      const x = makeStatustype(uuid(20), { omschrijving: 'Zonder nummer X', volgnummer: null });
      const y = makeStatustype(uuid(21), { omschrijving: 'Zonder nummer Y', volgnummer: undefined });
      const view = build({ statustypen: [x, s2, y, s1] });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Zonder nummer X', 'Zonder nummer Y']);
    });

    it('keeps the input order of statustypen with the same volgnummer (stable sort)', () => {
      const p = makeStatustype(uuid(30), { omschrijving: 'P', volgnummer: 2 });
      const q = makeStatustype(uuid(31), { omschrijving: 'Q', volgnummer: 1 });
      const r = makeStatustype(uuid(32), { omschrijving: 'R', volgnummer: 2 });
      expect(titles(build({ statustypen: [p, q, r] }))).to.deep.equal(['Q', 'P', 'R']);
      expect(titles(build({ statustypen: [r, q, p] }))).to.deep.equal(['Q', 'R', 'P']);
    });

    it('has no steps when the zaaktype has no statustypen', () => {
      expect(build({ statustypen: [], statussen: [] }).steps).to.deep.equal([]);
    });

    it('does not change its inputs', () => {
      const statustypen = [s3, s1, s4, s2];
      const statussen = [b, a];
      const before = JSON.stringify({ statustypen, statussen });
      build({ statustypen, statussen });
      expect(JSON.stringify({ statustypen, statussen })).to.equal(before);
    });
  });

  describe('states (4.2)', () => {
    it('checks the steps before the current one and leaves the later ones not-checked', () => {
      const view = build({ statustypen: [s3, s1, s4, s2], statussen: [b, a] });
      expect(states(view)).to.deep.equal(['checked', 'current', 'not-checked', 'not-checked']);
      expect(view.steps.map((step) => step.isCurrent)).to.deep.equal([false, true, false, false]);
      expect(view.isComplete).to.equal(false);
    });

    it('checks a step that was skipped (no status of its own) before the current one', () => {
      const view = build({ statussen: [c, a] });
      expect(states(view)).to.deep.equal(['checked', 'checked', 'current', 'not-checked']);
      expect(view.steps[1]?.date).to.equal(null);
    });

    it('makes the step of zaak.status current even when a newer status exists', () => {
      const view = build({ zaak: makeZaak({ status: b.url }), statussen: [c, b, a] });
      expect(states(view).slice(0, 3)).to.deep.equal(['checked', 'current', 'not-checked']);
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['In behandeling']);
    });

    it('makes the step of the indicatieLaatstGezetteStatus status current when zaak.status is absent', () => {
      const flagged = { ...b, indicatieLaatstGezetteStatus: true };
      const view = build({ zaak: makeZaak({ status: null }), statussen: [c, flagged, a] });
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['In behandeling']);
    });

    it('makes the step of the latest datumStatusGezet current otherwise, whatever the list order', () => {
      const view = build({ statussen: [a, c, b] });
      expect(states(view)).to.deep.equal(['checked', 'checked', 'current', 'not-checked']);
    });

    it('a step after the current one is not-checked even if it once had a status (zaak sent back)', () => {
      // Besluit genomen was set, then the zaak went back to In behandeling.
      const back = makeStatus(uuid(105), s2, '2026-02-05T09:00:00Z');
      const view = build({ statussen: [back, c, b, a] });
      expect(states(view)).to.deep.equal(['checked', 'current', 'not-checked', 'not-checked']);
    });

    it('a zaak with einddatum has every step checked, isComplete, and still exactly one current step', () => {
      const view = build({ zaak: makeZaak({ einddatum: '2026-02-15' }), statussen: [b, a] });
      expect(states(view)).to.deep.equal(['checked', 'checked', 'checked', 'checked']);
      expect(view.isComplete).to.equal(true);
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['In behandeling']);
    });

    it('a current statustype with isEindstatus checks every step, also without einddatum', () => {
      const view = build({ statustypen: [s4, s3, s2, s1], statussen: [d, c, b, a] });
      expect(states(view)).to.deep.equal(['checked', 'checked', 'checked', 'checked']);
      expect(view.isComplete).to.equal(true);
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['Afgehandeld']);
    });

    it('with several isEindstatus steps, reaching the first one checks them all (eSuite)', () => {
      const ontvangen = makeStatustype(uuid(40), { omschrijving: 'Ontvangen', volgnummer: 1 });
      const toegekend = makeStatustype(uuid(41), { omschrijving: 'Toegekend', volgnummer: 2, isEindstatus: true });
      const afgewezen = makeStatustype(uuid(42), { omschrijving: 'Afgewezen', volgnummer: 3, isEindstatus: true });
      const view = build({
        statustypen: [afgewezen, toegekend, ontvangen],
        statussen: [makeStatus(uuid(140), toegekend, '2026-02-01'), makeStatus(uuid(141), ontvangen, '2026-01-12')],
      });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'Toegekend', 'Afgewezen']);
      expect(states(view)).to.deep.equal(['checked', 'checked', 'checked']);
      expect(view.isComplete).to.equal(true);
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['Toegekend']);
    });

    it('a step that is not an end status does not complete the timeline', () => {
      const view = build({ statussen: [c, b, a] });
      expect(view.isComplete).to.equal(false);
      expect(view.steps[3]?.state).to.equal('not-checked');
    });

    it('with no status (a new zaak) nothing is reached: all not-checked, no current step', () => {
      const view = build({ statussen: [] });
      expect(states(view)).to.deep.equal(['not-checked', 'not-checked', 'not-checked', 'not-checked']);
      expect(currentSteps(view)).to.have.length(0);
      expect(view.isComplete).to.equal(false);
      expect(view.steps.map((step) => step.date)).to.deep.equal([null, null, null, null]);
      expect(view.steps.map((step) => step.explanation)).to.deep.equal([null, null, null, null]);
    });

    it('a zaak with einddatum but no status still has every step checked', () => {
      const view = build({ zaak: makeZaak({ einddatum: '2026-02-15' }), statussen: [] });
      expect(states(view)).to.deep.equal(['checked', 'checked', 'checked', 'checked']);
      expect(view.isComplete).to.equal(true);
      expect(currentSteps(view)).to.have.length(0);
    });

    it('ignores a statustype that is not in the list without crashing (older status)', () => {
      const stray = makeStatus(uuid(150), statustypeUrl(uuid(99)), '2026-01-15T09:00:00Z');
      const withStray = build({ statussen: [b, stray, a] });
      const without = build({ statussen: [b, a] });
      expect(withStray).to.deep.equal(without);
    });

    it('does not crash when the current status points at an unknown statustype', () => {
      const stray = makeStatus(uuid(151), statustypeUrl(uuid(99)), '2026-03-01T09:00:00Z');
      const view = build({ statussen: [stray, b, a] });
      expect(view.steps).to.have.length(4);
      expect(currentSteps(view).length).to.be.at.most(1);
    });

    it('does not crash on a status without statustype or date', () => {
      const broken = makeStatus(uuid(152), '', '', { statustype: null, datumStatusGezet: null });
      const view = build({ statussen: [b, broken, a] });
      expect(view.steps).to.have.length(4);
      expect(currentSteps(view).length).to.be.at.most(1);
    });
  });

  describe('grouping, dates and sub-steps (4.3)', () => {
    it('a step date is the latest datumStatusGezet of its statussen, as received', () => {
      const view = build({ statussen: [b, a] });
      expect(view.steps.map((step) => step.date)).to.deep.equal([a.datumStatusGezet, b.datumStatusGezet, null, null]);
    });

    it('keeps an eSuite date-only datumStatusGezet as received', () => {
      const dateOnly = makeStatus(uuid(160), s2, '2026-01-20');
      const view = build({ statussen: [dateOnly, a] });
      expect(view.steps[1]?.date).to.equal('2026-01-20');
      expect(view.steps[1]?.state).to.equal('current');
    });

    it('no sub-steps for a step with one status without statustoelichting', () => {
      const view = build({ statussen: [b, a] });
      expect(view.steps.map((step) => step.subSteps)).to.deep.equal([[], [], [], []]);
    });

    it('groups several statussen of one statustype into sub-steps, oldest first; the newest of the current step is current', () => {
      const b1 = makeStatus(uuid(170), s2, '2026-01-20T09:00:00Z', { statustoelichting: 'Aanvraag in behandeling genomen.' });
      const b2 = makeStatus(uuid(171), s2, '2026-01-25T14:30:00Z', { statustoelichting: 'Wacht op advies van de welstandscommissie.' });
      const view = build({ statussen: [b2, b1, a] });
      expect(view.steps).to.have.length(4);
      const step = view.steps[1];
      expect(step?.state).to.equal('current');
      expect(step?.date).to.equal('2026-01-25T14:30:00Z');
      expect(step?.subSteps.map((sub) => sub.text)).to.deep.equal([
        'Aanvraag in behandeling genomen.',
        'Wacht op advies van de welstandscommissie.',
      ]);
      expect(step?.subSteps.map((sub) => sub.date)).to.deep.equal(['2026-01-20T09:00:00Z', '2026-01-25T14:30:00Z']);
      expect(step?.subSteps.map((sub) => sub.isCurrent)).to.deep.equal([false, true]);
    });

    it('makes sub-steps of a group of statussen without toelichting, with text null', () => {
      const b1 = makeStatus(uuid(172), s2, '2026-01-20T09:00:00Z');
      const b2 = makeStatus(uuid(173), s2, '2026-01-22T09:00:00Z', { statustoelichting: null });
      const view = build({ statussen: [b2, b1, a] });
      expect(view.steps[1]?.subSteps.map((sub) => sub.text)).to.deep.equal([null, null]);
      expect(view.steps[1]?.subSteps.map((sub) => sub.date)).to.deep.equal(['2026-01-20T09:00:00Z', '2026-01-22T09:00:00Z']);
    });

    it('a step date and sub-step order follow datumStatusGezet, not the list order', () => {
      const b1 = makeStatus(uuid(174), s2, '2026-01-20T09:00:00Z', { statustoelichting: 'eerste' });
      const b2 = makeStatus(uuid(175), s2, '2026-01-27T09:00:00Z', { statustoelichting: 'derde' });
      const b3 = makeStatus(uuid(176), s2, '2026-01-23T09:00:00Z', { statustoelichting: 'tweede' });
      const view = build({ statussen: [b1, a, b2, b3] });
      expect(view.steps[1]?.date).to.equal('2026-01-27T09:00:00Z');
      expect(view.steps[1]?.subSteps.map((sub) => sub.text)).to.deep.equal(['eerste', 'tweede', 'derde']);
      expect(view.steps[1]?.subSteps.map((sub) => sub.isCurrent)).to.deep.equal([false, false, true]);
    });

    it('a single status with a statustoelichting becomes one sub-step', () => {
      const withNote = makeStatus(uuid(177), s2, '2026-01-20T09:00:00Z', { statustoelichting: 'We hebben extra informatie nodig.' });
      const view = build({ statussen: [withNote, a] });
      expect(view.steps[1]?.subSteps).to.have.length(1);
      expect(view.steps[1]?.subSteps[0]?.text).to.equal('We hebben extra informatie nodig.');
      expect(view.steps[1]?.subSteps[0]?.date).to.equal('2026-01-20T09:00:00Z');
      expect(view.steps[1]?.subSteps[0]?.isCurrent).to.equal(true);
      expect(view.steps[0]?.subSteps).to.deep.equal([]);
    });

    it('no sub-step of a checked step is current', () => {
      const a1 = makeStatus(uuid(178), s1, '2026-01-12T09:00:00Z', { statustoelichting: 'Ontvangen via het e-loket.' });
      const a2 = makeStatus(uuid(179), s1, '2026-01-14T09:00:00Z', { statustoelichting: 'Aanvulling ontvangen.' });
      const view = build({ statussen: [b, a2, a1] });
      expect(view.steps[0]?.state).to.equal('checked');
      expect(view.steps[0]?.subSteps.map((sub) => sub.isCurrent)).to.deep.equal([false, false]);
      expect(view.steps[0]?.date).to.equal('2026-01-14T09:00:00Z');
    });

    it('has at most one current sub-step in the whole timeline', () => {
      const a1 = makeStatus(uuid(180), s1, '2026-01-12T09:00:00Z', { statustoelichting: 'een' });
      const a2 = makeStatus(uuid(181), s1, '2026-01-14T09:00:00Z', { statustoelichting: 'twee' });
      const b1 = makeStatus(uuid(182), s2, '2026-01-20T09:00:00Z', { statustoelichting: 'drie' });
      const b2 = makeStatus(uuid(183), s2, '2026-01-25T09:00:00Z', { statustoelichting: 'vier' });
      const view = build({ statussen: [b2, b1, a2, a1] });
      const currentSubSteps = view.steps.flatMap((step) => step.subSteps).filter((sub) => sub.isCurrent);
      expect(currentSubSteps.map((sub) => sub.text)).to.deep.equal(['vier']);
    });
  });

  describe('texts (4.4)', () => {
    it('explanation is the statustekst for checked and current steps, null for not-checked ones', () => {
      const view = build({ statussen: [b, a] });
      expect(view.steps.map((step) => step.explanation)).to.deep.equal([
        'We hebben uw aanvraag ontvangen.',
        'We beoordelen uw aanvraag.',
        null,
        null,
      ]);
    });

    it('on a closed zaak every step has its explanation', () => {
      const view = build({ zaak: makeZaak({ einddatum: '2026-02-15' }), statussen: [b, a] });
      expect(view.steps.map((step) => step.explanation)).to.deep.equal([
        'We hebben uw aanvraag ontvangen.',
        'We beoordelen uw aanvraag.',
        'Er is een besluit genomen.',
        'Uw aanvraag is afgehandeld.',
      ]);
    });

    it('title is statustype.omschrijving', () => {
      expect(titles(build({ statussen: [a] }))).to.deep.equal(['Ontvangen', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
    });

    it('labels override titles by statustype URL or by omschrijving; the URL key wins', () => {
      const labels = {
        [s2.url ?? '']: 'We bekijken uw aanvraag',
        'In behandeling': 'Mag niet winnen',
        Ontvangen: 'Aanvraag ingediend',
      };
      const view = build({ statussen: [b, a], labels });
      expect(titles(view)).to.deep.equal(['Aanvraag ingediend', 'We bekijken uw aanvraag', 'Besluit genomen', 'Afgehandeld']);
    });

    it('labels that match nothing change nothing', () => {
      const view = build({ labels: { 'Iets anders': 'X', [statustypeUrl(uuid(99))]: 'Y' } });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
    });

    it('title is always a string, even without omschrijving', () => {
      const noName = makeStatustype(uuid(50), { omschrijving: null, volgnummer: 5 });
      const view = build({ statustypen: [...fourSteps(), noName] });
      expect(view.steps).to.have.length(5);
      expect(view.steps[4]?.title).to.be.a('string');
    });
  });

  describe('audience and hide-uninformed (4.6)', () => {
    // In behandeling and Besluit genomen do not inform the resident.
    const [t1, t2, t3, t4] = fourSteps();
    const uninformed: StatusType[] = [t1, { ...t2, informeren: false }, { ...t3, informeren: false }, t4];
    const at1 = makeStatus(uuid(201), t1, '2026-01-12T09:00:00Z');
    const at2 = makeStatus(uuid(202), t2, '2026-01-20T09:00:00Z');
    const at3 = makeStatus(uuid(203), t3, '2026-02-01T09:00:00Z');

    it('inwoner + hideUninformed leaves out future steps with informeren: false', () => {
      const view = build({ statustypen: uninformed, statussen: [at1], hideUninformed: true });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'Afgehandeld']);
      expect(states(view)).to.deep.equal(['current', 'not-checked']);
    });

    it('never hides the reached current step, only the future ones', () => {
      const view = build({ statustypen: uninformed, statussen: [at2, at1], hideUninformed: true });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Afgehandeld']);
      expect(states(view)).to.deep.equal(['checked', 'current', 'not-checked']);
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['In behandeling']);
    });

    it('never hides reached (checked) steps', () => {
      const view = build({ statustypen: uninformed, statussen: [at3, at2, at1], hideUninformed: true });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
    });

    it('does not hide a checked step before the current one that was skipped', () => {
      // In behandeling (informeren: false) has no status, but Besluit genomen is current: it is not a future step.
      const view = build({ statustypen: uninformed, statussen: [at3, at1], hideUninformed: true });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
      expect(states(view)).to.deep.equal(['checked', 'checked', 'current', 'not-checked']);
    });

    it('on a closed zaak keeps every reached step, all checked', () => {
      // Whether never-reached steps after the current one count as "future" on a closed zaak is not
      // settled by the contract; only the reached ones are asserted here.
      const view = build({ zaak: makeZaak({ einddatum: '2026-02-15' }), statustypen: uninformed, statussen: [at2, at1], hideUninformed: true });
      expect(titles(view).slice(0, 2)).to.deep.equal(['Ontvangen', 'In behandeling']);
      expect(titles(view)).to.include('Afgehandeld');
      expect(view.steps.every((step) => step.state === 'checked')).to.equal(true);
      expect(currentSteps(view).map((step) => step.title)).to.deep.equal(['In behandeling']);
    });

    it('with no status, hides every step with informeren: false', () => {
      const view = build({ statustypen: uninformed, statussen: [], hideUninformed: true });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'Afgehandeld']);
    });

    it('inwoner without hideUninformed shows every step, flagged hiddenFromResidents', () => {
      const view = build({ statustypen: uninformed, statussen: [at1], hideUninformed: false });
      expect(titles(view)).to.have.length(4);
      expect(view.steps.map((step) => step.hiddenFromResidents)).to.deep.equal([false, true, true, false]);
    });

    it('medewerker shows every step, even with hideUninformed', () => {
      const view = build({ statustypen: uninformed, statussen: [at1], audience: 'medewerker', hideUninformed: true });
      expect(titles(view)).to.deep.equal(['Ontvangen', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
      expect(view.steps.map((step) => step.hiddenFromResidents)).to.deep.equal([false, true, true, false]);
      expect(states(view)).to.deep.equal(['current', 'not-checked', 'not-checked', 'not-checked']);
    });

    it('only informeren === false hides: null or absent informeren is shown', () => {
      const [u1, u2, u3, u4] = fourSteps();
      const view = build({
        statustypen: [u1, { ...u2, informeren: null }, { ...u3, informeren: undefined }, u4],
        statussen: [makeStatus(uuid(210), u1, '2026-01-12T09:00:00Z')],
        hideUninformed: true,
      });
      expect(titles(view)).to.have.length(4);
      expect(view.steps.map((step) => step.hiddenFromResidents)).to.deep.equal([false, false, false, false]);
    });
  });

  describe('keys', () => {
    const a1 = makeStatus(uuid(301), s1, '2026-01-12T09:00:00Z', { statustoelichting: 'een' });
    const a2 = makeStatus(uuid(302), s1, '2026-01-14T09:00:00Z', { statustoelichting: 'twee' });
    const b1 = makeStatus(uuid(303), s2, '2026-01-20T09:00:00Z', { statustoelichting: 'drie' });

    it('step and sub-step keys are unique, non-empty and free of whitespace', () => {
      const view = build({ statussen: [b1, a2, a1] });
      const keys = [...view.steps.map((step) => step.key), ...view.steps.flatMap((step) => step.subSteps.map((sub) => sub.key))];
      expect(keys).to.have.length(7);
      expect(new Set(keys).size).to.equal(keys.length);
      for (const key of keys) expect(key).to.match(/^\S+$/);
    });

    it('keys are unique even for statustypen with the same omschrijving and volgnummer', () => {
      const x = makeStatustype(uuid(60), { omschrijving: 'Zelfde', volgnummer: 1 });
      const y = makeStatustype(uuid(61), { omschrijving: 'Zelfde', volgnummer: 1 });
      const view = build({ statustypen: [x, y] });
      expect(view.steps).to.have.length(2);
      expect(view.steps[0]?.key).to.not.equal(view.steps[1]?.key);
    });

    it('keys are stable: the same input gives the same keys, whatever the input order', () => {
      const first = build({ statustypen: [s1, s2, s3, s4], statussen: [b1, a2, a1] });
      const second = build({ statustypen: [s4, s2, s3, s1], statussen: [b1, a2, a1] });
      expect(second.steps.map((step) => step.key)).to.deep.equal(first.steps.map((step) => step.key));
      expect(second).to.deep.equal(first);
    });
  });

  describe('invariants over generated timelines', () => {
    /** Deterministic pseudo-random numbers (mulberry32). */
    function random(seed: number): () => number {
      let t = seed;
      return () => {
        t = (t + 0x6d2b79f5) | 0;
        let r = Math.imul(t ^ (t >>> 15), 1 | t);
        r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
        return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
      };
    }

    it('holds for 300 generated zaken', () => {
      for (let seed = 1; seed <= 300; seed += 1) {
        const next = random(seed);
        const count = 1 + Math.floor(next() * 7);
        const statustypen: StatusType[] = [];
        for (let i = 0; i < count; i += 1) {
          statustypen.push(
            makeStatustype(uuid(1000 + i), {
              omschrijving: `Stap ${i}`,
              volgnummer: next() < 0.1 ? null : Math.floor(next() * 5),
              isEindstatus: next() < 0.2,
              informeren: next() < 0.7,
            }),
          );
        }
        const statussen: Status[] = [];
        const statusCount = Math.floor(next() * 6);
        for (let i = 0; i < statusCount; i += 1) {
          const type = statustypen[Math.floor(next() * statustypen.length)];
          const day = 1 + Math.floor(next() * 28);
          const dateOnly = next() < 0.2;
          statussen.push(
            makeStatus(uuid(2000 + i), type ?? '', `2026-02-${String(day).padStart(2, '0')}${dateOnly ? '' : `T${String(8 + i).padStart(2, '0')}:00:00Z`}`, {
              statustoelichting: next() < 0.3 ? `toelichting ${i}` : '',
            }),
          );
        }
        const closed = next() < 0.2;
        const hideUninformed = next() < 0.5;
        const zaak = makeZaak({ einddatum: closed ? '2026-03-01' : null });
        const context = `seed ${seed}`;
        const view = buildTimeline({ zaak, statustypen, statussen, audience: 'inwoner', hideUninformed, labels: null });

        const statustekstByTitle = new Map(statustypen.map((type) => [type.omschrijving ?? '', type.statustekst ?? null]));
        const current = findCurrentStatus(zaak, statussen);
        const currentIndexes = view.steps.flatMap((step, index) => (step.isCurrent ? [index] : []));
        expect(currentIndexes.length, context).to.equal(current ? 1 : 0);
        if (!hideUninformed) expect(view.steps.length, context).to.equal(count);

        const keys = view.steps.map((step) => step.key);
        expect(new Set(keys).size, context).to.equal(keys.length);

        const subStepsCurrent = view.steps.flatMap((step) => step.subSteps).filter((sub) => sub.isCurrent);
        expect(subStepsCurrent.length, context).to.be.at.most(1);
        for (const step of view.steps) {
          if (!step.isCurrent) expect(step.subSteps.some((sub) => sub.isCurrent), context).to.equal(false);
          if (step.state === 'not-checked') expect(step.explanation, context).to.equal(null);
          else expect(step.explanation, context).to.equal(statustekstByTitle.get(step.title));
        }

        const currentType = statustypen.find((type) => type.url === current?.statustype);
        if (closed || currentType?.isEindstatus) {
          expect(view.isComplete, context).to.equal(true);
          expect(view.steps.every((step) => step.state === 'checked'), context).to.equal(true);
        } else {
          expect(view.isComplete, context).to.equal(false);
          const index = currentIndexes[0];
          view.steps.forEach((step, i) => {
            const expected = index === undefined ? 'not-checked' : i < index ? 'checked' : i === index ? 'current' : 'not-checked';
            expect(step.state, `${context} step ${i}`).to.equal(expected);
          });
        }
        if (current) {
          expect(view.steps[currentIndexes[0] ?? -1]?.title, context).to.equal(currentType?.omschrijving);
        }
      }
    });
  });
});
