// The element's own browser tests through the reference gateway (issue 11; web-test-runner.gateway.config.mjs).
//
// The test page's origin is the gateway's PUBLIC_URL: web-test-runner's server hands `{BASE_PATH}/…`
// to the gateway as built (dist/), unchanged, the way a portal's reverse proxy would. Behind it: the
// real OpenID Provider (dev/oidc-provider.mjs) and the strict Open Zaak stand-in (ZGW JWT checked) in
// front of the repository's mock. The browser logs in once, through the provider's own pages, as
// test resident `jan`; the session cookie lives in the browser and goes with every request.
//
// Scenarios: the element's tests pick a mock scenario by a path segment (`/api/zgw/fail=500,session=t1/…`).
// A gateway has no such thing, so each scenario gets a gateway of its own, configured like any other
// (same SESSION_SECRET and OIDC client, so the one login counts for all, as instances behind a load
// balancer) but with its Open Zaak at `{stand-in}/{scenario}/…/api/v1`: the mock in that scenario. The
// segment is taken off the path before the gateway sees the request; the gateway's rules are untouched.
// Request logs: the element's tests read `{BASE_PATH}/_log/{session}` to see what the element asked. Here
// that is what reached the gateway from the browser (recorded in front of it, in the mock's log format:
// method, path, query, headers with credentials as `true`, status), not what the gateway asked Open Zaak.
// The mock's other test endpoints (`_store`, `_foreign`, `_login`) are the mock's own.
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { buildGateway, loadConfig } from '../dist/index.js';
import { startProvider } from '../dev/oidc-provider.mjs';
import { RESIDENT_A, startOpenZaak } from '../dev/openzaak-standin.mjs';
import { OIDC_CLIENT, OIDC_SECRET, SESSION_SECRET, ZGW_CLIENT, ZGW_SECRET, providerLogin } from './support.mjs';

/** The resident the browser logs in as; in every scenario they are the initiator of the mock's zaken. */
export const SUITE_RESIDENT = RESIDENT_A;
/** Gateways kept at once; the oldest is closed beyond this (tests run one file at a time). */
const MAX_GATEWAYS = 24;
/** Request headers a log keeps (the mock's list); a credential is kept as `true` only. */
const LOGGED_HEADERS = ['authorization', 'accept', 'accept-language', 'accept-crs', 'content-type', 'content-crs', 'cookie', 'origin', 'referer', 'if-none-match', 'x-request-id', 'x-correlation-id'];
const CREDENTIAL = /^(authorization|cookie)$|\bbearer\s|\bbasic\s|eyJ[\w-]+\.[\w-]+|(?:access_?token|id_token|code|password|secret)=/i;
const MAX_LOGGED = 10_000;

/** What the browser sent, as the mock's session log shows a request. */
function logEntry(req, url) {
  const headers = {};
  for (const name of LOGGED_HEADERS) {
    const value = req.headers[name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    headers[name] = CREDENTIAL.test(name) || CREDENTIAL.test(text) ? true : text;
  }
  const query = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, /token|password|secret|^code$/i.test(k) || CREDENTIAL.test(v) ? true : v]));
  return { method: req.method, path: url.pathname.replace(/(^|[/,])token=[^,/]*/g, '$1token=hidden'), query, headers, status: null };
}

/**
 * Starts provider and stand-in; gateways start on first use of their scenario.
 * @param {{ publicUrl: string, basePath?: string }} options publicUrl: the test server's origin
 */
export async function startElementSuite({ publicUrl, basePath = '/api/zgw' }) {
  const provider = await startProvider({
    clients: [{ client_id: OIDC_CLIENT, client_secret: OIDC_SECRET, redirect_uris: [`${publicUrl}${basePath}/callback`], post_logout_redirect_uris: [`${publicUrl}/`] }],
  });
  const openzaak = await startOpenZaak({ clients: { [ZGW_CLIENT]: ZGW_SECRET }, scenarios: { bsn: SUITE_RESIDENT.bsn } });
  /** the gateways' warnings and errors (a 5xx towards the browser says why here) */
  const logLines = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() && logLines.push(line) > 2000) logLines.shift();
      done();
    },
  });

  /** @type {Map<string, Promise<import('fastify').FastifyInstance>>} scenario segment ('' for none) → gateway */
  const gateways = new Map();
  let started = 0;
  const gatewayFor = (scenario) => {
    let app = gateways.get(scenario);
    if (app) return app;
    const root = `${openzaak.origin}${scenario ? `/${scenario}` : ''}`;
    const config = loadConfig({
      HOST: '127.0.0.1',
      PUBLIC_URL: publicUrl,
      BASE_PATH: basePath,
      SESSION_SECRET,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT,
      OIDC_CLIENT_SECRET: OIDC_SECRET,
      ZGW_ZAKEN_URL: `${root}/zaken/api/v1`,
      ZGW_CATALOGI_URL: `${root}/catalogi/api/v1`,
      ZGW_DOCUMENTEN_URL: `${root}/documenten/api/v1`,
      ZGW_CLIENT_ID: ZGW_CLIENT,
      ZGW_SECRET,
      LOG_LEVEL: 'warn',
    });
    app = buildGateway(config, { logStream }).then(async (built) => {
      await built.ready();
      return built;
    });
    gateways.set(scenario, app);
    started += 1;
    for (const [oldest, closing] of gateways) {
      if (gateways.size <= MAX_GATEWAYS) break;
      gateways.delete(oldest);
      closing.then((g) => g.close()).catch(() => {});
    }
    return app;
  };

  /** session id (the scenario's `session=`) → what the browser sent under it */
  const logs = new Map();
  const record = (req, res, scenario) => {
    const session = scenario.split(',').find((o) => o.startsWith('session='))?.slice('session='.length);
    if (!session) return;
    if (!logs.has(session)) logs.set(session, []);
    const entries = logs.get(session);
    const entry = logEntry(req, new URL(req.url ?? '/', 'http://front.invalid'));
    if (entries.push(entry) > MAX_LOGGED) entries.shift();
    res.on('finish', () => (entry.status = res.statusCode));
  };
  /** GET: the browser's requests; DELETE: forgets them, and the mock its count for `fail-times`. */
  const serveLog = (req, res, rest) => {
    const session = decodeURIComponent(/^\/_log\/([^/?]*)/.exec(rest)?.[1] ?? '');
    if (req.method === 'DELETE') {
      logs.delete(session);
      return toMock(req, res, rest);
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify({ requests: logs.get(session) ?? [], rounds: 0 }));
  };

  /** Passes a request to the mock itself (its test endpoints), path after BASE_PATH. */
  const toMock = (req, res, rest) => {
    const upstream = httpRequest(`${openzaak.mock}${rest}`, { method: req.method, headers: { ...req.headers, host: new URL(openzaak.mock).host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  };

  /** A Node (req, res, next) handler for the test server. */
  const middleware = (req, res, next) => {
    const raw = req.url ?? '/';
    if (raw !== basePath && !raw.startsWith(`${basePath}/`) && !raw.startsWith(`${basePath}?`)) return next();
    const rest = raw.slice(basePath.length);
    const first = /^\/([^/?]*)/.exec(rest)?.[1] ?? '';
    if (first === '_log') return serveLog(req, res, rest);
    if (first.startsWith('_')) return toMock(req, res, rest);
    const scenario = first.includes('=') ? first : '';
    record(req, res, decodeURIComponent(scenario));
    if (scenario) req.url = `${basePath}${rest.slice(scenario.length + 1)}`;
    gatewayFor(scenario).then(
      (app) => app.routing(req, res),
      (error) => {
        logLines.push(String(error?.stack ?? error));
        res.writeHead(500, { 'content-type': 'text/plain' }).end('element suite: the gateway did not start');
      },
    );
  };

  /**
   * Logs the browser in: the gateway's login, the provider's own login and consent pages, back on the
   * test server with the session cookie. Throws when it did not work.
   * @param {import('puppeteer-core').BrowserContext} context
   */
  const login = async (context) => {
    const page = await context.newPage();
    try {
      await page.goto(`${publicUrl}${basePath}/login?returnTo=${encodeURIComponent('/')}`);
      await providerLogin(page, SUITE_RESIDENT.login);
      if (new URL(page.url()).origin !== publicUrl) throw new Error(`login ended on ${page.url()}`);
      const status = await page.evaluate(async (url) => (await fetch(url)).status, `${publicUrl}${basePath}/zaken/api/v1/zaken`);
      if (status !== 200) throw new Error(`after login the gateway answered ${status} for /zaken`);
    } finally {
      await page.close();
    }
  };

  return {
    provider,
    openzaak,
    logLines,
    middleware,
    login,
    gatewaysStarted: () => started,
    async close() {
      const apps = [...gateways.values()];
      gateways.clear();
      await Promise.all(apps.map((a) => a.then((g) => g.close()).catch(() => {})));
      await openzaak.close();
      await provider.close();
    },
  };
}
