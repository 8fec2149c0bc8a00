// @ts-check
// THE resource table of the mock gateway. Each row names a resource once; routing, filters,
// paging and the session log's fields derive from it.
// - `fixtures`: reads of Open Zaak's data (fixtures.mjs): list, detail, download, their query
//   parameters, scope, order, filters and expand (reads.mjs serves them, no spec parsed).
// - writes and the other APIs (engine.mjs) derive from the row and the vendored spec of its API:
//   the routes (which methods exist on `/{resource}`, `/{resource}/{uuid}` and
//   `/{resource}/{uuid}/{action}` is what the spec declares, narrowed by `methods`), the allowed
//   query parameters and their value checks (the spec's GET parameters), request-body validation
//   (the spec's request schema), the store, foreign keys and reverse relations.
// Behaviour that is not in a spec (the Documenten upload, the link checks of a
// zaakinformatieobject, a zaak's `_expand`) sits in hooks, in small modules beside this one.
import { documentHooks, partHooks, zaakinformatieobjectHooks } from './documents.mjs';
import { klantcontactHooks, maakKlantcontactHooks } from './klantcontacten.mjs';
import {
  DOCUMENT_EXPAND, TYPE_FILTERS, TYPE_PARAMS, ZAAK_EXPAND, ZAKEN_FILTERS, ZAKEN_ORDERING, ZAKEN_PARAMS, booleanFilter, newestFirst,
} from './openzaak.mjs';

/** @typedef {import('./types.mjs').Json} Json */
/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */
/** @typedef {import('./bases.mjs').Api} Api */
/** @typedef {import('./store.mjs').Store} Store */
/** @typedef {import('./types.mjs').Layout} Layout */

/**
 * What a hook gets.
 * @typedef {object} Context
 * @property {Store} store
 * @property {Layout} layout
 * @property {Set<string>} owned the resident's zaak UUIDs
 * @property {import('./capabilities.mjs').ResourceOptions} options
 * @property {(api: Api, resource: string, uuid: string, action?: string) => string} url a back-end URL
 * @property {(resource: string, fields: JsonObject) => JsonObject | undefined} create stores a valid record of
 *   a table resource (server fields added); undefined when the store is full
 * @property {(resource: string, uuid: string) => JsonObject | undefined} show a stored record as the API shows it
 */

/**
 * A filter beyond the generic ones (a field, `field__uuid`/`field__url` of a foreign key, and the
 * `__gt`/`__gte`/`__lt`/`__lte`/`__icontains` lookups): keeps the records it is true for.
 * @typedef {(record: JsonObject, value: string, ctx: Context) => boolean} Filter
 */

/**
 * @typedef {object} Hooks
 * @property {(body: JsonObject, ctx: Context, method: string) => void} [prepare] the gateway's own fill-ins, before validation
 * @property {(body: JsonObject, ctx: Context, existing: JsonObject | undefined) => InvalidParam[]} [check] rules beyond the schema
 * @property {(record: JsonObject, body: JsonObject, ctx: Context) => JsonObject | void} [created] after a create; may return extra response fields
 * @property {(record: JsonObject, ctx: Context) => { status: number, detail: string, invalidParams?: InvalidParam[] } | undefined} [beforeDestroy]
 * @property {(record: JsonObject, ctx: Context) => void} [destroyed]
 * @property {(record: JsonObject, ctx: Context) => JsonObject} [present] the stored record as the API shows it
 * @property {(body: JsonObject, ctx: Context) => Result} [create] replaces the default create (after validation)
 * @property {(req: import('node:http').IncomingMessage, record: JsonObject, ctx: Context) => Promise<Result>} [receive]
 *   replaces the default update: a body that is not JSON (a bestandsdeel's multipart)
 * @property {Record<string, (record: JsonObject, body: JsonObject, ctx: Context) => Result>} [actions] `/{uuid}/{action}`
 */
/** @typedef {import('./engine.mjs').Result} Result */

/** @typedef {import('../fixtures.mjs').World} World */

/**
 * A filter of fixture reads beyond the generic lookups (reads.mjs): for a query value, the records
 * to keep, or why the value is refused.
 * @typedef {(value: string, world: World) => ((record: JsonObject) => boolean) | InvalidParam[]} FixtureFilter
 */
/** `expand` of fixture reads: the values allowed, and the record with its `_expand`. @typedef {{ paths: string[], add: (record: JsonObject, paths: Set<string>, world: World) => JsonObject }} FixtureExpand */

/**
 * Reads served from fixtures.mjs's world (what Open Zaak holds), as Open Zaak 1.30 answers them.
 * @typedef {object} FixtureReads
 * @property {string[]} detail the query parameters of `/{uuid}`
 * @property {string[]} [list] the query parameters of the list; no list when absent
 * @property {string[]} [download] the query parameters of `/{uuid}/download` (a document's file)
 * @property {boolean} [zaakBound] only records of the resident's zaken (others: 404, left out of lists)
 * @property {(a: JsonObject, b: JsonObject) => number} [order] list order; default the order of creation
 * @property {string[]} [ordering] fields the `ordering` parameter may name
 * @property {Record<string, FixtureFilter>} [filters] beyond the generic lookups
 * @property {FixtureExpand} [expand]
 * @property {Record<string, string>} [headers] on every answer (a zaak's `Content-Crs`)
 */

/**
 * @typedef {object} ResourceRow
 * @property {Api} api the API's URL segment, and which vendored spec
 * @property {string} resource the URL segment
 * @property {string} [store] the store table (several views may share one); default `resource`
 * @property {JsonObject} [kind] fixed field values of this view (a task kind's `taakSoort`)
 * @property {'all' | 'own'} [reads] `all`: the engine serves every GET; `own` (default): GETs of records
 *   written in the store only, the rest are `fixtures` reads
 * @property {FixtureReads} [fixtures] reads of fixtures.mjs's data
 * @property {string[]} [methods] the spec's operations served (`list`, `create`, `read`, `update`,
 *   `partial_update`, `destroy`, or an action name); default: all the spec declares
 * @property {boolean} [plainList] lists as a plain array (as Open Zaak answers zaakinformatieobjecten)
 * @property {Record<string, string>} [foreignKeys] field → store of `{ uuid }` references (url added on output)
 * @property {Record<string, { store: string, field: string }>} [reverse] derived lists of `{uuid, url}`:
 *   the records of `store` whose foreign key `field` is this one
 * @property {Record<string, string>} [expand] `expand` values → the reverse field they expand
 * @property {Record<string, Filter>} [filters]
 * @property {(record: JsonObject, ctx: Context) => boolean} [visible] extra scope rule for reads
 * @property {Hooks} [hooks]
 * @property {string} [specPath] the spec's collection path, when it differs from `/{resource}`
 */

/** `Record<string, Json>` field access that reads a nested `a.b` path. @param {Json | undefined} value @param {string[]} path @returns {Json | undefined} */
export function dig(value, path) {
  let out = value;
  for (const key of path) out = out && typeof out === 'object' && !Array.isArray(out) ? out[key] : undefined;
  return out;
}

/** Records of `store` whose `field` references `uuid`. @param {Context} ctx @param {string} store @param {string} field @param {string} uuid */
const referring = (ctx, store, field, uuid) => [...ctx.store.table(store).values()].filter((r) => dig(r, [field, 'uuid']) === uuid);

/**
 * `onderwerpobject__…` and `wasOnderwerpobject__…` of klantcontacten: klantcontacten with an
 * onderwerpobject (via `klantcontact`, resp. `wasKlantcontact`) matching the rest of the name.
 * @param {'klantcontact' | 'wasKlantcontact'} via
 * @returns {Record<string, Filter>}
 */
function onderwerpobjectFilters(via) {
  const prefix = via === 'klantcontact' ? 'onderwerpobject' : 'wasOnderwerpobject';
  /** @type {Record<string, Filter>} */
  const out = {
    [`${prefix}__uuid`]: (r, v, ctx) => referring(ctx, 'onderwerpobjecten', via, String(r.uuid)).some((o) => o.uuid === v),
    [`${prefix}__url`]: (r, v, ctx) => referring(ctx, 'onderwerpobjecten', via, String(r.uuid)).some((o) => o.url === v),
  };
  for (const part of ['CodeObjecttype', 'CodeRegister', 'CodeSoortObjectId', 'ObjectId']) {
    const field = part[0]?.toLowerCase() + part.slice(1);
    out[`${prefix}__onderwerpobjectidentificator${part}`] = (r, v, ctx) =>
      referring(ctx, 'onderwerpobjecten', via, String(r.uuid)).some((o) => dig(o, ['onderwerpobjectidentificator', field]) === v);
  }
  return out;
}

/** @type {Record<string, Filter>} */
const identificatorFilters = Object.fromEntries(
  ['CodeObjecttype', 'CodeRegister', 'CodeSoortObjectId', 'ObjectId'].map((part) => [
    `onderwerpobjectidentificator${part}`,
    /** @type {Filter} */ ((r, v) => dig(r, ['onderwerpobjectidentificator', part[0]?.toLowerCase() + part.slice(1)]) === v),
  ]),
);

/** @type {Filter} */
const relatedTo = (r, v) => Array.isArray(r.isGerelateerdAan) && r.isGerelateerdAan.some((g) => dig(g, ['urn']) === v);

/** @param {string} taakSoort @param {string} resource @returns {ResourceRow} */
const taskKind = (taakSoort, resource) => ({ api: 'taken', resource, store: 'taken', kind: { taakSoort }, reads: 'all', filters: { isGerelateerdAan: relatedTo } });

const CRS = { 'Content-Crs': 'EPSG:4326' };
/** Reads only: no write reaches a spec. */
const READ_ONLY = ['list', 'read'];

/** @type {ResourceRow[]} */
export const RESOURCES = [
  // Zaken API 1.5.1, Catalogi API 1.3.1, Documenten API 1.4.2 (Open Zaak 1.30): the resident's zaken.
  {
    api: 'zaken', resource: 'zaken', methods: READ_ONLY,
    fixtures: { list: ZAKEN_PARAMS, detail: ['expand'], zaakBound: true, ordering: ZAKEN_ORDERING, filters: ZAKEN_FILTERS, expand: ZAAK_EXPAND, headers: CRS },
  },
  {
    api: 'zaken', resource: 'statussen', methods: READ_ONLY,
    fixtures: {
      list: ['indicatieLaatstGezetteStatus', 'page', 'pageSize', 'statustype', 'zaak'], detail: [], zaakBound: true,
      order: newestFirst, filters: { indicatieLaatstGezetteStatus: booleanFilter('indicatieLaatstGezetteStatus') },
    },
  },
  { api: 'zaken', resource: 'resultaten', methods: READ_ONLY, fixtures: { list: ['page', 'pageSize', 'resultaattype', 'zaak'], detail: [], zaakBound: true } },
  // Reads of the fixtures' links, plus (once the session wrote one) the engine's: the fixtures' and its own.
  {
    api: 'zaken', resource: 'zaakinformatieobjecten', plainList: true, methods: ['list', 'create', 'read', 'destroy'], hooks: zaakinformatieobjectHooks,
    fixtures: { list: ['informatieobject', 'zaak'], detail: [], zaakBound: true },
  },
  { api: 'catalogi', resource: 'zaaktypen', methods: READ_ONLY, fixtures: { detail: [] } },
  { api: 'catalogi', resource: 'statustypen', methods: READ_ONLY, fixtures: { list: TYPE_PARAMS, detail: [], filters: TYPE_FILTERS } },
  { api: 'catalogi', resource: 'resultaattypen', methods: READ_ONLY, fixtures: { list: TYPE_PARAMS, detail: [], filters: TYPE_FILTERS } },
  { api: 'catalogi', resource: 'informatieobjecttypen', methods: READ_ONLY, fixtures: { detail: [] } },
  // The fixtures' documents; uploads (POST, lock, unlock, download of written ones) go to the engine.
  {
    api: 'documenten', resource: 'enkelvoudiginformatieobjecten', methods: ['create', 'read', 'destroy', 'lock', 'unlock', 'download'], hooks: documentHooks,
    fixtures: { detail: ['expand', 'registratieOp', 'versie'], download: ['registratieOp', 'versie'], zaakBound: true, expand: DOCUMENT_EXPAND },
  },

  // Taken API 0.1.0 (Open VTB): one store of tasks, a polymorphic view and one per kind.
  { api: 'taken', resource: 'externetaken', store: 'taken', reads: 'all', filters: { isGerelateerdAan: relatedTo } },
  taskKind('urltaak', 'urltaken'),
  taskKind('betaaltaak', 'betaaltaken'),
  taskKind('formuliertaak', 'formuliertaken'),

  // Klantinteracties API 0.9.0 (Open Klant): a question is a klantcontact about the zaak (its
  // onderwerpobject), an answer a klantcontact whose onderwerpobject `wasKlantcontact` the question.
  {
    api: 'klantinteracties',
    resource: 'klantcontacten',
    reads: 'all',
    hooks: klantcontactHooks,
    reverse: {
      gingOverOnderwerpobjecten: { store: 'onderwerpobjecten', field: 'klantcontact' },
      hadBetrokkenen: { store: 'betrokkenen', field: 'hadKlantcontact' },
    },
    expand: { gingOverOnderwerpobjecten: 'gingOverOnderwerpobjecten', hadBetrokkenen: 'hadBetrokkenen' },
    filters: {
      ...onderwerpobjectFilters('klantcontact'),
      ...onderwerpobjectFilters('wasKlantcontact'),
      hadBetrokkene__uuid: (r, v, ctx) => referring(ctx, 'betrokkenen', 'hadKlantcontact', String(r.uuid)).some((b) => b.uuid === v),
      hadBetrokkene__url: (r, v, ctx) => referring(ctx, 'betrokkenen', 'hadKlantcontact', String(r.uuid)).some((b) => b.url === v),
    },
  },
  {
    api: 'klantinteracties',
    resource: 'onderwerpobjecten',
    reads: 'all',
    foreignKeys: { klantcontact: 'klantcontacten', wasKlantcontact: 'klantcontacten' },
    filters: identificatorFilters,
  },
  { api: 'klantinteracties', resource: 'betrokkenen', reads: 'all', foreignKeys: { hadKlantcontact: 'klantcontacten' } },
  // One request for a klantcontact with its betrokkene and onderwerpobject (create only).
  { api: 'klantinteracties', resource: 'maak-klantcontact', store: 'klantcontacten', reads: 'all', methods: ['create'], hooks: maakKlantcontactHooks },

  // Documenten API 1.4.2: the parts of an upload.
  { api: 'documenten', resource: 'bestandsdelen', methods: ['update'], hooks: partHooks },
];

/** Resource names, for `fail-on` (`download`: a document's file). */
export const RESOURCE_NAMES = [...new Set([...RESOURCES.filter((r) => r.fixtures).map((r) => r.resource), 'download', ...RESOURCES.map((r) => r.resource)])];

/** The row of `{api}/api/v1/{resource}`. @param {string | undefined} api @param {string | undefined} resource */
export const rowOf = (api, resource) => RESOURCES.find((r) => r.api === api && r.resource === resource);

/** The query parameters of fixture reads, by endpoint (`zaken`, `zaken/{uuid}`, `…/{uuid}/download`), for the tests that hold them against the specs. */
export const KNOWN_QUERY_PARAMS = Object.fromEntries(
  RESOURCES.flatMap(({ resource, fixtures }) => {
    if (!fixtures) return [];
    /** @type {Array<[string, string[]]>} */
    const out = [];
    if (fixtures.list) out.push([resource, fixtures.list]);
    out.push([`${resource}/{uuid}`, fixtures.detail]);
    if (fixtures.download) out.push([`${resource}/{uuid}/download`, fixtures.download]);
    return out;
  }),
);
