// Hardening (CONTRACT 8 and 10): CSRF on writes, body limits, a back end that hangs, wrong ZGW
// credentials, CORS, rate limits, security headers, configuration that stops start-up.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ConfigError, contentDisposition, loadConfig, parseRoute, validBsn } from '../dist/index.js';
import { Browser, MISSING_ZAAK, RESIDENT_A, VALID_CONFIG, startChain } from './support.mjs';

describe('writes: session, X-Mijn-Zaken: 1 and an allowed Origin, before any body is read', () => {
  let chain;
  let b;
  let url;
  before(async () => {
    chain = await startChain();
    b = new Browser();
    await b.login(chain.base, RESIDENT_A.login);
    url = `${chain.base}/klantinteracties/api/v1/klantcontacten`;
  });
  after(async () => chain?.close());

  it('no session: 401; no CSRF header or a foreign/missing Origin: 403', async () => {
    const body = JSON.stringify({ inhoud: 'Vraag' });
    const json = { 'content-type': 'application/json' };
    assert.equal((await fetch(url, { method: 'POST', body, headers: { ...json, 'x-mijn-zaken': '1', origin: chain.url } })).status, 401);
    for (const headers of [
      { ...json, origin: chain.url },
      { ...json, origin: chain.url, 'x-mijn-zaken': 'true' },
      { ...json, 'x-mijn-zaken': '1', origin: 'https://evil.example' },
      { ...json, 'x-mijn-zaken': '1', origin: 'null' },
      { ...json, 'x-mijn-zaken': '1' },
    ]) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
        const res = await b.fetch(url, { method, body: method === 'DELETE' ? undefined : body, headers });
        assert.equal(res.status, 403, `${method} ${JSON.stringify(headers)}`);
        assert.match(res.headers.get('content-type'), /problem\+json/);
      }
    }
    // A form post from another site (the classic CSRF) has neither the header nor our Origin.
    const form = await b.fetch(url, { method: 'POST', body: 'inhoud=x', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' } });
    assert.equal(form.status, 403);
    assert.equal(chain.openzaak.state.log.filter((e) => e.method !== 'GET').length, 0);
  });

  it('an allowed CMS origin passes the CSRF check; the write itself is refused (no write rules yet: default deny)', async () => {
    const res = await b.fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: 'http://localhost:8000' } });
    assert.equal(res.status, 404);
    const res2 = await b.fetch(`${chain.base}/zaken/api/v1/zaken`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url } });
    assert.equal(res2.status, 404);
    assert.equal(chain.openzaak.state.log.filter((e) => e.method !== 'GET').length, 0);
  });

  it('an oversized body is a 413, even when every check passes', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 0x61);
    const res = await b.fetch(url, { method: 'POST', body: big, headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1', origin: chain.url } });
    assert.equal(res.status, 413);
  });

  it('CORS: credentials only for ALLOWED_ORIGINS; preflight for them; nothing for others', async () => {
    const ok = await b.fetch(`${chain.base}/zaken/api/v1/zaken`, { headers: { origin: 'http://localhost:8000' } });
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    assert.equal(ok.headers.get('access-control-allow-credentials'), 'true');
    assert.match(ok.headers.get('vary'), /Origin/);
    const evil = await b.fetch(`${chain.base}/zaken/api/v1/zaken`, { headers: { origin: 'https://evil.example' } });
    assert.equal(evil.headers.get('access-control-allow-origin'), null);
    assert.equal(evil.headers.get('access-control-allow-credentials'), null);
    const pre = await fetch(`${chain.base}/zaken/api/v1/zaken`, { method: 'OPTIONS', headers: { origin: 'http://localhost:8000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-mijn-zaken' } });
    assert.equal(pre.status, 204);
    assert.match(pre.headers.get('access-control-allow-headers'), /X-Mijn-Zaken/);
    const preEvil = await fetch(`${chain.base}/zaken/api/v1/zaken`, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(preEvil.headers.get('access-control-allow-origin'), null);
    assert.equal(preEvil.headers.get('access-control-allow-methods'), null);
  });

  it('security headers on every answer under BASE_PATH', async () => {
    for (const res of [await b.fetch(`${chain.base}/zaken/api/v1/zaken`), await fetch(`${chain.base}/zaken/api/v1/zaken`), await fetch(`${chain.base}/health`)]) {
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(res.headers.get('x-frame-options'), 'DENY');
      assert.match(res.headers.get('content-security-policy'), /default-src 'none'/);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      assert.equal(res.headers.get('server'), null);
      assert.equal(res.headers.get('x-powered-by'), null);
    }
  });
});

describe('back ends that fail', () => {
  it('a back end that hangs: 504 after UPSTREAM_TIMEOUT_MS, for checks and for streams alike', async () => {
    const chain = await startChain({ env: { UPSTREAM_TIMEOUT_MS: '400' } });
    try {
      const b = new Browser();
      await b.login(chain.base, RESIDENT_A.login);
      assert.equal((await b.fetch(`${chain.base}/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`)).status, 200);
      chain.openzaak.state.hang = true;
      const started = Date.now();
      const list = await b.fetch(`${chain.base}/zaken/api/v1/zaken`);
      assert.equal(list.status, 504);
      const detail = await b.fetch(`${chain.base}/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`); // index cached: streamed request hangs
      assert.equal(detail.status, 504);
      assert.ok(Date.now() - started < 5000);
      assert.match(detail.headers.get('content-type'), /problem\+json/);
    } finally {
      await chain.close();
    }
  });

  it('a failing back end: 429/503 stay retryable with their Retry-After, anything else is a 502; its body never passes', async () => {
    const chain = await startChain();
    try {
      const b = new Browser();
      await b.login(chain.base, RESIDENT_A.login);
      const detail = `${chain.base}/zaken/api/v1/zaken/${RESIDENT_A.zaken[0]}`;
      assert.equal((await b.fetch(detail)).status, 200);
      for (const [status, expected] of [[503, 503], [429, 429], [500, 502], [502, 502], [401, 502], [403, 502]]) {
        chain.openzaak.state.fail = { status, retryAfter: '7', path: /\/zaken\/[0-9a-f-]{36}$/ };
        const res = await b.fetch(detail);
        const body = await res.text();
        assert.equal(res.status, expected, `upstream ${status}`);
        assert.doesNotMatch(body, /stack trace/);
        if (expected === 503 || expected === 429) assert.equal(res.headers.get('retry-after'), '7');
      }
      chain.openzaak.state.fail = { status: 404, path: /\/zaken\/[0-9a-f-]{36}$/ };
      const gone = await b.fetch(detail);
      const missing = await b.fetch(`${chain.base}/zaken/api/v1/zaken/${MISSING_ZAAK}`);
      assert.equal(gone.status, 404);
      assert.equal(await gone.text(), await missing.text(), 'an upstream 404 is the same constant 404');
    } finally {
      await chain.close();
    }
  });

  it('wrong ZGW credentials: Open Zaak refuses the gateway, the resident gets a 502, never the back end\'s 403', async () => {
    const chain = await startChain({ env: { ZGW_SECRET: 'not-the-secret-Open-Zaak-knows' } });
    try {
      const b = new Browser();
      await b.login(chain.base, RESIDENT_A.login);
      const res = await b.fetch(`${chain.base}/zaken/api/v1/zaken`);
      assert.equal(res.status, 502);
      assert.ok(chain.openzaak.state.log.every((e) => e.status === 403));
      assert.ok(chain.logLines.some((l) => /refused the gateway credentials/.test(l)));
    } finally {
      await chain.close();
    }
  });
});

describe('rate limits', () => {
  it('per session and per address: 429 with Retry-After', async () => {
    const chain = await startChain({ env: { RATE_LIMIT_PER_SESSION: '5', RATE_LIMIT_PER_ADDRESS: '40' } });
    try {
      const b = new Browser();
      await b.login(chain.base, RESIDENT_A.login);
      const statuses = [];
      for (let i = 0; i < 7; i++) statuses.push((await b.fetch(`${chain.base}/zaken/api/v1/zaken`)).status);
      assert.deepEqual(statuses.slice(0, 5), [200, 200, 200, 200, 200]);
      const limited = await b.fetch(`${chain.base}/zaken/api/v1/zaken`);
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) > 0);
      // Another session from the same address still works, until the address limit.
      const c = new Browser();
      await c.login(chain.base, RESIDENT_A.login);
      assert.equal((await c.fetch(`${chain.base}/zaken/api/v1/zaken`)).status, 200);
      let last = 200;
      for (let i = 0; i < 40 && last !== 429; i++) last = (await fetch(`${chain.base}/health`)).status;
      assert.equal(last, 429);
    } finally {
      await chain.close();
    }
  });
});

describe('configuration', () => {
  const good = VALID_CONFIG;

  it('defaults of CONTRACT 10', () => {
    const c = loadConfig(good);
    assert.equal(c.host, '0.0.0.0');
    assert.equal(c.basePath, '/api/zgw');
    assert.equal(c.sessionIdleTimeout, 900);
    assert.equal(c.sessionMaxAge, 7200);
    assert.equal(c.oidc.bsnClaim, 'bsn');
    assert.equal(c.maxConfidentiality, 'openbaar');
    assert.equal(c.rolOmschrijvingGeneriek, 'initiator');
    assert.equal(c.klantinteracties, undefined);
  });

  it('every missing or malformed variable is named in one message', () => {
    const cases = [
      [{ ...good, PUBLIC_URL: undefined }, /PUBLIC_URL is missing/],
      [{ ...good, PUBLIC_URL: 'http://mijn.gemeente.example' }, /PUBLIC_URL must use https/],
      [{ ...good, PUBLIC_URL: 'https://mijn.gemeente.example/portal' }, /PUBLIC_URL must be an origin/],
      [{ ...good, SESSION_SECRET: 'short' }, /SESSION_SECRET must be at least 32/],
      [{ ...good, ZGW_ZAKEN_URL: 'https://openzaak.gemeente.example/zaken' }, /ZGW_ZAKEN_URL must be an API root ending in \/api\/v1/],
      [{ ...good, ZGW_SECRET: undefined, OIDC_ISSUER: 'not a url' }, /OIDC_ISSUER is not a URL[\s\S]*ZGW_SECRET is missing/],
      [{ ...good, MAX_CONFIDENTIALITY: 'geheimpje' }, /MAX_CONFIDENTIALITY must be one of/],
      [{ ...good, SESSION_IDLE_TIMEOUT: '15m' }, /SESSION_IDLE_TIMEOUT must be a whole number/],
      [{ ...good, ALLOWED_ORIGINS: 'https://cms.example/pagina' }, /ALLOWED_ORIGINS entries must be bare origins/],
      [{ ...good, KLANTINTERACTIES_URL: 'https://openklant.example/klantinteracties/api/v1' }, /KLANTINTERACTIES_TOKEN is missing/],
      [{ ...good, TAKEN_URL: 'https://openvtb.example/taken/api/v1', TAKEN_TOKEN: 't' }, /TAKEN_ZAAK_URN must be the URN of a zaak/],
      [{ ...good, REDIS_URL: 'http://redis' }, /REDIS_URL must start with redis/],
      [{ ...good, BASE_PATH: '/api/../zgw' }, /BASE_PATH must look like/],
      [{ ...good, PORT: '99999' }, /PORT must be a whole number/],
    ];
    for (const [env, pattern] of cases) {
      assert.throws(() => loadConfig(env), (e) => e instanceof ConfigError && pattern.test(e.message), String(pattern));
    }
  });

  it('the server refuses to start on a bad environment, with the message on stderr and exit code 78', () => {
    const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const r = spawnSync(process.execPath, [main], { env: { PATH: process.env.PATH, ...good, SESSION_SECRET: 'short' }, encoding: 'utf8', timeout: 10000 });
    assert.equal(r.status, 78);
    assert.match(r.stderr, /The gateway cannot start[\s\S]*SESSION_SECRET must be at least 32 characters/);
  });
});

describe('small pure parts', () => {
  it('Content-Disposition never carries a quote, a CR/LF or a path from a hostile bestandsnaam', () => {
    for (const name of ['a"\r\nSet-Cookie: x=1.pdf', '../../etc/passwd', '\u202Egpj.exe', '', null, 'résumé "final".pdf']) {
      const v = contentDisposition(name);
      assert.match(v, /^attachment; filename="[^"\r\n\\/]*"; filename\*=UTF-8''[^\s"]*$/, String(name));
    }
  });

  it('the path grammar admits only the served resources', () => {
    const u = '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47';
    assert.ok(parseRoute(`/zaken/api/v1/zaken/${u}`));
    assert.ok(parseRoute(`/documenten/api/v1/enkelvoudiginformatieobjecten/${u}/download`));
    for (const bad of [`/zaken/api/v1/zaken/${u}/download`, `/catalogi/api/v1/zaken/${u}`, '/zaken/api/v1/rollen', `/zaken/api/v1/zaken/${u}/`, `/zaken/api/v1/zaken/..%2F${u}`, '/zaken/api/v1/zaaktypen', '/taken/api/v1/betaaltaken']) {
      assert.equal(parseRoute(bad), undefined, bad);
    }
  });

  it('BSN 11-proef', () => {
    assert.ok(validBsn('999993653') && validBsn('999990019'));
    assert.ok(!validBsn('999993654') && !validBsn('12345678') && !validBsn('000000000') && !validBsn('99999365a'));
  });
});
