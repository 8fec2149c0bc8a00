// A busy back end (CONTRACT 5 and 10): when Open Zaak or Open Klant answers 429 or 503 to one of the
// gateway's own requests (the ownership lookup, a read the gateway answers itself, a section 8
// write), the browser gets the same status (the gateway's own problem) with the back end's Retry-After,
// validated (delta-seconds or an HTTP date, at most 300 s, else dropped), never its other headers or body.
// Anything else stays a 502. The element waits for Retry-After before it offers a retry.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { safeRetryAfter } from '../dist/upstream.js';
import { startKlantinteracties } from '../dev/klantinteracties-standin.mjs';
import { startOpenZaak } from '../dev/openzaak-standin.mjs';
import { RESIDENT_A, ZGW_CLIENT, ZGW_SECRET, loggedIn, resourcesOf, startChain } from './support.mjs';

/** The person's zaken, as the gateway looks them up before serving anything zaak-bound. */
const OWNERSHIP_LOOKUP = /^\/zaken\/api\/v1\/zaken$/;
const LEAKED = 'x-openzaak-node';

/** The gateway's own 429/503: its problem body, the validated Retry-After, nothing of the back end's. */
async function assertBusy(res, status, retryAfter, what) {
  const body = await res.text();
  assert.equal(res.status, status, `${what}: ${body}`);
  assert.match(res.headers.get('content-type'), /^application\/problem\+json/, what);
  assert.equal(res.headers.get('retry-after'), retryAfter, `${what}: Retry-After`);
  assert.equal(res.headers.get(LEAKED), null, `${what}: a back-end header leaked`);
  assert.equal(res.headers.get('x-open-klant-node'), null, `${what}: a back-end header leaked`);
  const problem = JSON.parse(body);
  assert.equal(problem.code, status === 429 ? 'throttled' : 'service_unavailable', what);
  assert.equal(problem.status, status, what);
  assert.doesNotMatch(body, /stack trace|Interne|instance|intern/, `${what}: the back end's body leaked`);
}

describe('safeRetryAfter: delta-seconds or an HTTP date, capped, else dropped', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  it('keeps delta-seconds, caps them at 300, turns an HTTP date into seconds from now', () => {
    assert.equal(safeRetryAfter('7', now), '7');
    assert.equal(safeRetryAfter('0', now), '0');
    assert.equal(safeRetryAfter(' 12 ', now), '12');
    assert.equal(safeRetryAfter('300', now), '300');
    assert.equal(safeRetryAfter('86400', now), '300');
    assert.equal(safeRetryAfter('999999999999', now), '300');
    assert.equal(safeRetryAfter('Tue, 01 Dec 2026 12:01:30 GMT', now), '90');
    assert.equal(safeRetryAfter('Tue, 01 Dec 2026 13:00:00 GMT', now), '300');
    assert.equal(safeRetryAfter('Tue, 01 Dec 2026 11:00:00 GMT', now), '0', 'a date in the past: retry now');
  });
  it('drops anything else', () => {
    for (const bad of [undefined, '', 'soon', '-5', '1.5', '7, 8', '1e3', '0x10', '7\r\nSet-Cookie: a=b', 'Tue, 01 Dec 2026 12:01:30', '2026-12-01T12:01:30Z', 'Tue, 99 Dec 2026 12:01:30 GMT', '<script>', '1234567890123']) {
      assert.equal(safeRetryAfter(bad, now), undefined, JSON.stringify(bad));
    }
  });
});

describe('Open Zaak busy: the gateway answers its 429/503 with Retry-After, not 502', () => {
  let chain;
  let mine;
  before(async () => {
    chain = await startChain();
    mine = await resourcesOf(RESIDENT_A);
  });
  after(async () => chain?.close());
  const fail = (status, retryAfter, path) => {
    chain.openzaak.state.fail = { status, retryAfter, path, headers: { [LEAKED]: 'oz-7.intern', 'set-cookie': 'oz=1' } };
  };

  it('the ownership lookup answers 503 or 429: every zaak-bound read is that status with the Retry-After', async () => {
    const zaak = RESIDENT_A.zaken[0];
    const reads = {
      'zaak detail': `/zaken/api/v1/zaken/${zaak}`,
      'statussen of a zaak': `/zaken/api/v1/statussen?zaak=${encodeURIComponent(`${chain.openzaak.roots.zaken}/zaken/${zaak}`)}`,
      'status detail': `/zaken/api/v1/statussen/${mine.statussen[0]}`,
      'zaakinformatieobjecten of a zaak': `/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(`${chain.openzaak.roots.zaken}/zaken/${zaak}`)}`,
      'document': `/documenten/api/v1/enkelvoudiginformatieobjecten/${mine.documenten[0]}`,
      'download': `/documenten/api/v1/enkelvoudiginformatieobjecten/${mine.documenten[0]}/download`,
    };
    for (const status of [503, 429]) {
      for (const [what, path] of Object.entries(reads)) {
        // A fresh session: its index of zaken is not loaded yet, so the lookup goes to Open Zaak.
        const browser = await loggedIn(chain, RESIDENT_A);
        fail(status, '7', OWNERSHIP_LOOKUP);
        const res = await browser.fetch(`${chain.base}${path}`);
        assert.equal(res.headers.get('set-cookie')?.includes('oz=1') ?? false, false, `${what}: the back end's cookie leaked`);
        await assertBusy(res, status, '7', `${what} (lookup ${status})`);
        chain.openzaak.state.fail = undefined;
        assert.equal((await browser.fetch(`${chain.base}${path}`)).status, 200, `${what}: served once Open Zaak is back`);
      }
    }
  });

  it('Retry-After is validated: an HTTP date becomes seconds, a long wait is capped, garbage is dropped', async () => {
    const path = `/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`;
    const cases = [
      [new Date(Date.now() + 60_000).toUTCString(), (v) => Number(v) >= 55 && Number(v) <= 60],
      ['86400', (v) => v === '300'],
      ['soon', (v) => v === null],
      ['-1', (v) => v === null],
    ];
    for (const [given, ok] of cases) {
      const browser = await loggedIn(chain, RESIDENT_A);
      fail(503, given, OWNERSHIP_LOOKUP);
      const res = await browser.fetch(`${chain.base}${path}`);
      assert.equal(res.status, 503, given);
      assert.ok(ok(res.headers.get('retry-after')), `${given} → ${res.headers.get('retry-after')}`);
      await res.text();
    }
    chain.openzaak.state.fail = undefined;
  });

  it('any other failure of the lookup stays a 502 without Retry-After', async () => {
    for (const status of [500, 502, 504, 418]) {
      const browser = await loggedIn(chain, RESIDENT_A);
      fail(status, '7', OWNERSHIP_LOOKUP);
      const res = await browser.fetch(`${chain.base}/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`);
      assert.equal(res.status, 502, String(status));
      assert.equal(res.headers.get('retry-after'), null);
      assert.equal(res.headers.get(LEAKED), null);
      assert.doesNotMatch(await res.text(), /stack trace/);
    }
    chain.openzaak.state.fail = undefined;
  });

  it("reads the gateway answers itself: a busy Documenten API while it filters a zaak's documents is a 503, not an empty list", async () => {
    const browser = await loggedIn(chain, RESIDENT_A);
    const zaak = RESIDENT_A.zaken.find((z) => mine.zaakinformatieobjecten.some((zio) => mine.world.zaakOf.get(zio) === z));
    assert.ok(zaak, 'a zaak with documents in the fixtures');
    const path = `/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(`${chain.openzaak.roots.zaken}/zaken/${zaak}`)}`;
    assert.equal((await browser.fetch(`${chain.base}/zaken/api/v1/zaken/${zaak}`)).status, 200, 'index loaded');
    fail(503, '12', /\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36}$/);
    await assertBusy(await browser.fetch(`${chain.base}${path}`), 503, '12', 'zaakinformatieobjecten list');
    fail(429, '5', /\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36}$/);
    await assertBusy(await browser.fetch(`${chain.base}/documenten/api/v1/enkelvoudiginformatieobjecten/${mine.documenten[0]}`), 429, '5', 'document metadata');
    fail(503, '9', /^\/zaken\/api\/v1\/zaken$/);
    const again = await loggedIn(chain, RESIDENT_A);
    await assertBusy(await again.fetch(`${chain.base}/zaken/api/v1/zaken`), 503, '9', 'the zaken list');
    chain.openzaak.state.fail = undefined;
    const res = await browser.fetch(`${chain.base}${path}`);
    assert.equal(res.status, 200);
    assert.ok((await res.json()).length > 0, 'the documents are listed once Open Zaak is back');
  });
});

describe('Open Klant busy (CONTRACT 8 questions): 429/503 with Retry-After, nothing half-made', () => {
  let ki;
  let chain;
  before(async () => {
    ki = await startKlantinteracties();
    chain = await startChain({ env: { KLANTINTERACTIES_URL: ki.root, KLANTINTERACTIES_TOKEN: ki.token } });
  });
  after(async () => {
    await chain?.close();
    await ki?.close();
  });
  const objectId = 'onderwerpobject__onderwerpobjectidentificatorObjectId';

  it('reading the questions while Open Klant is busy', async () => {
    const a = await loggedIn(chain, RESIDENT_A);
    ki.state.busy = { status: 503, retryAfter: '20', method: 'GET' };
    await assertBusy(await a.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten?${objectId}=${RESIDENT_A.zaken[0]}`), 503, '20', 'questions list');
    ki.state.busy = { status: 429, retryAfter: '4', method: 'GET', resource: 'onderwerpobjecten' };
    await assertBusy(await a.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten?${objectId}=${RESIDENT_A.zaken[0]}`), 429, '4', 'answers of the questions');
    ki.state.busy = undefined;
    assert.equal((await a.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten?${objectId}=${RESIDENT_A.zaken[0]}`)).status, 200);
  });

  it('asking while Open Klant refuses a write with 503/429: that status with Retry-After, and what was made is removed', async () => {
    const a = await loggedIn(chain, RESIDENT_A);
    const ask = () =>
      a.fetch(`${chain.base}/klantinteracties/api/v1/maak-klantcontact`, {
        method: 'POST',
        body: JSON.stringify({ klantcontact: { inhoud: 'Is mijn aanvraag compleet?' }, onderwerpobject: { onderwerpobjectidentificator: { objectId: RESIDENT_A.zaken[0], codeObjecttype: 'zaak' } } }),
        headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url },
      });
    const stored = () => [ki.klantcontacten.size, ki.betrokkenen.size, ki.onderwerpobjecten.size].join();
    const before = stored();
    for (const [resource, status] of [['klantcontacten', 503], ['onderwerpobjecten', 503], ['betrokkenen', 429]]) {
      ki.state.busy = { status, retryAfter: '30', method: 'POST', resource };
      await assertBusy(await ask(), status, '30', `POST ${resource}`);
      ki.state.busy = undefined;
      assert.equal(stored(), before, `${resource}: nothing half-made stays in Open Klant`);
    }
    ki.state.busy = { status: 500, method: 'POST', resource: 'klantcontacten' };
    const res = await ask();
    assert.equal(res.status, 502);
    assert.equal(res.headers.get('retry-after'), null);
    ki.state.busy = undefined;
  });
});

describe('Open Zaak busy during an upload (CONTRACT 8 documents)', () => {
  let oz;
  let chain;
  before(async () => {
    oz = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET } });
    const { world } = await resourcesOf(RESIDENT_A);
    const zaaktype = world.zaken.get(RESIDENT_A.zaken[0]).zaaktype.replace('https://openzaak.gemeente.example', oz.origin);
    chain = await startChain({
      openzaak: oz,
      env: {
        UPLOAD_INFORMATIEOBJECTTYPE: `${oz.roots.catalogi}/informatieobjecttypen/6306b5fc-dd14-56e9-8789-32bd069f4171`,
        UPLOAD_BRONORGANISATIE: '002220647',
        UPLOAD_VERTROUWELIJKHEIDAANDUIDING: 'openbaar',
        UPLOAD_ZAAKTYPEN: zaaktype,
      },
    });
  });
  after(async () => {
    await chain?.close();
    await oz?.close();
  });
  const create = (browser) =>
    browser.fetch(`${chain.base}/documenten/api/v1/enkelvoudiginformatieobjecten`, {
      method: 'POST',
      body: JSON.stringify({ titel: 'Bankafschrift', bestandsnaam: 'bankafschrift.pdf', formaat: 'application/pdf', bestandsomvang: 2_000_000 }),
      headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url },
    });

  it("the zaak lookup before a document is made, and the document's creation: 503/429 with Retry-After", async () => {
    const a = await loggedIn(chain, RESIDENT_A);
    assert.equal((await a.fetch(`${chain.base}/zaken/api/v1/zaken`)).status, 200, 'index loaded');
    oz.state.fail = { status: 503, retryAfter: '15', path: /^\/zaken\/api\/v1\/zaken\/[0-9a-f-]{36}$/, headers: { [LEAKED]: 'oz-7.intern' } };
    await assertBusy(await create(a), 503, '15', 'which zaken take uploads');
    const b = await loggedIn(chain, RESIDENT_A);
    oz.state.fail = { status: 429, retryAfter: '8', path: /^\/documenten\/api\/v1\/enkelvoudiginformatieobjecten$/, headers: { [LEAKED]: 'oz-7.intern' } };
    await assertBusy(await create(b), 429, '8', 'creating the document');
    oz.state.fail = undefined;
    assert.equal((await create(b)).status, 201, 'made once Open Zaak is back');
  });
});
