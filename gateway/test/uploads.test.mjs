// Documents from the resident (CONTRACT 8 and 10, Documenten API parts): the gateway's own
// informatieobjecttype/bronorganisatie/vertrouwelijkheidaanduiding overwrite the browser's, the real
// type comes from the bytes, the size is enforced across parts, only an open zaak of the person
// with an allowed zaaktype gets a document, and only the session that started an upload can
// continue, unlock, cancel or link it. Open Zaak never hears of someone else's upload.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../dist/index.js';
import { startOpenZaak } from '../dev/openzaak-standin.mjs';
import { MISSING_ZAAK, RESIDENT_A, RESIDENT_B, VALID_CONFIG, ZGW_CLIENT, ZGW_SECRET, loggedIn, missingAnswer, resourcesOf, startChain } from './support.mjs';

const CHUNK = 64 * 1024;
const MAX = 300_000;
const IOT = '6306b5fc-dd14-56e9-8789-32bd069f4171';
const RSIN = '002220647';

const pdf = (size) => {
  const b = Buffer.alloc(size, 0x20);
  b.write('%PDF-1.7\n');
  return b;
};
const png = (size) => {
  const b = Buffer.alloc(size, 0);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  return b;
};
/** A Windows executable (MZ header), named like a PDF. */
const exe = (size) => {
  const b = Buffer.alloc(size, 0);
  b.write('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1');
  b.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  return b;
};

describe('uploads (Documenten API)', () => {
  let oz;
  let chain;
  let a;
  let b;
  let world;
  let missing;
  let allowed;
  before(async () => {
    oz = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET }, chunkSize: CHUNK });
    ({ world } = await resourcesOf(RESIDENT_A));
    const zaaktype = (z) => world.zaken.get(z).zaaktype.replace('https://openzaak.gemeente.example', oz.origin);
    // A's first zaak (open) and second (closed below) and B's second zaak (open) take uploads; A's third zaak's type does not.
    allowed = [zaaktype(RESIDENT_A.zaken[0]), zaaktype(RESIDENT_A.zaken[1]), zaaktype(RESIDENT_B.zaken[1])];
    oz.state.closed.add(RESIDENT_A.zaken[1]);
    chain = await startChain({
      openzaak: oz,
      env: {
        UPLOAD_INFORMATIEOBJECTTYPE: `${oz.roots.catalogi}/informatieobjecttypen/${IOT}`,
        UPLOAD_BRONORGANISATIE: RSIN,
        UPLOAD_VERTROUWELIJKHEIDAANDUIDING: 'openbaar',
        UPLOAD_MAX_BYTES: String(MAX),
        UPLOAD_ACCEPT: 'application/pdf,image/png,image/jpeg',
        UPLOAD_ZAAKTYPEN: allowed.join(','),
      },
    });
    a = await loggedIn(chain, RESIDENT_A);
    b = await loggedIn(chain, RESIDENT_B);
    missing = await missingAnswer(chain, a);
  });
  after(async () => {
    await chain?.close();
    await oz?.close();
  });

  const write = { 'x-mijn-zaken': '1' };
  const gw = (backendUrl) => backendUrl.replace(oz.origin, chain.base);
  const zaakUrl = (z) => `${oz.roots.zaken}/zaken/${z}`;
  const post = (browser, path, body, headers = {}) =>
    browser.fetch(`${chain.base}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...write, origin: chain.url, ...headers } });
  const create = (browser, fields) => post(browser, '/documenten/api/v1/enkelvoudiginformatieobjecten', { titel: 'Bankafschrift', bestandsnaam: 'bankafschrift.pdf', formaat: 'application/pdf', taal: 'dut', creatiedatum: '2026-12-01', auteur: 'Inwoner', ...fields });
  const putPart = (browser, partUrl, bytes, lock = 'whatever', headers = {}) => {
    const form = new FormData();
    form.set('lock', lock);
    form.set('inhoud', new Blob([bytes]), 'deel');
    return browser.fetch(gw(partUrl), { method: 'PUT', body: form, headers: { ...write, origin: chain.url, ...headers } });
  };
  const unlock = (browser, doc) => browser.fetch(`${gw(doc.url)}/unlock`, { method: 'POST', body: JSON.stringify({ lock: doc.lock }), headers: { 'content-type': 'application/json', ...write, origin: chain.url } });
  const link = (browser, zaak, doc, headers) => post(browser, '/zaken/api/v1/zaakinformatieobjecten', { zaak: zaakUrl(zaak), informatieobject: doc.url }, headers);
  const writesTo = () => oz.state.log.filter((e) => e.method !== 'GET');

  /** A whole upload in parts, as the element does it. */
  async function upload(browser, zaak, bytes) {
    const res = await create(browser, { bestandsomvang: bytes.length });
    assert.equal(res.status, 201);
    const doc = await res.json();
    let at = 0;
    for (const part of [...doc.bestandsdelen].sort((x, y) => x.volgnummer - y.volgnummer)) {
      const r = await putPart(browser, part.url, bytes.subarray(at, at + part.omvang), doc.lock);
      assert.equal(r.status, 200, await r.clone().text());
      at += part.omvang;
    }
    assert.equal((await unlock(browser, doc)).status, 204);
    const linked = await link(browser, zaak, doc);
    return { doc, linked };
  }

  it('capabilities announce upload with maxBytes, accept and zaaktypen', async () => {
    const res = await a.fetch(`${chain.base}/mijn-zaken/v1/capabilities`);
    assert.deepEqual(await res.json(), { version: 1, upload: { maxBytes: MAX, accept: ['application/pdf', 'image/png', 'image/jpeg'], zaaktypen: allowed } });
  });

  it('a PDF in three parts, unlocked and linked to A’s open zaak; the gateway’s fields overwrite forged ones; A then sees and downloads it', async () => {
    const bytes = pdf(150_000);
    const res = await create(a, {
      bestandsomvang: bytes.length,
      informatieobjecttype: `${oz.roots.catalogi}/informatieobjecttypen/11111111-1111-4111-8111-111111111111`,
      bronorganisatie: '823288444',
      vertrouwelijkheidaanduiding: 'zeer_geheim',
      auteur: 'Iemand anders',
      status: 'in_bewerking',
      indicatieGebruiksrecht: true,
    });
    assert.equal(res.status, 201);
    const doc = await res.json();
    assert.equal(doc.bestandsdelen.length, 3);
    const stored = oz.documents.docs.get(doc.uuid);
    assert.equal(stored.informatieobjecttype, `${oz.roots.catalogi}/informatieobjecttypen/${IOT}`);
    assert.equal(stored.bronorganisatie, RSIN);
    assert.equal(stored.vertrouwelijkheidaanduiding, 'openbaar');
    assert.equal(stored.auteur, 'Inwoner');
    assert.equal(stored.status, 'definitief');
    assert.equal(stored.indicatieGebruiksrecht, false);
    let at = 0;
    for (const part of doc.bestandsdelen) {
      const r = await putPart(a, part.url, bytes.subarray(at, at + part.omvang), 'not-the-lock');
      assert.equal(r.status, 200);
      at += part.omvang;
    }
    assert.equal((await unlock(a, doc)).status, 204);
    const linked = await link(a, RESIDENT_A.zaken[0], doc);
    assert.equal(linked.status, 201);
    const zios = await (await a.fetch(`${chain.base}/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl(RESIDENT_A.zaken[0]))}`)).json();
    assert.ok(zios.some((z) => z.informatieobject === doc.url), 'listed under the zaak');
    const download = await a.fetch(`${chain.base}/documenten/api/v1/enkelvoudiginformatieobjecten/${doc.uuid}/download`);
    assert.equal(download.status, 200);
    assert.deepEqual(Buffer.from(await download.arrayBuffer()), bytes);
    // Once linked it is no longer an unfinished upload: no cancel.
    assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 404);
  });

  it('a small PNG in one request (base64): its type comes from the bytes', async () => {
    const bytes = png(2000);
    const res = await create(a, { bestandsnaam: 'foto.jpg', formaat: 'image/jpeg', bestandsomvang: bytes.length, inhoud: bytes.toString('base64') });
    assert.equal(res.status, 201);
    const doc = await res.json();
    assert.equal(oz.documents.docs.get(doc.uuid).formaat, 'image/png');
    assert.equal((await link(a, RESIDENT_A.zaken[0], doc)).status, 201);
  });

  it('an EXE renamed .pdf is refused by its bytes, in one request and as a first part; Open Zaak never receives its bytes', async () => {
    const bytes = exe(5000);
    const one = await create(a, { bestandsomvang: bytes.length, inhoud: bytes.toString('base64') });
    assert.equal(one.status, 415);
    const res = await create(a, { bestandsomvang: bytes.length });
    const doc = await res.json();
    oz.clear();
    const part = await putPart(a, doc.bestandsdelen[0].url, bytes, doc.lock);
    assert.equal(part.status, 415);
    assert.deepEqual(writesTo().map((e) => e.path), [], 'no part reached Open Zaak');
    assert.equal((await unlock(a, doc)).status, 400, 'never unlocked');
    assert.equal((await link(a, RESIDENT_A.zaken[0], doc)).status, 400, 'never linked');
    // A declared type outside UPLOAD_ACCEPT is refused before anything is made.
    assert.equal((await create(a, { bestandsomvang: 10, formaat: 'application/x-msdownload' })).status, 415);
    assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 204);
  });

  it('size: a declared size over UPLOAD_MAX_BYTES is a 413; a part with more bytes than its omvang is cut off (413), with fewer a 400', async () => {
    assert.equal((await create(a, { bestandsomvang: MAX + 1 })).status, 413);
    const bytes = pdf(100_000);
    const doc = await (await create(a, { bestandsomvang: bytes.length })).json();
    assert.equal(doc.bestandsdelen.length, 2);
    const [first, second] = doc.bestandsdelen;
    const over = await putPart(a, first.url, Buffer.concat([bytes.subarray(0, first.omvang), pdf(5000)]));
    assert.equal(over.status, 413);
    assert.equal(oz.documents.parts.get(first.url.split('/').pop()).data, undefined, 'nothing stored');
    const short = await putPart(a, second.url, bytes.subarray(first.omvang, first.omvang + 10));
    assert.equal(short.status, 400);
    // Oversized across parts: the sum never exceeds what was declared (and allowed).
    const big = await putPart(a, second.url, pdf(MAX));
    assert.equal(big.status, 413);
    assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 204);
    assert.equal(oz.documents.docs.has(doc.uuid), false, 'cancelled: nothing half-made stays');
  });

  it("A cannot link to B's zaak, to A's closed zaak or to a zaak whose zaaktype is not allowed; Open Zaak hears no write and nothing about B", async () => {
    const bytes = pdf(1000);
    const doc = await (await create(a, { bestandsomvang: bytes.length, inhoud: bytes.toString('base64') })).json();
    oz.clear();
    for (const z of [...RESIDENT_B.zaken, RESIDENT_A.zaken[1], RESIDENT_A.zaken[2], MISSING_ZAAK]) {
      const res = await link(a, z, doc);
      assert.equal(res.status, 404, z);
      assert.equal(await res.text(), missing);
    }
    assert.deepEqual(writesTo(), []);
    assert.deepEqual(oz.requestsFor(RESIDENT_B.bsn).map((e) => e.path), []);
    assert.equal((await link(a, RESIDENT_A.zaken[0], doc)).status, 201);
  });

  it("A cannot continue, unlock, lock, cancel or link B's upload, not even with B's upload cookie; Open Zaak never hears of it", async () => {
    const bytes = pdf(100_000);
    const res = await create(b, { bestandsomvang: bytes.length });
    assert.equal(res.status, 201);
    const doc = await res.json();
    oz.clear();
    const theirs = [doc.uuid, ...doc.bestandsdelen.map((p) => p.url.split('/').pop())];
    const tries = async (browser) => {
      for (const part of doc.bestandsdelen) assert.equal((await putPart(browser, part.url, bytes.subarray(0, part.omvang), doc.lock)).status, 404);
      assert.equal((await unlock(browser, doc)).status, 404);
      assert.equal((await browser.fetch(`${gw(doc.url)}/lock`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', ...write, origin: chain.url } })).status, 404);
      const del = await browser.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } });
      assert.equal(del.status, 404);
      assert.equal(await del.text(), missing);
      assert.equal((await link(browser, RESIDENT_A.zaken[0], doc)).status, 404);
    };
    await tries(a);
    // B's cookie is bound to B's session id: in A's jar it counts for nothing.
    const stolen = b.cookie(chain.url, '__Host-mijn-zaken-uploads');
    assert.ok(stolen);
    a.setCookie(chain.url, '__Host-mijn-zaken-uploads', stolen);
    await tries(a);
    assert.deepEqual(oz.state.log.filter((e) => theirs.some((u) => e.path.includes(u) || e.body.includes(u))), []);
    assert.deepEqual(oz.requestsFor(RESIDENT_B.bsn), []);
    // B finishes it.
    let at = 0;
    for (const part of doc.bestandsdelen) {
      assert.equal((await putPart(b, part.url, bytes.subarray(at, at + part.omvang), doc.lock)).status, 200);
      at += part.omvang;
    }
    assert.equal((await unlock(b, doc)).status, 204);
    assert.equal((await link(b, RESIDENT_B.zaken[1], doc)).status, 201);
  });

  it('a resident cancels their own unfinished upload: the document is gone from Open Zaak', async () => {
    const bytes = pdf(100_000);
    const doc = await (await create(a, { bestandsomvang: bytes.length })).json();
    assert.equal((await putPart(a, doc.bestandsdelen[0].url, bytes.subarray(0, doc.bestandsdelen[0].omvang), doc.lock)).status, 200);
    const del = await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } });
    assert.equal(del.status, 204);
    assert.equal(oz.documents.docs.has(doc.uuid), false);
    assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 404);
  });

  it('CSRF: every upload write without X-Mijn-Zaken or from a foreign Origin is a 403, and no write reaches Open Zaak', async () => {
    const bytes = pdf(100_000);
    const doc = await (await create(a, { bestandsomvang: bytes.length })).json();
    oz.clear();
    for (const bad of [{ 'x-mijn-zaken': '' }, { origin: 'https://evil.example' }, { origin: 'null' }]) {
      const headers = { 'content-type': 'application/json', ...write, origin: chain.url, ...bad };
      for (const [method, url, body] of [
        ['POST', `${chain.base}/documenten/api/v1/enkelvoudiginformatieobjecten`, JSON.stringify({ titel: 't', bestandsomvang: 10, formaat: 'application/pdf' })],
        ['POST', `${gw(doc.url)}/unlock`, '{}'],
        ['POST', `${gw(doc.url)}/lock`, '{}'],
        ['DELETE', gw(doc.url), undefined],
        ['POST', `${chain.base}/zaken/api/v1/zaakinformatieobjecten`, JSON.stringify({ zaak: zaakUrl(RESIDENT_A.zaken[0]), informatieobject: doc.url })],
      ]) {
        const res = await a.fetch(url, { method, body, headers });
        assert.equal(res.status, 403, `${method} ${url} ${JSON.stringify(bad)}`);
      }
      const part = await putPart(a, doc.bestandsdelen[0].url, bytes.subarray(0, doc.bestandsdelen[0].omvang), doc.lock, bad);
      assert.equal(part.status, 403);
    }
    assert.deepEqual(writesTo(), []);
    assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 204);
  });

  it('a part the browser abandons half-way aborts the request to Open Zaak (not left waiting); a retry of the part then succeeds', async () => {
    const bytes = pdf(100_000);
    const doc = await (await create(a, { bestandsomvang: bytes.length })).json();
    const part = doc.bestandsdelen[0];
    const boundary = 'abandoned';
    const pre = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const post = Buffer.from(`\r\n--${boundary}--\r\n`);
    const url = new URL(gw(part.url));
    const { request } = await import('node:http');
    oz.clear();
    await new Promise((resolve) => {
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers: { cookie: a.cookieHeader(chain.url), 'x-mijn-zaken': '1', origin: chain.url, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': pre.length + part.omvang + post.length } });
      req.on('error', () => resolve(undefined));
      req.on('response', (res) => { res.resume(); resolve(undefined); });
      req.write(pre);
      req.write(bytes.subarray(0, 20_000));
      setTimeout(() => { req.destroy(); resolve(undefined); }, 300);
    });
    // The gateway passed the first bytes on, then aborted its own request when the browser went away:
    // the stand-in logs a request once its body has ended, so without the abort there is no entry.
    for (let i = 0; i < 60 && !oz.state.log.some((e) => e.method === 'PUT'); i++) await new Promise((r) => setTimeout(r, 50));
    assert.ok(oz.state.log.some((e) => e.method === 'PUT'), 'the request to Open Zaak ended');
    assert.equal(oz.documents.parts.get(part.url.split('/').pop()).data, undefined);
    assert.equal((await putPart(a, part.url, bytes.subarray(0, part.omvang))).status, 200);
    assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 204);
  });

  it('at most 5 unfinished uploads per session: a sixth is refused before Open Zaak makes it', async () => {
    const made = [];
    for (let i = 0; i < 5; i++) {
      const res = await create(a, { bestandsomvang: 100_000 });
      assert.equal(res.status, 201);
      made.push(await res.json());
    }
    const count = oz.documents.docs.size;
    const sixth = await create(a, { bestandsomvang: 100_000 });
    assert.equal(sixth.status, 400);
    assert.equal(oz.documents.docs.size, count);
    for (const doc of made) assert.equal((await a.fetch(gw(doc.url), { method: 'DELETE', headers: { ...write, origin: chain.url } })).status, 204);
  });

  it('a whole upload still works after all that (parts, unlock, link)', async () => {
    const { doc, linked } = await upload(a, RESIDENT_A.zaken[0], pdf(70_000));
    assert.equal(linked.status, 201);
    // The log has each write, and no BSN, lock or cookie.
    const log = chain.logLines.join('\n');
    assert.match(log, /"target":"bestandsdelen\/\{uuid\}"/);
    for (const secret of [RESIDENT_A.bsn, RESIDENT_B.bsn, doc.lock, a.cookie(chain.url, '__Host-mijn-zaken-session')]) assert.ok(!log.includes(secret), 'log leaks a secret');
  });
});

describe('UPLOAD_* configuration', () => {
  const good = VALID_CONFIG;
  const upload = {
    ...good,
    UPLOAD_INFORMATIEOBJECTTYPE: `https://openzaak.gemeente.example/catalogi/api/v1/informatieobjecttypen/${IOT}`,
    UPLOAD_BRONORGANISATIE: RSIN,
    UPLOAD_ZAAKTYPEN: 'https://openzaak.gemeente.example/catalogi/api/v1/zaaktypen/f0f908b0-6672-5994-b687-7c9a82b6900a',
  };

  it('defaults: off without UPLOAD_INFORMATIEOBJECTTYPE; 20 MiB, PDF/JPEG/PNG, MAX_CONFIDENTIALITY, auteur Inwoner', () => {
    assert.equal(loadConfig(good).upload, undefined);
    const c = loadConfig(upload).upload;
    assert.deepEqual(c, { informatieobjecttype: upload.UPLOAD_INFORMATIEOBJECTTYPE, bronorganisatie: RSIN, vertrouwelijkheidaanduiding: 'openbaar', auteur: 'Inwoner', maxBytes: 20 * 1024 * 1024, accept: ['application/pdf', 'image/jpeg', 'image/png'], zaaktypen: [upload.UPLOAD_ZAAKTYPEN] });
  });

  it('a malformed UPLOAD_* stops start-up', () => {
    for (const [env, pattern] of [
      [{ ...good, UPLOAD_MAX_BYTES: '1000' }, /without UPLOAD_INFORMATIEOBJECTTYPE/],
      [{ ...upload, UPLOAD_VERTROUWELIJKHEIDAANDUIDING: 'zaakvertrouwelijk' }, /must not be above MAX_CONFIDENTIALITY/],
      [{ ...upload, UPLOAD_VERTROUWELIJKHEIDAANDUIDING: 'geheimpje' }, /UPLOAD_VERTROUWELIJKHEIDAANDUIDING must be one of/],
      [{ ...upload, UPLOAD_ACCEPT: 'application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, /cannot be recognised by its content/],
      [{ ...upload, UPLOAD_MAX_BYTES: '20MB' }, /UPLOAD_MAX_BYTES must be a whole number/],
      [{ ...upload, UPLOAD_ZAAKTYPEN: undefined }, /UPLOAD_ZAAKTYPEN is missing/],
      [{ ...upload, UPLOAD_ZAAKTYPEN: 'https://elders.example/catalogi/api/v1/zaaktypen/f0f908b0-6672-5994-b687-7c9a82b6900a' }, /UPLOAD_ZAAKTYPEN must be a zaaktypen URL under ZGW_CATALOGI_URL/],
      [{ ...upload, UPLOAD_INFORMATIEOBJECTTYPE: 'https://openzaak.gemeente.example/catalogi/api/v1/zaaktypen/x' }, /UPLOAD_INFORMATIEOBJECTTYPE must be a informatieobjecttypen URL/],
      [{ ...upload, UPLOAD_BRONORGANISATIE: '123456789' }, /UPLOAD_BRONORGANISATIE must be the municipality's RSIN/],
      [{ ...upload, UPLOAD_MAXBYTES: '10' }, /UPLOAD_MAXBYTES is not a known setting/],
    ]) {
      assert.throws(() => loadConfig(env), (e) => e instanceof ConfigError && pattern.test(e.message), String(pattern));
    }
    assert.equal(loadConfig({ ...upload, MAX_CONFIDENTIALITY: 'zaakvertrouwelijk', UPLOAD_VERTROUWELIJKHEIDAANDUIDING: 'zaakvertrouwelijk' }).upload?.vertrouwelijkheidaanduiding, 'zaakvertrouwelijk');
  });
});
