// Login and sessions (CONTRACT 10): the real authorization-code flow at oidc-provider, the cookie's
// attributes, open redirects, forged, expired and revoked sessions, the ZGW JWT towards Open Zaak.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { decodeJwt } from 'jose';
import { SessionCodec, SESSION_COOKIE } from '../dist/index.js';
import { startProvider } from '../dev/oidc-provider.mjs';
import { Browser, MISSING_ZAAK, OIDC_CLIENT, OIDC_SECRET, RESIDENT_A, SESSION_SECRET, ZGW_CLIENT, freePort, rawRequest, startChain } from './support.mjs';

const now = () => Math.floor(Date.now() / 1000);

describe('login and sessions', () => {
  let chain;
  before(async () => {
    chain = await startChain();
  });
  after(async () => chain?.close());

  it('an API request without a session is a 401 problem, for any path', async () => {
    for (const p of ['/zaken/api/v1/zaken', `/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`, '/nothing/here', '/zaken/api/v1/zaken%2F..']) {
      const res = await fetch(`${chain.base}${p}`);
      assert.equal(res.status, 401, p);
      assert.match(res.headers.get('content-type'), /application\/problem\+json/);
    }
    assert.equal(chain.openzaak.state.log.length, 0);
  });

  it('health answers without a session', async () => {
    const res = await fetch(`${chain.base}/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('login: authorization code with PKCE (S256), state and nonce; the session cookie is __Host-, HttpOnly, Secure, SameSite=Lax', async () => {
    const b = new Browser();
    const start = await b.fetch(`${chain.base}/login?returnTo=${encodeURIComponent('/mijn-zaken?x=1#top')}`);
    assert.equal(start.status, 303);
    const auth = new URL(start.headers.get('location'));
    assert.equal(auth.origin, chain.provider.issuer);
    assert.equal(auth.searchParams.get('response_type'), 'code');
    assert.equal(auth.searchParams.get('code_challenge_method'), 'S256');
    assert.match(auth.searchParams.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
    assert.ok(auth.searchParams.get('state') && auth.searchParams.get('nonce'));
    assert.equal(auth.searchParams.get('redirect_uri'), `${chain.url}/api/zgw/callback`);
    assert.match(auth.searchParams.get('scope'), /^openid\b/);

    const done = await b.login(chain.base, RESIDENT_A.login, '/mijn-zaken?x=1#top');
    assert.equal(done.url, `${chain.url}/mijn-zaken?x=1#top`);
    const set = b.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`) && !/Max-Age=0/.test(c));
    assert.ok(set, 'session cookie set');
    for (const attr of ['HttpOnly', 'Secure', 'SameSite=Lax', 'Path=/']) assert.ok(set.split(/;\s*/).includes(attr), `${attr} in ${set}`);
    assert.doesNotMatch(set, /Domain=/i);
    assert.doesNotMatch(set, new RegExp(RESIDENT_A.bsn), 'the BSN is not readable in the cookie');
    const res = await b.fetch(`${chain.base}/zaken/api/v1/zaken`);
    assert.equal(res.status, 200);
  });

  it('the gateway signs its requests to Open Zaak with a ZGW JWT: HS256, iss and client_id, iat, exp at most 5 minutes later', async () => {
    const b = new Browser();
    await b.login(chain.base, RESIDENT_A.login);
    chain.openzaak.clear();
    await b.fetch(`${chain.base}/zaken/api/v1/zaken`);
    const [req] = chain.openzaak.state.log;
    const token = req.headers.authorization.slice('Bearer '.length);
    const header = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString());
    const claims = decodeJwt(token);
    assert.equal(header.alg, 'HS256');
    assert.equal(claims.iss, ZGW_CLIENT);
    assert.equal(claims.client_id, ZGW_CLIENT);
    assert.ok(claims.exp - claims.iat <= 300 && claims.exp > now());
    assert.equal(req.headers['accept-crs'], 'EPSG:4326');
  });

  it('the strict stand-in refuses what Open Zaak refuses: no token 401, wrong secret / expired / no client_id 403', async () => {
    const { SignJWT } = await import('jose');
    const url = `${chain.openzaak.roots.zaken}/zaken`;
    const sign = (claims, secret = 'zgw-secret-for-tests-0123456789', exp = now() + 60) =>
      new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuer(ZGW_CLIENT).setIssuedAt(exp - 120).setExpirationTime(exp).sign(new TextEncoder().encode(secret));
    const headers = (t) => ({ authorization: `Bearer ${t}`, 'accept-crs': 'EPSG:4326' });
    assert.equal((await fetch(url, { headers: { 'accept-crs': 'EPSG:4326' } })).status, 401);
    assert.equal((await fetch(url, { headers: headers(await sign({ client_id: ZGW_CLIENT }, 'wrong-secret-0123456789')) })).status, 403);
    assert.equal((await fetch(url, { headers: headers(await sign({ client_id: ZGW_CLIENT }, undefined, now() - 10)) })).status, 403);
    assert.equal((await fetch(url, { headers: headers(await sign({})) })).status, 403);
    const ok = await fetch(url, { headers: headers(await sign({ client_id: ZGW_CLIENT })) });
    assert.equal(ok.status, 200);
    const body = await (await fetch(url, { headers: headers(await sign({}, undefined)) })).json();
    assert.equal(body.code, 'permission_denied');
  });

  it('returnTo to another host, a protocol-relative URL, a backslash trick or a javascript: URL is refused', async () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', `${chain.url}@evil.example/`, 'http:evil.example', ' /x']) {
      const res = await fetch(`${chain.base}/login?returnTo=${encodeURIComponent(bad)}`, { redirect: 'manual' });
      const location = res.headers.get('location') ?? '';
      assert.ok(res.status === 400 || !location.includes('evil.example'), `${bad}: ${res.status} ${location}`);
      assert.notEqual(res.status, 303, `${bad} must not start a login`);
    }
    // A decoded CR/LF never becomes a header either.
    const raw = await rawRequest(chain.url, '/api/zgw/login?returnTo=/x%0d%0aSet-Cookie:%20a=b');
    assert.equal(raw.status, 400);
  });

  it('the callback refuses a missing login cookie, a wrong state and a replayed code', async () => {
    const b = new Browser();
    const noCookie = await fetch(`${chain.base}/callback?code=abc&state=xyz`, { redirect: 'manual' });
    assert.equal(noCookie.status, 400);
    assert.equal(noCookie.headers.getSetCookie().filter((c) => c.startsWith(`${SESSION_COOKIE}=`) && !/Max-Age=0/.test(c)).length, 0);

    // Start a login, then come back with a state that is not ours.
    await b.fetch(`${chain.base}/login`);
    const forged = await b.fetch(`${chain.base}/callback?code=abc&state=not-the-state&iss=${encodeURIComponent(chain.provider.issuer)}`);
    assert.equal(forged.status, 403);
    assert.equal(b.cookie(chain.base, SESSION_COOKIE), undefined);
  });

  it('a login without a BSN claim gives no session', async () => {
    const b = new Browser();
    const { res } = await b.login(chain.base, 'nobsn');
    assert.equal(res.status, 403);
    assert.equal(b.cookie(chain.base, SESSION_COOKIE), undefined);
  });

  it('forged, tampered, other-key and doubled session cookies are a 401', async () => {
    const other = new SessionCodec('another-secret-that-is-32-characters-long!', 900, 7200);
    const t = now();
    const foreign = await other.sealSession({ sid: 'x', kind: 'bsn', id: RESIDENT_A.bsn, auth: t, seen: t });
    const b = new Browser();
    await b.login(chain.base, RESIDENT_A.login);
    const real = b.cookie(chain.base, SESSION_COOKIE);
    const tampered = `${real.slice(0, -4)}${real.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    const unsigned = `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ sid: 'x', kind: 'bsn', id: RESIDENT_A.bsn, auth: t, seen: t })).toString('base64url')}.`;
    for (const value of [foreign, tampered, unsigned, 'garbage', '']) {
      const res = await fetch(`${chain.base}/zaken/api/v1/zaken`, { headers: { cookie: `${SESSION_COOKIE}=${value}` } });
      assert.equal(res.status, 401, value.slice(0, 30));
    }
    const doubled = await fetch(`${chain.base}/zaken/api/v1/zaken`, { headers: { cookie: `${SESSION_COOKIE}=${foreign}; ${SESSION_COOKIE}=${real}` } });
    assert.equal(doubled.status, 401, 'a second cookie of the same name (cookie tossing) is refused');
  });

  it('idle timeout and absolute timeout end a session; an active one is renewed', async () => {
    const codec = new SessionCodec(SESSION_SECRET, chain.config.sessionIdleTimeout, chain.config.sessionMaxAge);
    const t = now();
    const ask = async (s) => fetch(`${chain.base}/zaken/api/v1/zaken`, { headers: { cookie: `${SESSION_COOKIE}=${await codec.sealSession(s)}` } });
    const base = { sid: 'timeouts', kind: 'bsn', id: RESIDENT_A.bsn };
    assert.equal((await ask({ ...base, auth: t - 100, seen: t - 10 })).status, 200);
    assert.equal((await ask({ ...base, auth: t - 1000, seen: t - 901 })).status, 401, 'idle for more than 15 minutes');
    assert.equal((await ask({ ...base, auth: t - 7201, seen: t - 5 })).status, 401, 'older than SESSION_MAX_AGE');
    const renewed = await ask({ ...base, auth: t - 1000, seen: t - 120 });
    assert.equal(renewed.status, 200);
    const set = renewed.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    assert.ok(set, 'renewed cookie');
    const again = await codec.openSession(set.split(';')[0].slice(SESSION_COOKIE.length + 1));
    assert.ok(again.seen >= t && again.auth === t - 1000, 'seen moves, auth stays');
  });

  it('logout clears the cookie, revokes the session (a copy of the cookie stops working) and ends the broker session', async () => {
    const b = new Browser();
    await b.login(chain.base, RESIDENT_A.login);
    const copy = b.cookie(chain.base, SESSION_COOKIE);
    const res = await b.fetch(`${chain.base}/logout`, { method: 'POST' });
    assert.equal(res.status, 303);
    const location = new URL(res.headers.get('location'));
    assert.equal(location.origin, chain.provider.issuer, 'RP-initiated logout at the broker');
    assert.ok(location.searchParams.get('id_token_hint'));
    assert.equal(location.searchParams.get('post_logout_redirect_uri'), `${chain.url}/`);
    assert.equal(b.cookie(chain.base, SESSION_COOKIE), undefined);
    const reuse = await fetch(`${chain.base}/zaken/api/v1/zaken`, { headers: { cookie: `${SESSION_COOKIE}=${copy}` } });
    assert.equal(reuse.status, 401);
  });

  it('logs carry a request id on every request line and never a BSN, a cookie or a token', async () => {
    const b = new Browser();
    await b.login(chain.base, RESIDENT_A.login);
    await b.fetch(`${chain.base}/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=${RESIDENT_A.bsn}`);
    await b.fetch(`${chain.base}/zaken/api/v1/zaken/${MISSING_ZAAK}`);
    const cookie = b.cookie(chain.base, SESSION_COOKIE);
    const lines = chain.logLines.map((l) => JSON.parse(l));
    const requestLines = lines.filter((l) => l.msg !== 'Server listening at http://127.0.0.1:' && !/^Server listening/.test(l.msg));
    assert.ok(requestLines.length > 10);
    for (const l of requestLines) assert.match(String(l.reqId), /^[0-9a-f-]{36}$/, JSON.stringify(l));
    const all = chain.logLines.join('\n');
    assert.doesNotMatch(all, /999993653|999990019/, 'no BSN');
    assert.ok(!all.includes(cookie.slice(0, 40)), 'no session cookie');
    assert.doesNotMatch(all, /eyJ[A-Za-z0-9_-]{10,}/, 'no token');
  });
});

describe('eHerkenning: a KvK number instead of a BSN', () => {
  it('with OIDC_KVK_CLAIM the session holds the KvK number and /zaken is scoped by nietNatuurlijkPersoon__kvkNummer', async () => {
    const chain = await startChain({ env: { OIDC_KVK_CLAIM: 'kvk' } });
    try {
      const b = new Browser();
      await b.login(chain.base, 'bedrijf');
      chain.openzaak.clear();
      const res = await b.fetch(`${chain.base}/zaken/api/v1/zaken`);
      assert.equal(res.status, 200);
      assert.equal((await res.json()).count, 0);
      const q = new URLSearchParams(chain.openzaak.state.log[0].query);
      assert.equal(q.get('rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer'), '69599084');
      assert.equal(q.get('rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn'), null);
      assert.ok(!chain.logLines.join('\n').includes('69599084'), 'no KvK number in the logs');
    } finally {
      await chain.close();
    }
  });

  it('without OIDC_KVK_CLAIM a KvK-only login gets no session', async () => {
    const chain = await startChain();
    try {
      const b = new Browser();
      const { res } = await b.login(chain.base, 'bedrijf');
      assert.equal(res.status, 403);
    } finally {
      await chain.close();
    }
  });
});

describe('minimum level of assurance', () => {
  const SMARTCARD = 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard';
  const MIDDEN = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';
  const PASSWORD = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';
  const withProvider = async (acr, env, run, options = {}) => {
    const port = await freePort();
    const provider = await startProvider({ ...options, acr, clients: [{ client_id: OIDC_CLIENT, client_secret: OIDC_SECRET, redirect_uris: [`http://127.0.0.1:${port}/api/zgw/callback`] }] });
    const chain = await startChain({ env, provider, port });
    try {
      await run(chain, provider);
    } finally {
      await chain.close();
      await provider.close();
    }
  };

  it('the BSN claim is read from the ID token when it is there (no userinfo call), else from userinfo', async () => {
    await withProvider(undefined, {}, async (chain, provider) => {
      const b = new Browser();
      await b.login(chain.base, RESIDENT_A.login);
      assert.equal((await b.fetch(`${chain.base}/zaken/api/v1/zaken`)).status, 200);
      assert.ok(!provider.requests.includes('/me'), 'no userinfo request');
    }, { bsnInIdToken: true });
    await withProvider(undefined, {}, async (chain, provider) => {
      const b = new Browser();
      await b.login(chain.base, RESIDENT_A.login);
      assert.equal((await b.fetch(`${chain.base}/zaken/api/v1/zaken`)).status, 200);
      assert.ok(provider.requests.includes('/me'), 'userinfo asked');
    });
  });

  it('an ID token with an accepted acr logs in; one below the minimum does not', async () => {
    await withProvider(MIDDEN, { OIDC_ACR_VALUES: `${MIDDEN} ${SMARTCARD}` }, async (chain) => {
      const b = new Browser();
      const { url } = await b.login(chain.base, RESIDENT_A.login);
      assert.equal(url, `${chain.url}/mijn-zaken`);
      assert.equal((await b.fetch(`${chain.base}/zaken/api/v1/zaken`)).status, 200);
    });
    await withProvider(PASSWORD, { OIDC_ACR_VALUES: `${MIDDEN} ${SMARTCARD}` }, async (chain) => {
      const b = new Browser();
      const { res } = await b.login(chain.base, RESIDENT_A.login);
      assert.equal(res.status, 403);
      assert.equal(b.cookie(chain.base, SESSION_COOKIE), undefined);
    });
  });

  it('with OIDC_ACR_VALUES set, a login whose ID token has no such acr is refused and acr_values is asked for', async () => {
    const chain = await startChain({ env: { OIDC_ACR_VALUES: 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard' } });
    try {
      const b = new Browser();
      const start = await b.fetch(`${chain.base}/login`);
      assert.equal(new URL(start.headers.get('location')).searchParams.get('acr_values'), 'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard');
      const { res } = await b.login(chain.base, RESIDENT_A.login);
      assert.equal(res.status, 403);
      assert.equal(b.cookie(chain.base, SESSION_COOKIE), undefined);
    } finally {
      await chain.close();
    }
  });
});
