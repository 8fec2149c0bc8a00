// @ts-check
// Demo/mock ZGW gateway: a Node (req, res, next) handler that answers like Open Zaak 1.30 (Zaken
// 1.5.1, Catalogi 1.3.1, Documenten 1.4.2) behind a resident's gateway, plus Taken, Klantinteracties,
// writes and capabilities, and scenario options for tests. This file only composes the parts:
//
//   resources/table.mjs   THE resource table: every resource once (reads, writes, filters, expand)
//   resources/reads.mjs   fixture reads (Zaken, Catalogi, Documenten) · resources/engine.mjs writes and the other APIs
//   scenario.mjs          scenario parsing · session-log.mjs the logs, barrier and fail-times counts
//   failures.mjs          token, fail, body, hang, hostile · backend-flavours.mjs other back ends' shapes
//   modules.mjs           THE hook point of scenario modules (network-faults.mjs, long-history.mjs, …)
//
// URL shape: {mountPath}[/{scenario}]/{api}/api/v1/{resource}[/{uuid}[/download]]?query
// where {scenario} is a comma-separated list of key=value options (README.md), and
// {mountPath}/_log/{session} reads (GET) or clears (DELETE) a session's request log.
import { createHash } from 'node:crypto';
import { apiVersionFor, flavourAnswer, flavourResource, restoreFilters } from './backend-flavours.mjs';
import { DEMO_ZAKEN, RESIDENTS, buildWorld } from './fixtures.mjs';
import { acceptedToken, answerFailure, hostileAnswer, refuseToken, send, sendJson } from './failures.mjs';
import { shuffleDelay } from './hostile.mjs';
import { SCENARIO_MODULES } from './modules.mjs';
import { API_VERSIONS, createResourceEngine } from './resources/engine.mjs';
import { problem } from './resources/problems.mjs';
import { readRoute, serveRead } from './resources/reads.mjs';
import { parseScenario } from './scenario.mjs';
import { LOG_LIMITS, createSessionLog } from './session-log.mjs';

export { DEMO_ZAKEN, RESIDENTS, API_VERSIONS, LOG_LIMITS, SCENARIO_MODULES, parseScenario };
export { KNOWN_QUERY_PARAMS } from './resources/table.mjs';
export { ZAKEN_EXPAND_PATHS } from './resources/openzaak.mjs';
export { SCENARIO_OPTION_NAMES } from './scenario.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./scenario.mjs').Scenario} Scenario */
/** @typedef {import('./modules.mjs').GatewayRequest} GatewayRequest */
/** @typedef {import('./resources/reads.mjs').ReadRoute} ReadRoute */
/** @typedef {import('./resources/engine.mjs').Result} Result */
/** @typedef {import('./resources/types.mjs').Json} Json */

/** @param {string} s */
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** @param {number} ms */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The gateway middleware.
 * @param {{ mountPath?: string, logLimits?: typeof LOG_LIMITS }} [options]
 * @returns {(req: Req, res: Res, next: (error?: unknown) => void) => void}
 */
export function createGatewayMiddleware({ mountPath = '/api/zgw', logLimits = LOG_LIMITS } = {}) {
  const mount = `/${mountPath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  const log = createSessionLog(logLimits);
  /** Writes, Taken, Klantinteracties, capabilities and reads of written records: resources/engine.mjs. */
  const resources = createResourceEngine();

  return function gateway(req, res, next) {
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const path = url.pathname;
    if (path !== mount && !path.startsWith(`${mount}/`)) {
      next();
      return;
    }
    handle(req, res, url).catch((error) => {
      console.error('[mock gateway]', error);
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, req, 500, { 'Content-Type': 'application/problem+json' }, problem('openzaak', 'zaken', 500, {}));
      } else if (!res.writableEnded) {
        res.destroy();
      }
    });
  };

  /** @param {Req} req @param {Res} res @param {URL} url */
  async function handle(req, res, url) {
    const segments = url.pathname.slice(mount.length).split('/').filter(Boolean).map(safeDecode);

    if (segments[0] === '_log') return log.answer(req, res, segments);
    for (const m of SCENARIO_MODULES) if (m.endpoints && (await m.endpoints(req, res, segments, createGatewayMiddleware))) return;

    /** @type {Scenario} */
    let scenario;
    const scenarioText = segments[0]?.includes('=') ? /** @type {string} */ (segments.shift()) : '';
    try {
      scenario = parseScenario(scenarioText);
    } catch (error) {
      const message = /** @type {Error} */ (error).message;
      return sendJson(res, req, 400, { 'Content-Type': 'application/problem+json' }, {
        ...problem('openzaak', 'zaken', 400, { code: 'invalid-scenario', detail: `Mock gateway: ${message}` }),
        invalidParams: [{ name: 'scenario', code: 'invalid-scenario', reason: message }],
      });
    }

    const routed = SCENARIO_MODULES.reduce((s, m) => (m.reroute ? m.reroute(s, scenario) : s), segments);
    const route = readRoute(routed);
    const method = req.method ?? 'GET';
    const claimed = resources.claims(method, segments, scenario);
    const routeAndQuery = `/${segments.join('/')}${url.search}`;

    let session;
    let entry;
    if (scenario.session) {
      const logged = claimed
        ? { ...resources.describe(segments), download: route?.download ?? false }
        : { api: route?.api ?? null, resource: route?.resource ?? null, uuid: route?.uuid ?? null, download: route?.download ?? false };
      const token = scenario.tokens ? acceptedToken(scenario.tokens, req.headers.authorization) : undefined;
      ({ session, entry } = log.record(scenario.session, req, res, url, logged, token));
    }

    // Does this request misbehave (fail / body / hang)? Counted on arrival, so it is deterministic.
    const resourceKey = route ? (route.download ? 'download' : route.resource) : claimed ? (segments[0] === 'mijn-zaken' ? 'mijn-zaken' : segments[3]) : undefined;
    let misbehave = false;
    // The capabilities (CONTRACT 8) misbehave only when `fail-on` names them (`mijn-zaken`): `fail`, `body` and `hang` are about the ZGW resources.
    if ((scenario.fail || scenario.body || scenario.hang) && (scenario.failOn ? resourceKey && scenario.failOn.has(resourceKey) : resourceKey !== 'mijn-zaken')) {
      const count = log.count(session, scenarioText);
      misbehave = scenario.failTimes === undefined || count <= scenario.failTimes;
    }
    if (session && entry && scenario.barrier !== undefined) entry.round = await log.hold(session, scenario.barrier);
    if (scenario.delay) await pause(scenario.delay);
    // Keyed by the route without the scenario segment, so a session id does not change the order.
    if (scenario.shuffle !== undefined) await pause(shuffleDelay(scenario.shuffle, routeAndQuery, scenario.shuffleMax));
    if (res.destroyed) return;

    /** @type {GatewayRequest} */
    const request = { req, res, url, mount, segments, scenario, route, createGateway: createGatewayMiddleware };
    for (const m of SCENARIO_MODULES) if (m.fault && (await m.fault(request))) return;

    const api = route?.api ?? 'zaken';
    if (refuseToken(req, res, scenario, api)) return;
    // A write nothing in the table takes: a module's (`handle`), else 405 before any scenario failure.
    const unclaimedWrite = !claimed && method !== 'GET' && method !== 'HEAD';
    if (!unclaimedWrite && misbehave && (await answerFailure(req, res, { scenario, api, list: Boolean(route && !route.uuid), routeAndQuery }))) return;
    for (const m of SCENARIO_MODULES) if (m.handle && (await m.handle(request))) return;
    if (unclaimedWrite) {
      return sendJson(res, req, 405, { 'Content-Type': 'application/problem+json', Allow: 'GET, HEAD', 'API-version': API_VERSIONS[api] },
        problem(scenario.layout, api, 405, { title: `Methode "${method}" niet toegestaan.` }));
    }

    if (claimed) return resources.serve(req, res, { segments, url, scenario });
    if (!route) return sendJson(res, req, 404, { 'Content-Type': 'application/problem+json' }, problem(scenario.layout, 'zaken', 404, {}));
    return answerRead(req, res, { ...request, route }, scenarioText, routeAndQuery);
  }
}

/**
 * A fixture read (resources/reads.mjs) as the scenario's back end gives it: flavoured, with its
 * ETag, through the modules' `answer` hooks, then hostile.
 * @param {Req} req @param {Res} res @param {GatewayRequest & { route: ReadRoute }} request @param {string} scenarioText @param {string} routeAndQuery
 */
function answerRead(req, res, request, scenarioText, routeAndQuery) {
  const { scenario, route, url, mount } = request;
  const { layout } = scenario;
  const gatewayPrefix = `http://${req.headers.host}${mount}${scenarioText ? `/${scenarioText}` : ''}`;
  restoreFilters(url.searchParams, scenario, gatewayPrefix);
  const flavoured = flavourResource(route, scenario, (end) => [...buildWorld(layout).statustypen.values()].find((t) => String(t.url).endsWith(end)));
  const world = SCENARIO_MODULES.reduce((w, m) => (m.world ? m.world(w, scenario) : w), buildWorld(layout));
  /** @type {Result} */
  const served = flavoured ? { status: 200, body: /** @type {Json} */ (flavoured) } : serveRead(route, url.searchParams, scenario, req.headers.accept, world);
  /** @type {Record<string, string>} */
  const headers = { 'API-version': apiVersionFor(scenario.flavours, route.api, API_VERSIONS[route.api]), 'Cache-Control': 'no-store', ...served.headers };
  /** @type {Result} */
  let result;
  if (served.file) result = { ...served, headers };
  else if (served.problem) result = { status: served.status, headers: { ...headers, 'Content-Type': 'application/problem+json' }, body: problem(layout, route.api, served.status, served.problem) };
  else {
    headers['Content-Type'] = 'application/json';
    if (route.uuid && !route.download) headers.ETag = `"${createHash('sha1').update(JSON.stringify(served.body)).digest('hex')}"`;
    result = { status: served.status, headers, body: served.body };
  }
  result = SCENARIO_MODULES.reduce((r, m) => (m.answer ? m.answer(r, request) : r), result);
  if (result.file) return send(res, req, result.status, result.headers ?? {}, result.file);
  if (result.body === undefined) {
    res.writeHead(result.status, result.headers).end();
    return;
  }
  return sendJson(res, req, result.status, result.headers ?? {}, hostileAnswer(flavourAnswer(result.body, route, scenario, gatewayPrefix), scenario, routeAndQuery));
}
