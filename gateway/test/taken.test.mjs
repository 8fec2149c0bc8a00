// Tasks (CONTRACT 8 and 10, Open VTB Taken API): served only when TAKEN_URL is set, only for the
// person's own zaken (by the TAKEN_ZAAK_URN of one of their zaken) and only tasks assigned to them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CO_APPLICANT_BSN, ZAAK_URN, startTaken } from '../dev/taken-standin.mjs';
import { RESIDENT_A, RESIDENT_B, loggedIn, missingAnswer, resourcesOf, startChain } from './support.mjs';

describe('tasks (Taken API)', () => {
  let taken;
  let chain;
  let a;
  let urn;
  let missing;
  before(async () => {
    taken = await startTaken();
    chain = await startChain({ env: { TAKEN_URL: taken.root, TAKEN_TOKEN: taken.token, TAKEN_ZAAK_URN: ZAAK_URN, TAKEN_TASK_URL: 'https://mijn.gemeente.example/taken/{uuid}' } });
    a = await loggedIn(chain, RESIDENT_A);
    const { world } = await resourcesOf(RESIDENT_A);
    urn = (zaak) => ZAAK_URN.replace('{identificatie}', world.zaken.get(zaak).identificatie);
    missing = await missingAnswer(chain, a);
  });
  after(async () => {
    await chain?.close();
    await taken?.close();
  });

  const T = () => `${chain.base}/taken/api/v1/externetaken`;

  it('capabilities announce tasks with the zaak URN scheme', async () => {
    const res = await a.fetch(`${chain.base}/mijn-zaken/v1/capabilities`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { version: 1, tasks: { zaakUrn: ZAAK_URN, taskUrl: 'https://mijn.gemeente.example/taken/{uuid}' } });
    assert.equal((await fetch(`${chain.base}/mijn-zaken/v1/capabilities`)).status, 401);
  });

  it("A lists the open tasks of their own zaak: only those assigned to A (not the co-applicant's), with the Taken token", async () => {
    taken.clear();
    const res = await a.fetch(`${T()}?isGerelateerdAan=${encodeURIComponent(urn(RESIDENT_A.zaken[0]))}&status=open`);
    assert.equal(res.status, 200);
    const list = (await res.json()).results;
    assert.equal(list.length, 1);
    assert.equal(list[0].isToegewezenAan, `urn:nld:brp:bsn:${RESIDENT_A.bsn}`);
    const [req] = taken.state.log;
    assert.equal(req.headers.authorization, `Token ${taken.token}`);
    assert.equal(new URLSearchParams(req.query).get('isToegewezenAan'), `urn:nld:brp:bsn:${RESIDENT_A.bsn}`);
    assert.equal(taken.requestsFor(CO_APPLICANT_BSN).length, 0);
    const detail = await a.fetch(`${T()}/${list[0].uuid}`);
    assert.equal(detail.status, 200);
  });

  it("B's tasks, by zaak URN or by task UUID, and the co-applicant's task on A's zaak are the 404; the Taken API never hears of them", async () => {
    taken.clear();
    const theirs = taken.tasks().filter((t) => t.owner !== RESIDENT_A.bsn);
    assert.ok(theirs.length >= 7);
    for (const t of theirs) {
      const res = await a.fetch(`${T()}/${t.uuid}`);
      assert.equal(res.status, 404, t.uuid);
      assert.equal(await res.text(), missing);
    }
    for (const z of RESIDENT_B.zaken) {
      for (const q of [`isGerelateerdAan=${encodeURIComponent(urn(z))}`, `isGerelateerdAan=${encodeURIComponent(urn(RESIDENT_A.zaken[0]))}&isGerelateerdAan=${encodeURIComponent(urn(z))}`, `isGerelateerdAan=${encodeURIComponent(urn(z))}&isToegewezenAan=urn:nld:brp:bsn:${RESIDENT_B.bsn}`]) {
        const res = await a.fetch(`${T()}?${q}`);
        assert.equal(res.status, 404, q);
        assert.equal(await res.text(), missing);
      }
    }
    assert.equal((await a.fetch(T())).status, 404, 'no list without a zaak');
    assert.deepEqual(taken.requestsFor(RESIDENT_B.bsn).map((e) => e.path), []);
    assert.deepEqual(taken.requestsFor(CO_APPLICANT_BSN).map((e) => e.path), []);
  });

  it('without TAKEN_URL the task paths and capabilities are the 404', async () => {
    const plain = await startChain();
    try {
      const b = await loggedIn(plain, RESIDENT_A);
      assert.equal((await b.fetch(`${plain.base}/mijn-zaken/v1/capabilities`)).status, 404);
      const res = await b.fetch(`${plain.base}/taken/api/v1/externetaken?isGerelateerdAan=${encodeURIComponent(urn(RESIDENT_A.zaken[0]))}`);
      assert.equal(res.status, 404);
    } finally {
      await plain.close();
    }
  });
});
