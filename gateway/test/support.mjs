// Test support: the whole chain on loopback (real OpenID Provider, the gateway, the strict Open Zaak
// stand-in), a small cookie-keeping HTTP client that logs in through the provider's own forms, and
// a raw request helper for paths fetch() would normalise (`..`, encoded slashes).
import { spawn, spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { Writable } from 'node:stream';
import { buildGateway, loadConfig } from '../dist/index.js';
import { startProvider } from '../dev/oidc-provider.mjs';
import { RESIDENT_A, RESIDENT_B, startOpenZaak } from '../dev/openzaak-standin.mjs';

export { RESIDENT_A, RESIDENT_B };
export const ZGW_CLIENT = 'mijn-zaken-gateway';
export const ZGW_SECRET = 'zgw-secret-for-tests-0123456789';
export const OIDC_CLIENT = 'mijn-zaken';
export const OIDC_SECRET = 'oidc-client-secret-for-tests';
export const SESSION_SECRET = 'session-secret-for-tests-0123456789abcdef';
/** A UUID no zaak has: the gateway's answer for it is the one 404 everything forbidden gets. */
export const MISSING_ZAAK = '00000000-0000-4000-8000-000000000000';

/** A complete, valid configuration for loadConfig tests (nothing behind it is started). */
export const VALID_CONFIG = {
  PUBLIC_URL: 'https://mijn.gemeente.example',
  SESSION_SECRET: 'x'.repeat(32),
  OIDC_ISSUER: 'https://broker.gemeente.example',
  OIDC_CLIENT_ID: 'c',
  OIDC_CLIENT_SECRET: 's',
  ZGW_ZAKEN_URL: 'https://openzaak.gemeente.example/zaken/api/v1',
  ZGW_CATALOGI_URL: 'https://openzaak.gemeente.example/catalogi/api/v1',
  ZGW_DOCUMENTEN_URL: 'https://openzaak.gemeente.example/documenten/api/v1',
  ZGW_CLIENT_ID: 'gateway',
  ZGW_SECRET: 'y'.repeat(16),
};

export const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

/** A throw-away redis-server on a loopback port. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `redis://127.0.0.1:${port}/0`, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}

export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  await new Promise((resolve) => server.close(() => resolve(undefined)));
  return port;
}

/**
 * Starts provider, stand-in and gateway. `env` overrides the gateway's environment.
 * @param {{ env?: Record<string, string>, beforeListen?: (app: import('fastify').FastifyInstance) => void, port?: number, openzaak?: Awaited<ReturnType<typeof startOpenZaak>>, provider?: Awaited<ReturnType<typeof startProvider>> }} [options]
 */
export async function startChain({ env = {}, openzaak, provider, beforeListen, port: fixedPort } = {}) {
  const port = fixedPort ?? (await freePort());
  const publicUrl = `http://127.0.0.1:${port}`;
  const oz = openzaak ?? (await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET } }));
  const op =
    provider ??
    (await startProvider({
      clients: [{ client_id: OIDC_CLIENT, client_secret: OIDC_SECRET, redirect_uris: [`${publicUrl}/api/zgw/callback`], post_logout_redirect_uris: [`${publicUrl}/`] }],
    }));
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    SESSION_SECRET,
    OIDC_ISSUER: op.issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT,
    OIDC_CLIENT_SECRET: OIDC_SECRET,
    ZGW_ZAKEN_URL: oz.roots.zaken,
    ZGW_CATALOGI_URL: oz.roots.catalogi,
    ZGW_DOCUMENTEN_URL: oz.roots.documenten,
    ZGW_CLIENT_ID: ZGW_CLIENT,
    ZGW_SECRET,
    ALLOWED_ORIGINS: 'http://localhost:8000',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logLines = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) logLines.push(line);
      done();
    },
  });
  const app = await buildGateway(config, { logStream });
  beforeListen?.(app);
  await app.listen({ host: '127.0.0.1', port });
  return {
    url: publicUrl,
    base: `${publicUrl}/api/zgw`,
    app,
    openzaak: oz,
    provider: op,
    logLines,
    config,
    async close() {
      await app.close();
      if (!openzaak) await oz.close();
      if (!provider) await op.close();
    },
  };
}

/** A browser stand-in: cookies per host, redirects followed by hand (so each hop is visible). */
export class Browser {
  /** @type {Map<string, Map<string, string>>} */
  jar = new Map();
  /** every Set-Cookie header seen, raw */
  setCookies = [];

  cookieHeader(url) {
    const cookies = this.jar.get(new URL(url).host);
    return cookies && cookies.size ? [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
  }

  cookie(url, name) {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  setCookie(url, name, value) {
    const host = new URL(url).host;
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host).set(name, value);
  }

  async fetch(url, init = {}) {
    const headers = new Headers(init.headers ?? {});
    const cookie = this.cookieHeader(url);
    if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    const host = new URL(url).host;
    for (const sc of res.headers.getSetCookie()) {
      this.setCookies.push(sc);
      const [pair, ...attrs] = sc.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!this.jar.has(host)) this.jar.set(host, new Map());
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.jar.get(host).delete(name);
      else this.jar.get(host).set(name, value);
    }
    return res;
  }

  /** GETs and follows redirects; returns the last response and the hops. */
  async follow(url, init = {}, max = 20) {
    let res = await this.fetch(url, init);
    let current = url;
    const hops = [url];
    while (res.status >= 300 && res.status < 400 && res.headers.get('location') && hops.length < max) {
      current = new URL(res.headers.get('location'), current).href;
      hops.push(current);
      await res.arrayBuffer();
      res = await this.fetch(current);
    }
    return { res, url: current, hops };
  }

  /**
   * Logs in through the gateway: the real authorization-code flow, submitting the provider's own
   * login and consent forms. Returns the final response (after the redirect to returnTo).
   */
  async login(gatewayBase, login, returnTo = '/mijn-zaken') {
    let { res, url, hops } = await this.follow(`${gatewayBase}/login?returnTo=${encodeURIComponent(returnTo)}`);
    for (let i = 0; i < 4 && res.status === 200 && /text\/html/.test(res.headers.get('content-type') ?? ''); i++) {
      const html = await res.text();
      const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
      if (!form) throw new Error(`no form on ${url}`);
      const fields = new URLSearchParams();
      for (const input of form[2].matchAll(/<input[^>]*>/gi)) {
        const name = /name="([^"]+)"/.exec(input[0])?.[1];
        if (!name) continue;
        const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
        fields.set(name, name === 'login' ? login : name === 'password' ? 'test' : value);
      }
      const action = new URL(form[1].replace(/&amp;/g, '&'), url).href;
      const posted = await this.fetch(action, { method: 'POST', body: fields, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      if (posted.status < 300 || posted.status >= 400) return { res: posted, url: action, hops };
      await posted.arrayBuffer();
      ({ res, url, hops } = await this.follow(new URL(posted.headers.get('location'), action).href));
    }
    return { res, url, hops };
  }
}

/** A Browser logged in at the chain as the resident. */
export async function loggedIn(chain, resident) {
  const browser = new Browser();
  await browser.login(chain.base, resident.login);
  return browser;
}

/** The body of the gateway's 404 for a zaak that does not exist, as `browser` gets it. */
export async function missingAnswer(chain, browser) {
  return (await browser.fetch(`${chain.base}/zaken/api/v1/zaken/${MISSING_ZAAK}`)).text();
}

/**
 * In Chromium (puppeteer): the provider's own login and consent pages, from the login form on.
 * @param {import('puppeteer-core').Page} page
 * @param {string} login
 */
export async function providerLogin(page, login) {
  await page.waitForSelector('input[name=login]');
  await page.type('input[name=login]', login);
  await page.type('input[name=password]', 'test');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  if (page.url().includes('/interaction/')) await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
}

/** A raw HTTP request: the path goes out byte for byte (no URL normalisation). */
export function rawRequest(origin, path, { method = 'GET', headers = {}, body } = {}) {
  const u = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: u.hostname, port: u.port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** The zaak, status, result, zaakinformatieobject, document and download UUIDs of one resident, from the mock's fixtures. */
export async function resourcesOf(resident) {
  const { buildWorld } = await import('../../demo/gateway/fixtures.mjs');
  const w = buildWorld('openzaak');
  const own = new Set(resident.zaken);
  const pick = (map) => [...map.values()].filter((x) => own.has(w.zaakOf.get(x.uuid ?? x.url.split('/').pop()))).map((x) => x.uuid ?? x.url.split('/').pop());
  return {
    zaken: resident.zaken,
    statussen: pick(w.statussen),
    resultaten: pick(w.resultaten),
    zaakinformatieobjecten: pick(w.zaakinformatieobjecten),
    documenten: [...w.enkelvoudiginformatieobjecten.values()].map((d) => d.url.split('/').pop()).filter((u) => own.has(w.zaakOf.get(u))),
    world: w,
  };
}
