// @ts-check
// Session logs (`session=` scenario option): what each request looked like and how it was answered,
// `GET {mount}/_log/{session}` reads them, `DELETE` clears one (and its `fail-times` count). The log
// keeps no credential; it is bounded (oldest first). Also the `barrier` rounds and `fail-times` counts.
import { problem } from './resources/problems.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./resources/types.mjs').Json} Json */

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

/**
 * One logged request.
 * @typedef {object} LogEntry
 * @property {string | undefined} method
 * @property {string} path
 * @property {Record<string, string | true>} query
 * @property {Record<string, string | true>} headers
 * @property {string | null} api
 * @property {string | null} resource
 * @property {string | null} uuid
 * @property {boolean} download
 * @property {number | null} round
 * @property {number | null} status
 * @property {number | null} [token]
 */
/** The route part of an entry. @typedef {Pick<LogEntry, 'api' | 'resource' | 'uuid' | 'download'>} LoggedRoute */

/**
 * @typedef {object} Session
 * @property {LogEntry[]} requests the newest LOG_LIMITS.entriesPerSession
 * @property {number} rounds
 * @property {Array<(round: number) => void>} held
 * @property {ReturnType<typeof setTimeout> | undefined} timer
 * @property {number} misbehaved requests that matched fail-on so far (for fail-times)
 */

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

/** @param {URLSearchParams} params @returns {Record<string, string | true>} */
function loggedQuery(params) {
  return Object.fromEntries([...params].map(([name, value]) => [name, SECRET_QUERY_NAME.test(name) || SECRET_VALUE.test(value) ? true : value]));
}

/** @param {Res} res @param {Req} req @param {number} status @param {Record<string, string>} headers @param {Json} body */
function sendJson(res, req, status, headers, body) {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** The logs of one gateway. @param {typeof LOG_LIMITS} limits */
export function createSessionLog(limits) {
  /** @type {Map<string, Session>} */
  const sessions = new Map();
  /** fail-times counters for scenarios without a session, by scenario text @type {Map<string, number>} */
  const counters = new Map();
  /** Entries in all session logs. */
  let loggedEntries = 0;

  /** Forgets a session; anything its barrier still holds is released, so no request is left hanging. @param {string} id */
  const drop = (id) => {
    const s = sessions.get(id);
    if (!s) return;
    clearTimeout(s.timer);
    for (const release of s.held) release(s.rounds + 1);
    loggedEntries -= s.requests.length;
    sessions.delete(id);
  };

  /** The session, made the newest (a Map keeps insertion order: the first key is the oldest). @param {string} id */
  const sessionFor = (id) => {
    let s = sessions.get(id);
    if (s) sessions.delete(id);
    else s = { requests: [], rounds: 0, held: [], timer: undefined, misbehaved: 0 };
    sessions.set(id, s);
    for (const oldest of sessions.keys()) {
      if (sessions.size <= limits.sessions) break;
      drop(oldest);
    }
    return s;
  };

  /** @param {Session} session @param {LogEntry} entry */
  const append = (session, entry) => {
    session.requests.push(entry);
    loggedEntries += 1;
    if (session.requests.length > limits.entriesPerSession) {
      session.requests.shift();
      loggedEntries -= 1;
    }
    for (const [id, other] of sessions) {
      if (loggedEntries <= limits.entries) break;
      if (other === session) continue;
      drop(id);
    }
  };

  return {
    /**
     * Logs a request of a session (its status once answered).
     * @param {string} id @param {Req} req @param {Res} res @param {URL} url @param {LoggedRoute} route @param {number | null} [token]
     */
    record(id, req, res, url, route, token) {
      const session = sessionFor(id);
      /** @type {LogEntry} */
      const entry = {
        method: req.method,
        path: url.pathname.replace(/(^|[/,])token=[^,/]*/g, '$1token=hidden'),
        query: loggedQuery(url.searchParams),
        headers: loggedHeaders(req.headers),
        ...route,
        round: null,
        status: null,
      };
      if (token !== undefined) entry.token = token;
      append(session, entry);
      res.on('finish', () => {
        entry.status = res.statusCode;
      });
      return { session, entry };
    },

    /**
     * `fail-times`: the how-manieth request (that matched `fail-on`) this is, per session or else per scenario text.
     * @param {Session | undefined} session @param {string} scenarioText
     */
    count(session, scenarioText) {
      if (session) return ++session.misbehaved;
      const count = (counters.get(scenarioText) ?? 0) + 1;
      counters.delete(scenarioText);
      counters.set(scenarioText, count);
      if (counters.size > limits.counters) counters.delete(/** @type {string} */ (counters.keys().next().value));
      return count;
    },

    /**
     * `barrier`: holds the request until none arrived for `ms`, then releases all together; the round it was released in.
     * @param {Session} session @param {number} ms @returns {Promise<number>}
     */
    hold(session, ms) {
      return new Promise((resolve) => {
        session.held.push(resolve);
        clearTimeout(session.timer);
        session.timer = setTimeout(() => {
          session.rounds += 1;
          const held = session.held;
          session.held = [];
          session.timer = undefined;
          for (const release of held) release(session.rounds);
        }, ms);
      });
    },

    /** `{mount}/_log/{session}`: GET reads, DELETE clears. @param {Req} req @param {Res} res @param {string[]} segments */
    answer(req, res, segments) {
      const id = segments[1];
      const type = { 'Content-Type': 'application/problem+json' };
      if (!id || segments.length !== 2) return sendJson(res, req, 404, type, problem('openzaak', 'zaken', 404, {}));
      if (req.method === 'DELETE') {
        drop(id);
        res.statusCode = 204;
        res.end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendJson(res, req, 405, { ...type, Allow: 'GET, HEAD, DELETE' }, problem('openzaak', 'zaken', 405, { title: `Methode "${req.method}" niet toegestaan.` }));
      }
      const s = sessions.get(id);
      return sendJson(res, req, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, {
        requests: /** @type {Json} */ (/** @type {unknown} */ (s?.requests ?? [])),
        rounds: s?.rounds ?? 0,
      });
    },
  };
}
