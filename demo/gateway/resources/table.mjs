// @ts-check
// THE resource table of the write-capable mock gateway. Each row names a resource; everything
// else is derived from it and from the vendored spec of its API: the routes (which methods exist
// on `/{resource}`, `/{resource}/{uuid}` and `/{resource}/{uuid}/{action}` is what the spec
// declares, narrowed by `methods`), the allowed query parameters and their value checks (the
// spec's GET parameters), request-body validation (the spec's request schema), the store, foreign
// keys and reverse relations. Behaviour that is not in a spec (the Documenten upload, the link
// checks of a zaakinformatieobject) sits in hooks, in small modules beside this one.
import { documentHooks, partHooks, zaakinformatieobjectHooks } from './documents.mjs';
import { klantcontactHooks, maakKlantcontactHooks } from './klantcontacten.mjs';

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

/**
 * @typedef {object} ResourceRow
 * @property {Api} api the API's URL segment, and which vendored spec
 * @property {string} resource the URL segment
 * @property {string} [store] the store table (several views may share one); default `resource`
 * @property {JsonObject} [kind] fixed field values of this view (a task kind's `taakSoort`)
 * @property {'all' | 'own'} reads `own`: this engine serves GETs only of records written in the
 *   store (index.mjs serves the rest from fixtures.mjs until the lead folds those reads in here)
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

/** @type {ResourceRow[]} */
export const RESOURCES = [
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

  // Documenten API 1.4.2 and Zaken API 1.5.1 writes (reads of fixtures stay in index.mjs).
  { api: 'documenten', resource: 'enkelvoudiginformatieobjecten', reads: 'own', methods: ['create', 'read', 'destroy', 'lock', 'unlock', 'download'], hooks: documentHooks },
  { api: 'documenten', resource: 'bestandsdelen', reads: 'own', methods: ['update'], hooks: partHooks },
  { api: 'zaken', resource: 'zaakinformatieobjecten', reads: 'own', plainList: true, methods: ['list', 'create', 'read', 'destroy'], hooks: zaakinformatieobjectHooks },
];

/** Resource names, for `fail-on`. */
export const RESOURCE_NAMES = [...new Set(RESOURCES.map((r) => r.resource))];
