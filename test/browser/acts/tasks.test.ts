/**
 * CONTRACT 8, tasks (Open VTB Taken API 0.1.0, `externetaken`): open tasks of this zaak's URN, soonest
 * deadline first, each with its title, deadline, what to do and a link checked against linkOrigins.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOSTILE_TEXTS, HOSTILE_URLS } from '../../../demo/gateway/hostile.mjs';
import { parseCapabilities } from '../../../src/acts/capabilities.js';
import { amsterdamToday, toTaskViews } from '../../../src/acts/tasks.js';

const URN = 'urn:nld:gemeentevoorbeeld:zaak:zaaknummer:ZAAK-2026-0000456';
const FORMS = 'https://formulieren.gemeente.example';
const caps = parseCapabilities({
  version: 1,
  tasks: { zaakUrn: 'urn:nld:gemeentevoorbeeld:zaak:zaaknummer:{identificatie}', taskUrl: 'https://mijn.gemeente.example/taken/{uuid}' },
  linkOrigins: [FORMS, 'https://mijn.gemeente.example'],
});
const TODAY = '2026-11-23';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function task(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: `https://taken.gemeente.example/api/v1/externetaken/${uuid(n)}`,
    uuid: uuid(n),
    titel: `Taak ${n}`,
    status: 'open',
    einddatumHandelingsTermijn: '2026-12-12',
    toelichting: 'Stuur ons de afschriften.',
    isGerelateerdAan: [{ urn: URN }],
    taakSoort: 'urltaak',
    details: { uitvraagLink: `${FORMS}/taak/${n}` },
    ...overrides,
  };
}

describe('CONTRACT 8 tasks', () => {
  it('8.1.3 a URL task: title, deadline, what to do, its uitvraagLink', () => {
    expect(toTaskViews({ count: 1, next: null, results: [task(1)] }, URN, caps, TODAY)).to.deep.equal([
      { uuid: uuid(1), kind: 'url', title: 'Taak 1', explanation: 'Stuur ons de afschriften.', deadline: '2026-12-12', overdue: false, link: `${FORMS}/taak/1`, amount: null },
    ]);
  });

  it('8.1.4 a form or payment task links to tasks.taskUrl with its uuid; a payment shows its amount', () => {
    const [payment, form] = toTaskViews(
      [
        task(1, { taakSoort: 'betaaltaak', einddatumHandelingsTermijn: '2026-12-08', details: { bedrag: '171.00', valuta: 'EUR', transactieomschrijving: 'Leges', doelrekening: {} } }),
        task(2, { taakSoort: 'formuliertaak', details: { formulierDefinitie: { components: [] } } }),
      ],
      URN,
      caps,
      TODAY,
    );
    expect(payment).to.include({ kind: 'payment', link: `https://mijn.gemeente.example/taken/${uuid(1)}` });
    expect(payment?.amount).to.deep.equal({ value: 171, currency: 'EUR' });
    expect(form).to.include({ kind: 'form', link: `https://mijn.gemeente.example/taken/${uuid(2)}`, amount: null });
  });

  it('8.1.5 only open tasks of this zaak', () => {
    const list = [
      task(1, { status: 'uitgevoerd' }),
      task(2, { status: 'afgebroken' }),
      task(3, { status: 'OPEN' }),
      task(4, { status: undefined }),
      task(5, { isGerelateerdAan: [{ urn: `${URN}9` }] }),
      task(6, { isGerelateerdAan: 'urn' }),
      task(7),
    ];
    expect(toTaskViews(list, URN, caps, TODAY).map((t) => t.uuid)).to.deep.equal([uuid(7)]);
    expect(toTaskViews(list, null, caps, TODAY)).to.deep.equal([]);
  });

  it('8.1.6 sorted by deadline, soonest first; no deadline last; a task listed twice shown once', () => {
    const list = [task(1, { einddatumHandelingsTermijn: '2027-01-05' }), task(2, { einddatumHandelingsTermijn: null }), task(3, { einddatumHandelingsTermijn: '2026-12-01' }), task(3), task(4, { einddatumHandelingsTermijn: '2026-02-30' })];
    expect(toTaskViews(list, URN, caps, TODAY).map((t) => [t.uuid, t.deadline])).to.deep.equal([
      [uuid(3), '2026-12-01'],
      [uuid(1), '2027-01-05'],
      [uuid(2), null],
      [uuid(4), null],
    ]);
  });

  it('8.1.7 a passed deadline is marked overdue (the view says it calmly), today is not', () => {
    const [passed, today] = toTaskViews([task(1, { einddatumHandelingsTermijn: '2026-11-22' }), task(2, { einddatumHandelingsTermijn: TODAY })], URN, caps, TODAY);
    expect(passed?.overdue).to.equal(true);
    expect(today?.overdue).to.equal(false);
    expect(amsterdamToday(Date.parse('2026-11-23T23:30:00Z'))).to.equal('2026-11-24');
  });

  it('8.1.8 a link outside linkOrigins, or not http(s), is dropped: the task is shown without a link', () => {
    const links = [...HOSTILE_URLS, 'https://evil.example/x', `${FORMS}.evil.example/`, `https://u:p@${FORMS.slice(8)}/`, 'javascript:alert(1)'];
    const views = toTaskViews(links.map((link, n) => task(n, { details: { uitvraagLink: link } })), URN, caps, TODAY);
    expect(views.length).to.equal(links.length);
    for (const view of views) expect(view.link === null || view.link.startsWith(`${FORMS}/`), String(view.link)).to.equal(true);
    const noOrigins = parseCapabilities({ version: 1, tasks: { zaakUrn: 'urn:nld:x:{uuid}', taskUrl: 'https://mijn.gemeente.example/taken/{uuid}' } });
    expect(toTaskViews([task(1, { taakSoort: 'betaaltaak' })], URN, noOrigins, TODAY)[0]?.link).to.equal(null);
  });

  it('8.1.9 wrong amounts and currencies show no amount; an unknown kind no link', () => {
    for (const details of [{ bedrag: '1e9' }, { bedrag: '-5' }, { bedrag: '12,50' }, { bedrag: '1.005' }, { bedrag: 'NaN' }, { bedrag: '10', valuta: 'euro' }, { bedrag: '10', valuta: '<b>' }, {}]) {
      expect(toTaskViews([task(1, { taakSoort: 'betaaltaak', details })], URN, caps, TODAY)[0]?.amount, JSON.stringify(details)).to.equal(null);
    }
    expect(toTaskViews([task(1, { taakSoort: 'betaaltaak', details: { bedrag: 12.5 } })], URN, caps, TODAY)[0]?.amount).to.deep.equal({ value: 12.5, currency: 'EUR' });
    expect(toTaskViews([task(1, { taakSoort: 'nieuwtaak' })], URN, caps, TODAY)[0]).to.include({ kind: 'other', link: null });
  });

  it('8.1.10 hostile strings stay text; a task with neither title nor explanation is left out', () => {
    const views = toTaskViews(HOSTILE_TEXTS.map((text, n) => task(n, { titel: text, toelichting: text })), URN, caps, TODAY);
    for (const view of views) expect(typeof (view.title ?? view.explanation)).to.equal('string');
    expect(toTaskViews([task(1, { titel: ' ', toelichting: null })], URN, caps, TODAY)).to.deep.equal([]);
  });

  it('8.1.11 fuzz (seeded): any list gives open tasks of this zaak, sorted, with links only on linkOrigins', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.constantFrom(...HOSTILE_TEXTS));
    const anyTask = fc.record(
      {
        uuid: fc.oneof(fc.uuid(), field),
        titel: field,
        status: fc.oneof(fc.constantFrom('open', 'uitgevoerd', 'niet_uitgevoerd', 'afgebroken', 'verwerkt'), field),
        einddatumHandelingsTermijn: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), field),
        toelichting: field,
        isGerelateerdAan: fc.oneof(fc.constant([{ urn: URN }]), fc.array(fc.record({ urn: field })), field),
        taakSoort: fc.oneof(fc.constantFrom('urltaak', 'betaaltaak', 'formuliertaak'), field),
        details: fc.oneof(fc.record({ uitvraagLink: fc.oneof(fc.webUrl(), fc.constantFrom(...HOSTILE_URLS), fc.constant(`${FORMS}/x`)), bedrag: field, valuta: field }, { requiredKeys: [] }), field),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(anyTask, fc.anything())), fc.record({ results: fc.array(anyTask) }), fc.anything()), (list) => {
        const views = toTaskViews(list, URN, caps, TODAY);
        const deadlines = views.map((v) => v.deadline ?? '9999');
        expect(deadlines).to.deep.equal([...deadlines].sort());
        for (const view of views) {
          if (view.link !== null) expect(caps.linkOrigins).to.include(new URL(view.link).origin);
          expect(view.title !== null || view.explanation !== null).to.equal(true);
        }
      }),
      { seed: 20261202, numRuns: 1000 },
    );
  });
});
