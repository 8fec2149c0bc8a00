// @ts-check
// The engine: routes, validates and stores what the resource table (table.mjs) describes for
// writes and the APIs beyond Open Zaak's reads (those are reads.mjs's, from the rows' `fixtures`).
//
//   {mount}[/{scenario}]/{api}/api/v1/{resource}[/{uuid}[/{action}]]   table resources
//   {mount}[/{scenario}]/mijn-zaken/v1/capabilities                    CONTRACT 8
//   DELETE {mount}/_store[/{session}]                                  forget written objects
//
// index.mjs hands a request over when `claims()` says so (its session log, scenario parsing,
// token check and faults have run by then); `serve()` answers it.
import { randomUUID } from 'node:crypto';
import { RESIDENTS, buildWorld, recordsOf } from '../fixtures.mjs';
import { backendBase } from './bases.mjs';
import { BodyError, readJson } from './bodies.mjs';
import { capabilities, resourceOptions } from './capabilities.mjs';
import { declaredQueryParameters, isObject, spec, validateRequest } from './openapi.mjs';
import { paginate } from './paging.mjs';
import { problem } from './problems.mjs';
import { Stores } from './store.mjs';
import { RESOURCES, dig, rowOf } from './table.mjs';

/** @typedef {import('node:http').IncomingMessage} Req */
/** @typedef {import('node:http').ServerResponse} Res */
/** @typedef {import('./types.mjs').Json} Json */
/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */
/** @typedef {import('./types.mjs').Layout} Layout */
/** @typedef {import('./table.mjs').ResourceRow} ResourceRow */
/** @typedef {import('./table.mjs').Context} Context */
/** @typedef {import('./bases.mjs').Api} Api */
/**
 * What a handler answers.
 * @typedef {{ status: number, body?: Json, headers?: Record<string, string>, file?: Buffer,
 *   problem?: { detail?: string, code?: string, title?: string, invalidParams?: InvalidParam[] } }} Result
 */
/** The parts of index.mjs's Scenario this engine reads. @typedef {{ text: string, layout: Layout, session?: string, resident: string }} Scenario */

export const API_VERSIONS = /** @type {const} */ ({ zaken: '1.5.1', catalogi: '1.3.1', documenten: '1.4.2', klantinteracties: '0.9.0', taken: '0.1.0' });
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const READ_OPERATIONS = new Set(['list', 'read', 'download']);
/** Does a row take writes? (Rows of fixture reads only do not: a write there is index.mjs's 405.) @param {ResourceRow} row */
const writable = (row) => !row.methods || row.methods.some((op) => !READ_OPERATIONS.has(op));
const PAGING = new Set(['page', 'pageSize', 'expand']);

/**
 * @typedef {object} Route
 * @property {ResourceRow} row
 * @property {string} [uuid]
 * @property {string} [action]
 * @property {string} operation `list`, `create`, `read`, `update`, `partial_update`, `destroy` or the action
 * @property {string} specPath
 * @property {string} method the spec's method (lower case)
 */

/** Operations the spec declares for a row, with their spec path and method. @param {ResourceRow} row */
function operationsOf(row) {
  const paths = spec(row.api).paths;
  const base = row.specPath ?? `/${row.resource}`;
  /** @type {Map<string, { specPath: string, method: string, http: string }>} */
  const ops = new Map();
  if (!isObject(paths)) return ops;
  const at = (/** @type {string} */ p) => (isObject(paths[p]) ? /** @type {JsonObject} */ (paths[p]) : {});
  const collection = at(base);
  if (collection.get) ops.set('list', { specPath: base, method: 'get', http: 'GET' });
  if (collection.post) ops.set('create', { specPath: base, method: 'post', http: 'POST' });
  const item = at(`${base}/{uuid}`);
  for (const [op, method] of /** @type {const} */ ([['read', 'get'], ['update', 'put'], ['partial_update', 'patch'], ['destroy', 'delete']])) {
    if (item[method]) ops.set(op, { specPath: `${base}/{uuid}`, method, http: method.toUpperCase() });
  }
  for (const p of Object.keys(paths)) {
    const action = p.startsWith(`${base}/{uuid}/`) ? p.slice(`${base}/{uuid}/`.length) : '';
    if (!action || action.includes('/')) continue;
    for (const method of ['get', 'post']) if (at(p)[method]) ops.set(action, { specPath: p, method, http: method.toUpperCase() });
  }
  if (row.methods) for (const op of [...ops.keys()]) if (!row.methods.includes(op)) ops.delete(op);
  return ops;
}

/** @type {Map<ResourceRow, ReturnType<typeof operationsOf>>} */
const operationCache = new Map();
/** @param {ResourceRow} row */
const ops = (row) => {
  let found = operationCache.get(row);
  if (!found) {
    found = operationsOf(row);
    operationCache.set(row, found);
  }
  return found;
};

/**
 * The route of `{api}/api/v1/{resource}[/{uuid}[/{action}]]`, or a 404/405 Result, or undefined (not a table resource).
 * @param {string[]} segments @param {string} method
 * @returns {Route | Result | undefined}
 */
function route(segments, method) {
  const [api, a, v, resource, uuid, action, ...rest] = segments;
  if (a !== 'api' || v !== 'v1' || !resource) return undefined;
  const row = rowOf(api, resource);
  if (!row) return undefined;
  if (rest.length || (uuid !== undefined && !UUID_RE.test(uuid))) return { status: 404, problem: { detail: 'Niet gevonden.' } };
  const kinds = uuid === undefined ? ['list', 'create'] : action === undefined ? ['read', 'update', 'partial_update', 'destroy'] : [action];
  const http = method === 'HEAD' ? 'GET' : method;
  const candidates = [...ops(row)].filter(([op]) => kinds.includes(op));
  if (candidates.length === 0) return { status: 404, problem: { detail: 'Niet gevonden.' } };
  const match = candidates.find(([, o]) => o.http === http);
  if (!match) {
    return { status: 405, headers: { Allow: candidates.map(([, o]) => o.http).join(', ') }, problem: { title: `Methode "${method}" niet toegestaan.` } };
  }
  const [operation, o] = match;
  return { row, uuid: uuid?.toLowerCase(), action, operation, specPath: o.specPath, method: o.method };
}

/** @param {Route | Result | undefined} r @returns {r is Route} */
const isRoute = (r) => r !== undefined && 'row' in r;

/**
 * The resource engine: one per gateway middleware.
 * @param {{ stores?: Stores }} [options]
 */
export function createResourceEngine({ stores = new Stores() } = {}) {
  /** @param {Scenario} scenario */
  const storeOf = (scenario) => stores.for(scenario.session, scenario.layout);

  /**
   * Does this engine answer the request? Writes to table resources, reads of its own resources,
   * reads of records written in this store, capabilities and `_store`.
   * @param {string} method @param {string[]} segments after mount and scenario @param {Scenario} scenario
   */
  function claims(method, segments, scenario) {
    if (segments[0] === '_store' || segments[0] === 'mijn-zaken') return true;
    const [api, a, v, resource, uuid] = segments;
    const row = a === 'api' && v === 'v1' ? rowOf(api, resource) : undefined;
    if (!row) return false;
    if (WRITE_METHODS.has(method)) return writable(row);
    if (row.reads === 'all') return true;
    // Reads of Zaken/Documenten resources: only of what was written (no spec is parsed for the others,
    // so a read-only page's timing does not change).
    const table = storeOf(scenario).table(row.store ?? row.resource);
    return uuid === undefined ? table.size > 0 : table.has(uuid.toLowerCase());
  }

  /**
   * Answers a claimed request.
   * @param {Req} req @param {Res} res
   * @param {{ segments: string[], url: URL, scenario: Scenario }} request
   */
  async function serve(req, res, { segments, url, scenario }) {
    const method = req.method ?? 'GET';
    const layout = scenario.layout;
    if (segments[0] === '_store') {
      if (method !== 'DELETE' || segments.length > 2) return answer(req, res, layout, 'zaken', { status: 405, headers: { Allow: 'DELETE' }, problem: {} });
      stores.reset(segments[1]);
      res.writeHead(204).end();
      return;
    }
    if (segments[0] === 'mijn-zaken') {
      const options = resourceOptions(scenario.text);
      if (segments.join('/') !== 'mijn-zaken/v1/capabilities' || !options.caps) return answer(req, res, layout, 'zaken', { status: 404, problem: {} });
      if (method !== 'GET' && method !== 'HEAD') return answer(req, res, layout, 'zaken', { status: 405, headers: { Allow: 'GET, HEAD' }, problem: {} });
      return answer(req, res, layout, 'zaken', { status: 200, headers: { 'Cache-Control': 'no-store' }, body: capabilities(options, layout) });
    }
    const api = /** @type {Api} */ (segments[0]);
    const r = route(segments, method);
    if (!isRoute(r)) return answer(req, res, layout, api, r ?? { status: 404, problem: {} });
    // CSRF (CONTRACT 8): a gateway refuses writes without the header.
    if (WRITE_METHODS.has(method) && req.headers['x-mijn-zaken'] !== '1') {
      req.resume();
      return answer(req, res, layout, api, { status: 403, problem: { detail: 'Schrijfverzoeken hebben de header X-Mijn-Zaken: 1 nodig.' } });
    }
    const owned = new Set(RESIDENTS[/** @type {keyof typeof RESIDENTS} */ (scenario.resident)]?.zaken ?? []);
    /** @type {Context} */
    const ctx = {
      store: storeOf(scenario),
      layout,
      owned,
      options: resourceOptions(scenario.text),
      url: (a, resource, uuid, action) => `${backendBase(layout, a)}/${resource}/${uuid}${action ? `/${action}` : ''}`,
      create: (resource, fields) => {
        const row = RESOURCES.find((x) => x.resource === resource);
        return row ? createRecord(row, fields, ctx) : undefined;
      },
      show: (resource, uuid) => {
        const row = RESOURCES.find((x) => x.resource === resource);
        const record = row ? ctx.store.table(row.store ?? row.resource).get(uuid) : undefined;
        return row && record ? present(row, record, ctx) : undefined;
      },
    };
    let result;
    try {
      result = await handle(req, r, url.searchParams, ctx);
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      req.resume();
      result = error.code === 'parse_error'
        ? { status: 400, problem: { code: 'parse_error', title: error.message, detail: error.message } }
        : { status: error.status, problem: { detail: error.message } };
    }
    return answer(req, res, layout, api, result);
  }

  /**
   * What the session log says of a claimed request: its API, resource and UUID.
   * @param {string[]} segments
   * @returns {{ api: string | null, resource: string | null, uuid: string | null }}
   */
  function describe(segments) {
    if (segments[0] === 'mijn-zaken') return { api: 'mijn-zaken', resource: segments[2] ?? null, uuid: null };
    const [api, a, v, resource, uuid] = segments;
    if (a !== 'api' || v !== 'v1' || !RESOURCES.some((row) => row.api === api && row.resource === resource)) return { api: null, resource: null, uuid: null };
    return { api: api ?? null, resource: resource ?? null, uuid: uuid && UUID_RE.test(uuid) ? uuid.toLowerCase() : null };
  }

  return { claims, serve, describe, stores };
}

/**
 * @param {Req} req @param {Route} r @param {URLSearchParams} query @param {Context} ctx
 * @returns {Promise<Result>}
 */
async function handle(req, r, query, ctx) {
  const { row } = r;
  const table = ctx.store.table(row.store ?? row.resource);
  if (r.operation === 'list') return list(r, query, ctx);

  /** @type {JsonObject | undefined} */
  let existing;
  if (r.uuid !== undefined) {
    existing = table.get(r.uuid);
    if (!existing || !inView(row, existing, ctx)) {
      req.resume();
      return { status: 404, problem: { detail: 'Niet gevonden.' } };
    }
  }
  const hooks = row.hooks ?? {};
  const action = r.action ? hooks.actions?.[r.action] : undefined;
  if (r.action) {
    if (!action || !existing) return { status: 404, problem: { detail: 'Niet gevonden.' } };
    const read = r.method === 'post' ? await jsonBody(req) : { body: /** @type {Json} */ ({}), refused: undefined };
    if (read.refused) return read.refused;
    const problems = r.method === 'post' ? validateRequest(row.api, r.specPath, r.method, read.body) : [];
    if (problems.length) return invalid(problems);
    return action(existing, isObject(read.body) ? read.body : {}, ctx);
  }
  if (r.operation === 'read') return { status: 200, body: present(row, /** @type {JsonObject} */ (existing), ctx, query) };
  if (r.operation === 'destroy') {
    const refused = hooks.beforeDestroy?.(/** @type {JsonObject} */ (existing), ctx);
    if (refused) return { status: refused.status, problem: refused };
    table.delete(/** @type {string} */ (r.uuid));
    hooks.destroyed?.(/** @type {JsonObject} */ (existing), ctx);
    return { status: 204 };
  }
  if (hooks.receive) return hooks.receive(req, /** @type {JsonObject} */ (existing), ctx);

  const read = await jsonBody(req);
  if (read.refused) return read.refused;
  const body = read.body;
  if (isObject(body)) {
    hooks.prepare?.(body, ctx, r.method);
    if (row.kind) Object.assign(body, row.kind);
    // A polymorphic record keeps its kind (Open VTB's `taakSoort`) when a PATCH leaves it out.
    if (existing && existing.taakSoort !== undefined && body.taakSoort === undefined && r.operation === 'partial_update') body.taakSoort = existing.taakSoort;
  }
  const problems = validateRequest(row.api, r.specPath, r.method, body);
  if (problems.length) return invalid(problems);
  const fields = /** @type {JsonObject} */ (body);
  const checked = [...checkForeignKeys(row, fields, ctx), ...(hooks.check?.(fields, ctx, existing) ?? [])];
  if (checked.length) return invalid(checked);
  if (hooks.create && r.operation === 'create') return hooks.create(fields, ctx);

  if (r.operation === 'create') {
    const created = createRecord(row, fields, ctx);
    if (!created) return FULL;
    return { status: 201, headers: { Location: String(created.url) }, body: created };
  }
  // PUT (validated as a whole) and PATCH (partial) both write the fields they carry; the server's
  // own fields (url, uuid, nummer, derived lists) stay.
  const record = { ...existing, ...fields };
  table.set(/** @type {string} */ (r.uuid), record);
  return { status: 200, body: present(row, record, ctx) };
}

const FULL = { status: 429, problem: { detail: 'De mock-gateway bewaart niet meer objecten voor deze sessie.' } };

/**
 * Stores a new record (server fields added by its hooks) and returns it as the API shows it,
 * or undefined when the store is full.
 * @param {ResourceRow} row @param {JsonObject} fields @param {Context} ctx
 */
function createRecord(row, fields, ctx) {
  const uuid = randomUUID();
  const record = { ...fields, uuid, url: ctx.url(row.api, resourceOfRecord(row), uuid) };
  if (!ctx.store.add(row.store ?? row.resource, record)) return undefined;
  const extra = row.hooks?.created?.(record, fields, ctx) ?? {};
  return { ...present(row, record, ctx), ...extra };
}

/** The resource name a new record's URL carries: a task kind's view stores its tasks under `externetaken`. @param {ResourceRow} row */
const resourceOfRecord = (row) => (row.api === 'taken' ? 'externetaken' : row.store ?? row.resource);

/** @param {Req} req @returns {Promise<{ body: Json, refused?: undefined } | { refused: Result }>} */
async function jsonBody(req) {
  const type = String(req.headers['content-type'] ?? '');
  if (req.headers['content-length'] !== '0' && type && !/^application\/json\b/i.test(type)) {
    req.resume();
    return { refused: { status: 415, problem: { detail: `Ongeldig mediatype "${type.split(';')[0]}" in aanvraag.` } } };
  }
  const { json } = await readJson(req);
  return { body: json === undefined ? {} : json };
}

/** @param {InvalidParam[]} invalidParams @returns {Result} */
const invalid = (invalidParams) => ({ status: 400, problem: { detail: '', invalidParams } });

/** Does a record belong in this view and to this resident? @param {ResourceRow} row @param {JsonObject} record @param {Context} ctx */
function inView(row, record, ctx) {
  if (row.kind && Object.entries(row.kind).some(([k, v]) => record[k] !== v)) return false;
  const zaak = ctx.store.zaakOf.get(String(record.uuid));
  if (zaak !== undefined && !ctx.owned.has(zaak)) return false;
  return row.visible ? row.visible(record, ctx) : true;
}

/** Foreign keys must name an existing record. @param {ResourceRow} row @param {JsonObject} body @param {Context} ctx @returns {InvalidParam[]} */
function checkForeignKeys(row, body, ctx) {
  /** @type {InvalidParam[]} */
  const out = [];
  for (const [field, store] of Object.entries(row.foreignKeys ?? {})) {
    const uuid = dig(body, [field, 'uuid']);
    if (typeof uuid !== 'string') continue;
    const target = ctx.store.table(store).get(uuid);
    const targetRow = RESOURCES.find((r) => (r.store ?? r.resource) === store);
    if (!target || (targetRow && !inView(targetRow, target, ctx))) {
      out.push({ name: `${field}.uuid`, code: 'does_not_exist', reason: `Ongeldige pk "${uuid}" - object bestaat niet.` });
    }
  }
  return out;
}

/**
 * A record as the API shows it: foreign keys with their `url`, reverse relations, `_expand`.
 * @param {ResourceRow} row @param {JsonObject} record @param {Context} ctx @param {URLSearchParams} [query]
 * @returns {JsonObject}
 */
function present(row, record, ctx, query) {
  /** @type {JsonObject} */
  const out = { ...record };
  for (const [field, store] of Object.entries(row.foreignKeys ?? {})) {
    const uuid = dig(record, [field, 'uuid']);
    const targetRow = RESOURCES.find((r) => (r.store ?? r.resource) === store);
    if (typeof uuid === 'string' && targetRow) out[field] = { uuid, url: ctx.url(targetRow.api, store, uuid) };
  }
  /** @type {Record<string, JsonObject[]>} */
  const related = {};
  for (const [field, { store, field: via }] of Object.entries(row.reverse ?? {})) {
    related[field] = [...ctx.store.table(store).values()].filter((r) => dig(r, [via, 'uuid']) === record.uuid);
    out[field] = related[field].map((r) => ({ uuid: r.uuid ?? null, url: r.url ?? null }));
  }
  if (row.api === 'klantinteracties' && row.resource === 'betrokkenen') Object.assign(out, { digitaleAdressen: [], volledigeNaam: '' });
  const expand = query?.get('expand');
  if (expand && row.expand) {
    /** @type {JsonObject} */
    const _expand = {};
    for (const name of expand.split(',')) {
      const field = row.expand[name];
      const rev = field ? row.reverse?.[field] : undefined;
      const targetRow = rev ? RESOURCES.find((r) => (r.store ?? r.resource) === rev.store && r.methods === undefined) : undefined;
      if (field && targetRow) _expand[name] = (related[field] ?? []).map((r) => present(targetRow, r, ctx));
    }
    out._expand = _expand;
  }
  return row.hooks?.present ? row.hooks.present(out, ctx) : out;
}

/**
 * A list: query parameters checked against the spec's (unknown → 400, bad enum/date/uuid values
 * → 400), filters applied, then a page `{count, next, previous, results}` (or a plain array).
 * @param {Route} r @param {URLSearchParams} query @param {Context} ctx @returns {Result}
 */
function list(r, query, ctx) {
  const { row } = r;
  const declared = declaredQueryParameters(row.api, r.specPath);
  const unknown = [...new Set(query.keys())].filter((k) => !declared.includes(k));
  if (unknown.length) {
    return invalid([{ name: 'nonFieldErrors', code: 'unknown-parameters', reason: `Onbekende query parameters: ${unknown.join(', ')}` }]);
  }
  const paramProblems = checkQueryValues(row, r.specPath, query);
  if (paramProblems.length) return invalid(paramProblems);
  let items = [...ctx.store.table(row.store ?? row.resource).values()].filter((rec) => inView(row, rec, ctx));
  if (row.fixtures) items = [...fixtureRecords(row, ctx), ...items];
  for (const [name, value] of query) {
    if (PAGING.has(name)) continue;
    const filter = row.filters?.[name] ?? genericFilter(name);
    if (!filter) return invalid([{ name, code: 'not-implemented', reason: `De mock-gateway filtert niet op ${name}.` }]);
    items = items.filter((rec) => filter(rec, value, ctx));
  }
  const shown = items.map((rec) => present(row, rec, ctx, query));
  if (row.plainList) return { status: 200, body: shown };
  return paginate(shown, query, 100, `${backendBase(ctx.layout, row.api)}/${row.resource}`);
}

/** The fixtures' records of a row in the resident's scope (the engine lists them before its own). @param {ResourceRow} row @param {Context} ctx */
function fixtureRecords(row, ctx) {
  const w = buildWorld(ctx.layout);
  const table = recordsOf(w, row.resource);
  if (!row.fixtures || !table) return [];
  return [...table.values()].filter((r) => !row.fixtures?.zaakBound || ctx.owned.has(w.zaakOf.get(String(r.uuid)) ?? String(r.uuid)));
}

/**
 * A field, `field__uuid`/`field__url` of a foreign key, or a lookup on a field.
 * @param {string} name @returns {import('./table.mjs').Filter | undefined}
 */
function genericFilter(name) {
  const [field = '', lookup, ...more] = name.split('__');
  if (more.length) return undefined;
  const text = (/** @type {Json | undefined} */ v) => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  switch (lookup) {
    case undefined:
      return (rec, v) => text(rec[field]) === v;
    case 'uuid':
    case 'url':
      return (rec, v) => text(dig(rec, [field, 'uuid'])) !== '' && (lookup === 'uuid' ? dig(rec, [field, 'uuid']) === v : String(v).endsWith(`/${text(dig(rec, [field, 'uuid']))}`));
    case 'gt':
      return (rec, v) => text(rec[field]) !== '' && text(rec[field]) > v;
    case 'gte':
      return (rec, v) => text(rec[field]) !== '' && text(rec[field]) >= v;
    case 'lt':
      return (rec, v) => text(rec[field]) !== '' && text(rec[field]) < v;
    case 'lte':
      return (rec, v) => text(rec[field]) !== '' && text(rec[field]) <= v;
    case 'icontains':
      return (rec, v) => text(rec[field]).toLowerCase().includes(v.toLowerCase());
    default:
      return undefined;
  }
}

/** Enum, date, uuid and boolean query values as the spec declares them. @param {ResourceRow} row @param {string} specPath @param {URLSearchParams} query @returns {InvalidParam[]} */
function checkQueryValues(row, specPath, query) {
  const paths = spec(row.api).paths;
  const item = isObject(paths) ? paths[specPath] : undefined;
  const op = isObject(item) ? item.get : undefined;
  const params = isObject(op) && Array.isArray(op.parameters) ? op.parameters : [];
  /** @type {InvalidParam[]} */
  const out = [];
  for (const p of params) {
    if (!isObject(p) || typeof p.name !== 'string' || !isObject(p.schema)) continue;
    const value = query.get(p.name);
    if (value === null) continue;
    const schema = p.schema;
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      out.push({ name: p.name, code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${value} is geen beschikbare keuze.` });
    } else if (schema.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      out.push({ name: p.name, code: 'invalid', reason: 'Voer een geldige datum in.' });
    } else if (schema.format === 'uuid' && !UUID_RE.test(value)) {
      out.push({ name: p.name, code: 'invalid', reason: 'Voer een geldige UUID in.' });
    } else if (schema.format === 'uri' && !URL.canParse(value)) {
      out.push({ name: p.name, code: 'invalid', reason: 'Voer een geldige URL in.' });
    } else if (schema.type === 'boolean' && !['true', 'false'].includes(value)) {
      out.push({ name: p.name, code: 'invalid', reason: 'Selecteer een geldige keuze.' });
    }
  }
  return out;
}

/**
 * Sends a Result: JSON, problem+json (Open Zaak's shape), a file or nothing (204).
 * @param {Req} req @param {Res} res @param {Layout} layout @param {Api} api @param {Result} result
 */
function answer(req, res, layout, api, result) {
  if (res.destroyed || res.writableEnded) return;
  /** @type {Record<string, string>} */
  const headers = { 'API-version': API_VERSIONS[api] ?? API_VERSIONS.zaken, ...result.headers };
  if (!headers['Cache-Control']) headers['Cache-Control'] = 'no-store';
  let bytes;
  if (result.file) bytes = result.file;
  else if (result.problem) {
    headers['Content-Type'] = 'application/problem+json';
    bytes = Buffer.from(JSON.stringify(problem(layout, api, result.status, result.problem)));
  } else if (result.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    bytes = Buffer.from(JSON.stringify(result.body));
  }
  if (bytes === undefined) {
    res.writeHead(result.status, headers).end();
    return;
  }
  res.writeHead(result.status, { ...headers, 'Content-Length': String(bytes.length) });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
