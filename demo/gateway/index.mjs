// Demo/mock ZGW gateway: a Node (req, res, next) handler that serves the Zaken, Catalogi and
// Documenten APIs the way Open Zaak 1.30 does (Zaken 1.5.1, Catalogi 1.3.1, Documenten 1.4.2),
// scoped to one logged-in resident, plus scenario options for tests (failures, broken bodies,
// delays, hangs, request logs and round counting). Node built-ins only.
//
// URL shape: {mountPath}[/{scenario}]/{api}/api/v1/{resource}[/{uuid}[/download]]?query
// where {scenario} is a comma-separated list of key=value options (see SCENARIO_OPTIONS), and
// {mountPath}/_log/{session} reads (GET) or clears (DELETE) a session's request log.
import { createHash, randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { API_OF_RESOURCE, DEMO_ZAKEN, RESIDENTS, backendBase, backendOrigin, buildWorld } from './fixtures.mjs';
import { HOSTILE_TEXTS, injectHostile, mutateBody, shuffleDelay } from './hostile.mjs';
import { NETWORK_FAULT_OPTIONS, answerFault, handleFaultEndpoints, swapZaak } from './network-faults.mjs';
import { FLAVOUR_OPTIONS, apiVersionFor, expandFor, flavourAnswer, flavourResource, flavoursOf, restoreFilters } from './backend-flavours.mjs';
import { withLongHistory } from './long-history.mjs';
import { RESOURCE_NAMES, RESOURCE_SCENARIO_OPTIONS, createResourceEngine } from './resources/index.mjs';

export { DEMO_ZAKEN, RESIDENTS };

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {'zaken' | 'catalogi' | 'documenten'} Api */
/** @typedef {'openzaak' | 'per-api'} Layout */

/** The API versions Open Zaak 1.30 reports in `API-version`. */
export const API_VERSIONS = { zaken: '1.5.1', catalogi: '1.3.1', documenten: '1.4.2' };

/** Resources this gateway serves, with the endpoints it serves for each. */
const SERVED = {
  zaken: { list: true, detail: true },
  statussen: { list: true, detail: true },
  resultaten: { list: true, detail: true },
  zaakinformatieobjecten: { list: true, detail: true },
  zaaktypen: { list: false, detail: true },
  statustypen: { list: true, detail: true },
  resultaattypen: { list: true, detail: true },
  informatieobjecttypen: { list: false, detail: true },
  enkelvoudiginformatieobjecten: { list: false, detail: true },
};

/** The 31 expand paths Open Zaak 1.30 accepts on /zaken and /zaken/{uuid}. */
export const ZAKEN_EXPAND_PATHS = [
  'deelzaken', 'deelzaken.resultaat', 'deelzaken.resultaat.resultaattype', 'deelzaken.rollen', 'deelzaken.rollen.roltype',
  'deelzaken.status', 'deelzaken.status.statustype', 'deelzaken.zaakinformatieobjecten', 'deelzaken.zaakobjecten',
  'deelzaken.zaaktype', 'eigenschappen', 'eigenschappen.eigenschap', 'hoofdzaak', 'hoofdzaak.resultaat',
  'hoofdzaak.resultaat.resultaattype', 'hoofdzaak.rollen', 'hoofdzaak.rollen.roltype', 'hoofdzaak.status',
  'hoofdzaak.status.statustype', 'hoofdzaak.zaakinformatieobjecten', 'hoofdzaak.zaakobjecten', 'hoofdzaak.zaaktype',
  'resultaat', 'resultaat.resultaattype', 'rollen', 'rollen.roltype', 'status', 'status.statustype',
  'zaakinformatieobjecten', 'zaakobjecten', 'zaaktype',
];

const ZAKEN_ORDERING = ['archiefactiedatum', 'einddatum', 'identificatie', 'publicatiedatum', 'registratiedatum', 'startdatum'];

/** Query parameters Open Zaak 1.30 declares per endpoint (the node tests check these against its specs). */
export const KNOWN_QUERY_PARAMS = {
  zaken: [
    'archiefactiedatum', 'archiefactiedatum__gt', 'archiefactiedatum__isnull', 'archiefactiedatum__lt', 'archiefnominatie',
    'archiefnominatie__in', 'archiefstatus', 'archiefstatus__in', 'bronorganisatie', 'bronorganisatie__in', 'einddatum',
    'einddatumGepland', 'einddatumGepland__gt', 'einddatumGepland__lt', 'einddatum__gt', 'einddatum__isnull', 'einddatum__lt',
    'expand', 'identificatie', 'identificatie__icontains', 'kenmerk', 'kenmerk__bron', 'maximaleVertrouwelijkheidaanduiding',
    'omschrijving', 'ordering', 'page', 'pageSize', 'registratiedatum', 'registratiedatum__gt', 'registratiedatum__lt',
    'resultaat__resultaattype', 'rol__betrokkene', 'rol__betrokkeneIdentificatie__medewerker__identificatie',
    'rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie', 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer',
    'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie',
    'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId', 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer',
    'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer',
    'rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie', 'rol__betrokkeneIdentificatie__vestiging__kvkNummer',
    'rol__betrokkeneIdentificatie__vestiging__vestigingsNummer', 'rol__betrokkeneType', 'rol__machtiging', 'rol__machtiging__loa',
    'rol__omschrijvingGeneriek', 'startdatum', 'startdatum__gt', 'startdatum__gte', 'startdatum__lt', 'startdatum__lte',
    'status__statustype', 'uiterlijkeEinddatumAfdoening', 'uiterlijkeEinddatumAfdoening__gt', 'uiterlijkeEinddatumAfdoening__lt',
    'zaaktype', 'zaaktype__omschrijving',
  ],
  'zaken/{uuid}': ['expand'],
  statussen: ['indicatieLaatstGezetteStatus', 'page', 'pageSize', 'statustype', 'zaak'],
  'statussen/{uuid}': [],
  resultaten: ['page', 'pageSize', 'resultaattype', 'zaak'],
  'resultaten/{uuid}': [],
  zaakinformatieobjecten: ['informatieobject', 'zaak'],
  'zaakinformatieobjecten/{uuid}': [],
  'zaaktypen/{uuid}': [],
  statustypen: ['datumGeldigheid', 'page', 'pageSize', 'status', 'zaaktype', 'zaaktypeIdentificatie'],
  'statustypen/{uuid}': [],
  resultaattypen: ['datumGeldigheid', 'page', 'pageSize', 'status', 'zaaktype', 'zaaktypeIdentificatie'],
  'resultaattypen/{uuid}': [],
  'informatieobjecttypen/{uuid}': [],
  'enkelvoudiginformatieobjecten/{uuid}': ['expand', 'registratieOp', 'versie'],
  'enkelvoudiginformatieobjecten/{uuid}/download': ['registratieOp', 'versie'],
};

/** Filter parameters holding a resource URL: compared with the back-end URL as a plain string. */
const URL_FILTERS = new Set(['zaak', 'zaaktype', 'statustype', 'resultaattype', 'informatieobject', 'status__statustype', 'resultaat__resultaattype', 'rol__betrokkene']);

/** Resource names `fail-on` accepts. */
const FAIL_ON_NAMES = new Set([...Object.keys(SERVED), 'download', 'mijn-zaken', ...RESOURCE_NAMES]);

/** Scenario options: name → parser returning the value or throwing a message. */
const SCENARIO_OPTIONS = {
  layout: (v) => oneOf(v, ['openzaak', 'per-api']),
  expand: (v) => oneOf(v, ['on', 'off', 'ignore']),
  'page-size': (v) => int(v, 1, 500),
  fail: (v) => int(v, 400, 599),
  'fail-on': (v) => {
    const names = v.split(/[|+ ]/).filter(Boolean);
    for (const n of names) if (!FAIL_ON_NAMES.has(n)) throw new Error(`unknown resource "${n}" (use one of ${[...FAIL_ON_NAMES].join(', ')})`);
    return new Set(names);
  },
  'retry-after': (v) => String(int(v, 0, 86400)),
  'fail-times': (v) => int(v, 1, 1e6),
  body: (v) => oneOf(v, ['invalid-json', 'wrong-shape', 'html']),
  delay: (v) => int(v, 0, 120000),
  history: (v) => int(v, 1, 100000),
  hang: (v) => oneOf(v, ['1', 'true']) !== undefined,
  session: (v) => {
    if (!/^[A-Za-z0-9_.:-]{1,120}$/.test(v)) throw new Error('use 1-120 characters A-Z a-z 0-9 _ . : -');
    return v;
  },
  token: (v) => {
    const tokens = v.split('|');
    if (!tokens.every((t) => /^[A-Za-z0-9_.~-]{1,200}$/.test(t))) throw new Error('use tokens of A-Z a-z 0-9 _ . ~ - separated by |');
    return tokens;
  },
  barrier: (v) => int(v, 1, 60000),
  resident: (v) => oneOf(v, Object.keys(RESIDENTS)),
  shuffle: (v) => int(v, 0, 2 ** 31),
  'shuffle-max': (v) => int(v, 0, 10000),
  hostile: (v) => (v === 'all' ? 'all' : int(v, 0, HOSTILE_TEXTS.length - 1)),
  'hostile-urls': (v) => oneOf(v, ['keep', 'replace']),
  mutate: (v) => int(v, 0, 2 ** 31),
  // Shapes recorded from other back ends and gateways: backend-flavours.mjs.
  ...FLAVOUR_OPTIONS,
  ...RESOURCE_SCENARIO_OPTIONS,
};
/** The scenario option names, for documentation and tests. */
export const SCENARIO_OPTION_NAMES = [...Object.keys(SCENARIO_OPTIONS), ...Object.keys(NETWORK_FAULT_OPTIONS)];

/** @param {string} v @param {string[]} allowed */
function oneOf(v, allowed) {
  if (!allowed.includes(v)) throw new Error(`expected one of ${allowed.join(', ')}`);
  return v;
}
/** @param {string} v @param {number} min @param {number} max */
function int(v, min, max) {
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new Error(`expected a whole number ${min}-${max}`);
  return Number(v);
}

/**
 * @typedef {object} Scenario
 * @property {string} text the raw segment ('' when absent)
 * @property {Layout} layout
 * @property {'on'|'off'|'ignore'} expand
 * @property {number} pageSize
 * @property {number} [fail]
 * @property {Set<string>} [failOn]
 * @property {string} [retryAfter]
 * @property {number} [failTimes]
 * @property {'invalid-json'|'wrong-shape'|'html'} [body]
 * @property {number} [delay]
 * @property {number} [history] extra statussen for the geluid zaak (long-history.mjs)
 * @property {boolean} [hang]
 * @property {string} [session]
 * @property {string[]} [tokens] accepted bearer tokens (`token=a|b`); the log says which one came
 * @property {number} [barrier]
 * @property {string} resident
 * @property {number} [shuffle] seed of the per-request delays
 * @property {number} shuffleMax largest shuffle delay in ms
 * @property {number | 'all'} [hostile] payload index, or every payload in turn
 * @property {'keep'|'replace'} hostileUrls
 * @property {number} [mutate] seed of the body mutations
 * @property {Record<string, any>} [faults] the options of network-faults.mjs
 * @property {import('./backend-flavours.mjs').Flavours} flavours shapes of other back ends
 */

/** @param {string} text @returns {Scenario} */
export function parseScenario(text) {
  /** @type {Record<string, any>} */
  const raw = {};
  for (const part of text.split(',').filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    const parse = SCENARIO_OPTIONS[/** @type {keyof typeof SCENARIO_OPTIONS} */ (key)] ?? NETWORK_FAULT_OPTIONS[/** @type {keyof typeof NETWORK_FAULT_OPTIONS} */ (key)];
    if (!parse) throw new Error(`unknown scenario option "${key}" (known: ${SCENARIO_OPTION_NAMES.join(', ')})`);
    try {
      raw[key] = parse(value);
    } catch (error) {
      throw new Error(`scenario option ${key}=${value}: ${/** @type {Error} */ (error).message}`);
    }
  }
  if (raw.barrier !== undefined && raw.session === undefined) throw new Error('scenario option barrier needs a session');
  if (raw['shuffle-max'] !== undefined && raw.shuffle === undefined) throw new Error('scenario option shuffle-max needs shuffle');
  if (raw['hostile-urls'] !== undefined && raw.hostile === undefined) throw new Error('scenario option hostile-urls needs hostile');
  return {
    text,
    layout: raw.layout ?? 'openzaak',
    expand: expandFor(flavoursOf(raw), raw.expand ?? 'on'),
    pageSize: raw['page-size'] ?? 100,
    fail: raw.fail,
    failOn: raw['fail-on'],
    retryAfter: raw['retry-after'],
    failTimes: raw['fail-times'],
    body: raw.body,
    delay: raw.delay,
    history: raw.history,
    hang: raw.hang,
    session: raw.session,
    tokens: raw.token,
    barrier: raw.barrier,
    resident: raw.resident ?? 'default',
    shuffle: raw.shuffle,
    shuffleMax: raw['shuffle-max'] ?? 30,
    hostile: raw.hostile,
    hostileUrls: raw['hostile-urls'] ?? 'keep',
    mutate: raw.mutate,
    // network-faults.mjs: its own options, as parsed
    faults: Object.keys(raw).some((key) => Object.hasOwn(NETWORK_FAULT_OPTIONS, key))
      ? Object.fromEntries(Object.entries(raw).filter(([key]) => Object.hasOwn(NETWORK_FAULT_OPTIONS, key)))
      : undefined,
    flavours: flavoursOf(raw),
  };
}

/** Request headers recorded in session logs. */
const LOGGED_HEADERS = [
  'authorization', 'accept', 'accept-language', 'accept-crs', 'content-type', 'content-crs', 'cookie', 'origin', 'referer',
  'if-none-match', 'x-request-id', 'x-correlation-id',
];
/** Logged as `true` only: the log is readable by anyone who can reach the server, so it keeps no credential. */
const SECRET_HEADERS = new Set(['authorization', 'cookie']);
/** A credential inside any other header or a query value (`Bearer …`, a JWT, `access_token=…` in a referer). */
const SECRET_VALUE = /\bbearer\s|\bbasic\s|eyJ[\w-]+\.[\w-]+|(?:access_?token|id_token|code|password|secret)=/i;
const SECRET_QUERY_NAME = /token|password|secret|^code$/i;
/** Bounds of the session logs (oldest evicted first): sessions, entries per session, entries in all. */
export const LOG_LIMITS = { sessions: 200, entriesPerSession: 10_000, entries: 100_000, counters: 1_000 };

/** @param {import('node:http').IncomingHttpHeaders} headers */
function loggedHeaders(headers) {
  /** @type {Record<string, string | true>} */
  const out = {};
  for (const name of LOGGED_HEADERS) {
    const value = headers[name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    out[name] = SECRET_HEADERS.has(name) || SECRET_VALUE.test(text) ? true : text;
  }
  return out;
}

/** @param {URLSearchParams} params */
function loggedQuery(params) {
  return Object.fromEntries([...params].map(([name, value]) => [name, SECRET_QUERY_NAME.test(name) || SECRET_VALUE.test(value) ? true : value]));
}

/** Dutch problem texts as Open Zaak (Django REST framework, nl) gives them: [type name, code, title]. */
const PROBLEMS = {
  400: ['ValidationError', 'invalid', 'Ongeldige invoer.'],
  401: ['NotAuthenticated', 'not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.'],
  403: ['PermissionDenied', 'permission_denied', 'Je hebt geen toestemming om deze actie uit te voeren.'],
  404: ['NotFound', 'not_found', 'Niet gevonden.'],
  405: ['MethodNotAllowed', 'method_not_allowed', 'Methode niet toegestaan.'],
  406: ['NotAcceptable', 'not_acceptable', 'Kan niet voldoen aan de opgegeven Accept header.'],
  409: ['Conflict', 'conflict', 'Er is een conflict opgetreden.'],
  410: ['Gone', 'gone', 'Deze resource is verwijderd.'],
  412: ['PreconditionFailed', 'precondition_failed', 'Niet aan de voorwaarden voldaan.'],
  415: ['UnsupportedMediaType', 'unsupported_media_type', 'Media type wordt niet ondersteund.'],
  429: ['Throttled', 'throttled', 'Verzoek is afgeknepen.'],
  500: ['APIException', 'error', 'Er is een serverfout opgetreden.'],
  502: ['BadGateway', 'bad_gateway', 'De achterliggende dienst gaf een ongeldig antwoord.'],
  503: ['ServiceUnavailable', 'service_unavailable', 'Dienst tijdelijk niet beschikbaar, probeer het later opnieuw.'],
  504: ['GatewayTimeout', 'gateway_timeout', 'De achterliggende dienst antwoordde niet op tijd.'],
};

const LOGIN_PAGE = `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Inloggen - Mijn gemeente</title></head>
<body>
<main>
<h1>Inloggen</h1>
<p>Uw sessie is verlopen. Log opnieuw in om verder te gaan.</p>
<form method="post" action="/login"><button type="submit">Inloggen</button></form>
</main>
</body>
</html>
`;

/**
 * @typedef {object} Session
 * @property {Array<Record<string, any>>} requests the newest LOG_LIMITS.entriesPerSession
 * @property {number} rounds
 * @property {Array<(round: number) => void>} held
 * @property {ReturnType<typeof setTimeout> | undefined} timer
 * @property {number} misbehaved requests that matched fail-on so far (for fail-times)
 */

/**
 * The gateway middleware.
 * @param {{ mountPath?: string, logLimits?: typeof LOG_LIMITS }} [options]
 * @returns {(req: Req, res: Res, next: (error?: unknown) => void) => void}
 */
export function createGatewayMiddleware({ mountPath = '/api/zgw', logLimits = LOG_LIMITS } = {}) {
  const mount = `/${mountPath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
  /** @type {Map<string, Session>} */
  const sessions = new Map();
  /** fail-times counters for scenarios without a session, by scenario text */
  /** @type {Map<string, number>} */
  const counters = new Map();

  /** Entries in all session logs. */
  let loggedEntries = 0;
  /** Writes, and the resources beyond Zaken/Catalogi/Documenten reads: resources/ (one table). */
  const resources = createResourceEngine();

  /** Forgets a session; anything its barrier still holds is released, so no request is left hanging. */
  const dropSession = (id) => {
    const s = sessions.get(id);
    if (!s) return;
    clearTimeout(s.timer);
    for (const release of s.held) release(s.rounds + 1);
    loggedEntries -= s.requests.length;
    sessions.delete(id);
  };

  /** The session, made the newest (a Map keeps insertion order: the first key is the oldest). */
  /** @param {string} id */
  const sessionFor = (id) => {
    let s = sessions.get(id);
    if (s) sessions.delete(id);
    else s = { requests: [], rounds: 0, held: [], timer: undefined, misbehaved: 0 };
    sessions.set(id, s);
    for (const oldest of sessions.keys()) {
      if (sessions.size <= logLimits.sessions) break;
      dropSession(oldest);
    }
    return s;
  };

  /** @param {Session} session @param {Record<string, any>} entry */
  const logEntry = (session, entry) => {
    session.requests.push(entry);
    loggedEntries += 1;
    if (session.requests.length > logLimits.entriesPerSession) {
      session.requests.shift();
      loggedEntries -= 1;
    }
    for (const [id, other] of sessions) {
      if (loggedEntries <= logLimits.entries) break;
      if (other === session) continue;
      dropSession(id);
    }
  };

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
        send(res, req, 500, { 'Content-Type': 'application/problem+json' }, JSON.stringify(problemBody('openzaak', 'zaken', 500, {}, path)));
      } else if (!res.writableEnded) {
        res.destroy();
      }
    });
  };

  /** @param {Req} req @param {Res} res @param {URL} url */
  async function handle(req, res, url) {
    const segments = url.pathname.slice(mount.length).split('/').filter(Boolean).map(safeDecode);

    if (segments[0] === '_log') return handleLog(req, res, segments);
    if (await handleFaultEndpoints(req, res, segments, createGatewayMiddleware)) return;

    /** @type {Scenario} */
    let scenario;
    let scenarioText = '';
    if (segments[0]?.includes('=')) {
      scenarioText = /** @type {string} */ (segments.shift());
      try {
        scenario = parseScenario(scenarioText);
      } catch (error) {
        const message = /** @type {Error} */ (error).message;
        return sendJson(res, req, 400, { 'Content-Type': 'application/problem+json' }, {
          ...problemBody('openzaak', 'zaken', 400, { code: 'invalid-scenario', detail: `Mock gateway: ${message}` }, url.pathname),
          invalidParams: [{ name: 'scenario', code: 'invalid-scenario', reason: message }],
        });
      }
    } else {
      scenario = parseScenario('');
    }

    const route = parseRoute(swapZaak(scenario, segments));
    const claimed = resources.claims(req.method ?? 'GET', segments, scenario);
    const session = scenario.session ? sessionFor(scenario.session) : undefined;
    /** @type {Record<string, any> | undefined} */
    let entry;
    if (session) {
      entry = {
        method: req.method,
        path: url.pathname.replace(/(^|[/,])token=[^,/]*/g, '$1token=hidden'),
        query: loggedQuery(url.searchParams),
        headers: loggedHeaders(req.headers),
        api: route?.api ?? null,
        resource: route?.resource ?? null,
        uuid: route?.uuid ?? null,
        download: route?.download ?? false,
        round: null,
        status: null,
      };
      if (scenario.tokens) entry.token = acceptedToken(scenario.tokens, req.headers.authorization);
      if (claimed) Object.assign(entry, resources.describe(segments));
      logEntry(session, entry);
      const logged = entry;
      res.on('finish', () => {
        logged.status = res.statusCode;
      });
    }

    // Does this request misbehave (fail / body / hang)? Counted on arrival, so it is deterministic.
    const resourceKey = route ? (route.download ? 'download' : route.resource) : claimed ? (segments[0] === 'mijn-zaken' ? 'mijn-zaken' : segments[3]) : undefined;
    let misbehave = false;
    // The capabilities (CONTRACT 8) misbehave only when `fail-on` names them (`mijn-zaken`): `fail`, `body` and `hang` are about the ZGW resources.
    if ((scenario.fail || scenario.body || scenario.hang) && (scenario.failOn ? resourceKey && scenario.failOn.has(resourceKey) : resourceKey !== 'mijn-zaken')) {
      let count;
      if (session) count = ++session.misbehaved;
      else {
        count = (counters.get(scenarioText) ?? 0) + 1;
        counters.delete(scenarioText);
        counters.set(scenarioText, count);
        if (counters.size > logLimits.counters) counters.delete(/** @type {string} */ (counters.keys().next().value));
      }
      misbehave = scenario.failTimes === undefined || count <= scenario.failTimes;
    }

    if (session && scenario.barrier !== undefined) {
      const barrier = scenario.barrier;
      const round = await new Promise((resolve) => {
        session.held.push(resolve);
        clearTimeout(session.timer);
        session.timer = setTimeout(() => {
          session.rounds += 1;
          const held = session.held;
          session.held = [];
          session.timer = undefined;
          for (const release of held) release(session.rounds);
        }, barrier);
      });
      if (entry) entry.round = round;
    }
    if (scenario.delay) await new Promise((resolve) => setTimeout(resolve, scenario.delay));
    if (scenario.shuffle !== undefined) {
      // Keyed by the route without the scenario segment, so a session id does not change the order.
      const ms = shuffleDelay(scenario.shuffle, `/${segments.join('/')}${url.search}`, scenario.shuffleMax);
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    if (res.destroyed) return;
    if (await answerFault(req, res, scenario, route, { mount, url, createGateway: createGatewayMiddleware })) return;

    const layout = scenario.layout;
    const api = route?.api ?? 'zaken';

    if (scenario.tokens && acceptedToken(scenario.tokens, req.headers.authorization) === null) {
      return sendJson(res, req, 401, { 'Content-Type': 'application/problem+json', 'WWW-Authenticate': 'Bearer', 'API-version': API_VERSIONS[api] },
        problemBody(layout, api, 401, {}, url.pathname));
    }
    if (!claimed && req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, req, 405, { 'Content-Type': 'application/problem+json', Allow: 'GET, HEAD', 'API-version': API_VERSIONS[api] },
        problemBody(layout, api, 405, { title: `Methode "${req.method}" niet toegestaan.` }, url.pathname));
    }

    if (misbehave && scenario.hang) {
      // Never answer. The socket stays open until the client gives up; nothing to clean up but the listener.
      await new Promise((resolve) => res.once('close', resolve));
      return;
    }
    if (misbehave && scenario.fail) {
      const status = scenario.fail;
      /** @type {Record<string, string>} */
      const headers = { 'Content-Type': 'application/problem+json', 'API-version': API_VERSIONS[api] };
      if (scenario.retryAfter !== undefined) headers['Retry-After'] = scenario.retryAfter;
      const extra = {};
      if (status === 429) {
        extra.detail = `Verzoek is afgeknepen. Verwacht beschikbaar over ${scenario.retryAfter ?? '60'} seconden.`;
      }
      const body = problemBody(layout, api, status, extra, url.pathname);
      if (status === 400) body.invalidParams = [{ name: 'nonFieldErrors', code: 'invalid', reason: 'Ongeldige invoer.' }];
      return sendJson(res, req, status, headers, hostileAnswer(body, scenario, `/${segments.join('/')}${url.search}`));
    }
    if (misbehave && scenario.body) {
      const isList = route && !route.uuid;
      if (scenario.body === 'html') {
        return send(res, req, 200, { 'Content-Type': 'text/html; charset=utf-8' }, LOGIN_PAGE);
      }
      const text =
        scenario.body === 'invalid-json'
          ? '{"count": 3, "next": null, "results": [{"url": "https://openzaak.gemeente.example/zaken/api/v1/zaken/'
          : isList
            ? '{"foo": 1}'
            : '"Dit is geen ZGW-resource"';
      return send(res, req, 200, { 'Content-Type': 'application/json', 'API-version': API_VERSIONS[api] }, text);
    }

    if (claimed) return resources.serve(req, res, { segments, url, scenario });
    if (!route) {
      return sendJson(res, req, 404, { 'Content-Type': 'application/problem+json' }, problemBody(layout, 'zaken', 404, {}, url.pathname));
    }
    const gatewayPrefix = `http://${req.headers.host}${mount}${scenarioText ? `/${scenarioText}` : ''}`;
    restoreFilters(url.searchParams, scenario, gatewayPrefix);
    const flavoured = flavourResource(route, scenario, (end) => [...buildWorld(layout).statustypen.values()].find((t) => t.url.endsWith(end)));
    const result = flavoured ? { status: 200, body: flavoured } : serve(route, url.searchParams, scenario, req);
    const headers = { 'API-version': apiVersionFor(scenario.flavours, route.api, API_VERSIONS[route.api]), 'Cache-Control': 'no-store', ...result.headers };
    if ('file' in result && result.file) {
      return send(res, req, 200, headers, result.file);
    }
    const body = result.problem
      ? problemBody(layout, route.api, result.status, result.problem, url.pathname)
      : result.body;
    if (result.problem) headers['Content-Type'] = 'application/problem+json';
    else {
      headers['Content-Type'] = 'application/json';
      if (route.uuid && !route.download) headers.ETag = `"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
    }
    return sendJson(res, req, result.status, headers, hostileAnswer(flavourAnswer(body, route, scenario, gatewayPrefix), scenario, `/${segments.join('/')}${url.search}`));
  }

  /** @param {Req} req @param {Res} res @param {string[]} segments */
  function handleLog(req, res, segments) {
    const id = segments[1];
    if (!id || segments.length !== 2) {
      return sendJson(res, req, 404, { 'Content-Type': 'application/problem+json' }, problemBody('openzaak', 'zaken', 404, {}, req.url ?? ''));
    }
    if (req.method === 'DELETE') {
      dropSession(id);
      res.statusCode = 204;
      res.end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendJson(res, req, 405, { 'Content-Type': 'application/problem+json', Allow: 'GET, HEAD, DELETE' },
        problemBody('openzaak', 'zaken', 405, { title: `Methode "${req.method}" niet toegestaan.` }, req.url ?? ''));
    }
    const s = sessions.get(id);
    return sendJson(res, req, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, {
      requests: s?.requests ?? [],
      rounds: s?.rounds ?? 0,
    });
  }
}

/**
 * `token=a|b`: which accepted token the request's `Authorization: Bearer …` carries (its index), or null.
 * @param {string[]} tokens @param {string | undefined} authorization
 */
function acceptedToken(tokens, authorization) {
  const index = tokens.findIndex((token) => authorization === `Bearer ${token}`);
  return index < 0 ? null : index;
}

/**
 * `hostile` and `mutate`: the JSON answer with payloads in its strings and/or seeded mutations.
 * @param {unknown} body @param {Scenario} scenario @param {string} routeAndQuery the request without mount and scenario
 */
function hostileAnswer(body, scenario, routeAndQuery) {
  let out = body;
  if (scenario.mutate !== undefined) out = mutateBody(out, scenario.mutate, routeAndQuery);
  if (scenario.hostile !== undefined) out = injectHostile(out, { payload: scenario.hostile, urls: scenario.hostileUrls });
  return out;
}

/** @param {string} s */
function safeDecode(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * @typedef {{ api: Api, resource: keyof typeof SERVED, uuid?: string, download: boolean, key: string }} Route
 * @param {string[]} segments
 * @returns {Route | undefined}
 */
function parseRoute(segments) {
  const [api, a, v, resource, uuid, download, ...rest] = segments;
  if (a !== 'api' || v !== 'v1' || rest.length || !resource) return undefined;
  if (!Object.hasOwn(SERVED, resource)) return undefined;
  const r = /** @type {keyof typeof SERVED} */ (resource);
  if (API_OF_RESOURCE[r] !== api) return undefined;
  if (uuid === undefined) return SERVED[r].list ? { api, resource: r, download: false, key: r } : undefined;
  if (!UUID_RE.test(uuid)) return undefined;
  if (download !== undefined) {
    if (download !== 'download' || r !== 'enkelvoudiginformatieobjecten') return undefined;
    return { api, resource: r, uuid: uuid.toLowerCase(), download: true, key: `${r}/{uuid}/download` };
  }
  return { api, resource: r, uuid: uuid.toLowerCase(), download: false, key: `${r}/{uuid}` };
}

/**
 * A problem+json body like Open Zaak's.
 * @param {Layout} layout @param {Api} api @param {number} status
 * @param {{ code?: string, title?: string, detail?: string, invalidParams?: unknown[] }} overrides @param {string} instancePath
 * @returns {Record<string, any>}
 */
export function problemBody(layout, api, status, overrides, instancePath) {
  const [name, code, title] = PROBLEMS[/** @type {keyof typeof PROBLEMS} */ (status)] ?? [`Http${status}`, 'error', STATUS_CODES[status] ?? 'Fout'];
  void instancePath;
  return {
    type: `${backendOrigin(layout, api)}/ref/fouten/${name}/`,
    code: overrides.code ?? code,
    title: overrides.title ?? title,
    status,
    detail: overrides.detail ?? overrides.title ?? title,
    instance: `urn:uuid:${randomUUID()}`,
    ...(overrides.invalidParams ? { invalidParams: overrides.invalidParams } : {}),
  };
}

/** @param {Res} res @param {Req} req @param {number} status @param {Record<string, string>} headers @param {unknown} body */
function sendJson(res, req, status, headers, body) {
  send(res, req, status, headers, JSON.stringify(body));
}

/** @param {Res} res @param {Req} req @param {number} status @param {Record<string, string>} headers @param {string | Buffer} body */
function send(res, req, status, headers, body) {
  if (res.destroyed || res.writableEnded) return;
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  if (req.method === 'HEAD') res.end();
  else res.end(bytes);
}

// ---------------------------------------------------------------------------------------------
// Serving the ZGW resources.

/**
 * @typedef {{ status: number, headers?: Record<string, string>, body?: unknown, problem?: Record<string, any>, file?: Buffer }} Result
 */

/** @param {number} status @param {string} detail @param {Array<{name: string, code: string, reason: string}>} [invalidParams] @returns {Result} */
function fail(status, detail, invalidParams) {
  return { status, problem: { detail, ...(invalidParams ? { invalidParams } : {}) } };
}

/** @param {Array<{name: string, code: string, reason: string}>} invalidParams @returns {Result} */
function invalid(invalidParams) {
  return { status: 400, problem: { detail: '', invalidParams } };
}

/** @param {string | null | undefined} url */
function lastSegment(url) {
  if (!url) return '';
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/**
 * @param {Route} route @param {URLSearchParams} query @param {Scenario} scenario @param {Req} req
 * @returns {Result}
 */
function serve(route, query, scenario, req) {
  // Query parameters: anything Open Zaak does not know is a 400, like Open Zaak.
  let known = KNOWN_QUERY_PARAMS[/** @type {keyof typeof KNOWN_QUERY_PARAMS} */ (route.key)] ?? [];
  if (scenario.expand === 'off') known = known.filter((p) => p !== 'expand');
  const unknown = [...new Set(query.keys())].filter((k) => !known.includes(k));
  if (unknown.length) {
    return invalid([{ name: 'nonFieldErrors', code: 'unknown-parameters', reason: `Onbekende query parameters: ${unknown.join(', ')}` }]);
  }
  const personal = [...new Set(query.keys())].filter((k) => k.startsWith('rol__'));
  if (personal.length) {
    return invalid(personal.map((name) => ({
      name,
      code: 'not-allowed',
      reason: 'De gateway bepaalt zelf van wie de zaken zijn; filteren op rollen is niet toegestaan.',
    })));
  }
  for (const name of URL_FILTERS) {
    const value = query.get(name);
    if (value !== null && !URL.canParse(value)) return invalid([{ name, code: 'invalid', reason: 'Voer een geldige URL in.' }]);
  }

  const accept = req.headers.accept;
  if (!route.download && accept && !/(^|,)\s*(\*\/\*|application\/\*|application\/json|application\/problem\+json)\s*(;|,|$)/i.test(accept)) {
    return fail(406, 'Kan niet voldoen aan de opgegeven Accept header.');
  }

  const w = scenario.history ? withLongHistory(buildWorld(scenario.layout), scenario.history) : buildWorld(scenario.layout);
  const owned = new Set(RESIDENTS[/** @type {keyof typeof RESIDENTS} */ (scenario.resident)].zaken);
  /** @param {string} uuid */
  const mine = (uuid) => owned.has(w.zaakOf.get(uuid) ?? uuid);

  // Expand (zaken and enkelvoudiginformatieobjecten).
  /** @type {Set<string> | undefined} */
  let expand;
  if (query.has('expand')) {
    const values = (query.get('expand') ?? '').split(',').filter(Boolean);
    const allowed = route.resource === 'zaken' ? ZAKEN_EXPAND_PATHS : ['informatieobjecttype'];
    const bad = values.filter((v) => !allowed.includes(v));
    if (bad.length) {
      return invalid(bad.map((v) => ({ name: 'expand', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${v} is geen beschikbare keuze.` })));
    }
    expand = scenario.expand === 'ignore' ? undefined : new Set(values);
  }

  const crs = route.resource === 'zaken' ? { 'Content-Crs': 'EPSG:4326' } : {};

  if (route.uuid) {
    const store = /** @type {Map<string, Record<string, any>>} */ (w[route.resource]);
    const item = store.get(route.uuid);
    const zaakBound = ['zaken', 'statussen', 'resultaten', 'zaakinformatieobjecten', 'enkelvoudiginformatieobjecten'].includes(route.resource);
    if (!item || (zaakBound && !mine(route.uuid))) return fail(404, 'Niet gevonden.');
    if (route.download) {
      const file = w.files.get(route.uuid);
      if (!file) return fail(404, 'Niet gevonden.');
      const versie = query.get('versie');
      if (versie !== null && versie !== '1') return fail(404, 'Niet gevonden.');
      return {
        status: 200,
        file: file.bytes,
        headers: {
          'Content-Type': file.formaat.startsWith('text/') ? `${file.formaat}; charset=utf-8` : file.formaat,
          'Content-Disposition': `attachment; filename="${file.bestandsnaam}"`,
          'X-Content-Type-Options': 'nosniff',
        },
      };
    }
    if (route.resource === 'zaken') return { status: 200, headers: crs, body: expand ? withZaakExpand(item, expand, w) : item };
    if (route.resource === 'enkelvoudiginformatieobjecten' && expand) {
      const iot = expand.has('informatieobjecttype') ? w.informatieobjecttypen.get(lastSegment(item.informatieobjecttype)) : undefined;
      return { status: 200, body: { ...item, _expand: iot ? { informatieobjecttype: iot } : {} } };
    }
    return { status: 200, body: item };
  }

  /** exact string match on a URL-valued filter */
  const eq = (name, value) => !query.has(name) || query.get(name) === value;

  switch (route.resource) {
    case 'zaken': {
      let items = [...w.zaken.values()].filter((z) => owned.has(z.uuid));
      const filtered = filterZaken(items, query, w);
      if ('status' in filtered) return filtered;
      items = filtered.items;
      const page = paginate(items, query, scenario, route);
      if ('problem' in page) return page;
      if (expand) page.body.results = page.body.results.map((z) => withZaakExpand(z, expand, w));
      return { status: 200, headers: crs, body: page.body };
    }
    case 'statussen': {
      const flag = query.get('indicatieLaatstGezetteStatus');
      if (flag !== null && !['true', 'false'].includes(flag)) {
        return invalid([{ name: 'indicatieLaatstGezetteStatus', code: 'invalid', reason: 'Selecteer een geldige keuze.' }]);
      }
      const items = [...w.statussen.values()]
        .filter((s) => mine(s.uuid) && eq('zaak', s.zaak) && eq('statustype', s.statustype))
        .filter((s) => flag === null || String(s.indicatieLaatstGezetteStatus) === flag)
        // Open Zaak lists statussen newest first.
        .sort((a, b) => (a.datumStatusGezet < b.datumStatusGezet ? 1 : a.datumStatusGezet > b.datumStatusGezet ? -1 : 0));
      return paginate(items, query, scenario, route);
    }
    case 'resultaten': {
      const items = [...w.resultaten.values()].filter((r) => mine(r.uuid) && eq('zaak', r.zaak) && eq('resultaattype', r.resultaattype));
      return paginate(items, query, scenario, route);
    }
    case 'zaakinformatieobjecten': {
      // A plain array, as Open Zaak answers.
      const items = [...w.zaakinformatieobjecten.values()].filter((z) => mine(z.uuid) && eq('zaak', z.zaak) && eq('informatieobject', z.informatieobject));
      return { status: 200, body: items };
    }
    case 'statustypen':
    case 'resultaattypen': {
      const status = query.get('status') ?? 'definitief';
      if (!['alles', 'concept', 'definitief'].includes(status)) {
        return invalid([{ name: 'status', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${status} is geen beschikbare keuze.` }]);
      }
      const datum = query.get('datumGeldigheid');
      if (datum !== null && !/^\d{4}-\d{2}-\d{2}$/.test(datum)) {
        return invalid([{ name: 'datumGeldigheid', code: 'invalid', reason: 'Voer een geldige datum in.' }]);
      }
      const store = route.resource === 'statustypen' ? w.statustypen : w.resultaattypen;
      // Creation order, NOT sorted by volgnummer: like Open Zaak.
      const items = [...store.values()].filter(
        (t) =>
          status !== 'concept' &&
          eq('zaaktype', t.zaaktype) &&
          eq('zaaktypeIdentificatie', t.zaaktypeIdentificatie) &&
          (datum === null || datum >= t.beginObject),
      );
      return paginate(items, query, scenario, route);
    }
    default:
      return fail(404, 'Niet gevonden.');
  }
}

/**
 * `_expand` like Open Zaak: nested objects, keys left out when there is nothing to expand.
 * @param {Record<string, any>} zaak @param {Set<string>} paths @param {ReturnType<typeof buildWorld>} w
 */
function withZaakExpand(zaak, paths, w) {
  /** @type {Record<string, any>} */
  const _expand = {};
  if (paths.has('zaaktype')) _expand.zaaktype = w.zaaktypen.get(lastSegment(zaak.zaaktype));
  if ((paths.has('status') || paths.has('status.statustype')) && zaak.status) {
    const status = w.statussen.get(lastSegment(zaak.status));
    if (status) {
      _expand.status = paths.has('status.statustype')
        ? { ...status, _expand: { statustype: w.statustypen.get(lastSegment(status.statustype)) } }
        : status;
    }
  }
  if ((paths.has('resultaat') || paths.has('resultaat.resultaattype')) && zaak.resultaat) {
    const resultaat = w.resultaten.get(lastSegment(zaak.resultaat));
    if (resultaat) {
      _expand.resultaat = paths.has('resultaat.resultaattype')
        ? { ...resultaat, _expand: { resultaattype: w.resultaattypen.get(lastSegment(resultaat.resultaattype)) } }
        : resultaat;
    }
  }
  if (paths.has('zaakinformatieobjecten')) {
    _expand.zaakinformatieobjecten = zaak.zaakinformatieobjecten.map((u) => w.zaakinformatieobjecten.get(lastSegment(u)));
  }
  for (const empty of ['deelzaken', 'eigenschappen', 'zaakobjecten']) if (paths.has(empty)) _expand[empty] = [];
  // rollen (and hoofdzaak, always null here) are never expanded: the gateway does not expose Rollen
  // to residents, because they hold personal data (CONTRACT 4.8).
  return { ...zaak, _expand };
}

const VERTROUWELIJKHEID = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];

/**
 * The /zaken filters of Open Zaak 1.30 (less the rol__ ones, refused earlier) and `ordering`.
 * @param {Array<Record<string, any>>} items @param {URLSearchParams} query @param {ReturnType<typeof buildWorld>} w
 * @returns {{ items: Array<Record<string, any>> } | Result}
 */
function filterZaken(items, query, w) {
  let out = items;
  for (const [name, value] of query) {
    if (['expand', 'page', 'pageSize', 'ordering'].includes(name)) continue;
    const [field, lookup] = /** @type {[string, string | undefined]} */ (name.split('__'));
    /** @type {(z: Record<string, any>) => boolean} */
    let keep;
    if (name === 'maximaleVertrouwelijkheidaanduiding') {
      const max = VERTROUWELIJKHEID.indexOf(value);
      if (max < 0) return invalid([{ name, code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${value} is geen beschikbare keuze.` }]);
      keep = (z) => VERTROUWELIJKHEID.indexOf(z.vertrouwelijkheidaanduiding) <= max;
    } else if (name === 'omschrijving' || lookup === 'icontains') {
      keep = (z) => String(z[field] ?? '').toLowerCase().includes(value.toLowerCase());
    } else if (name === 'kenmerk' || name === 'kenmerk__bron') {
      keep = () => false; // no kenmerken in the demo data
    } else if (name === 'status__statustype') {
      keep = (z) => Boolean(z.status) && w.statussen.get(lastSegment(z.status))?.statustype === value;
    } else if (name === 'resultaat__resultaattype') {
      keep = (z) => Boolean(z.resultaat) && w.resultaten.get(lastSegment(z.resultaat))?.resultaattype === value;
    } else if (name === 'zaaktype__omschrijving') {
      keep = (z) => w.zaaktypen.get(lastSegment(z.zaaktype))?.omschrijving === value;
    } else if (lookup === 'isnull') {
      if (!['true', 'false', '1', '0'].includes(value)) return invalid([{ name, code: 'invalid', reason: 'Selecteer een geldige keuze.' }]);
      const wantNull = value === 'true' || value === '1';
      keep = (z) => (z[field] === null || z[field] === undefined) === wantNull;
    } else if (lookup === 'in') {
      const values = value.split(',');
      keep = (z) => values.includes(String(z[field]));
    } else if (lookup === 'gt' || lookup === 'gte' || lookup === 'lt' || lookup === 'lte') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return invalid([{ name, code: 'invalid', reason: 'Voer een geldige datum in.' }]);
      keep = (z) => {
        const v = z[field];
        if (!v) return false;
        return lookup === 'gt' ? v > value : lookup === 'gte' ? v >= value : lookup === 'lt' ? v < value : v <= value;
      };
    } else {
      keep = (z) => String(z[field] ?? '') === value;
    }
    out = out.filter(keep);
  }
  const ordering = query.get('ordering');
  if (ordering) {
    const fields = ordering.split(',').filter(Boolean);
    const bad = fields.filter((f) => !ZAKEN_ORDERING.includes(f.replace(/^-/, '')));
    if (bad.length) {
      return invalid([{ name: 'ordering', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${bad.join(', ')} is geen beschikbare keuze.` }]);
    }
    out = [...out].sort((a, b) => {
      for (const f of fields) {
        const desc = f.startsWith('-');
        const key = f.replace(/^-/, '');
        const x = a[key] ?? '';
        const y = b[key] ?? '';
        if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
      }
      return 0;
    });
  }
  return { items: out };
}

/**
 * A page `{count, next, previous, results}` with `next`/`previous` on the back end's origin, query
 * parameters sorted (Django REST framework's replace_query_param does that).
 * @param {Array<Record<string, any>>} items @param {URLSearchParams} query @param {Scenario} scenario @param {Route} route
 * @returns {Result & { body: { count: number, next: string | null, previous: string | null, results: any[] } } | Result & { problem: any }}
 */
function paginate(items, query, scenario, route) {
  const sizeParam = query.get('pageSize');
  const pageSize = sizeParam && /^\d+$/.test(sizeParam) && Number(sizeParam) > 0 ? Math.min(Number(sizeParam), 500) : scenario.pageSize;
  const pageParam = query.get('page');
  const page = pageParam === null ? 1 : /^\d+$/.test(pageParam) ? Number(pageParam) : NaN;
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  if (!(page >= 1 && page <= pages)) return /** @type {any} */ (fail(404, 'Ongeldige pagina.'));
  /** @param {number | null} n */
  const link = (n) => {
    const params = new URLSearchParams([...query].filter(([k]) => k !== 'page'));
    if (n !== null) params.set('page', String(n));
    params.sort();
    const qs = params.toString();
    return `${backendBase(scenario.layout, route.api)}/${route.resource}${qs ? `?${qs}` : ''}`;
  };
  return {
    status: 200,
    body: {
      count: items.length,
      next: page < pages ? link(page + 1) : null,
      previous: page > 1 ? link(page === 2 ? null : page - 1) : null,
      results: items.slice((page - 1) * pageSize, page * pageSize),
    },
  };
}
