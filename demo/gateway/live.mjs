// @ts-check
// Live updates in the mock gateway (CONTRACT 9): what the element's checks and events need.
//
//   GET  {mount}[/{scenario}]/mijn-zaken/v1/events   Server-Sent Events of the scenario's `session`
//                                                    (without one: the demo's), `event: zaak`
//   POST {mount}/_live/{session}/next-status         body {"zaak": "<uuid>", "sub"?: true}: the zaak
//                                                    gets the next status of its zaaktype (or, with
//                                                    `sub` or at its last step, one more sub-step), and
//                                                    the session's streams hear of it
//   POST {mount}/_live/{session}/drop                ends the session's streams (reconnect tests)
//   GET  {mount}/_live/{session}                     {open, opened, statussen}: streams open now, ever
//                                                    opened, and the statussen set
//   DELETE {mount}/_live/{session}                   forgets it all
//
// A session's statussen show only in that session (`session=` in the scenario; the demo without one uses
// `demo`), on top of the shared world (the `world` hook). Zaak details carry an ETag and answer `304` to a
// matching `If-None-Match` (the `answer` hook). A scenario module (modules.mjs).
import { randomUUID } from 'node:crypto';
import { RESIDENTS, buildWorld } from './fixtures.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {Record<string, unknown>} Resource */
/**
 * The parts of a world (fixtures.mjs `buildWorld`) this module reads and extends.
 * @typedef {{ zaken: Map<string, Resource>, statussen: Map<string, Resource>, statustypen: Map<string, Resource>, zaakOf: Map<string, string> }} LiveWorld
 */
/**
 * A status set through `next-status`: kept by UUID, written out in the layout of the world it joins.
 * @typedef {{ uuid: string, zaak: string, statustype: string, datumStatusGezet: string, statustoelichting: string }} SetStatus
 */
/**
 * @typedef {object} LiveState
 * @property {SetStatus[]} set in the order they were set
 * @property {Set<{ res: Res, resident: string }>} streams open now
 * @property {number} opened streams ever opened
 * @property {WeakMap<object, { count: number, world: LiveWorld }>} worlds derived worlds, by base world
 */

/** The demo's session, for `npm start` (no `session=` in the scenario). */
export const DEMO_SESSION = 'demo';
/** At most this many sessions with live state (oldest forgotten first), and statussen per session. */
const LIMITS = { sessions: 200, statussen: 500 };

/** @type {Map<string, LiveState>} */
const states = new Map();

/** @param {string} session @returns {LiveState} */
function stateOf(session) {
  let state = states.get(session);
  if (!state) {
    state = { set: [], streams: new Set(), opened: 0, worlds: new WeakMap() };
    states.set(session, state);
    for (const [oldest, old] of states) {
      if (states.size <= LIMITS.sessions) break;
      if (old.streams.size === 0) states.delete(oldest);
      else break;
    }
  }
  return state;
}

/** `session=…` of a scenario text, else the demo's. @param {string} text */
const sessionOf = (text) => /(?:^|,)session=([A-Za-z0-9_.:-]{1,120})(?:,|$)/.exec(text)?.[1] ?? DEMO_SESSION;
/** `resident=…` of a scenario text. @param {string} text */
const residentOf = (text) => /(?:^|,)resident=([a-z]+)(?:,|$)/.exec(text)?.[1] ?? 'default';

/** @param {unknown} url */
const lastSegment = (url) => (typeof url === 'string' ? (url.replace(/\/+$/, '').split('/').at(-1) ?? '') : '');

/**
 * The world as this scenario's session sees it: the shared one plus the statussen set in the session.
 * @template {LiveWorld} W
 * @param {{ session?: string | undefined }} scenario @param {W} world @returns {W}
 */
export function liveWorld(scenario, world) {
  const state = states.get(scenario.session ?? DEMO_SESSION);
  if (!state || state.set.length === 0) return world;
  const cached = state.worlds.get(world);
  if (cached && cached.count === state.set.length) return /** @type {W} */ (cached.world);
  const zaken = new Map(world.zaken);
  const statussen = new Map(world.statussen);
  const zaakOf = new Map(world.zaakOf);
  for (const set of state.set) {
    const zaak = zaken.get(set.zaak);
    const previous = zaak && statussen.get(lastSegment(zaak.status));
    const statustype = [...world.statustypen.values()].find((type) => type.url !== undefined && lastSegment(type.url) === set.statustype);
    if (!zaak || !previous || !statustype) continue;
    const url = String(previous.url).replace(lastSegment(previous.url), set.uuid);
    statussen.set(lastSegment(previous.url), { ...previous, indicatieLaatstGezetteStatus: false });
    statussen.set(set.uuid, {
      ...previous,
      url,
      uuid: set.uuid,
      statustype: statustype.url,
      datumStatusGezet: set.datumStatusGezet,
      statustoelichting: set.statustoelichting,
      indicatieLaatstGezetteStatus: true,
    });
    zaakOf.set(set.uuid, set.zaak);
    zaken.set(set.zaak, {
      ...zaak,
      status: url,
      ...(statustype.isEindstatus === true ? { einddatum: set.datumStatusGezet.slice(0, 10) } : {}),
    });
  }
  const derived = /** @type {W} */ ({ ...world, zaken, statussen, zaakOf });
  state.worlds.set(world, { count: state.set.length, world: derived });
  return derived;
}

/**
 * Does `If-None-Match` match the answer's ETag (weak comparison, or `*`; RFC 9110 13.1.2)?
 * @param {string} asked @param {string} etag @returns {boolean}
 */
function matchesEtag(asked, etag) {
  const weak = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  return asked.trim() === '*' || asked.split(',').some((tag) => weak(tag) === weak(etag));
}

/**
 * The live endpoints; false when the request is none of them.
 * @param {Req} req @param {Res} res @param {string[]} segments the path after the mount, decoded
 * @param {{ world: (session: string) => LiveWorld, owns: (resident: string, zaak: string) => boolean }} context
 * @returns {Promise<boolean>}
 */
export async function handleLive(req, res, segments, context) {
  const scenario = segments[0]?.includes('=') ? segments[0] : '';
  const rest = scenario ? segments.slice(1) : segments;
  if (rest.length === 3 && rest[0] === 'mijn-zaken' && rest[1] === 'v1' && rest[2] === 'events') {
    openStream(req, res, sessionOf(scenario), residentOf(scenario));
    return true;
  }
  if (segments[0] !== '_live' || !segments[1] || !/^[A-Za-z0-9_.:-]{1,120}$/.test(segments[1]) || segments.length > 3) return false;
  const session = segments[1];
  const action = segments[2];
  if (action === undefined && req.method === 'GET') {
    const state = states.get(session);
    return json(res, 200, { open: state?.streams.size ?? 0, opened: state?.opened ?? 0, statussen: state?.set.length ?? 0 });
  }
  if (action === undefined && req.method === 'DELETE') {
    const state = states.get(session);
    for (const stream of state?.streams ?? []) stream.res.end();
    states.delete(session);
    return json(res, 200, { forgotten: session });
  }
  if (action === 'drop' && req.method === 'POST') {
    const state = states.get(session);
    const dropped = state?.streams.size ?? 0;
    for (const stream of state?.streams ?? []) stream.res.end();
    state?.streams.clear();
    return json(res, 200, { dropped });
  }
  if (action === 'next-status' && req.method === 'POST') {
    /** @type {unknown} */
    let body;
    try {
      body = JSON.parse(await readBody(req));
    } catch {
      return json(res, 400, { detail: 'Stuur JSON: {"zaak": "<uuid>"}.' });
    }
    const asked = body && typeof body === 'object' ? /** @type {Record<string, unknown>} */ (body) : {};
    const zaak = typeof asked.zaak === 'string' ? asked.zaak.toLowerCase() : '';
    const set = nextStatus(session, zaak, asked.sub === true, context.world(session));
    if (!set) return json(res, 404, { detail: 'Die zaak is er niet.' });
    const state = stateOf(session);
    for (const stream of state.streams) if (context.owns(stream.resident, zaak)) stream.res.write(`event: zaak\ndata: ${JSON.stringify({ zaak })}\n\n`);
    return json(res, 201, set);
  }
  return json(res, 405, { detail: 'Niet toegestaan.' });
}

/**
 * Sets the zaak's next status in the session: the next statustype of its zaaktype by volgnummer, or
 * (with `sub`, or at the last one) the same statustype again with a toelichting: a sub-step.
 * @param {string} session @param {string} zaakUuid @param {boolean} sub @param {LiveWorld} world
 * @returns {SetStatus | null}
 */
export function nextStatus(session, zaakUuid, sub, world) {
  const zaak = world.zaken.get(zaakUuid);
  const current = zaak && world.statussen.get(lastSegment(zaak.status));
  const currentType = current && world.statustypen.get(lastSegment(current.statustype));
  if (!zaak || !current || !currentType) return null;
  const state = stateOf(session);
  if (state.set.length >= LIMITS.statussen) state.set.shift();
  const steps = [...world.statustypen.values()]
    .filter((type) => type.zaaktype === zaak.zaaktype)
    .sort((a, b) => Number(a.volgnummer) - Number(b.volgnummer));
  const next = sub ? undefined : steps.find((type) => Number(type.volgnummer) > Number(currentType.volgnummer));
  const after = Date.parse(String(current.datumStatusGezet)) + 60_000;
  const count = state.set.filter((s) => s.zaak === zaakUuid).length + 1;
  /** @type {SetStatus} */
  const set = {
    uuid: randomUUID(),
    zaak: zaakUuid,
    statustype: lastSegment(next?.url ?? currentType.url),
    datumStatusGezet: new Date(Math.max(Date.now(), Number.isFinite(after) ? after : 0)).toISOString(),
    statustoelichting: next ? '' : `Nieuw bericht ${count} over uw zaak.`,
  };
  state.set.push(set);
  return set;
}

/** @param {Req} req @param {Res} res @param {string} session @param {string} resident */
function openStream(req, res, session, resident) {
  if (req.method !== 'GET') {
    json(res, 405, { detail: 'Niet toegestaan.' });
    return;
  }
  const state = stateOf(session);
  const stream = { res, resident };
  state.streams.add(stream);
  state.opened += 1;
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store, no-transform', 'X-Accel-Buffering': 'no' });
  res.write(': mijn-zaken mock events\n\n');
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  res.on('close', () => {
    clearInterval(heartbeat);
    state.streams.delete(stream);
  });
}

/** @param {Req} req @returns {Promise<string>} at most 64 KiB */
async function readBody(req) {
  let text = '';
  for await (const chunk of req) {
    text += String(chunk);
    if (text.length > 65_536) throw new Error('too large');
  }
  return text;
}

/** @param {Res} res @param {number} status @param {unknown} body @returns {true} */
function json(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

/** What handleLive reads of the mock: a session's world, whose zaken a resident has. */
const LIVE_CONTEXT = {
  world: (/** @type {string} */ session) => liveWorld({ session }, buildWorld('openzaak')),
  owns: (/** @type {string} */ resident, /** @type {string} */ zaak) =>
    /** @type {readonly string[] | undefined} */ (RESIDENTS[/** @type {keyof typeof RESIDENTS} */ (resident)]?.zaken)?.includes(zaak) ?? false,
};

/** The live endpoints, the session's statussen and the 304s. @type {import('./modules.mjs').ScenarioModule} */
export const live = {
  name: 'live',
  endpoints: (req, res, segments) => handleLive(req, res, segments, LIVE_CONTEXT),
  world: (world, scenario) => liveWorld(scenario, world),
  answer: (result, { req }) => {
    const etag = result.headers?.ETag;
    const asked = req.headers['if-none-match'];
    if (!etag || typeof asked !== 'string' || result.status !== 200 || !matchesEtag(asked, etag)) return result;
    return { status: 304, headers: { ETag: etag, 'Cache-Control': result.headers?.['Cache-Control'] ?? 'no-store' } };
  },
};
