// The mock gateway's write-capable resource engine (demo/gateway/resources/) over real HTTP:
// request bodies validated against the vendored specs (400 like Open Zaak), the CSRF header,
// session isolation, the chunked Documenten upload and its cancel, capabilities on and off, and the
// Taken and Klantinteracties filters.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUREN, INRIT, SEED_UUIDS, TILBURG } from '../../demo/gateway/resources/index.mjs';
import { useGatewayServer } from './support/gateway-server.mjs';

const gateway = useGatewayServer();
let sessionCounter = 0;
const newSession = () => `writes-${process.pid}-${++sessionCounter}`;

/** @param {string} scenario @param {string} path @param {RequestInit & { json?: unknown }} [init] */
async function call(scenario, path, init = {}) {
  const headers = { ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...(init.method && init.method !== 'GET' ? { 'X-Mijn-Zaken': '1' } : {}), ...init.headers };
  const res = await fetch(gateway.url(scenario, path), { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Open Zaak's 400: problem+json with type, code invalid, title, status, detail, instance, invalidParams. */
function assertValidationProblem(r, expected) {
  assert.equal(r.status, 400, r.text);
  assert.match(r.headers.get('content-type'), /^application\/problem\+json/);
  assert.deepEqual(Object.keys(r.json).sort(), ['code', 'detail', 'instance', 'invalidParams', 'status', 'title', 'type']);
  assert.match(r.json.type, /^https:\/\/[a-z.]+\/ref\/fouten\/ValidationError\/$/);
  assert.equal(r.json.code, 'invalid');
  assert.equal(r.json.title, 'Ongeldige invoer.');
  assert.equal(r.json.status, 400);
  assert.match(r.json.instance, /^urn:uuid:[0-9a-f-]{36}$/);
  for (const p of r.json.invalidParams) assert.deepEqual(Object.keys(p).sort(), ['code', 'name', 'reason']);
  for (const [name, code] of expected) {
    assert.ok(r.json.invalidParams.some((p) => p.name === name && p.code === code), `${name}/${code} in ${JSON.stringify(r.json.invalidParams)}`);
  }
}

const question = { kanaal: 'contactformulier', onderwerp: 'Vraag over mijn zaak', inhoud: 'Wanneer hoor ik iets?', taal: 'nld', vertrouwelijk: false };
const zaakIdentificator = (uuid) => ({ codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid', objectId: uuid });
const urlTask = { titel: 'Formulier invullen', einddatumHandelingsTermijn: '2026-12-20', isGerelateerdAan: [{ urn: BUREN.urn }], details: { uitvraagLink: 'https://formulieren.gemeente.example/x' } };

describe('request bodies are validated against the specs (400 like Open Zaak)', () => {
  const cases = [
    {
      what: 'klantcontacten',
      path: '/klantinteracties/api/v1/klantcontacten',
      valid: question,
      invalid: { ...question, inhoud: 'x'.repeat(1001), taal: undefined, vertrouwelijk: 'ja' },
      expected: [['inhoud', 'max_length'], ['taal', 'required'], ['vertrouwelijk', 'invalid']],
    },
    {
      what: 'onderwerpobjecten',
      path: '/klantinteracties/api/v1/onderwerpobjecten',
      valid: { klantcontact: { uuid: SEED_UUIDS.openVraag }, wasKlantcontact: null, onderwerpobjectidentificator: zaakIdentificator(TILBURG.uuid) },
      invalid: { klantcontact: { uuid: 'geen-uuid' }, onderwerpobjectidentificator: { objectId: 5 } },
      expected: [['klantcontact.uuid', 'invalid'], ['onderwerpobjectidentificator.objectId', 'invalid']],
    },
    {
      what: 'betrokkenen',
      path: '/klantinteracties/api/v1/betrokkenen',
      valid: { hadKlantcontact: { uuid: SEED_UUIDS.openVraag }, rol: 'klant', initiator: true, wasPartij: null },
      invalid: { rol: 'baas', initiator: true },
      expected: [['hadKlantcontact', 'required'], ['rol', 'invalid_choice']],
    },
    {
      what: 'maak-klantcontact',
      path: '/klantinteracties/api/v1/maak-klantcontact',
      valid: { klantcontact: question, onderwerpobject: { onderwerpobjectidentificator: zaakIdentificator(TILBURG.uuid), wasKlantcontact: null } },
      invalid: { onderwerpobject: {} },
      expected: [['klantcontact', 'required']],
    },
    {
      what: 'urltaken',
      path: '/taken/api/v1/urltaken',
      valid: urlTask,
      invalid: { ...urlTask, titel: 'x'.repeat(101), details: {} },
      expected: [['titel', 'max_length'], ['details.uitvraagLink', 'required']],
    },
    {
      what: 'externetaken (polymorphic by taakSoort)',
      path: '/taken/api/v1/externetaken',
      valid: { ...urlTask, taakSoort: 'urltaak' },
      invalid: { ...urlTask, taakSoort: 'betaaltaak' },
      expected: [['details.bedrag', 'required'], ['details.doelrekening', 'required']],
    },
    {
      what: 'betaaltaken',
      path: '/taken/api/v1/betaaltaken',
      valid: { ...urlTask, details: { bedrag: '12.50', transactieomschrijving: 'Leges', doelrekening: { iban: 'NL02BNGH0123456789' } } },
      invalid: { ...urlTask, isGerelateerdAan: [{ urn: 'geen urn' }], details: { bedrag: '1', transactieomschrijving: 'x', doelrekening: { iban: 'fout' } } },
      expected: [['isGerelateerdAan.0.urn', 'invalid'], ['details.doelrekening.iban', 'invalid']],
    },
    {
      what: 'formuliertaken',
      path: '/taken/api/v1/formuliertaken',
      valid: { ...urlTask, details: { formulierDefinitie: { components: [] } } },
      invalid: { ...urlTask, einddatumHandelingsTermijn: '20 december', details: {} },
      expected: [['einddatumHandelingsTermijn', 'invalid'], ['details.formulierDefinitie', 'required']],
    },
    {
      what: 'enkelvoudiginformatieobjecten',
      path: '/documenten/api/v1/enkelvoudiginformatieobjecten',
      valid: { titel: 'Bankafschrift', bestandsnaam: 'bank.pdf', formaat: 'application/pdf', taal: 'dut', creatiedatum: '2026-11-23', inhoud: Buffer.from('%PDF-1.4 klein').toString('base64') },
      invalid: { titel: '', taal: 'nederlands', creatiedatum: '2026-13-45', bestandsomvang: -1 },
      expected: [['titel', 'blank'], ['taal', 'max_length'], ['creatiedatum', 'invalid'], ['bestandsomvang', 'min_value']],
    },
  ];
  for (const c of cases) {
    it(`${c.what}: a valid body is stored (201), an invalid one is a 400 naming each field`, async () => {
      const session = `session=${newSession()}`;
      const ok = await call(session, c.path, { method: 'POST', json: c.valid });
      assert.equal(ok.status, 201, ok.text);
      assert.match(ok.headers.get('content-type'), /^application\/json/);
      const bad = await call(session, c.path, { method: 'POST', json: c.invalid });
      assertValidationProblem(bad, c.expected);
    });
  }

  it('a body that is no JSON object is a 400 too; broken JSON is a parse error', async () => {
    const session = `session=${newSession()}`;
    const list = await call(session, '/klantinteracties/api/v1/klantcontacten', { method: 'POST', json: [question] });
    assertValidationProblem(list, [['nonFieldErrors', 'invalid']]);
    const broken = await call(session, '/klantinteracties/api/v1/klantcontacten', { method: 'POST', body: '{"kanaal": ', headers: { 'Content-Type': 'application/json' } });
    assert.equal(broken.status, 400);
    assert.equal(broken.json.code, 'parse_error');
    assert.match(broken.json.type, /\/ParseError\/$/);
  });

  it('a foreign key must name an existing record', async () => {
    const r = await call(`session=${newSession()}`, '/klantinteracties/api/v1/onderwerpobjecten', {
      method: 'POST',
      json: { klantcontact: { uuid: '00000000-0000-4000-8000-000000000000' }, onderwerpobjectidentificator: zaakIdentificator(TILBURG.uuid) },
    });
    assertValidationProblem(r, [['klantcontact.uuid', 'does_not_exist']]);
  });
});

describe('CSRF (CONTRACT 8): writes need X-Mijn-Zaken: 1', () => {
  for (const [method, path] of [
    ['POST', '/klantinteracties/api/v1/klantcontacten'],
    ['PATCH', `/taken/api/v1/externetaken/${SEED_UUIDS.bankafschriften}`],
    ['DELETE', `/klantinteracties/api/v1/klantcontacten/${SEED_UUIDS.openVraag}`],
  ]) {
    it(`${method} ${path.split('/')[4]} without the header is a 403 and changes nothing`, async () => {
      const session = `session=${newSession()}`;
      for (const header of [undefined, '0', 'true']) {
        const res = await fetch(gateway.url(session, path), {
          method,
          headers: { 'Content-Type': 'application/json', ...(header ? { 'X-Mijn-Zaken': header } : {}) },
          body: method === 'DELETE' ? undefined : JSON.stringify(method === 'POST' ? question : { status: 'uitgevoerd' }),
        });
        assert.equal(res.status, 403, `${header}`);
        assert.equal((await res.json()).code, 'permission_denied');
      }
      const kc = await call(session, `/klantinteracties/api/v1/klantcontacten/${SEED_UUIDS.openVraag}`);
      assert.equal(kc.status, 200);
      const task = await call(session, `/taken/api/v1/externetaken/${SEED_UUIDS.bankafschriften}`);
      assert.equal(task.json.status, 'open');
      const all = await call(session, '/klantinteracties/api/v1/klantcontacten');
      assert.equal(all.json.count, 3);
    });
  }

  it('with the header the same PATCH and DELETE work', async () => {
    const session = `session=${newSession()}`;
    const patched = await call(session, `/taken/api/v1/externetaken/${SEED_UUIDS.bankafschriften}`, { method: 'PATCH', json: { status: 'uitgevoerd' } });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.json.status, 'uitgevoerd');
    const deleted = await call(session, `/klantinteracties/api/v1/klantcontacten/${SEED_UUIDS.openVraag}`, { method: 'DELETE' });
    assert.equal(deleted.status, 204);
    assert.equal((await call(session, `/klantinteracties/api/v1/klantcontacten/${SEED_UUIDS.openVraag}`)).status, 404);
  });
});

describe('written objects are kept per session', () => {
  it("a session's writes never show to another session nor to the demo store", async () => {
    const a = `session=${newSession()}`;
    const b = `session=${newSession()}`;
    const made = await call(a, '/klantinteracties/api/v1/klantcontacten', { method: 'POST', json: question });
    assert.equal(made.status, 201);
    const path = `/klantinteracties/api/v1/klantcontacten/${made.json.uuid}`;
    assert.equal((await call(a, path)).status, 200);
    assert.equal((await call(b, path)).status, 404);
    assert.equal((await call('', path)).status, 404);
    assert.equal((await call(a, '/klantinteracties/api/v1/klantcontacten')).json.count, 4);
    assert.equal((await call(b, '/klantinteracties/api/v1/klantcontacten')).json.count, 3);
    // A deletion in one session leaves the seed in the others.
    await call(b, `/taken/api/v1/externetaken/${SEED_UUIDS.bankafschriften}`, { method: 'DELETE' });
    assert.equal((await call(a, `/taken/api/v1/externetaken/${SEED_UUIDS.bankafschriften}`)).status, 200);
  });

  it('the demo store (no session) keeps writes until DELETE /_store resets it', async () => {
    const made = await call('', '/taken/api/v1/urltaken', { method: 'POST', json: urlTask });
    assert.equal(made.status, 201, made.text);
    const path = `/taken/api/v1/urltaken/${made.json.uuid}`;
    assert.equal((await call('', path)).status, 200);
    const reset = await fetch(`${gateway.origin}/api/zgw/_store`, { method: 'DELETE' });
    assert.equal(reset.status, 204);
    assert.equal((await call('', path)).status, 404);
    assert.equal((await call('', `/taken/api/v1/urltaken/${SEED_UUIDS.bankafschriften}`)).status, 200, 'seeds come back');
  });
});

/** A multipart/form-data body with `lock` and `inhoud`, as the Documenten spec's BestandsDeelRequest. */
function multipart(lock, bytes) {
  const boundary = `----mijnzaken${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n${lock}\r\n--${boundary}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), type: `multipart/form-data; boundary=${boundary}` };
}
const pathOf = (url) => new URL(url).pathname.replace(/^\/documenten/, '/documenten').replace(/^.*?(\/documenten\/api\/v1\/)/, '$1');

describe('Documenten upload in parts (bestandsdelen, lock, unlock) and the zaakinformatieobject', () => {
  const partSize = 64 * 1024;
  const file = Buffer.alloc(partSize * 2 + 1000);
  for (let i = 0; i < file.length; i++) file[i] = (i * 31 + 7) % 251;

  it('create with bestandsomvang → parts with a lock; upload them; unlock; link; the zaak lists it and it downloads', async () => {
    const session = `session=${newSession()},part-size=${partSize}`;
    const created = await call(session, '/documenten/api/v1/enkelvoudiginformatieobjecten', {
      method: 'POST',
      json: { titel: 'Bankafschriften', bestandsnaam: 'bank.pdf', bestandsomvang: file.length, formaat: 'application/pdf', taal: 'dut', creatiedatum: '2026-11-23', inhoud: null, informatieobjecttype: 'https://evil.example/iot', vertrouwelijkheidaanduiding: 'geheim' },
    });
    assert.equal(created.status, 201, created.text);
    const doc = created.json;
    assert.equal(doc.locked, true);
    assert.match(doc.lock, /^[0-9a-f]{32}$/);
    assert.equal(doc.vertrouwelijkheidaanduiding, 'openbaar', 'the gateway decides, not the browser');
    assert.match(doc.informatieobjecttype, /^https:\/\/openzaak\.gemeente\.example\/catalogi\/api\/v1\/informatieobjecttypen\//);
    assert.deepEqual(doc.bestandsdelen.map((p) => [p.volgnummer, p.omvang, p.voltooid]), [[1, partSize, false], [2, partSize, false], [3, 1000, false]]);

    // Unlocking before every part came is refused.
    const early = await call(session, pathOf(`${doc.url}/unlock`), { method: 'POST', json: { lock: doc.lock } });
    assertValidationProblem(early, [['nonFieldErrors', 'incomplete-upload']]);

    let offset = 0;
    for (const part of doc.bestandsdelen) {
      // A wrong lock, and a part of the wrong size, are refused first.
      const wrongLock = multipart('verkeerd', file.subarray(offset, offset + part.omvang));
      const refused = await call(session, pathOf(part.url), { method: 'PUT', body: wrongLock.body, headers: { 'Content-Type': wrongLock.type } });
      assertValidationProblem(refused, [['nonFieldErrors', 'incorrect-lock-id']]);
      const short = multipart(doc.lock, file.subarray(offset, offset + part.omvang - 1));
      assertValidationProblem(await call(session, pathOf(part.url), { method: 'PUT', body: short.body, headers: { 'Content-Type': short.type } }), [['inhoud', 'file-size']]);
      const { body, type } = multipart(doc.lock, file.subarray(offset, offset + part.omvang));
      const put = await call(session, pathOf(part.url), { method: 'PUT', body, headers: { 'Content-Type': type } });
      assert.equal(put.status, 200, put.text);
      assert.equal(put.json.voltooid, true);
      offset += part.omvang;
    }
    assert.equal((await call(session, pathOf(`${doc.url}/unlock`), { method: 'POST', json: { lock: 'verkeerd' } })).status, 400);
    const unlocked = await call(session, pathOf(`${doc.url}/unlock`), { method: 'POST', json: { lock: doc.lock } });
    assert.equal(unlocked.status, 204, unlocked.text);
    const after = await call(session, pathOf(doc.url));
    assert.equal(after.json.locked, false);
    assert.deepEqual(after.json.bestandsdelen, []);
    assert.equal(after.json.bestandsomvang, file.length);
    assert.ok(!('lock' in after.json));

    const zaakUrl = `https://openzaak.gemeente.example/zaken/api/v1/zaken/${BUREN.uuid}`;
    const before = await call(session, `/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl)}`);
    const link = await call(session, '/zaken/api/v1/zaakinformatieobjecten', { method: 'POST', json: { zaak: zaakUrl, informatieobject: doc.url } });
    assert.equal(link.status, 201, link.text);
    const listed = await call(session, `/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl)}`);
    assert.equal(listed.json.length, before.json.length + 1);
    assert.ok(listed.json.some((z) => z.informatieobject === doc.url));
    // Another session still sees the zaak's documents without it.
    const other = await call(`session=${newSession()}`, `/zaken/api/v1/zaakinformatieobjecten?zaak=${encodeURIComponent(zaakUrl)}`);
    assert.equal(other.json.length, before.json.length);

    const download = await fetch(gateway.url(session, pathOf(`${doc.url}/download`)));
    assert.equal(download.status, 200);
    assert.ok(Buffer.from(await download.arrayBuffer()).equals(file));

    // A linked document cannot be deleted; the link twice is refused.
    assertValidationProblem(await call(session, pathOf(doc.url), { method: 'DELETE' }), [['nonFieldErrors', 'pending-relations']]);
    assertValidationProblem(await call(session, '/zaken/api/v1/zaakinformatieobjecten', { method: 'POST', json: { zaak: zaakUrl, informatieobject: doc.url } }), [['nonFieldErrors', 'unique']]);
  });

  it('a link to a mapped (gateway) URL, another zaak or no document is refused', async () => {
    const session = `session=${newSession()}`;
    const doc = (await call(session, '/documenten/api/v1/enkelvoudiginformatieobjecten', { method: 'POST', json: { titel: 'Foto', taal: 'dut', creatiedatum: '2026-11-23', inhoud: 'aGFsbG8=' } })).json;
    const mapped = gateway.url('', `/zaken/api/v1/zaken/${BUREN.uuid}`);
    assertValidationProblem(await call(session, '/zaken/api/v1/zaakinformatieobjecten', { method: 'POST', json: { zaak: mapped, informatieobject: doc.url } }), [['zaak', 'bad-url']]);
    assertValidationProblem(
      await call(`${session},resident=none`, '/zaken/api/v1/zaakinformatieobjecten', { method: 'POST', json: { zaak: `https://openzaak.gemeente.example/zaken/api/v1/zaken/${BUREN.uuid}`, informatieobject: doc.url } }),
      [['zaak', 'bad-url']],
    );
    assertValidationProblem(
      await call(session, '/zaken/api/v1/zaakinformatieobjecten', { method: 'POST', json: { zaak: `https://openzaak.gemeente.example/zaken/api/v1/zaken/${BUREN.uuid}`, informatieobject: 'https://openzaak.gemeente.example/documenten/api/v1/enkelvoudiginformatieobjecten/00000000-0000-4000-8000-000000000000' } }),
      [['informatieobject', 'bad-url']],
    );
  });

  it('cancel: after part of the upload, DELETE leaves nothing behind (document, parts, list)', async () => {
    const session = `session=${newSession()},part-size=${partSize}`;
    const doc = (await call(session, '/documenten/api/v1/enkelvoudiginformatieobjecten', { method: 'POST', json: { titel: 'Half', bestandsomvang: file.length, taal: 'dut', creatiedatum: '2026-11-23' } })).json;
    const first = doc.bestandsdelen[0];
    const { body, type } = multipart(doc.lock, file.subarray(0, first.omvang));
    assert.equal((await call(session, pathOf(first.url), { method: 'PUT', body, headers: { 'Content-Type': type } })).status, 200);
    assert.equal((await call(session, pathOf(doc.url), { method: 'DELETE' })).status, 204);
    assert.equal((await call(session, pathOf(doc.url))).status, 404);
    const again = multipart(doc.lock, file.subarray(first.omvang, first.omvang * 2));
    assert.equal((await call(session, pathOf(doc.bestandsdelen[1].url), { method: 'PUT', body: again.body, headers: { 'Content-Type': again.type } })).status, 404);
    assert.equal((await call(session, pathOf(`${doc.url}/download`))).status, 404);
  });

  it('a file over capabilities.upload.maxBytes, or of a type not in accept, is refused', async () => {
    const session = `session=${newSession()},caps-max-bytes=1000,caps-accept=pdf`;
    const big = await call(session, '/documenten/api/v1/enkelvoudiginformatieobjecten', { method: 'POST', json: { titel: 'Groot', bestandsomvang: 1001, taal: 'dut', creatiedatum: '2026-11-23' } });
    assertValidationProblem(big, [['bestandsomvang', 'max-size']]);
    const png = await call(session, '/documenten/api/v1/enkelvoudiginformatieobjecten', { method: 'POST', json: { titel: 'Foto', formaat: 'image/png', taal: 'dut', creatiedatum: '2026-11-23', inhoud: 'aGFsbG8=' } });
    assertValidationProblem(png, [['formaat', 'invalid-type']]);
  });
});

describe('capabilities (CONTRACT 8)', () => {
  it('are served with the contract shape, and vary by scenario', async () => {
    const r = await call('', '/mijn-zaken/v1/capabilities');
    assert.equal(r.status, 200);
    assert.deepEqual(Object.keys(r.json).sort(), ['events', 'linkOrigins', 'questions', 'tasks', 'upload', 'version']);
    assert.equal(r.json.version, 1);
    assert.match(r.json.tasks.zaakUrn, /\{identificatie\}/);
    assert.equal(r.json.questions.maxLength, 1000);
    assert.deepEqual(r.json.upload.accept, ['application/pdf', 'image/jpeg', 'image/png']);
    assert.ok(r.json.linkOrigins.includes('https://formulieren.gemeente.example'));
    // The Bankafschriften form link is on an announced origin.
    const task = await call('', `/taken/api/v1/urltaken/${SEED_UUIDS.bankafschriften}`);
    assert.ok(r.json.linkOrigins.includes(new URL(task.json.details.uitvraagLink).origin));
    // The Buren zaak's zaaktype allows uploads.
    const zaak = await call('', `/zaken/api/v1/zaken/${BUREN.uuid}`);
    assert.ok(r.json.upload.zaaktypen.includes(zaak.json.zaaktype));

    const varied = await call('caps-max-length=200,caps-max-bytes=5000,caps-accept=pdf|png,caps-events=on,caps-link-origins=a.example|b.example', '/mijn-zaken/v1/capabilities');
    assert.equal(varied.json.questions.maxLength, 200);
    assert.equal(varied.json.upload.maxBytes, 5000);
    assert.deepEqual(varied.json.upload.accept, ['application/pdf', 'image/png']);
    assert.equal(varied.json.events, true);
    assert.deepEqual(varied.json.linkOrigins, ['https://a.example', 'https://b.example']);
  });

  it('caps=off answers 404 (a plain ZGW gateway); the zaken still load', async () => {
    const r = await call('caps=off', '/mijn-zaken/v1/capabilities');
    assert.equal(r.status, 404);
    assert.equal(r.json.code, 'not_found');
    assert.equal((await call('caps=off', `/zaken/api/v1/zaken/${BUREN.uuid}`)).status, 200);
    assert.equal((await call('caps=nee', '/mijn-zaken/v1/capabilities')).status, 400);
  });
});

describe('Taken: tasks of a zaak', () => {
  const byZaak = (zaak, extra = '') => `/taken/api/v1/externetaken?isGerelateerdAan=${encodeURIComponent(zaak.urn)}${extra}`;
  it('filters by isGerelateerdAan (the zaak URN) and status', async () => {
    const all = await call('', byZaak(BUREN));
    assert.deepEqual(all.json.results.map((t) => t.titel).sort(), ['Bankafschriften aanleveren', 'Kopie identiteitsbewijs aanleveren']);
    const open = await call('', byZaak(BUREN, '&status=open'));
    assert.equal(open.json.count, 1);
    const [task] = open.json.results;
    assert.equal(task.titel, 'Bankafschriften aanleveren');
    assert.equal(task.einddatumHandelingsTermijn, '2026-12-12');
    assert.equal(task.taakSoort, 'urltaak');
    assert.ok(task.toelichting);
    assert.equal((await call('', byZaak(BUREN, '&status=uitgevoerd'))).json.results[0].titel, 'Kopie identiteitsbewijs aanleveren');
    assert.equal((await call('', byZaak(TILBURG))).json.count, 0);
  });

  it('a payment task with its amount on another zaak; the kind views show only their kind', async () => {
    const pay = await call('', `/taken/api/v1/betaaltaken?isGerelateerdAan=${encodeURIComponent(INRIT.urn)}&status=open`);
    assert.equal(pay.json.count, 1);
    assert.equal(pay.json.results[0].details.bedrag, '171.00');
    assert.equal((await call('', '/taken/api/v1/betaaltaken')).json.results.every((t) => t.taakSoort === 'betaaltaak'), true);
    assert.equal((await call('', `/taken/api/v1/betaaltaken/${SEED_UUIDS.bankafschriften}`)).status, 404);
  });

  it('unknown parameters and bad values are a 400, as the spec declares them', async () => {
    assertValidationProblem(await call('', '/taken/api/v1/externetaken?zaak=x'), [['nonFieldErrors', 'unknown-parameters']]);
    assertValidationProblem(await call('', '/taken/api/v1/externetaken?status=klaar'), [['status', 'invalid_choice']]);
  });

  it("another resident's tasks are not shown", async () => {
    assert.equal((await call('resident=none', byZaak(BUREN))).json.count, 0);
    assert.equal((await call('resident=none', `/taken/api/v1/externetaken/${SEED_UUIDS.bankafschriften}`)).status, 404);
  });
});

describe('Klantinteracties: questions and answers about a zaak', () => {
  const about = (uuid) => `/klantinteracties/api/v1/klantcontacten?onderwerpobject__onderwerpobjectidentificatorObjectId=${uuid}`;
  it('lists the klantcontacten about the zaak; the answer points to its question through wasKlantcontact', async () => {
    const r = await call('', `${about(TILBURG.uuid)}&expand=gingOverOnderwerpobjecten`);
    assert.equal(r.json.count, 3);
    const answer = r.json.results.find((k) => k.uuid === SEED_UUIDS.antwoord);
    assert.equal(answer._expand.gingOverOnderwerpobjecten[0].wasKlantcontact.uuid, SEED_UUIDS.vraag);
    const answers = await call('', `/klantinteracties/api/v1/onderwerpobjecten?wasKlantcontact__uuid=${SEED_UUIDS.vraag}`);
    assert.deepEqual(answers.json.results.map((o) => o.klantcontact.uuid), [SEED_UUIDS.antwoord]);
    const none = await call('', `/klantinteracties/api/v1/onderwerpobjecten?wasKlantcontact__uuid=${SEED_UUIDS.openVraag}`);
    assert.equal(none.json.count, 0, 'the open question has no answer');
    assert.equal((await call('', about(BUREN.uuid))).json.count, 0);
    // No medewerker's name anywhere.
    for (const k of r.json.results) assert.deepEqual(k.hadBetrokkenActoren, []);
    assert.doesNotMatch(r.text, /"naam"|volledigeNaam":"[^"]/);
  });

  it('a question asked through maak-klantcontact appears in the zaak list of that session only', async () => {
    const session = `session=${newSession()}`;
    const made = await call(session, '/klantinteracties/api/v1/maak-klantcontact', {
      method: 'POST',
      json: { klantcontact: question, onderwerpobject: { onderwerpobjectidentificator: zaakIdentificator(TILBURG.uuid), wasKlantcontact: null } },
    });
    assert.equal(made.status, 201, made.text);
    assert.equal(made.json.onderwerpobject.klantcontact.uuid, made.json.klantcontact.uuid);
    assert.equal(made.json.klantcontact.gingOverOnderwerpobjecten.length, 1);
    assert.equal((await call(session, about(TILBURG.uuid))).json.count, 4);
    assert.equal((await call('', about(TILBURG.uuid))).json.count, 3);
  });
});

describe('multipart bodies are parsed as a stream', () => {
  it('gives the same fields and bytes however the body is split into chunks', async () => {
    const { readMultipart } = await import('../../demo/gateway/resources/bodies.mjs');
    const { Readable } = await import('node:stream');
    const bytes = Buffer.alloc(5000);
    // Bytes that look like the start of a delimiter ("\r\n--") inside the file.
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 97 === 0 ? 13 : i % 97 === 1 ? 10 : i % 97 === 2 || i % 97 === 3 ? 45 : (i * 7) % 256;
    const { body, type } = multipart('slot-123', bytes);
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (const maxChunk of [1, 3, 17, 64, 1000, body.length]) {
      const chunks = [];
      for (let at = 0; at < body.length; ) {
        const size = 1 + (next() % maxChunk);
        chunks.push(body.subarray(at, at + size));
        at += size;
      }
      const fields = {};
      const file = [];
      await readMultipart(Readable.from(chunks), type, { fileFields: ['inhoud'], onField: (n, v) => (fields[n] = v), onFile: (_n, c) => file.push(Buffer.from(c)) });
      assert.deepEqual(fields, { lock: 'slot-123' }, `chunks up to ${maxChunk}`);
      assert.ok(Buffer.concat(file).equals(bytes), `chunks up to ${maxChunk}`);
    }
  });

  it('a body cut off before its last boundary is a parse error', async () => {
    const { readMultipart, BodyError } = await import('../../demo/gateway/resources/bodies.mjs');
    const { Readable } = await import('node:stream');
    const { body, type } = multipart('x', Buffer.from('abc'));
    await assert.rejects(readMultipart(Readable.from([body.subarray(0, body.length - 8)]), type, { fileFields: [], onField() {}, onFile() {} }), BodyError);
  });
});

describe('faults reach the new resources', () => {
  it('fail-on=bestandsdelen with fail-times=1: the first part fails, its retry succeeds', async () => {
    const session = `session=${newSession()},part-size=1000,fail=503,fail-on=bestandsdelen,fail-times=1`;
    const doc = (await call(session, '/documenten/api/v1/enkelvoudiginformatieobjecten', { method: 'POST', json: { titel: 'Retry', bestandsomvang: 1500, taal: 'dut', creatiedatum: '2026-11-23' } })).json;
    assert.equal(doc.bestandsdelen.length, 2);
    const { body, type } = multipart(doc.lock, Buffer.alloc(1000, 1));
    assert.equal((await call(session, pathOf(doc.bestandsdelen[0].url), { method: 'PUT', body, headers: { 'Content-Type': type } })).status, 503);
    assert.equal((await call(session, pathOf(doc.bestandsdelen[0].url), { method: 'PUT', body, headers: { 'Content-Type': type } })).status, 200);
    const log = await (await fetch(`${gateway.origin}/api/zgw/_log/${session.split(',')[0].slice('session='.length)}`)).json();
    assert.deepEqual(log.requests.map((r) => [r.method, r.resource, r.status]), [['POST', 'enkelvoudiginformatieobjecten', 201], ['PUT', 'bestandsdelen', 503], ['PUT', 'bestandsdelen', 200]]);
  });
});

describe('methods and media types come from the spec', () => {
  it('PUT is validated as a whole body, PATCH as a part; the server fields stay', async () => {
    const session = `session=${newSession()}`;
    const path = `/klantinteracties/api/v1/klantcontacten/${SEED_UUIDS.vraag}`;
    assertValidationProblem(await call(session, path, { method: 'PUT', json: { inhoud: 'Alleen de vraag' } }), [['kanaal', 'required'], ['onderwerp', 'required']]);
    const put = await call(session, path, { method: 'PUT', json: { ...question, inhoud: 'Nieuwe tekst' } });
    assert.equal(put.status, 200, put.text);
    assert.equal(put.json.inhoud, 'Nieuwe tekst');
    assert.equal(put.json.nummer, '0000004101');
    assert.equal(put.json.gingOverOnderwerpobjecten.length, 1);
    assert.equal((await call(session, path, { method: 'PATCH', json: { inhoud: 'Kort' } })).json.kanaal, 'contactformulier');
  });

  it('a method the spec does not declare is a 405 with Allow; a body that is not JSON a 415', async () => {
    const session = `session=${newSession()}`;
    const r = await call(session, '/klantinteracties/api/v1/maak-klantcontact', { method: 'PUT', json: {} });
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'POST');
    assert.equal((await call(session, `/documenten/api/v1/bestandsdelen/${SEED_UUIDS.vraag}`, { method: 'POST', json: {} })).headers.get('allow'), 'PUT');
    const form = await call(session, '/klantinteracties/api/v1/klantcontacten', { method: 'POST', body: 'kanaal=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(form.status, 415);
    assert.equal(form.json.code, 'unsupported_media_type');
  });
});
