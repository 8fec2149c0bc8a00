// Questions and answers (CONTRACT 8 and 10, Klantinteracties API 0.9.0): served only for the
// person's own zaken and only the contacts they took part in (their partij, by BSN); answers under
// them; no medewerker names. Asking: the gateway builds klantcontact, betrokkene and onderwerpobject
// itself and cleans up when a step fails.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CO_APPLICANT_BSN, MEDEWERKER_NAME, startKlantinteracties } from '../dev/klantinteracties-standin.mjs';
import { MISSING_ZAAK, RESIDENT_A, RESIDENT_B, loggedIn, missingAnswer, startChain } from './support.mjs';

const OBJECT_ID = 'onderwerpobject__onderwerpobjectidentificatorObjectId';

describe('questions (Klantinteracties)', () => {
  let ki;
  let chain;
  let a;
  let b;
  let missing;
  before(async () => {
    ki = await startKlantinteracties();
    chain = await startChain({ env: { KLANTINTERACTIES_URL: ki.root, KLANTINTERACTIES_TOKEN: ki.token } });
    a = await loggedIn(chain, RESIDENT_A);
    b = await loggedIn(chain, RESIDENT_B);
    missing = await missingAnswer(chain, a);
  });
  after(async () => {
    await chain?.close();
    await ki?.close();
  });

  const list = (browser, zaak, extra = '') => browser.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten?${OBJECT_ID}=${zaak}${extra}`);
  const ask = (browser, body, headers = {}) =>
    browser.fetch(`${chain.base}/klantinteracties/api/v1/maak-klantcontact`, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url, ...headers },
    });
  const question = (zaak, inhoud = 'Is mijn aanvraag compleet?') => ({ klantcontact: { inhoud }, onderwerpobject: { onderwerpobjectidentificator: { objectId: zaak, codeObjecttype: 'zaak' } } });

  it('the stand-in is strict: no Token is a 401, a wrong one a 403, an unknown filter a 400', async () => {
    assert.equal((await fetch(`${ki.root}/klantcontacten`)).status, 401);
    assert.equal((await fetch(`${ki.root}/klantcontacten`, { headers: { authorization: 'Token wrong' } })).status, 403);
    assert.equal((await fetch(`${ki.root}/klantcontacten?zaak=x`, { headers: { authorization: `Token ${ki.token}` } })).status, 400);
  });

  it('capabilities announce questions with the maxLength', async () => {
    const res = await a.fetch(`${chain.base}/mijn-zaken/v1/capabilities`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { version: 1, questions: { ask: true, maxLength: 1000 } });
  });

  it("A reads the questions on A's zaak that A asked, with the answer under it; not the co-applicant's; no medewerker name; with the Token", async () => {
    ki.clear();
    const res = await list(a, RESIDENT_A.zaken[0], '&onderwerpobject__onderwerpobjectidentificatorCodeObjecttype=zaak');
    assert.equal(res.status, 200);
    const text = await res.text();
    const { results } = JSON.parse(text);
    assert.equal(results.length, 2, text);
    const [q, answer] = results;
    assert.equal(q.inhoud, 'Wanneer hoor ik iets over mijn aanvraag?');
    assert.equal(answer.inhoud, 'U hoort binnen twee weken van ons.');
    assert.equal(answer._expand.gingOverOnderwerpobjecten[0].wasKlantcontact.uuid, q.uuid);
    assert.ok(!text.includes(MEDEWERKER_NAME), 'no medewerker name');
    assert.ok(!text.includes('hadBetrokkenActoren') && !text.includes('mjansen'), 'no actors');
    assert.ok(!text.includes('medeaanvrager'), "not the co-applicant's question");
    assert.ok(!text.includes(RESIDENT_A.bsn), 'no BSN in the answer');
    const first = ki.state.log[0];
    assert.equal(first.headers.authorization, `Token ${ki.token}`);
    const sent = new URLSearchParams(first.query);
    assert.equal(sent.get('hadBetrokkene__wasPartij__partijIdentificator__objectId'), RESIDENT_A.bsn);
    assert.equal(sent.get('hadBetrokkene__wasPartij__partijIdentificator__codeSoortObjectId'), 'bsn');
    assert.equal(sent.get('onderwerpobject__onderwerpobjectidentificatorCodeObjecttype'), 'zaak');
    assert.equal(sent.get(OBJECT_ID), RESIDENT_A.zaken[0]);
    assert.equal(ki.requestsFor(CO_APPLICANT_BSN).length, 0);
    // page/pageSize are accepted: everything is on page 1.
    const second = await (await list(a, RESIDENT_A.zaken[0], '&page=2&pageSize=10')).json();
    assert.deepEqual(second, { count: 0, next: null, previous: null, results: [] });
    assert.equal((await list(a, RESIDENT_A.zaken[0], '&page=0')).status, 400);
  });

  it("A asking for B's questions (by zaak, duplicated, mixed with A's, with partij filters, or with no zaak) gets the constant 404; Open Klant never hears of B", async () => {
    ki.clear();
    for (const z of RESIDENT_B.zaken) {
      for (const extra of ['', `&${OBJECT_ID}=${RESIDENT_A.zaken[0]}`, `&hadBetrokkene__wasPartij__partijIdentificator__objectId=${RESIDENT_B.bsn}`]) {
        const res = await list(a, z, extra);
        assert.equal(res.status, extra.startsWith('&had') ? 400 : 404, extra);
        if (res.status === 404) assert.equal(await res.text(), missing);
        else await res.arrayBuffer();
      }
      const mixed = await list(a, RESIDENT_A.zaken[0], `&${OBJECT_ID}=${z}`);
      assert.equal(mixed.status, 404);
    }
    assert.equal((await a.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten`)).status, 404);
    assert.equal((await a.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten?${OBJECT_ID}=not-a-uuid`)).status, 404);
    assert.deepEqual(ki.requestsFor(RESIDENT_B.bsn).map((e) => e.path), []);
    assert.equal(ki.state.log.length, 0);
    // B sees B's own question and its answer.
    const own = await (await list(b, RESIDENT_B.zaken[0])).json();
    assert.deepEqual(own.results.map((r) => r.inhoud), ['Vraag van B over haar bezwaar', 'Antwoord aan B']);
  });

  it('A asks a question: the gateway builds klantcontact, betrokkene (A’s partij) and onderwerpobject; A sees it in the list', async () => {
    ki.clear();
    const res = await ask(a, question(RESIDENT_A.zaken[1], 'Heeft u mijn bankafschrift ontvangen?'));
    assert.equal(res.status, 201);
    const answer = await res.json();
    assert.deepEqual(Object.keys(answer), ['klantcontact', 'onderwerpobject'], 'the spec’s MaakKlantcontact shape, without the betrokkene');
    const created = answer.klantcontact;
    assert.equal(created.inhoud, 'Heeft u mijn bankafschrift ontvangen?');
    assert.equal(answer.onderwerpobject.onderwerpobjectidentificator.objectId, RESIDENT_A.zaken[1]);
    const owners = ki.ownersOf(created.uuid);
    assert.deepEqual([...owners], [RESIDENT_A.bsn]);
    const subject = [...ki.onderwerpobjecten.values()].find((o) => o.klantcontact?.uuid === created.uuid);
    assert.deepEqual(subject.onderwerpobjectidentificator, { objectId: RESIDENT_A.zaken[1], codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' });
    const listed = await (await list(a, RESIDENT_A.zaken[1])).json();
    assert.deepEqual(listed.results.map((r) => r.uuid), [created.uuid]);
    assert.equal(ki.requestsFor(RESIDENT_B.bsn).length, 0);
    const log = chain.logLines.join('\n');
    assert.match(log, /"target":"maak-klantcontact"/);
    assert.ok(!log.includes(RESIDENT_A.bsn) && !log.includes('bankafschrift ontvangen') && !log.includes(ki.token), 'no BSN, question text or token in the log');
  });

  it('who asked is the gateway’s: a betrokkene, partij or any unknown field from the browser is refused; maxLength is enforced', async () => {
    const before = ki.klantcontacten.size;
    const z = RESIDENT_A.zaken[1];
    for (const body of [
      { ...question(z), betrokkene: { wasPartij: { uuid: [...ki.partijen.keys()][1] }, rol: 'klant', initiator: true } },
      { klantcontact: { inhoud: 'x', hadBetrokkenActoren: [] }, onderwerpobject: question(z).onderwerpobject },
      { klantcontact: { inhoud: 'x' }, onderwerpobject: { ...question(z).onderwerpobject, wasKlantcontact: { uuid: [...ki.klantcontacten.keys()][0] } } },
      question(z, 'x'.repeat(1001)),
      question(z, '   '),
      'not json',
    ]) {
      const res = await ask(a, body);
      assert.equal(res.status, 400, JSON.stringify(body).slice(0, 120));
      assert.match(res.headers.get('content-type'), /problem\+json/);
    }
    assert.equal(ki.klantcontacten.size, before);
  });

  it("A cannot ask on B's zaak (or a zaak of nobody): the constant 404 and Open Klant hears nothing", async () => {
    ki.clear();
    for (const z of [...RESIDENT_B.zaken, MISSING_ZAAK]) {
      const res = await ask(a, question(z));
      assert.equal(res.status, 404);
      assert.equal(await res.text(), missing);
    }
    assert.equal(ki.state.log.length, 0);
  });

  it('a failing later step removes the klantcontact (nothing half-made stays behind)', async () => {
    const before = ki.klantcontacten.size;
    const betrokkenen = ki.betrokkenen.size;
    for (const step of ['betrokkenen', 'onderwerpobjecten']) {
      ki.state.failPost = step;
      const res = await ask(a, question(RESIDENT_A.zaken[0]));
      assert.equal(res.status, 502, step);
      assert.equal(ki.klantcontacten.size, before, step);
      assert.equal(ki.betrokkenen.size, betrokkenen, step);
    }
    ki.state.failPost = undefined;
  });

  it('a resident without a partij in Open Klant gets one, identified by BSN, and then sees the question', async () => {
    // B's partij is taken away: the gateway finds none and creates it with a partij-identificator.
    const bPartij = [...ki.partijen.keys()].find((u) => [...ki.klantcontacten.keys()].some((k) => ki.ownersOf(k).has(RESIDENT_B.bsn) && [...ki.betrokkenen.values()].some((x) => x.hadKlantcontact.uuid === k && x.wasPartij?.uuid === u)));
    assert.ok(bPartij);
    const partijen = ki.partijen.size;
    ki.partijen.delete(bPartij);
    const res = await ask(b, question(RESIDENT_B.zaken[1], 'Vraag van B zonder partij'));
    assert.equal(res.status, 201);
    const created = (await res.json()).klantcontact;
    assert.ok(ki.ownersOf(created.uuid).has(RESIDENT_B.bsn));
    assert.equal(ki.partijen.size, partijen, 'a new partij instead of the removed one');
    const listed = await (await list(b, RESIDENT_B.zaken[1])).json();
    assert.deepEqual(listed.results.map((r) => r.inhoud), ['Vraag van B zonder partij']);
  });

  it('the two-step form: POST klantcontacten, then POST onderwerpobjecten; only the maker can attach or withdraw it, only to their own zaak', async () => {
    const json = { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url };
    const start = (browser, body) => browser.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten`, { method: 'POST', body: JSON.stringify(body), headers: json });
    const attach = (browser, kc, zaak, extra = {}) =>
      browser.fetch(`${chain.base}/klantinteracties/api/v1/onderwerpobjecten`, { method: 'POST', body: JSON.stringify({ klantcontact: { uuid: kc }, onderwerpobjectidentificator: { objectId: zaak, codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid' }, ...extra }), headers: json });
    const withdraw = (browser, kc) => browser.fetch(`${chain.base}/klantinteracties/api/v1/klantcontacten/${kc}`, { method: 'DELETE', headers: json });
    assert.equal((await start(a, { inhoud: 'x'.repeat(1001) })).status, 400);
    assert.equal((await start(a, { inhoud: 'x', hadBetrokkenen: [] })).status, 400);
    const res = await start(a, { inhoud: 'Twee stappen', kanaal: 'telefoon' });
    assert.equal(res.status, 201);
    const kc = (await res.json()).uuid;
    assert.ok(ki.ownersOf(kc).has(RESIDENT_A.bsn));
    assert.equal(ki.klantcontacten.get(kc).kanaal, 'website', 'kanaal is the gateway’s');
    // Someone else's pending question, or a question attached elsewhere: the 404; Open Klant hears nothing.
    ki.clear();
    const bRes = await start(b, { inhoud: 'B wacht' });
    const bKc = (await bRes.json()).uuid;
    ki.clear();
    assert.equal((await attach(a, bKc, RESIDENT_A.zaken[0])).status, 404);
    assert.equal((await withdraw(a, bKc)).status, 404);
    assert.equal((await attach(a, kc, RESIDENT_B.zaken[0])).status, 404);
    assert.equal((await attach(a, kc, RESIDENT_A.zaken[0], { wasKlantcontact: { uuid: kc } })).status, 400);
    assert.equal(ki.state.log.length, 0);
    const attached = await attach(a, kc, RESIDENT_A.zaken[2]);
    assert.equal(attached.status, 201);
    const listed = await (await list(a, RESIDENT_A.zaken[2])).json();
    assert.ok(listed.results.some((r) => r.uuid === kc));
    assert.equal((await attach(a, kc, RESIDENT_A.zaken[2])).status, 404, 'attached once');
    assert.equal((await withdraw(a, kc)).status, 404, 'no longer pending');
    // B's cookie in A's browser counts for nothing: it is bound to B's session.
    a.setCookie(chain.url, '__Host-mijn-zaken-questions', b.cookie(chain.url, '__Host-mijn-zaken-questions'));
    ki.clear();
    assert.equal((await attach(a, bKc, RESIDENT_A.zaken[0])).status, 404);
    assert.equal((await withdraw(a, bKc)).status, 404);
    assert.equal(ki.state.log.length, 0);
    // B withdraws B's own pending question: it is gone from Open Klant.
    assert.equal((await withdraw(b, bKc)).status, 204);
    assert.equal(ki.klantcontacten.has(bKc), false);
    assert.equal([...ki.betrokkenen.values()].some((x) => x.hadKlantcontact.uuid === bKc), false);
  });

  it('CSRF: asking without X-Mijn-Zaken or from a foreign Origin is a 403 and reaches nothing', async () => {
    ki.clear();
    for (const headers of [{ 'x-mijn-zaken': '' }, { origin: 'https://evil.example' }, { origin: 'null' }]) {
      const res = await ask(a, question(RESIDENT_A.zaken[0]), headers);
      assert.equal(res.status, 403, JSON.stringify(headers));
      for (const [method, path, body] of [
        ['POST', 'klantcontacten', JSON.stringify({ inhoud: 'x' })],
        ['POST', 'onderwerpobjecten', JSON.stringify({ klantcontact: { uuid: RESIDENT_A.zaken[0] } })],
        ['DELETE', `klantcontacten/${RESIDENT_A.zaken[0]}`, undefined],
      ]) {
        const r = await a.fetch(`${chain.base}/klantinteracties/api/v1/${path}`, { method, body, headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url, ...headers } });
        assert.equal(r.status, 403, `${method} ${path} ${JSON.stringify(headers)}`);
      }
    }
    assert.equal((await fetch(`${chain.base}/klantinteracties/api/v1/maak-klantcontact`, { method: 'POST', body: JSON.stringify(question(RESIDENT_A.zaken[0])), headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url } })).status, 401);
    assert.equal(ki.state.log.length, 0);
  });
});
