// Live updates (CONTRACT 9, 10): the Notificaties callback and the event stream. Real OpenID login,
// the strict Open Zaak stand-in (with rollen), a real redis-server for the two-instance case, and an
// Open Notificaties stand-in for the abonnement. A notification names a zaak; who hears of it is
// found out from Open Zaak with the read rules, never from the notification.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { SESSION_COOKIE, SessionCodec } from '../dist/index.js';
import { startNotificaties } from '../dev/notificaties-standin.mjs';
import { startOpenZaak } from '../dev/openzaak-standin.mjs';
import { MISSING_ZAAK, RESIDENT_A, RESIDENT_B, SESSION_SECRET, ZGW_CLIENT, ZGW_SECRET, hasRedis, loggedIn, resourcesOf, startChain, startRedis } from './support.mjs';

const AUTH = 'Bearer callback-token-for-tests-0123456789abcdef';
const EVENTS_ENV = { NOTIFICATIONS_CALLBACK_AUTH: AUTH, EVENTS_HEARTBEAT_SECONDS: '1' };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An EventSource stand-in: one GET, the frames parsed as they come. */
function openStream(base, cookie, path = '/mijn-zaken/v1/events') {
  const u = new URL(`${base}${path}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } }, (res) => {
      const stream = { status: res.statusCode, headers: res.headers, text: '', frames: [], events: [], ended: false, close: () => req.destroy() };
      let rest = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        stream.text += chunk;
        const parts = (rest + chunk).split('\n\n');
        rest = parts.pop() ?? '';
        for (const part of parts) {
          const frame = {};
          for (const line of part.split('\n')) {
            const i = line.indexOf(':');
            const key = i < 0 ? line : line.slice(0, i);
            frame[key || 'comment'] = line.slice(i + 1).replace(/^ /, '');
          }
          stream.frames.push(frame);
          if (frame.event === 'zaak') stream.events.push(JSON.parse(frame.data));
        }
      });
      res.on('end', () => (stream.ended = true));
      res.on('close', () => (stream.ended = true));
      resolve(stream);
    });
    req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

async function until(check, what, ms = 5000) {
  const t0 = Date.now();
  while (!check()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** `authorization`: null sends none. */
const notify = (base, body, authorization = AUTH, headers = {}) =>
  fetch(`${base}/notificaties/callback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A status notification for a zaak, as Open Zaak sends it. */
const statusNote = (oz, zaak, extra = {}) => ({
  kanaal: 'zaken',
  hoofdObject: `${oz.roots.zaken}/zaken/${zaak}`,
  resource: 'status',
  resourceUrl: `${oz.roots.zaken}/statussen/${crypto.randomUUID()}`,
  actie: 'create',
  aanmaakdatum: '2026-12-01T10:00:00Z',
  kenmerken: { bronorganisatie: '003312604', vertrouwelijkheidaanduiding: 'openbaar' },
  ...extra,
});

const handled = (chain) => chain.logLines.filter((l) => /"msg":"notification( not handled)?"/.test(l)).length;

/** Posts and waits until the gateway has handled it (its one log line per notification). */
async function notifyAndWait(chain, body, base = chain.base) {
  const before = handled(chain);
  const res = await notify(base, body);
  assert.equal(res.status, 204);
  await until(() => handled(chain) > before, 'the notification to be handled');
}

async function session(chain, resident) {
  const b = await loggedIn(chain, resident);
  return { browser: b, cookie: `${SESSION_COOKIE}=${b.cookie(chain.base, SESSION_COOKIE)}` };
}

describe('the callback and the stream on one instance', () => {
  let chain;
  let a;
  let b;
  before(async () => {
    chain = await startChain({ env: EVENTS_ENV });
    a = await session(chain, RESIDENT_A);
    b = await session(chain, RESIDENT_B);
  });
  after(async () => chain?.close());

  it('capabilities announce events', async () => {
    const res = await fetch(`${chain.base}/mijn-zaken/v1/capabilities`, { headers: { cookie: a.cookie } });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { version: 1, events: true });
  });

  it('the stream needs a session: 401 without, with a forged cookie, and takes no query', async () => {
    const none = await openStream(chain.base);
    assert.equal(none.status, 401);
    assert.match(none.headers['content-type'], /problem\+json/);
    const forged = await openStream(chain.base, `${SESSION_COOKIE}=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z`);
    assert.equal(forged.status, 401);
    const query = await openStream(chain.base, a.cookie, '/mijn-zaken/v1/events?x=1');
    assert.equal(query.status, 400);
  });

  it('the stream: text/event-stream, retry first, heartbeats, no-store and the security headers', async () => {
    const s = await openStream(chain.base, a.cookie);
    try {
      assert.equal(s.status, 200);
      assert.match(s.headers['content-type'], /^text\/event-stream/);
      assert.match(s.headers['cache-control'], /no-store/);
      assert.equal(s.headers['x-content-type-options'], 'nosniff');
      await until(() => s.frames.length >= 2, 'a heartbeat', 3000);
      assert.equal(s.frames[0].retry, '10000');
      assert.ok(s.frames.slice(1).every((f) => 'comment' in f && !f.event), 'heartbeats are comments');
    } finally {
      s.close();
    }
  });

  it('the callback refuses a missing, wrong or almost right Authorization with 403, before reading the body', async () => {
    const note = statusNote(chain.openzaak, RESIDENT_A.zaken[0]);
    for (const auth of [null, '', 'Bearer wrong', AUTH.slice(0, -1), `Token ${AUTH.slice(7)}`, AUTH.slice(7), AUTH.toLowerCase(), `${AUTH}x`]) {
      const res = await notify(chain.base, note, auth);
      assert.equal(res.status, 403, `Authorization ${JSON.stringify(auth)}`);
      assert.equal((await res.json()).code, 'permission_denied');
    }
    // A browser with a session cannot post one either.
    const withCookie = await notify(chain.base, note, null, { cookie: a.cookie, 'x-mijn-zaken': '1', origin: chain.url });
    assert.equal(withCookie.status, 403);
    assert.ok(!chain.logLines.some((l) => l.includes(AUTH.slice(7))), 'the token is never logged');
  });

  it('the callback validates the message (notificaties-1.0.0 Message) and answers 204', async () => {
    const good = statusNote(chain.openzaak, RESIDENT_A.zaken[0]);
    const bad = [
      'not json',
      '[]',
      { ...good, kanaal: undefined },
      { ...good, kanaal: 'x'.repeat(51) },
      { ...good, hoofdObject: 'geen url' },
      { ...good, hoofdObject: 'javascript:alert(1)' },
      { ...good, resource: '' },
      { ...good, resourceUrl: 42 },
      { ...good, actie: undefined },
      { ...good, aanmaakdatum: 'gisteren' },
      { ...good, aanmaakdatum: '2026-13-45T99:00:00Z' },
      { ...good, kenmerken: { a: 1 } },
      { ...good, kenmerken: ['x'] },
      { ...good, kenmerken: { a: 'x'.repeat(1001) } },
    ];
    for (const body of bad) {
      const res = await notify(chain.base, body);
      assert.equal(res.status, 400, JSON.stringify(body).slice(0, 80));
    }
    const big = await notify(chain.base, { ...good, kenmerken: { a: 'x'.repeat(900), ...Object.fromEntries(Array.from({ length: 90 }, (_, i) => [`k${i}`, 'x'.repeat(900)])) } });
    assert.equal(big.status, 413);
    // Open Notificaties' own check when an abonnement is saved: kanaal `test`, 204, nobody hears of it.
    await notifyAndWait(chain, { kanaal: 'test', hoofdObject: 'http://some.hoofdobject.nl/', resource: 'some_resource', resourceUrl: 'http://some.resource.nl/', actie: 'create', aanmaakdatum: '2019-01-01T12:00:00Z', kenmerken: {} });
  });

  it("a notification about B's zaak reaches B's stream and no one else's; Open Zaak is asked nothing about A", async () => {
    const sa = await openStream(chain.base, a.cookie);
    const sb = await openStream(chain.base, b.cookie);
    try {
      chain.openzaak.clear();
      const zaak = RESIDENT_B.zaken[1];
      await notifyAndWait(chain, statusNote(chain.openzaak, zaak));
      await until(() => sb.events.length === 1, "B's event");
      assert.deepEqual(sb.events, [{ zaak }]);
      assert.deepEqual(sa.events, []);
      assert.deepEqual(chain.openzaak.requestsFor(RESIDENT_A.bsn), [], 'no back-end request concerned A');
      assert.ok(chain.openzaak.state.log.some((e) => e.path === '/zaken/api/v1/rollen'), 'the rollen were read');
      // The log has no BSN.
      assert.ok(!chain.logLines.some((l) => l.includes(RESIDENT_B.bsn) || l.includes(RESIDENT_A.bsn)));
      // And A's own zaak reaches A only.
      await notifyAndWait(chain, statusNote(chain.openzaak, RESIDENT_A.zaken[0], { resource: 'zaak', resourceUrl: `${chain.openzaak.roots.zaken}/zaken/${RESIDENT_A.zaken[0]}`, actie: 'partial_update' }));
      await until(() => sa.events.length === 1, "A's event");
      assert.deepEqual(sa.events, [{ zaak: RESIDENT_A.zaken[0] }]);
      assert.equal(sb.events.length, 1);
    } finally {
      sa.close();
      sb.close();
    }
  });

  it("kenmerken, a foreign hoofdObject or an unknown zaak make no event (and no request elsewhere)", async () => {
    const sa = await openStream(chain.base, a.cookie);
    try {
      chain.openzaak.clear();
      const notes = [
        // The kenmerken claim A; the zaak is B's.
        statusNote(chain.openzaak, RESIDENT_B.zaken[0], { kenmerken: { bsn: RESIDENT_A.bsn, inpBsn: RESIDENT_A.bsn, zaak: RESIDENT_A.zaken[0] } }),
        // A's zaak on another host, and under another API root path.
        statusNote(chain.openzaak, RESIDENT_A.zaken[0], { hoofdObject: `http://127.0.0.2:1/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}` }),
        statusNote(chain.openzaak, RESIDENT_A.zaken[0], { hoofdObject: `${chain.openzaak.origin}/other/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}` }),
        statusNote(chain.openzaak, RESIDENT_A.zaken[0], { hoofdObject: `${chain.openzaak.roots.zaken}/zaken/${RESIDENT_A.zaken[0]}/../x` }),
        // A zaak nobody has; another kanaal; a zaak destroyed.
        statusNote(chain.openzaak, MISSING_ZAAK),
        statusNote(chain.openzaak, RESIDENT_A.zaken[0], { kanaal: 'besluiten' }),
        statusNote(chain.openzaak, RESIDENT_A.zaken[0], { resource: 'zaak', actie: 'destroy' }),
      ];
      for (const note of notes) await notifyAndWait(chain, note);
      await sleep(100);
      assert.deepEqual(sa.events, []);
      assert.deepEqual(chain.openzaak.requestsFor(RESIDENT_A.bsn), [], 'nothing was asked about A');
    } finally {
      sa.close();
    }
  });

  it('a rol alone is not enough: the scoped /zaken for that person must hold the zaak (the read rule)', async () => {
    const sa = await openStream(chain.base, a.cookie);
    const sb = await openStream(chain.base, b.cookie);
    try {
      // Open Zaak (here: a careless one) names A as initiator of B's zaak, and as a belanghebbende.
      chain.openzaak.state.extraRollen.push({ zaak: RESIDENT_B.zaken[2], bsn: RESIDENT_A.bsn, omschrijvingGeneriek: 'initiator' }, { zaak: RESIDENT_B.zaken[2], bsn: '111222333', omschrijvingGeneriek: 'belanghebbende' });
      chain.openzaak.state.sloppyRollen = true;
      await notifyAndWait(chain, statusNote(chain.openzaak, RESIDENT_B.zaken[2]));
      await until(() => sb.events.length === 1, "B's event");
      await sleep(100);
      assert.deepEqual(sa.events, [], "A's scoped /zaken does not hold B's zaak");
    } finally {
      chain.openzaak.state.extraRollen.length = 0;
      chain.openzaak.state.sloppyRollen = false;
      sa.close();
      sb.close();
    }
  });

  it('kanaal documenten: a document A may see makes an event for its zaak; a hidden one makes none', async () => {
    const { world } = await resourcesOf(RESIDENT_A);
    const docs = [...world.enkelvoudiginformatieobjecten.values()].filter((d) => RESIDENT_A.zaken.includes(world.zaakOf.get(d.url.split('/').pop())));
    const visible = docs.find((d) => d.status === 'definitief' && d.vertrouwelijkheidaanduiding === 'openbaar' && d.tonenAanInitiator !== false);
    const hidden = docs.find((d) => d.status !== 'definitief' || d.vertrouwelijkheidaanduiding !== 'openbaar' || d.tonenAanInitiator === false);
    assert.ok(visible && hidden, 'the fixtures have both kinds');
    const docNote = (d) => {
      const uuid = d.url.split('/').pop();
      const url = `${chain.openzaak.roots.documenten}/enkelvoudiginformatieobjecten/${uuid}`;
      return { kanaal: 'documenten', hoofdObject: url, resource: 'enkelvoudiginformatieobject', resourceUrl: url, actie: 'update', aanmaakdatum: '2026-12-01T10:00:00+01:00', kenmerken: {} };
    };
    const sa = await openStream(chain.base, a.cookie);
    try {
      await notifyAndWait(chain, docNote(hidden));
      await notifyAndWait(chain, docNote(visible));
      await until(() => sa.events.length >= 1, "A's event");
      await sleep(100);
      assert.deepEqual(sa.events, [{ zaak: world.zaakOf.get(visible.url.split('/').pop()) }]);
    } finally {
      sa.close();
    }
  });

  it('seeded fuzz: 300 mangled messages get 204, 400 or 413, never an error, and no event for A', async () => {
    const sa = await openStream(chain.base, a.cookie);
    try {
      let seed = 20261201;
      const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pick = (list) => list[Math.floor(rnd() * list.length)];
      const values = [null, true, 0, -1, 1e308, '', ' ', 'x'.repeat(2000), '\u0000', '\u202e', '<script>', '2026-02-30T25:61:00Z', [], {}, { __proto__: { x: 1 } }, [RESIDENT_A.bsn], RESIDENT_A.bsn,
        `${chain.openzaak.roots.zaken}/zaken/${RESIDENT_B.zaken[0]}`, `${chain.openzaak.roots.zaken}/zaken/${RESIDENT_A.zaken[0]}`.toUpperCase(), 'http://[::1', 'file:///etc/passwd'];
      const fields = ['kanaal', 'hoofdObject', 'resource', 'resourceUrl', 'actie', 'aanmaakdatum', 'kenmerken', 'source', '__proto__', 'constructor'];
      const before = handled(chain);
      let accepted = 0;
      for (let i = 0; i < 300; i++) {
        const note = statusNote(chain.openzaak, RESIDENT_B.zaken[i % 3], { kenmerken: { bsn: RESIDENT_A.bsn } });
        for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
          const field = pick(fields);
          if (rnd() < 0.2) delete note[field];
          else if (field === 'kenmerken' && rnd() < 0.5) note.kenmerken = { [pick(['__proto__', 'constructor', 'bsn', ''])]: pick(values) };
          else note[field] = pick(values);
        }
        const body = rnd() < 0.05 ? JSON.stringify(note).slice(0, Math.floor(rnd() * 80)) : JSON.stringify(note);
        const res = await notify(chain.base, body);
        assert.ok([204, 400, 413].includes(res.status), `${res.status} for ${body.slice(0, 120)}`);
        if (res.status === 204) accepted++;
      }
      assert.ok(accepted > 20 && accepted < 280, `both paths taken: ${accepted} accepted`);
      await until(() => handled(chain) >= before + accepted, 'every accepted notification to be handled', 20000);
      assert.deepEqual(sa.events, [], 'only B could be concerned');
      assert.ok(!chain.logLines.some((l) => /"level":50|gateway error/.test(l)), 'no error logged');
      assert.equal((await fetch(`${chain.base}/health`)).status, 200);
    } finally {
      sa.close();
    }
  });

  it('after logout the stream ends, no event comes, and the old cookie opens none', async () => {
    const c = await session(chain, RESIDENT_A);
    const s = await openStream(chain.base, c.cookie);
    assert.equal(s.status, 200);
    await c.browser.fetch(`${chain.base}/logout`, { method: 'POST' });
    await until(() => s.ended, 'the stream to end', 3000);
    await notifyAndWait(chain, statusNote(chain.openzaak, RESIDENT_A.zaken[1]));
    assert.deepEqual(s.events, []);
    assert.equal((await openStream(chain.base, c.cookie)).status, 401);
  });
});

describe('limits', () => {
  it('streams per session are limited (429 with Retry-After); the stream ends when the session expires', async () => {
    const chain = await startChain({ env: { ...EVENTS_ENV, EVENTS_PER_SESSION: '2', SESSION_IDLE_TIMEOUT: '60' } });
    const open = [];
    try {
      const a = await session(chain, RESIDENT_A);
      open.push(await openStream(chain.base, a.cookie), await openStream(chain.base, a.cookie));
      assert.deepEqual(open.map((s) => s.status), [200, 200]);
      const third = await openStream(chain.base, a.cookie);
      assert.equal(third.status, 429);
      assert.equal(third.headers['retry-after'], '10');
      open[0].close();
      await sleep(100);
      const again = await openStream(chain.base, a.cookie);
      open.push(again);
      assert.equal(again.status, 200, 'a closed stream frees its place');

      // A session last seen 58 s ago (idle timeout 60 s): its stream ends within about 2 s.
      const codec = new SessionCodec(SESSION_SECRET, 60, 7200);
      const t = Math.floor(Date.now() / 1000);
      const old = await codec.sealSession({ sid: 'old-session-for-expiry-test', kind: 'bsn', id: RESIDENT_A.bsn, auth: t - 58, seen: t - 58 });
      const s = await openStream(chain.base, `${SESSION_COOKIE}=${old}`);
      open.push(s);
      assert.equal(s.status, 200);
      const t0 = Date.now();
      await until(() => s.ended, 'the stream to end at the idle timeout', 5000);
      assert.ok(Date.now() - t0 < 4000);
    } finally {
      for (const s of open) s.close();
      await chain.close();
    }
  });

  it('the callback answers 204 before the lookups: a hanging Open Zaak does not hold Open Notificaties', async () => {
    const chain = await startChain({ env: { ...EVENTS_ENV, UPSTREAM_TIMEOUT_MS: '300' } });
    try {
      chain.openzaak.state.hang = true;
      const res = await notify(chain.base, statusNote(chain.openzaak, RESIDENT_A.zaken[0]));
      assert.equal(res.status, 204);
      await until(() => chain.logLines.some((l) => /"msg":"notification not handled"/.test(l)), 'the lookup to time out');
    } finally {
      chain.openzaak.state.hang = false;
      await chain.close();
    }
  });

  it('Open Notificaties is not throttled per address; a caller without the right Authorization is', async () => {
    const chain = await startChain({ env: { ...EVENTS_ENV, RATE_LIMIT_PER_ADDRESS: '5' } });
    try {
      const note = statusNote(chain.openzaak, MISSING_ZAAK);
      const good = [];
      for (let i = 0; i < 12; i++) good.push((await notify(chain.base, note)).status);
      assert.deepEqual(new Set(good), new Set([204]));
      const bad = [];
      for (let i = 0; i < 8; i++) bad.push((await notify(chain.base, note, 'Bearer guess')).status);
      assert.ok(bad.includes(403) && bad.includes(429), bad.join());
    } finally {
      await chain.close();
    }
  });

  it('configuration: bad values stop start-up; without NOTIFICATIONS_CALLBACK_AUTH its companions are refused', async () => {
    const { loadConfig } = await import('../dist/index.js');
    const base = { PUBLIC_URL: 'https://mijn.gemeente.example', SESSION_SECRET, OIDC_ISSUER: 'https://op.example', OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y', ZGW_ZAKEN_URL: 'https://oz.example/zaken/api/v1', ZGW_CATALOGI_URL: 'https://oz.example/catalogi/api/v1', ZGW_DOCUMENTEN_URL: 'https://oz.example/documenten/api/v1', ZGW_CLIENT_ID: 'gw', ZGW_SECRET };
    assert.equal(loadConfig(base).events, undefined);
    const on = loadConfig({ ...base, NOTIFICATIONS_CALLBACK_AUTH: AUTH });
    assert.equal(on.events.callbackUrl, 'https://mijn.gemeente.example/api/zgw/notificaties/callback');
    assert.equal(on.events.perSession, 4);
    for (const env of [
      { NOTIFICATIONS_CALLBACK_AUTH: 'Bearer short' },
      { NOTIFICATIONS_CALLBACK_AUTH: `${AUTH}\n` + 'x' },
      { NOTIFICATIONS_CALLBACK_AUTH: AUTH, NOTIFICATIES_URL: 'http://nrc.example/api/v1' },
      { NOTIFICATIONS_CALLBACK_AUTH: AUTH, NOTIFICATIONS_CALLBACK_URL: 'https://intern.example/elders' },
      { NOTIFICATIONS_CALLBACK_AUTH: AUTH, EVENTS_PER_SESSION: '0' },
      { NOTIFICATIES_URL: 'https://nrc.example/api/v1' },
    ]) {
      assert.throws(() => loadConfig({ ...base, ...env }), /NOTIFICATIONS_CALLBACK_AUTH|NOTIFICATIES_URL|NOTIFICATIONS_CALLBACK_URL|EVENTS_PER_SESSION/, JSON.stringify(env));
    }
    assert.equal(loadConfig({ ...base, NOTIFICATIONS_CALLBACK_AUTH: AUTH, NOTIFICATIONS_CALLBACK_URL: 'http://gateway.intern:8080/api/zgw/notificaties/callback' }).events.callbackUrl, 'http://gateway.intern:8080/api/zgw/notificaties/callback');
  });
});

describe('the abonnement and the whole chain: Open Zaak → Open Notificaties → gateway → stream', () => {
  it('registers at start-up (Open Notificaties checks the callback), then a new status reaches its resident', async () => {
    const nrc = await startNotificaties({ clients: { [ZGW_CLIENT]: ZGW_SECRET, openzaak: 'openzaak-secret-0123456789abcdef' } });
    const openzaak = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET }, notify: (message) => nrc.publish(message) });
    const chain = await startChain({ openzaak, env: { ...EVENTS_ENV, NOTIFICATIES_URL: nrc.root } });
    try {
      await until(() => nrc.state.abonnementen.size === 1, 'the abonnement');
      const [abonnement] = nrc.state.abonnementen.values();
      assert.equal(abonnement.callbackUrl, `${chain.base}/notificaties/callback`);
      assert.equal(abonnement.auth, AUTH);
      assert.deepEqual(abonnement.kanalen.map((k) => k.naam), ['zaken', 'documenten']);

      const a = await session(chain, RESIDENT_A);
      const s = await openStream(chain.base, a.cookie);
      try {
        const before = handled(chain);
        const done = await openzaak.nextStatus(RESIDENT_A.zaken[1]);
        assert.ok(done, 'the zaak had a next status');
        await until(() => s.events.length === 1, 'the event');
        assert.deepEqual(s.events, [{ zaak: RESIDENT_A.zaken[1] }]);
        assert.ok(handled(chain) > before);
        assert.ok(nrc.state.deliveries.every((d) => d.status === 204));
        // The new status is served to A at once.
        const zaakUrl = `${openzaak.roots.zaken}/zaken/${RESIDENT_A.zaken[1]}`;
        const list = await (await fetch(`${chain.base}/zaken/api/v1/statussen?zaak=${encodeURIComponent(zaakUrl)}`, { headers: { cookie: a.cookie } })).json();
        assert.ok(list.results.some((x) => x.url.endsWith(done.notification.resourceUrl.split('/').pop())));
      } finally {
        s.close();
      }

      // A restart finds its abonnement and updates it (a new token reaches Open Notificaties).
      await chain.close();
      const again = await startChain({ openzaak, port: new URL(chain.url).port * 1, env: { ...EVENTS_ENV, NOTIFICATIONS_CALLBACK_AUTH: `${AUTH}-rotated`, NOTIFICATIES_URL: nrc.root } });
      try {
        await until(() => [...nrc.state.abonnementen.values()][0]?.auth === `${AUTH}-rotated`, 'the updated abonnement');
        assert.equal(nrc.state.abonnementen.size, 1);
      } finally {
        await again.close();
      }
    } finally {
      await chain.close().catch(() => undefined);
      await openzaak.close();
      await nrc.close();
    }
  });
});

describe('two instances', () => {
  it('without Redis a notification reaches only the streams of the instance that got it (documented limit)', async () => {
    const one = await startChain({ env: EVENTS_ENV });
    const two = await startChain({ env: EVENTS_ENV, openzaak: one.openzaak, provider: one.provider });
    try {
      const a = await session(one, RESIDENT_A);
      const s = await openStream(one.base, a.cookie);
      await notifyAndWait(two, statusNote(one.openzaak, RESIDENT_A.zaken[0]));
      await sleep(200);
      assert.deepEqual(s.events, []);
      s.close();
    } finally {
      await two.close();
      await one.close();
    }
  });

  describe('through a real Redis', { skip: hasRedis ? false : 'no redis-server installed' }, () => {
    let redis;
    before(async () => {
      redis = await startRedis();
    });
    after(async () => redis?.stop());

    it('stream on instance 1, notification at instance 2: delivered; logout on 2 ends the stream on 1; B hears nothing', async () => {
      const env = { ...EVENTS_ENV, REDIS_URL: redis.url };
      const one = await startChain({ env });
      const two = await startChain({ env, openzaak: one.openzaak, provider: one.provider });
      try {
        const a = await session(one, RESIDENT_A);
        const b = await session(one, RESIDENT_B);
        const sa = await openStream(one.base, a.cookie);
        const sb = await openStream(two.base, b.cookie);
        await notifyAndWait(two, statusNote(one.openzaak, RESIDENT_A.zaken[2]));
        await until(() => sa.events.length === 1, 'the event on instance 1');
        assert.deepEqual(sa.events, [{ zaak: RESIDENT_A.zaken[2] }]);
        await sleep(100);
        assert.deepEqual(sb.events, []);

        // What Redis carries: a person key (HMAC), never the BSN.
        const monitor = spawn('redis-cli', ['-u', redis.url, 'subscribe', 'mz:events:v1']);
        let seen = '';
        monitor.stdout.on('data', (c) => (seen += c));
        await until(() => seen.includes('subscribe'), 'redis-cli to subscribe');
        await notifyAndWait(one, statusNote(one.openzaak, RESIDENT_B.zaken[0]));
        await until(() => sb.events.length === 1, "B's event on instance 2");
        await until(() => seen.includes(RESIDENT_B.zaken[0]), 'the message in redis-cli');
        monitor.kill();
        assert.ok(!seen.includes(RESIDENT_B.bsn) && !seen.includes(RESIDENT_A.bsn), 'no BSN on the bus');
        assert.match(seen, /"p":"[A-Za-z0-9_-]{43}"/);

        // Logout on instance 2 ends A's stream on instance 1.
        const logout = await fetch(`${two.base}/logout`, { method: 'POST', headers: { cookie: a.cookie }, redirect: 'manual' });
        assert.equal(logout.status, 303);
        await until(() => sa.ended, "A's stream on instance 1 to end", 3000);
        sb.close();
      } finally {
        await two.close();
        await one.close();
      }
    });
  });
});
