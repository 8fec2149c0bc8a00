// The mock gateway's robustness options (issue 5): shuffle=SEED, hostile=N|all with
// hostile-urls=keep|replace, mutate=SEED. Each is deterministic and leaves the default untouched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_ZAKEN } from '../../demo/gateway/index.mjs';
import { useGatewayServer } from './support/gateway-server.mjs';
import { CANARY, HOSTILE_TEXTS, HOSTILE_URLS, hash32, injectHostile, mutateBody, prng, shuffleDelay } from '../../demo/gateway/hostile.mjs';

const MOUNT = '/api/zgw';
const gateway = useGatewayServer({ mountPath: MOUNT });

const woz = DEMO_ZAKEN.find((zaak) => zaak.identificatie === 'ZAAK-2026-0000123');
const gw = gateway.url;
async function get(url) {
  const response = await fetch(url);
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/** Every string in a JSON value, with the key that holds it. */
function strings(value, key = '', out = []) {
  if (typeof value === 'string') out.push([key, value]);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, key, out));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => strings(v, k, out));
  return out;
}

describe('robustness scenarios', () => {
  it('shuffle=SEED delays each answer by a deterministic 0..shuffle-max ms from seed and path', async () => {
    assert.equal(shuffleDelay(3, '/zaken/api/v1/zaken', 30), shuffleDelay(3, '/zaken/api/v1/zaken', 30));
    const delays = Array.from({ length: 200 }, (_, i) => shuffleDelay(i, '/zaken/api/v1/zaken', 30));
    assert.ok(delays.every((ms) => ms >= 0 && ms <= 30));
    assert.ok(new Set(delays).size > 20, 'delays spread over the range');
    const slow = Array.from({ length: 50 }, (_, seed) => seed).find((seed) => shuffleDelay(seed, '/catalogi/api/v1/statustypen', 400) > 250);
    const t0 = performance.now();
    const r = await get(gw(`shuffle=${slow},shuffle-max=400`, '/catalogi/api/v1/statustypen'));
    assert.equal(r.status, 200);
    assert.ok(performance.now() - t0 >= 240);
    // The session id does not change the order.
    const plain = await get(gw('', '/catalogi/api/v1/statustypen'));
    assert.deepEqual(r.json, plain.json);
  });

  it('hostile=N puts payload N into every text field and keeps URLs, uuid and status (hostile-urls=keep)', async () => {
    const plain = (await get(gw('', `/zaken/api/v1/zaken/${woz.uuid}?expand=zaaktype,status,status.statustype`))).json;
    const hostile = (await get(gw('hostile=0', `/zaken/api/v1/zaken/${woz.uuid}?expand=zaaktype,status,status.statustype`))).json;
    const before = strings(plain);
    const afterwards = strings(hostile);
    assert.equal(afterwards.length, before.length);
    afterwards.forEach(([key, value], i) => {
      const original = before[i][1];
      if (/^https?:\/\//.test(original) || key === 'uuid' || key === 'status') assert.equal(value, original, key);
      else assert.equal(value, HOSTILE_TEXTS[0], key);
    });
    assert.ok(afterwards.filter(([, value]) => value === HOSTILE_TEXTS[0]).length > 10);
  });

  it('hostile=all gives each field the next payload; lists and problem+json too', async () => {
    const list = (await get(gw('hostile=all', '/catalogi/api/v1/statustypen'))).json;
    const used = new Set(strings(list).map(([, value]) => value).filter((value) => HOSTILE_TEXTS.includes(value)));
    assert.equal(used.size, HOSTILE_TEXTS.length);
    const problem = await get(gw('hostile=all,fail=503', '/zaken/api/v1/zaken'));
    assert.equal(problem.status, 503);
    assert.ok(HOSTILE_TEXTS.includes(problem.json.title));
  });

  it('hostile-urls=replace swaps URLs, uuid and status for URL payloads', async () => {
    const r = await get(gw('hostile=all,hostile-urls=replace', `/zaken/api/v1/zaken/${woz.uuid}`));
    assert.equal(r.status, 200);
    assert.ok(HOSTILE_URLS.includes(r.json.url));
    assert.ok(HOSTILE_URLS.includes(r.json.uuid));
    assert.ok(strings(r.json).every(([, value]) => !/^https:\/\/openzaak\./.test(value)));
    const single = (await get(gw('hostile=2,hostile-urls=replace', `/zaken/api/v1/zaken/${woz.uuid}`))).json;
    assert.equal(single.url, HOSTILE_URLS[2]);
  });

  it('the corpus: a canary in each script payload, no 9-digit run (BSN-like), valid JSON round trip', () => {
    assert.ok(HOSTILE_TEXTS.filter((payload) => payload.includes(CANARY)).length >= 8);
    for (const payload of [...HOSTILE_TEXTS, ...HOSTILE_URLS]) {
      assert.doesNotMatch(payload, /(^|[^0-9])\d{9}([^0-9]|$)/);
      assert.ok(typeof JSON.parse(JSON.stringify(payload)) === 'string');
    }
    assert.deepEqual(injectHostile({ a: 1, b: true, c: null, d: ['x'] }, { payload: 1, urls: 'keep' }), { a: 1, b: true, c: null, d: [HOSTILE_TEXTS[1]] });
  });

  it('mutate=SEED: deterministic per seed and request, different across seeds, still JSON', async () => {
    const path = `/zaken/api/v1/zaken/${woz.uuid}`;
    const a = await get(gw('mutate=1', path));
    const b = await get(gw('mutate=1,session=m1', path));
    const c = await get(gw('mutate=2', path));
    assert.equal(a.status, 200);
    assert.deepEqual(a.json, b.json);
    assert.notDeepEqual(a.json, c.json);
    const plain = (await get(gw('', path))).json;
    const changed = Array.from({ length: 20 }, (_, seed) => mutateBody(plain, seed, path)).filter((m) => JSON.stringify(m) !== JSON.stringify(plain));
    assert.ok(changed.length >= 15, 'most seeds change something');
    assert.equal(typeof hash32('x'), 'number');
    const random = prng(5);
    assert.ok(Array.from({ length: 100 }, random).every((x) => x >= 0 && x < 1));
  });

  it('without the options nothing changes; bad values are refused', async () => {
    for (const scenario of ['shuffle=-1', 'shuffle-max=5', 'hostile=999', 'hostile=x', 'hostile-urls=keep', 'hostile=1,hostile-urls=maybe', 'mutate=abc']) {
      const r = await get(gw(scenario, '/zaken/api/v1/zaken'));
      assert.equal(r.status, 400, scenario);
      assert.equal(r.json.code, 'invalid-scenario');
    }
  });
});
