/**
 * Property-based tests of the pure model (issue 5) with fast-check. Arbitraries follow the ZGW
 * shapes of Open Zaak 1.30 (src/model/zgw.ts; field types, formats and enums from
 * spec/zgw-openapi/open-zaak-1.30.0/, pinned by test/node/zgw-shapes.test.mjs through
 * zgw-shapes.mjs) and are then mutated: fields left out, null or of another type, unknown enum
 * values, empty lists, duplicate volgnummers, several isEindstatus, dates without a time, and
 * 10,000 statussen. The model never throws and its invariants hold.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mapToGateway, isOnGateway } from '../../../src/gateway/url-mapping.js';
import { CONFIDENTIALITY_ORDER, isDocumentVisible, toDocumentViews, type LinkedDocument } from '../../../src/model/documents.js';
import { parseCalendarDate } from '../../../src/model/duration.js';
import { expectedEndDate } from '../../../src/model/expected-end-date.js';
import { toOverviewView } from '../../../src/model/overview.js';
import { resourceKey } from '../../../src/model/text.js';
import { buildTimeline, findCurrentStatus } from '../../../src/model/timeline.js';
import type { StepState, TimelineView, ZaakDetailView } from '../../../src/model/view-model.js';
import { toZaakDetailView } from '../../../src/model/zaak-detail.js';
import type { Status, StatusType, Zaak, ZaakType } from '../../../src/model/zgw.js';
import { HOSTILE_URLS } from '../../../demo/gateway/hostile.mjs';
import { SHAPES } from './zgw-shapes.mjs';

const GATEWAY = 'https://www.gemeente.example/api/zgw';
const GEZETDOOR_MARKER = 'ROL-GEZETDOOR-MARKER';
/** Runs per property; the 10,000-statussen property runs a few times only. */
const RUNS = 1000;
let cases = 0;
const counted = <T extends unknown[]>(check: (...args: T) => void) => (...args: T) => {
  cases += 1;
  check(...args);
};

// ---------------------------------------------------------------------------------------------
// Arbitraries: valid ZGW values first, then mutated.

const BACK_ENDS = {
  zaken: ['https://openzaak.gemeente.example/zaken/api/v1', 'https://zaken.gemeente.example/api/v1'],
  catalogi: ['https://openzaak.gemeente.example/catalogi/api/v1', 'https://catalogi.gemeente.example/api/v1'],
  documenten: ['https://openzaak.gemeente.example/documenten/api/v1', 'https://documenten.gemeente.example/api/v1'],
} as const;

/** Issue 9: a rewriting gateway gives URLs without scheme and host, or on its own origin. */
const REWRITTEN = (api: keyof typeof BACK_ENDS) => [`/${api}/api/v1`, `${GATEWAY}/${api}/api/v1`];

const resourceUrl = (api: keyof typeof BACK_ENDS, resource: string, uuid: string) =>
  fc.constantFrom(...BACK_ENDS[api], ...REWRITTEN(api)).map((base) => `${base}/${resource}/${uuid}`);

/** Something of the wrong kind: what a broken or hostile gateway sends instead. */
const wrong = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(''),
  fc.constant('   '),
  fc.string({ maxLength: 20 }),
  fc.constant({}),
  fc.constant([]),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.constantFrom('onbekende_waarde', '__proto__', 'constructor', 'toString'),
);
/** A valid value most of the time, a wrong one otherwise. */
const m = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: arb, weight: 6 }, { arbitrary: wrong, weight: 1 });

const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true });
const date = fc.oneof(
  { arbitrary: day.map((d) => d.toISOString().slice(0, 10)), weight: 5 },
  // Issue 9: date-times where dates belong, in UTC or with an offset.
  day.map((d) => d.toISOString()),
  day.map((d) => `${d.toISOString().slice(0, 19)}-01:00`), fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', '2026-3-1', '20260301'));
const dateTime = fc.oneof(
  { arbitrary: day.map((d) => d.toISOString()), weight: 4 },
  // eSuite: a date without a time.
  { arbitrary: day.map((d) => d.toISOString().slice(0, 10)), weight: 2 },
  day.map((d) => d.toISOString().replace('Z', '+02:00')),
  fc.constantFrom('2026-03-01T25:00:00Z', 'gisteren', 'NaN'),
);
const duration = fc.oneof(
  { arbitrary: fc.tuple(fc.nat(3), fc.nat(14), fc.nat(10), fc.nat(400)).map(([y, mo, w, d]) => `P${y ? `${y}Y` : ''}${mo ? `${mo}M` : ''}${w ? `${w}W` : ''}${d || !(y || mo || w) ? `${d}D` : ''}`), weight: 5 },
  fc.constantFrom('P', 'PT', 'P1DT', 'PT1H', 'P1DT0H', 'P-1D', 'P1.5D', 'P99999999999Y', 'p6w', ' P30D '),
);
const text = (maxLength: number) => fc.oneof({ arbitrary: fc.string({ maxLength }), weight: 4 }, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constant(''));
const vertrouwelijkheid = fc.oneof({ arbitrary: fc.constantFrom(...SHAPES.vertrouwelijkheidaanduiding), weight: 5 }, fc.constant('onbekend'));

/** Records whose every key may be missing. */
const partial = <T extends Record<string, fc.Arbitrary<unknown>>>(model: T) => fc.record(model, { requiredKeys: [] });

interface World {
  zaak: Zaak;
  zaaktype: ZaakType | null;
  statustypen: StatusType[];
  statussen: Status[];
}

/** A zaak, its zaaktype, statustypen and statussen that refer to each other (mostly). */
const world = (statussenMax: number, statussenMin = 0): fc.Arbitrary<World> =>
  fc
    .record({
      typeIds: fc.uniqueArray(fc.uuid(), { minLength: 0, maxLength: 10 }),
      statusIds: fc.uniqueArray(fc.uuid(), { minLength: statussenMin > 0 ? 1 : 0, maxLength: 12 }),
      zaakId: fc.uuid(),
      zaaktypeId: fc.uuid(),
    })
    .chain(({ typeIds, statusIds, zaakId, zaaktypeId }) => {
      const typeUrl = typeIds.length > 0 ? fc.constantFrom(...typeIds).chain((id) => resourceUrl('catalogi', 'statustypen', id)) : fc.constant(null);
      const statusUrl = statusIds.length > 0 ? fc.constantFrom(...statusIds).chain((id) => resourceUrl('zaken', 'statussen', id)) : fc.constant(null);
      const zaaktypeUrl = `${BACK_ENDS.catalogi[0]}/zaaktypen/${zaaktypeId}`;
      const statustype = (id: string) =>
        partial({
          url: m(resourceUrl('catalogi', 'statustypen', id)),
          omschrijving: m(text(80)),
          omschrijvingGeneriek: m(text(80)),
          statustekst: m(text(1000)),
          zaaktype: m(fc.constant(zaaktypeUrl)),
          // Small range: duplicate volgnummers are common.
          volgnummer: m(fc.integer({ min: 1, max: 6 })),
          isEindstatus: m(fc.boolean()),
          informeren: m(fc.boolean()),
        });
      const status = partial({
        url: m(statusUrl),
        uuid: m(fc.uuid()),
        zaak: m(resourceUrl('zaken', 'zaken', zaakId)),
        statustype: m(fc.oneof({ arbitrary: typeUrl, weight: 5 }, resourceUrl('catalogi', 'statustypen', '00000000-0000-4000-8000-000000000000'))),
        datumStatusGezet: m(dateTime),
        statustoelichting: m(text(1000)),
        indicatieLaatstGezetteStatus: m(fc.boolean()),
        gezetdoor: fc.constant(`https://openzaak.gemeente.example/zaken/api/v1/rollen/${GEZETDOOR_MARKER}`),
      });
      const zaak = partial({
        url: m(resourceUrl('zaken', 'zaken', zaakId)),
        uuid: m(fc.constant(zaakId)),
        identificatie: m(text(40)),
        omschrijving: m(text(80)),
        toelichting: m(text(1000)),
        zaaktype: m(fc.constant(zaaktypeUrl)),
        registratiedatum: m(date),
        startdatum: m(date),
        einddatum: m(fc.option(date)),
        einddatumGepland: m(fc.option(date)),
        uiterlijkeEinddatumAfdoening: m(fc.option(date)),
        vertrouwelijkheidaanduiding: m(vertrouwelijkheid),
        verlenging: m(fc.option(partial({ reden: m(text(200)), duur: m(duration) }))),
        opschorting: m(fc.option(partial({ indicatie: m(fc.boolean()), reden: m(text(200)) }))),
        status: m(fc.option(statusUrl)),
        resultaat: m(fc.option(resourceUrl('zaken', 'resultaten', zaakId))),
      });
      const zaaktype = partial({
        url: m(fc.constant(zaaktypeUrl)),
        omschrijving: m(text(80)),
        doorlooptijd: m(duration),
        servicenorm: m(fc.option(duration)),
        statustypen: m(fc.constant(typeIds.map((id) => `${BACK_ENDS.catalogi[0]}/statustypen/${id}`))),
      });
      return fc.record({
        zaak: m(zaak),
        zaaktype: m(zaaktype),
        // Each statustype of the zaaktype, sometimes twice, sometimes with a stranger among them.
        statustypen: fc.tuple(fc.tuple(...typeIds.map(statustype)), fc.array(m(statustype(typeIds[0] ?? zaakId)), { maxLength: 2 })).map(([own, extra]) => [...own, ...extra]),
        statussen: fc.array(m(status), { minLength: statussenMin, maxLength: statussenMax }),
      }) as unknown as fc.Arbitrary<World>;
    });

const audience = fc.constantFrom('inwoner' as const, 'medewerker' as const);
const labels = fc.option(fc.dictionary(fc.string({ maxLength: 10 }), m(fc.string({ maxLength: 20 })) as fc.Arbitrary<string>, { maxKeys: 3 }));

// ---------------------------------------------------------------------------------------------
// Invariants.

const STATE_ORDER: Record<StepState, number> = { checked: 0, current: 1, 'not-checked': 2 };
const SAFE_KEY = /^[A-Za-z0-9_-]+$/;

function expectTimelineInvariants(timeline: TimelineView, statustypen: readonly unknown[]): void {
  const { steps } = timeline;
  expect(steps.filter((step) => step.isCurrent).length, 'at most one current step').to.be.at.most(1);
  const keys = steps.map((step) => step.key);
  expect(new Set(keys).size, 'step keys unique').to.equal(keys.length);
  const subKeys = steps.flatMap((step) => step.subSteps.map((sub) => sub.key));
  expect(new Set([...keys, ...subKeys]).size, 'sub-step keys unique').to.equal(keys.length + subKeys.length);
  for (const key of [...keys, ...subKeys]) expect(key, 'key safe in an id').to.match(SAFE_KEY);
  expect(steps.flatMap((step) => step.subSteps).filter((sub) => sub.isCurrent).length, 'at most one current sub-step').to.be.at.most(1);
  // Issue 9: the current status's statustype outside the list is its own step.
  expect(steps.length, 'no more steps than statustypen, and the current one').to.be.at.most(statustypen.length + 1);
  let previous = 0;
  for (const step of steps) {
    expect(['checked', 'current', 'not-checked']).to.include(step.state);
    expect(STATE_ORDER[step.state], 'states in order: checked, current, not-checked').to.be.at.least(previous);
    previous = STATE_ORDER[step.state];
    expect(typeof step.title).to.equal('string');
    if (step.state === 'not-checked') expect(step.explanation, 'no explanation of a future step').to.equal(null);
    if (timeline.isComplete) expect(step.state, 'a complete zaak has every step checked').to.equal('checked');
    if (step.state === 'current') expect(step.isCurrent).to.equal(true);
    if (step.isCurrent) expect(step.state).to.equal(timeline.isComplete ? 'checked' : 'current');
    for (const sub of step.subSteps) if (sub.isCurrent) expect(step.isCurrent, 'a current sub-step is under the current step').to.equal(true);
  }
  expect(steps.filter((step) => step.state === 'current').length).to.be.at.most(1);
}

function expectDetailInvariants(view: ZaakDetailView, world: World, who: 'inwoner' | 'medewerker'): void {
  expect(typeof view.title).to.equal('string');
  expect(typeof view.uuid).to.equal('string');
  expect(view.isClosed).to.equal(view.einddatum !== null);
  if (who === 'inwoner') expect(view.vertrouwelijkheidaanduiding, 'confidentiality only for medewerkers').to.equal(null);
  if (view.expectedEndDate !== null) {
    expect(parseCalendarDate(view.expectedEndDate), 'a real date').not.to.equal(null);
    expect(view.expectedEndDate).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.isClosed || view.suspension !== null, 'no expected end date when closed or suspended').to.equal(false);
  }
  expect(JSON.stringify(view), 'gezetdoor never in the view (CONTRACT 4.8)').not.to.contain(GEZETDOOR_MARKER);
  expectTimelineInvariants(view.timeline, Array.isArray(world.statustypen) ? world.statustypen : []);
}

/** Every mapped URL is the gateway base + '/' + a known API path: no way off the gateway. */
function expectOnGateway(mapped: string | null): void {
  if (mapped === null) return;
  expect(mapped.startsWith(`${GATEWAY}/`), mapped).to.equal(true);
  expect(isOnGateway(mapped, GATEWAY), mapped).to.equal(true);
  const url = new URL(mapped);
  expect(url.origin).to.equal(new URL(GATEWAY).origin);
  expect(url.pathname.slice(new URL(GATEWAY).pathname.length), mapped).to.match(
    /^\/(zaken|catalogi|documenten)\/api\/v1\/[a-z]+(\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\/download)?)?$/i,
  );
}

// ---------------------------------------------------------------------------------------------

describe('model fuzzing with fast-check (issue 5)', function () {
  this.timeout(120_000);
  after(() => {
    console.log(`model fuzz: ${cases} generated cases passed`);
  });

  it('toZaakDetailView never throws and its timeline invariants hold', () => {
    fc.assert(
      fc.property(world(12), audience, fc.boolean(), labels, fc.option(fc.object({ maxDepth: 1 })), fc.option(fc.object({ maxDepth: 1 })), counted((w, who, hideUninformed, labelMap, resultaat, resultaattype) => {
        const view = toZaakDetailView({ ...w, resultaat: resultaat as never, resultaattype: resultaattype as never, audience: who, hideUninformed, labels: labelMap });
        expectDetailInvariants(view, w, who);
        if (who === 'medewerker' || !hideUninformed) {
          // Issue 9: one statustype in two URL forms (rewritten, absolute) is one step.
          const statustypeUrls = new Set((Array.isArray(w.statustypen) ? w.statustypen : []).map((type) => resourceKey(type && typeof type === 'object' ? type.url : undefined)).filter((key) => key !== null));
          expect(view.timeline.steps.length - statustypeUrls.size, 'every statustype with a URL is a step, plus the current one outside the list').to.be.within(0, 1);
        }
        // Issue 9: a current status with a statustype is always exactly one current step, whatever its list says.
        const current = findCurrentStatus((w.zaak && typeof w.zaak === 'object' ? w.zaak : {}) as Zaak, Array.isArray(w.statussen) ? (w.statussen as Status[]) : []);
        if (resourceKey(current?.statustype) !== null) {
          expect(view.timeline.steps.filter((step) => step.isCurrent).length, 'exactly one current step').to.equal(1);
        }
      })),
      { numRuns: RUNS },
    );
  });

  it('buildTimeline on its own, with arbitrary garbage for every input', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 2 }), fc.anything({ maxDepth: 2 }), fc.anything({ maxDepth: 2 }), audience, fc.boolean(), counted((zaak, statustypen, statussen, who, hide) => {
        const timeline = buildTimeline({ zaak: zaak as Zaak, statustypen: statustypen as StatusType[], statussen: statussen as Status[], audience: who, hideUninformed: hide });
        expectTimelineInvariants(timeline, Array.isArray(statustypen) ? statustypen : []);
      })),
      { numRuns: RUNS },
    );
  });

  it('expectedEndDate: a real YYYY-MM-DD or null, and null when closed or suspended', () => {
    fc.assert(
      fc.property(world(0), counted((w) => {
        const zaak = (w.zaak && typeof w.zaak === 'object' ? w.zaak : {}) as Zaak;
        const zaaktype = (w.zaaktype && typeof w.zaaktype === 'object' ? w.zaaktype : null) as ZaakType | null;
        const result = expectedEndDate(zaak, zaaktype);
        if (result === null) return;
        expect(result).to.match(/^\d{4}-\d{2}-\d{2}$/);
        expect(parseCalendarDate(result)).not.to.equal(null);
        expect(Boolean(zaak.einddatum)).to.equal(false);
        expect(zaak.opschorting?.indicatie === true).to.equal(false);
        // Only a date the zaak names or one computed from a string duration: wrong-typed norms are ignored.
        const named = [zaak.einddatumGepland, zaak.uiterlijkeEinddatumAfdoening].some((d) => typeof d === 'string' && d.startsWith(result));
        const norms = [zaaktype?.servicenorm, zaaktype?.doorlooptijd].some((d) => typeof d === 'string');
        expect(named || norms, 'a date from the zaak or from a duration string').to.equal(true);
      })),
      { numRuns: RUNS },
    );
  });

  it('expectedEndDate ignores a duration of the wrong type (an object is not an ISO 8601 string)', () => {
    fc.assert(
      fc.property(fc.constantFrom<unknown>({ days: 30 }, { years: 1, months: 0, weeks: 0, days: 0 }, { weeks: 2 }), fc.constantFrom('servicenorm', 'doorlooptijd'), counted((norm, field) => {
        const zaaktype = { [field]: norm } as unknown as ZaakType;
        expect(expectedEndDate({ startdatum: '2026-03-01' }, zaaktype)).to.equal(null);
        expect(expectedEndDate({ startdatum: '2026-03-01', verlenging: { duur: norm as string } }, { doorlooptijd: 'P8W' })).to.equal('2026-04-26');
      })),
      { numRuns: 20 },
    );
  });

  const documentArb = fc.uuid().chain((id) =>
    fc.record({
      link: m(partial({
        url: m(resourceUrl('zaken', 'zaakinformatieobjecten', id)),
        informatieobject: m(resourceUrl('documenten', 'enkelvoudiginformatieobjecten', id)),
        titel: m(text(200)),
        registratiedatum: m(dateTime),
      })),
      document: m(partial({
        url: m(resourceUrl('documenten', 'enkelvoudiginformatieobjecten', id)),
        titel: m(text(200)),
        creatiedatum: m(date),
        vertrouwelijkheidaanduiding: m(vertrouwelijkheid),
        status: m(fc.oneof({ arbitrary: fc.constantFrom(...SHAPES.documentStatus), weight: 5 }, fc.constantFrom('vernietigd', '', ' '))),
        formaat: m(fc.constantFrom('application/pdf', 'image/jpeg', 'text/plain; charset=utf-8', 'APPLICATION/PDF', 'application/x-onbekend', '')),
        bestandsnaam: m(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('besluit.pdf', 'foto.JPG', '.docx', 'a.b.c.xlsx', 'geen-extensie', '', '../../etc/passwd', 'CON', 'nul.txt', 'a\u0000b\u202e.pdf', 'C:\\Windows\\x.exe'))),
        inhoud: m(fc.oneof(
          { arbitrary: resourceUrl('documenten', 'enkelvoudiginformatieobjecten', id).map((u) => `${u}/download?versie=1`), weight: 4 },
          fc.constantFrom(...HOSTILE_URLS),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
        )),
        bestandsomvang: m(fc.oneof(fc.nat(), fc.constantFrom(-1, Number.MAX_SAFE_INTEGER, 1e300, Number.NaN))),
        tonenAanInitiator: m(fc.boolean()),
      })),
    }),
  );

  it('toDocumentViews: only visible documents, newest first, every href on the gateway', () => {
    fc.assert(
      fc.property(fc.array(documentArb, { maxLength: 15 }), fc.constantFrom(...CONFIDENTIALITY_ORDER), counted((raw, max) => {
        const items = raw as unknown as LinkedDocument[];
        const views = toDocumentViews(items, { maxConfidentiality: max, mapUrl: (url) => mapToGateway(url, GATEWAY) });
        expect(views.length).to.equal(items.filter((item) => isDocumentVisible(item.document, max)).length);
        expect(new Set(views.map((view) => view.key)).size).to.equal(views.length);
        let previous = Number.POSITIVE_INFINITY;
        for (const view of views) {
          expectOnGateway(view.href);
          expect(typeof view.title).to.equal('string');
          if (view.size !== null) expect(Number.isFinite(view.size) && view.size >= 0).to.equal(true);
          if (view.fileType !== null) expect(view.fileType.length).to.be.within(1, 5);
          // Issue 9: a download name is never a path, a control character or a device name.
          if (view.fileName !== null) {
            expect(view.fileName, view.fileName).not.to.match(/[\/\\:*?"<>|\u0000-\u001f\u007f]|^\.|^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
            expect(view.fileName.length).to.be.within(1, 127);
          }
          const time = view.date === null ? Number.NEGATIVE_INFINITY : Date.parse(view.date);
          expect(Number.isNaN(time), `date ${view.date}`).to.equal(false);
          expect(time, 'newest first').to.be.at.most(previous);
          previous = time;
        }
      })),
      { numRuns: RUNS },
    );
  });

  it('mapToGateway: null, or the gateway base + "/" + a known ZGW path', () => {
    const uuid = fc.uuid();
    const resources = fc.constantFrom('zaken', 'statussen', 'resultaten', 'zaakinformatieobjecten', 'zaaktypen', 'statustypen', 'resultaattypen', 'enkelvoudiginformatieobjecten', 'rollen', 'catalogussen', '..', '%2e%2e', 'ZAKEN');
    const tricky = fc
      .tuple(fc.constantFrom('https://', 'http://', 'javascript:', 'data:', '//', 'ftp://', ' https://'), fc.webAuthority({ withUserInfo: true, withPort: true }), fc.array(fc.oneof(resources, uuid, fc.constantFrom('download', 'api', 'v1', '', '%2F', '..', '.')), { maxLength: 6 }), fc.constantFrom('', '?page=2', '?zaak=https%3A%2F%2Fx', '#frag', '?a=<script>'))
      .map(([scheme, host, segments, tail]) => `${scheme}${host}/${segments.join('/')}${tail}`);
    fc.assert(
      fc.property(fc.oneof(tricky, fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constantFrom(...HOSTILE_URLS)), counted((url) => {
        expectOnGateway(mapToGateway(url, GATEWAY));
      })),
      { numRuns: RUNS * 3 },
    );
  });

  it('toOverviewView never throws: every zaak with a UUID once, open before closed', () => {
    fc.assert(
      fc.property(fc.array(world(3), { maxLength: 8 }), labels, counted((worlds, labelMap) => {
        const zaken = worlds.map((w) => w.zaak);
        const view = toOverviewView({ zaken, zaaktypen: new Map(), statussen: new Map(), statustypen: new Map(), labels: labelMap });
        const all = [...view.open, ...view.closed];
        expect(new Set(all.map((summary) => summary.uuid)).size).to.equal(all.length);
        expect(view.open.every((summary) => !summary.isClosed) && view.closed.every((summary) => summary.isClosed)).to.equal(true);
      })),
      { numRuns: RUNS / 2 },
    );
  });

  it('10,000 statussen over a handful of statustypen: fast, and still one current step', () => {
    fc.assert(
      fc.property(world(10_000, 10_000), audience, counted((w, who) => {
        const started = performance.now();
        const view = toZaakDetailView({ ...w, resultaat: null, resultaattype: null, audience: who, hideUninformed: true });
        expect(performance.now() - started, 'ms for 10,000 statussen').to.be.below(2000);
        expectDetailInvariants(view, w, who);
      })),
      { numRuns: 3 },
    );
  });
});
