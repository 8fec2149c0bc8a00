// The mock gateway's session log ({mount}/_log/{session}) is readable by anyone who reaches the demo
// server: it keeps no credential (only whether one came), and it stays bounded (sessions, entries per
// session, entries in all, fail-times counters; the oldest go first).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useGatewayServer } from './support/gateway-server.mjs';

const MOUNT = '/api/zgw';
const ZAKEN = '/zaken/api/v1/zaken';
const SECRET = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2VjcmV0LXNpZ25hdHVyZQ';

describe('session log keeps no credential', () => {
  const gateway = useGatewayServer();
  const logOf = async (session) => {
    const response = await fetch(`${gateway.origin}${MOUNT}/_log/${session}`);
    return { text: await response.clone().text(), json: await response.json() };
  };

  it('Authorization, Cookie and bearer values anywhere are logged as present (true), nothing more', async () => {
    await fetch(gateway.url('session=secret-1', `${ZAKEN}?access_token=${SECRET}&ordering=-startdatum&x=Bearer%20${SECRET}`), {
      headers: {
        Authorization: `Bearer ${SECRET}`,
        Cookie: `gateway-session=${SECRET}; other=1`,
        'X-Request-ID': `Bearer ${SECRET}`,
        'X-Correlation-ID': 'corr-7',
        Referer: `http://portal.example/page?access_token=${SECRET}`,
        'Accept-Language': 'nl',
      },
    });
    await fetch(gateway.url('session=secret-1', ZAKEN), { headers: { Authorization: `Basic ${Buffer.from(`user:${SECRET}`).toString('base64')}` } });
    const { text, json } = await logOf('secret-1');
    assert.equal(json.requests.length, 2);
    const [first, second] = json.requests;
    assert.equal(first.headers.authorization, true);
    assert.equal(first.headers.cookie, true);
    assert.equal(first.headers['x-request-id'], true);
    assert.equal(first.headers.referer, true);
    assert.equal(first.headers['x-correlation-id'], 'corr-7');
    assert.equal(first.headers['accept-language'], 'nl');
    assert.deepEqual(first.query, { access_token: true, ordering: '-startdatum', x: true });
    assert.equal(second.headers.authorization, true);
    assert.equal(second.headers.cookie, undefined);
    assert.ok(!text.includes(SECRET) && !text.includes('c2VjcmV0') && !text.includes(Buffer.from(`user:${SECRET}`).toString('base64')), text);
  });

  it('token=a|b: only those bearer tokens are let in (else 401), and the log names which one came by index', async () => {
    const scenario = 'token=first-token|second-token,session=token-1';
    const statuses = [];
    for (const authorization of ['Bearer first-token', 'Bearer second-token', 'Bearer wrong', undefined]) {
      const response = await fetch(gateway.url(scenario, ZAKEN), { headers: authorization ? { Authorization: authorization } : {} });
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [200, 200, 401, 401]);
    const { text, json } = await logOf('token-1');
    assert.deepEqual(json.requests.map((request) => request.token), [0, 1, null, null]);
    assert.ok(json.requests.every((request) => request.path === `${MOUNT}/token=hidden,session=token-1${ZAKEN}`));
    assert.ok(!text.includes('first-token') && !text.includes('second-token'), text);
    const bad = await fetch(gateway.url('token=no spaces', ZAKEN));
    assert.equal(bad.status, 400);
  });
});

describe('session log is bounded', () => {
  const limits = { sessions: 3, entriesPerSession: 5, entries: 12, counters: 2 };
  const gateway = useGatewayServer({ logLimits: limits });
  const logOf = async (session) => (await (await fetch(`${gateway.origin}${MOUNT}/_log/${session}`)).json()).requests;
  const hit = (session, page) => fetch(gateway.url(`session=${session}`, `${ZAKEN}?page=${page}`)).then((r) => r.arrayBuffer());

  it('keeps the newest entries of a session', async () => {
    for (let page = 1; page <= 8; page += 1) await hit('cap-a', page);
    assert.deepEqual((await logOf('cap-a')).map((request) => request.query.page), ['4', '5', '6', '7', '8']);
  });

  it('keeps the most recently used sessions; the oldest is forgotten', async () => {
    await hit('lru-1', 1);
    await hit('lru-2', 1);
    await hit('lru-3', 1);
    await hit('lru-1', 2); // lru-1 is now newer than lru-2
    await hit('lru-4', 1);
    assert.equal((await logOf('lru-2')).length, 0);
    assert.equal((await logOf('lru-1')).length, 2);
    assert.equal((await logOf('lru-4')).length, 1);
  });

  it('keeps at most `entries` in all sessions, dropping the oldest sessions first', async () => {
    for (const session of ['all-1', 'all-2', 'all-3']) for (let page = 1; page <= 5; page += 1) await hit(session, page);
    // 15 entries > 12: all-1 goes, all-2 and all-3 stay whole.
    assert.equal((await logOf('all-1')).length, 0);
    assert.equal((await logOf('all-2')).length, 5);
    assert.equal((await logOf('all-3')).length, 5);
  });

  it('an evicted session with held barrier requests releases them (no request left hanging)', async () => {
    const held = fetch(gateway.url('session=held-1,barrier=60000', ZAKEN));
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const session of ['held-2', 'held-3', 'held-4']) await hit(session, 1);
    const answer = await Promise.race([held.then((r) => r.status), new Promise((resolve) => setTimeout(() => resolve('still held'), 2000))]);
    assert.equal(answer, 200);
  });

  it('fail-times counters without a session are bounded too', async () => {
    const status = (scenario) => fetch(gateway.url(scenario, ZAKEN)).then((r) => r.status);
    assert.equal(await status('fail=503,fail-times=1,page-size=10'), 503);
    assert.equal(await status('fail=503,fail-times=1,page-size=10'), 200);
    assert.equal(await status('fail=503,fail-times=1,page-size=11'), 503);
    assert.equal(await status('fail=503,fail-times=1,page-size=12'), 503);
    // Only 2 counters are kept: the first scenario's was forgotten, so it fails once more.
    assert.equal(await status('fail=503,fail-times=1,page-size=10'), 503);
  });
});
