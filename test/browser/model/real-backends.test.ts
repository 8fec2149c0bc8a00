// Issue 9, data recorded from real back ends: the model functions, numbered by CONTRACT clause.
import { expect } from '@open-wc/testing';
import { mapToGateway } from '../../../src/gateway/url-mapping.js';
import { safeFileName, toDocumentViews } from '../../../src/model/documents.js';
import { searchSummaries, toOverviewView } from '../../../src/model/overview.js';
import { calendarDate, resourceKey } from '../../../src/model/text.js';
import { buildTimeline, type TimelineInput } from '../../../src/model/timeline.js';
import { toZaakDetailView } from '../../../src/model/zaak-detail.js';
import { fourSteps, makeStatus, makeStatustype, makeZaak, statustypeUrl, uuid } from './fixtures.js';

const G = 'https://www.gemeente.example/api/zgw';
const build = (overrides: Partial<TimelineInput>) =>
  buildTimeline({ zaak: makeZaak(), statustypen: fourSteps(), statussen: [], audience: 'inwoner', hideUninformed: false, ...overrides });
const current = (input: Partial<TimelineInput>) => build(input).steps.filter((step) => step.isCurrent).map((step) => step.title);

describe('CONTRACT 5: URLs without scheme and host, or on the gateway\'s own origin', () => {
  const U = uuid(1);
  it('5.1 a relative URL maps by what it names, its query kept', () => {
    expect(mapToGateway(`/catalogi/api/v1/zaaktypen/${U}`, G)).to.equal(`${G}/catalogi/api/v1/zaaktypen/${U}`);
    expect(mapToGateway(`/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/download?versie=2`, G)).to.equal(
      `${G}/documenten/api/v1/enkelvoudiginformatieobjecten/${U}/download?versie=2`,
    );
  });
  it('5.2 a URL on the gateway\'s own origin maps onto the same gateway URL', () => {
    expect(mapToGateway(`https://www.gemeente.example/api/zgw/zaken/api/v1/statussen/${U}`, G)).to.equal(`${G}/zaken/api/v1/statussen/${U}`);
  });
  it('5.3 a relative URL naming no known resource is never mapped', () => {
    for (const url of ['/', '?page=2', '/api/zgw/', `/zaken/api/v1/rollen/${U}`, '  ']) expect(mapToGateway(url, G), url).to.equal(null);
  });
  it('5.4 resourceKey: absolute, relative and gateway forms of one resource are one key', () => {
    const keys = [`https://openzaak.gemeente.example/catalogi/api/v1/statustypen/${U}`, `/catalogi/api/v1/statustypen/${U.toUpperCase()}`, `${G}/catalogi/api/v1/statustypen/${U}/`].map(resourceKey);
    expect(new Set(keys).size).to.equal(1);
  });
});

describe('CONTRACT 4.1–4.3: statustypen and statussen as other back ends give them', () => {
  const [s1, s2, s3, s4] = fourSteps();
  const a = makeStatus(uuid(101), s1, '2026-01-12T09:00:00Z');
  const b = makeStatus(uuid(102), s2, '2026-01-20T09:00:00Z');

  it('4.1.1 the same statustype URL twice is one step', () => {
    expect(build({ statustypen: [s1, s2, { ...s2 }, s3, s4], statussen: [b, a] })).to.deep.equal(build({ statussen: [b, a] }));
  });
  it('4.1.2 a statustype in another URL form groups with its statussen', () => {
    const relative = { ...s2, url: `/catalogi/api/v1/statustypen/${(s2?.url ?? '').split('/').pop()}` };
    expect(current({ statustypen: [s1, relative, s3, s4], statussen: [b, a] })).to.deep.equal(['In behandeling']);
  });
  it('4.1.3 without volgnummer: a reached step goes where it was reached, an unreached one last', () => {
    const x = makeStatustype(uuid(20), { omschrijving: 'Zonder nummer', volgnummer: null });
    const reachedX = makeStatus(uuid(120), x, '2026-01-15T09:00:00Z');
    const view = build({ statustypen: [x, s1, s2, s3, s4], statussen: [b, reachedX, a] });
    expect(view.steps.map((step) => step.title)).to.deep.equal(['Ontvangen', 'Zonder nummer', 'In behandeling', 'Besluit genomen', 'Afgehandeld']);
    expect(view.steps.map((step) => step.state)).to.deep.equal(['checked', 'checked', 'current', 'not-checked', 'not-checked']);
  });
  it('4.1.4 equal volgnummers: in the order reached, one current step', () => {
    const same = fourSteps().map((type) => ({ ...type, volgnummer: 1 }));
    const view = build({ statustypen: [...same].reverse(), statussen: [b, a] });
    expect(view.steps.slice(0, 2).map((step) => step.title)).to.deep.equal(['Ontvangen', 'In behandeling']);
    expect(view.steps.filter((step) => step.isCurrent).map((step) => step.title)).to.deep.equal(['In behandeling']);
  });
  it('4.2.1 a current status of an older zaaktype version: its namesake step is current', () => {
    const old = makeStatustype(uuid(90), { omschrijving: 'in behandeling', volgnummer: 7 });
    const now = makeStatus(uuid(190), old, '2026-02-01T09:00:00Z');
    const view = build({ statussen: [now, b, a], currentStatustype: old });
    expect(view.steps).to.have.length(4);
    expect(view.steps.map((step) => step.state)).to.deep.equal(['checked', 'current', 'not-checked', 'not-checked']);
    expect(view.steps[1]?.date).to.equal('2026-02-01T09:00:00Z');
  });
  it('4.2.2 one the new version dropped: its own current step, placed by its volgnummer', () => {
    const old = makeStatustype(uuid(91), { omschrijving: 'Wacht op gegevens', volgnummer: 2 });
    const now = makeStatus(uuid(191), old, '2026-02-01T09:00:00Z');
    const view = build({ statussen: [now, b, a], currentStatustype: old });
    expect(view.steps.map((step) => [step.title, step.state])).to.deep.equal([
      ['Ontvangen', 'checked'],
      ['In behandeling', 'checked'],
      ['Wacht op gegevens', 'current'],
      ['Besluit genomen', 'not-checked'],
      ['Afgehandeld', 'not-checked'],
    ]);
  });
  it('4.2.3 an unknown current statustype with nothing else reached: one untitled, dated current step, never none', () => {
    const now = makeStatus(uuid(192), statustypeUrl(uuid(92)), '2026-02-01T09:00:00Z');
    for (const statustypen of [fourSteps(), []]) {
      const view = build({ statustypen, statussen: [now] });
      expect(view.steps.filter((step) => step.isCurrent).map((step) => [step.title, step.date])).to.deep.equal([['', '2026-02-01T09:00:00Z']]);
    }
  });
  it('4.2.4 a currentStatustype for another URL than the current status is not used', () => {
    const stranger = makeStatustype(uuid(93), { omschrijving: 'Vreemd', volgnummer: 1 });
    const now = makeStatus(uuid(193), statustypeUrl(uuid(94)), '2026-02-01T09:00:00Z');
    expect(build({ statussen: [now, a], currentStatustype: stranger }).steps.map((step) => step.title)).not.to.include('Vreemd');
  });
});

describe('CONTRACT 3 and 4.5: date-times where dates belong are the day in Amsterdam', () => {
  it('3.1 UTC late evening and a negative offset are the next day in Amsterdam; a plain date stays', () => {
    expect(calendarDate('2026-02-28T23:30:00Z')).to.equal('2026-03-01');
    expect(calendarDate('2026-02-28T22:30:00-01:00')).to.equal('2026-03-01');
    expect(calendarDate('2026-06-30T22:30:00Z')).to.equal('2026-07-01');
    expect(calendarDate('2026-03-01T10:00:00Z')).to.equal('2026-03-01');
    expect(calendarDate('2026-03-01T23:30:00')).to.equal('2026-03-01');
    expect(calendarDate('2026-03-01')).to.equal('2026-03-01');
    for (const garbage of ['2026-02-30', '2026-02-30T10:00:00Z', 'gisteren', '', null, 20260301]) expect(calendarDate(garbage), String(garbage)).to.equal(null);
  });
  it('3.2 the detail shows Amsterdam days and computes the expected end date from them', () => {
    const view = toZaakDetailView({
      zaak: makeZaak({ registratiedatum: '2026-02-28T23:30:00Z', startdatum: '2026-02-28T23:30:00Z', vertrouwelijkheidaanduiding: undefined }),
      zaaktype: { servicenorm: 'P1D' },
      statustypen: [], statussen: [], resultaat: null, resultaattype: null, audience: 'medewerker', hideUninformed: false,
    });
    expect([view.registratiedatum, view.startdatum, view.expectedEndDate, view.vertrouwelijkheidaanduiding]).to.deep.equal(['2026-03-01', '2026-03-01', '2026-03-02', null]);
  });
  it('3.3 missing parts are reported once each, in a fixed order, unknown ones ignored', () => {
    const view = toZaakDetailView({
      zaak: makeZaak(), zaaktype: null, statustypen: [], statussen: [], resultaat: null, resultaattype: null, audience: 'inwoner', hideUninformed: false,
      missing: ['result', 'steps', 'result', 'nonsense' as never, 'zaaktype'],
    });
    expect(view.missing).to.deep.equal(['zaaktype', 'steps', 'result']);
  });
});

describe('CONTRACT 4.7: documents without bestandsnaam or status', () => {
  it('4.7.1 bestandsnaam "" gets titel and the extension of formaat', () => {
    expect(safeFileName({ bestandsnaam: '', titel: 'Besluit op bezwaar', formaat: 'application/pdf' })).to.equal('Besluit op bezwaar.pdf');
    expect(safeFileName({ bestandsnaam: null, titel: 'Brief', formaat: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })).to.equal('Brief.docx');
    expect(safeFileName({ titel: 'Foto', formaat: 'image/jpeg; charset=binary' })).to.equal('Foto.jpg');
    expect(safeFileName({ titel: 'Kaart', formaat: 'image/webp' })).to.equal('Kaart.webp');
    expect(safeFileName({ titel: 'rapport.pdf', formaat: 'application/pdf' })).to.equal('rapport.pdf');
    expect(safeFileName({ bestandsnaam: 'besluit.pdf', titel: 'x', formaat: 'text/plain' })).to.equal('besluit.pdf');
  });
  it('4.7.2 never a path, control character, bidi override or device name', () => {
    expect(safeFileName({ titel: '../../etc/passwd' })).to.equal('etc_passwd');
    expect(safeFileName({ titel: 'C:\\Windows\\x', formaat: 'application/pdf' })).to.equal('C_Windows_x.pdf');
    expect(safeFileName({ titel: 'a\u0000b\u202ecod.exe', formaat: 'text/plain' })).to.equal('a_b_cod.exe.txt');
    expect(safeFileName({ titel: 'CON', formaat: 'text/plain' })).to.equal('_CON.txt');
    expect(safeFileName({ titel: '   ', bestandsnaam: '' })).to.equal(null);
  });
  it('4.7.3 status "" counts as absent: the document is shown', () => {
    const views = toDocumentViews(
      [{ link: {}, document: { titel: 'Brief', status: '', bestandsnaam: '', formaat: 'application/pdf', vertrouwelijkheidaanduiding: 'openbaar', creatiedatum: '2026-02-28T23:30:00Z' } }],
      { maxConfidentiality: 'openbaar', mapUrl: () => null },
    );
    expect(views.map((view) => [view.fileName, view.date])).to.deep.equal([['Brief.pdf', '2026-03-01']]);
  });
});

describe('CONTRACT 3 (overview): search', () => {
  it('3.4 searching a list again gives the same answers (each title folded once, then reused)', () => {
    const zaken = ['Parkeervergunning Ærø', 'Bezwaar WOZ'].map((omschrijving, index) => makeZaak({ uuid: uuid(200 + index), omschrijving, identificatie: `ZAAK-2026-000${index}`, zaaktype: null }));
    const { open } = toOverviewView({ zaken, zaaktypen: new Map(), statussen: new Map(), statustypen: new Map() });
    for (let round = 0; round < 2; round++) {
      expect(searchSummaries(open, 'aero').map((summary) => summary.title)).to.deep.equal([]);
      expect(searchSummaries(open, 'PARKEER ærø').map((summary) => summary.title)).to.deep.equal(['Parkeervergunning Ærø']);
      expect(searchSummaries(open, 'woz 0001').map((summary) => summary.title)).to.deep.equal(['Bezwaar WOZ']);
    }
  });
});
