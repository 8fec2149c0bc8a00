// Authorization (CONTRACT 10): resident A (999993653) is logged in through the real OpenID
// Provider and asks for resident B's (999990019) data in every way we could think of. Each answer
// must be the one 404 a missing zaak gets, and the Open Zaak stand-in must never have seen a
// request that concerns B.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Browser, MISSING_ZAAK, RESIDENT_A, RESIDENT_B, rawRequest, resourcesOf, startChain } from './support.mjs';

describe('authorization: resident A never reaches resident B', () => {
  let chain;
  let a;
  let A;
  let B;
  let missing;
  let Z;
  let D;
  let C;

  before(async () => {
    chain = await startChain();
    a = new Browser();
    const { res } = await a.login(chain.base, RESIDENT_A.login);
    assert.equal(new URL(res.url || `${chain.url}/mijn-zaken`).pathname, '/mijn-zaken');
    A = await resourcesOf(RESIDENT_A);
    B = await resourcesOf(RESIDENT_B);
    const oz = chain.openzaak.roots;
    Z = `${chain.base}/zaken/api/v1`;
    D = `${chain.base}/documenten/api/v1`;
    C = `${chain.base}/catalogi/api/v1`;
    const m = await a.fetch(`${Z}/zaken/${MISSING_ZAAK}`);
    missing = { status: m.status, type: m.headers.get('content-type'), body: await m.text() };
    assert.equal(missing.status, 404);
    void oz;
  });
  after(async () => chain?.close());

  const assertLikeMissing = async (res, what) => {
    const body = await res.text();
    assert.equal(res.status, 404, `${what}: status ${res.status} ${body.slice(0, 200)}`);
    assert.equal(res.headers.get('content-type'), missing.type, `${what}: content type`);
    assert.equal(body, missing.body, `${what}: body differs from a missing zaak`);
  };
  const assertNothingForB = (what) => {
    const seen = chain.openzaak.requestsFor(RESIDENT_B.bsn);
    assert.deepEqual(seen.map((e) => `${e.path}?${new URLSearchParams(e.query)}`), [], `${what}: the back end saw requests for B`);
  };

  it('A sees only their own zaken, scoped by the gateway with their BSN and rol initiator', async () => {
    chain.openzaak.clear();
    const res = await a.fetch(`${Z}/zaken?expand=zaaktype,status,status.statustype,resultaat,resultaat.resultaattype`);
    assert.equal(res.status, 200);
    const page = await res.json();
    assert.deepEqual(page.results.map((z) => z.uuid).sort(), [...RESIDENT_A.zaken].sort());
    const [req] = chain.openzaak.state.log.filter((e) => e.path === '/zaken/api/v1/zaken');
    const q = new URLSearchParams(req.query);
    assert.deepEqual(q.getAll('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'), [RESIDENT_A.bsn]);
    assert.deepEqual(q.getAll('rol__omschrijvingGeneriek'), ['initiator']);
    assert.ok(page.results.every((z) => z._expand && z._expand.zaaktype), 'expand is passed on');
  });

  it('rol__ filters from the browser are dropped: B\'s BSN in the query still gives A\'s zaken', async () => {
    chain.openzaak.clear();
    const res = await a.fetch(`${Z}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${RESIDENT_B.bsn}&rol__omschrijvingGeneriek=behandelaar`);
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).results.map((z) => z.uuid).sort(), [...RESIDENT_A.zaken].sort());
    assertNothingForB('rol filter');
  });

  it("B's zaaknummer in ?identificatie= finds nothing (the list stays scoped to A)", async () => {
    const res = await a.fetch(`${Z}/zaken?identificatie=ZAAK-2026-0000311`);
    assert.equal(res.status, 200);
    const page = await res.json();
    assert.equal(page.count, 0);
    assert.deepEqual(page.results, []);
  });

  it('ETag comes back and If-None-Match goes to the back end (live updates, CONTRACT 9)', async () => {
    chain.openzaak.clear();
    const first = await a.fetch(`${Z}/zaken/${RESIDENT_A.zaken[1]}`);
    const etag = first.headers.get('etag');
    assert.match(etag, /^"[0-9a-f]+"$/);
    await a.fetch(`${Z}/zaken/${RESIDENT_A.zaken[1]}`, { headers: { 'if-none-match': etag } });
    const seen = chain.openzaak.state.log.filter((e) => e.path.endsWith(RESIDENT_A.zaken[1]));
    assert.equal(seen.at(-1).headers['if-none-match'], etag);
  });

  it('pages: `next` keeps working through the gateway and carries no BSN', async () => {
    const first = await a.fetch(`${Z}/zaken?pageSize=3&ordering=identificatie`);
    const page1 = await first.json();
    assert.equal(page1.count, RESIDENT_A.zaken.length);
    assert.ok(page1.next, 'a second page');
    assert.doesNotMatch(page1.next, /rol__|999993653/);
    const second = await a.fetch(`${Z}/zaken?${new URL(page1.next).searchParams}`);
    const page2 = await second.json();
    assert.deepEqual([...page1.results, ...page2.results].map((z) => z.uuid).sort(), [...RESIDENT_A.zaken].sort());
  });

  it('expand is limited to the contract list (rollen never reach the back end)', async () => {
    chain.openzaak.clear();
    const res = await a.fetch(`${Z}/zaken/${RESIDENT_A.zaken[0]}?expand=rollen,status,hoofdzaak.rollen`);
    assert.equal(res.status, 200);
    const req = chain.openzaak.state.log.find((e) => e.path.endsWith(RESIDENT_A.zaken[0]));
    assert.deepEqual(new URLSearchParams(req.query).get('expand'), 'status');
  });

  it("B's zaak, status, result, zaakinformatieobject, document and download by UUID: 404 like a missing zaak", async () => {
    chain.openzaak.clear();
    const urls = [
      ...B.zaken.map((u) => `${Z}/zaken/${u}`),
      ...B.zaken.map((u) => `${Z}/zaken/${u}?expand=status`),
      ...B.statussen.map((u) => `${Z}/statussen/${u}`),
      ...B.resultaten.map((u) => `${Z}/resultaten/${u}`),
      ...B.zaakinformatieobjecten.map((u) => `${Z}/zaakinformatieobjecten/${u}`),
      ...B.documenten.map((u) => `${D}/enkelvoudiginformatieobjecten/${u}`),
      ...B.documenten.map((u) => `${D}/enkelvoudiginformatieobjecten/${u}/download`),
      ...B.documenten.map((u) => `${D}/enkelvoudiginformatieobjecten/${u}/download?versie=1`),
    ];
    assert.ok(B.resultaten.length >= 1 && B.documenten.length >= 3 && B.statussen.length >= 3);
    for (const url of urls) await assertLikeMissing(await a.fetch(url), url);
    assertNothingForB('by uuid');
  });

  it("B's zaak named in filters (as a back-end URL, a gateway URL or a path), with rol__ and other filters added: 404", async () => {
    chain.openzaak.clear();
    const oz = chain.openzaak.roots.zaken;
    for (const uuid of B.zaken) {
      for (const zaakUrl of [`${oz}/zaken/${uuid}`, `${Z}/zaken/${uuid}`, `/zaken/api/v1/zaken/${uuid}`, `https://elders.example/zaken/${uuid}`]) {
        for (const list of ['statussen', 'resultaten', 'zaakinformatieobjecten']) {
          const z = encodeURIComponent(zaakUrl);
          await assertLikeMissing(await a.fetch(`${Z}/${list}?zaak=${z}`), `${list} ${zaakUrl}`);
          await assertLikeMissing(await a.fetch(`${Z}/${list}?zaak=${z}&rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${RESIDENT_B.bsn}`), `${list} + rol`);
          await assertLikeMissing(await a.fetch(`${Z}/${list}?zaak=${z}&page=1&pageSize=100`), `${list} + page`);
        }
      }
      await assertLikeMissing(await a.fetch(`${Z}/zaken/${uuid}?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${RESIDENT_B.bsn}`), 'zaak + rol');
      await assertLikeMissing(await a.fetch(`${Z}/zaken/${uuid}?identificatie=x&ordering=-startdatum`), 'zaak + other filters');
    }
    assertNothingForB('filters');
  });

  it('duplicated parameters: A\'s zaak plus B\'s zaak in one filter is the 404; duplicates on A\'s own data are a 400', async () => {
    chain.openzaak.clear();
    const mine = encodeURIComponent(`${chain.openzaak.roots.zaken}/zaken/${RESIDENT_A.zaken[0]}`);
    const theirs = encodeURIComponent(`${chain.openzaak.roots.zaken}/zaken/${B.zaken[0]}`);
    for (const list of ['statussen', 'resultaten', 'zaakinformatieobjecten']) {
      await assertLikeMissing(await a.fetch(`${Z}/${list}?zaak=${mine}&zaak=${theirs}`), `${list} A&B`);
      await assertLikeMissing(await a.fetch(`${Z}/${list}?zaak=${theirs}&zaak=${mine}`), `${list} B&A`);
    }
    await assertLikeMissing(await a.fetch(`${Z}/zaken/${B.zaken[0]}?expand=status&expand=zaaktype`), 'B zaak duplicated expand');
    const dup = await a.fetch(`${Z}/statussen?zaak=${mine}&zaak=${mine}`);
    assert.equal(dup.status, 400);
    assert.match(dup.headers.get('content-type'), /problem\+json/);
    const dup2 = await a.fetch(`${Z}/zaken?identificatie=a&identificatie=b`);
    assert.equal(dup2.status, 400);
    assertNothingForB('duplicates');
  });

  it('encoded slashes, dot segments, backslashes, doubled slashes and odd casing never reach B\'s data', async () => {
    chain.openzaak.clear();
    const own = RESIDENT_A.zaken[0];
    const theirs = B.zaken[0];
    const cookie = a.cookieHeader(chain.base);
    const paths = [
      `/api/zgw/zaken/api/v1/zaken/${own}/../${theirs}`,
      `/api/zgw/zaken/api/v1/zaken/${own}/..%2F${theirs}`,
      `/api/zgw/zaken/api/v1/zaken%2F${theirs}`,
      `/api/zgw/zaken/api/v1/zaken%2f${theirs}`,
      `/api/zgw/zaken%2Fapi%2Fv1%2Fzaken%2F${theirs}`,
      `/api/zgw/zaken/api/v1/zaken/%2e%2e/zaken/${theirs}`,
      `/api/zgw/zaken/api/v1/./zaken/${theirs}`,
      `/api/zgw/zaken/api/v1//zaken/${theirs}`,
      `/api/zgw/zaken/api/v1/zaken\\${theirs}`,
      `/api/zgw/zaken/api/v1/zaken/${theirs}/`,
      `/api/zgw/zaken/api/v1/zaken/${theirs.toUpperCase()}`,
      `/api/zgw/zaken/api/v1/zaken/${theirs};x=1`,
      `/api/zgw/zaken/api/v1/zaken/${theirs}%00`,
      `/api/zgw/zaken/api/v1/statussen/%2e%2e%2fzaken%2f${theirs}`,
      `/api/zgw/documenten/api/v1/enkelvoudiginformatieobjecten/${B.documenten[0]}/download/..`,
      `/api/zgw/documenten/api/v1/enkelvoudiginformatieobjecten/${B.documenten[0]}%2Fdownload`,
      `/api/zgw/zaken/api/v1/rollen?zaak=${theirs}`,
      `/api/zgw/zaken/api/v1/zaken/${theirs}/rollen`,
      `/api/zgw/catalogi/api/v1/../../zaken/api/v1/zaken/${theirs}`,
      `/api/zgw/../api/zgw/zaken/api/v1/zaken/${theirs}`,
    ];
    for (const path of paths) {
      const res = await rawRequest(chain.url, path, { headers: { cookie } });
      assert.equal(res.status, 404, `${path}: ${res.status} ${res.body.slice(0, 120)}`);
      assert.equal(res.body, missing.body, `${path}: body`);
      assert.equal(res.headers['content-type'], missing.type, `${path}: type`);
    }
    assertNothingForB('paths');
  });

  it('method overrides are ignored and never forwarded; hop-by-hop headers never reach the back end', async () => {
    chain.openzaak.clear();
    const theirs = B.zaken[0];
    for (const header of ['x-http-method-override', 'x-http-method', 'x-method-override']) {
      await assertLikeMissing(await a.fetch(`${Z}/zaken/${theirs}`, { headers: { [header]: 'DELETE' } }), header);
      await assertLikeMissing(await a.fetch(`${Z}/zaken/${theirs}?_method=GET`), '_method');
      const post = await a.fetch(`${Z}/zaken/${theirs}`, { method: 'POST', headers: { [header]: 'GET', 'x-mijn-zaken': '1', origin: chain.url } });
      await assertLikeMissing(post, `POST + ${header}: GET`);
    }
    const cookie = a.cookieHeader(chain.base);
    const hop = await rawRequest(chain.url, `/api/zgw/zaken/api/v1/zaken/${theirs}`, {
      headers: { cookie, connection: 'keep-alive, x-forwarded-for, authorization', 'keep-alive': 'timeout=5', te: 'trailers', 'proxy-authorization': 'Basic eDp5', upgrade: 'websocket', 'x-forwarded-for': '10.0.0.1' },
    });
    assert.equal(hop.status, 404);
    assert.equal(hop.body, missing.body);
    assertNothingForB('overrides and hop-by-hop');

    // On A's own zaak: the back end sees a plain GET with the gateway's credentials and none of these headers.
    chain.openzaak.clear();
    const own = await rawRequest(chain.url, `/api/zgw/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`, {
      headers: { cookie, connection: 'keep-alive, authorization', 'keep-alive': 'timeout=5', te: 'trailers', 'proxy-authorization': 'Basic eDp5', 'x-http-method-override': 'DELETE', 'x-forwarded-for': '10.0.0.1', authorization: 'Bearer from-the-browser' },
    });
    assert.equal(own.status, 200, own.body.slice(0, 200));
    const seen = chain.openzaak.state.log.find((e) => e.path.endsWith(RESIDENT_A.zaken[0]));
    assert.equal(seen.method, 'GET');
    for (const h of ['keep-alive', 'te', 'proxy-authorization', 'x-http-method-override', 'x-forwarded-for', 'upgrade', 'cookie']) assert.equal(seen.headers[h], undefined, h);
    assert.match(seen.headers.authorization, /^Bearer ey/);
    assert.notEqual(seen.headers.authorization, 'Bearer from-the-browser');
  });

  it("A's own documents: only definitief and not above MAX_CONFIDENTIALITY (openbaar); lists are filtered the same way", async () => {
    const w = A.world;
    const shown = [];
    const hidden = [];
    for (const uuid of A.documenten) {
      const doc = w.enkelvoudiginformatieobjecten.get(uuid);
      (doc.status === 'definitief' && doc.vertrouwelijkheidaanduiding === 'openbaar' ? shown : hidden).push(uuid);
    }
    assert.ok(shown.length > 3 && hidden.length >= 4, 'fixtures have both kinds');
    for (const uuid of shown) {
      const res = await a.fetch(`${D}/enkelvoudiginformatieobjecten/${uuid}`);
      assert.equal(res.status, 200, uuid);
      assert.equal((await res.json()).url.split('/').pop(), uuid);
    }
    for (const uuid of hidden) {
      await assertLikeMissing(await a.fetch(`${D}/enkelvoudiginformatieobjecten/${uuid}`), `hidden ${uuid}`);
      await assertLikeMissing(await a.fetch(`${D}/enkelvoudiginformatieobjecten/${uuid}/download`), `hidden download ${uuid}`);
    }
    let listed = [];
    for (const zaak of RESIDENT_A.zaken) {
      const zaakUrl = encodeURIComponent(`${chain.openzaak.roots.zaken}/zaken/${zaak}`);
      const res = await a.fetch(`${Z}/zaakinformatieobjecten?zaak=${zaakUrl}`);
      assert.equal(res.status, 200);
      listed = listed.concat((await res.json()).map((zio) => zio.informatieobject.split('/').pop()));
    }
    assert.deepEqual(listed.sort(), [...shown].sort());
  });

  it('downloads are streamed with attachment, nosniff and CSP sandbox', async () => {
    const uuid = A.documenten.find((u) => {
      const d = A.world.enkelvoudiginformatieobjecten.get(u);
      return d.status === 'definitief' && d.vertrouwelijkheidaanduiding === 'openbaar';
    });
    const res = await a.fetch(`${D}/enkelvoudiginformatieobjecten/${uuid}/download?versie=1`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-disposition'), /^attachment; filename="[^"]+"/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('content-security-policy'), 'sandbox');
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.equal(bytes.length, A.world.files.get(uuid).bytes.length);
    assert.ok(bytes.equals(A.world.files.get(uuid).bytes));
  });

  it("A's own statuses, result lists and timeline work; the catalogue is cached", async () => {
    const zaakUrl = `${chain.openzaak.roots.zaken}/zaken/${RESIDENT_A.zaken[0]}`;
    const st = await a.fetch(`${Z}/statussen?zaak=${encodeURIComponent(zaakUrl)}`);
    assert.equal(st.status, 200);
    const statussen = (await st.json()).results;
    assert.ok(statussen.length >= 2);
    for (const s of statussen) assert.equal((await a.fetch(`${Z}/statussen/${s.uuid}`)).status, 200, 'status detail of own zaak');
    const zaaktype = (await (await a.fetch(`${Z}/zaken/${RESIDENT_A.zaken[0]}`)).json()).zaaktype;
    chain.openzaak.clear();
    const first = await a.fetch(`${C}/statustypen?zaaktype=${encodeURIComponent(zaaktype)}`);
    assert.equal(first.status, 200);
    const second = await a.fetch(`${C}/statustypen?zaaktype=${encodeURIComponent(zaaktype)}`);
    assert.equal(second.status, 200);
    assert.equal(await first.text(), await second.text());
    assert.equal(chain.openzaak.state.log.filter((e) => e.path === '/catalogi/api/v1/statustypen').length, 1, 'second answer from the cache');
    assert.equal((await a.fetch(`${C}/zaaktypen/${zaaktype.split('/').pop()}`)).status, 200);
  });

  it('anything not on the list is the same 404 (other resources, other APIs, unknown paths)', async () => {
    chain.openzaak.clear();
    for (const p of [
      `${Z}/rollen`, `${Z}/zaakobjecten`, `${Z}/zaken/${RESIDENT_A.zaken[0]}/rollen`, `${C}/catalogussen`, `${C}/informatieobjecttypen`,
      `${D}/enkelvoudiginformatieobjecten`, `${chain.base}/besluiten/api/v1/besluiten`, `${chain.base}/klantinteracties/api/v1/klantcontacten`,
      `${chain.base}/taken/api/v1/externetaken`, `${chain.base}/mijn-zaken/v1/capabilities`, `${chain.base}/admin/`, `${chain.base}/zaken/api/v2/zaken`, `${chain.url}/`,
      `${chain.base}/zaken/api/v1/statussen`, `${chain.base}/zaken/api/v1/zaakinformatieobjecten`,
    ]) {
      await assertLikeMissing(await a.fetch(p), p);
    }
    assert.equal(chain.openzaak.state.log.length, 0, 'no back-end request for a path that is not served');
  });

  it('B, logged in too, gets their own zaken, and A\'s are the 404 for them', async () => {
    const b = new Browser();
    await b.login(chain.base, RESIDENT_B.login);
    const res = await b.fetch(`${Z}/zaken`);
    assert.deepEqual((await res.json()).results.map((z) => z.uuid).sort(), [...RESIDENT_B.zaken].sort());
    for (const u of RESIDENT_A.zaken) await assertLikeMissing(await b.fetch(`${Z}/zaken/${u}`), `B asks A's ${u}`);
    const resultaat = B.resultaten[0];
    assert.equal((await b.fetch(`${Z}/resultaten/${resultaat}`)).status, 200);
  });
});
