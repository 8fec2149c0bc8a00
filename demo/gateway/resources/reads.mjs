// @ts-check
// Reads of Open Zaak's data (fixtures.mjs's world) for the table rows with `fixtures`: list,
// detail and download, their query parameters, the resident's scope, filters, `ordering`, paging
// and `expand`, the way Open Zaak 1.30 answers them. No spec is parsed here (a read-only page's
// timing stays as it was); the node tests hold the rows' parameters against the specs.
import { RESIDENTS, recordsOf } from '../fixtures.mjs';
import { backendBase } from './bases.mjs';
import { paginate } from './paging.mjs';
import { rowOf } from './table.mjs';

/** @typedef {import('./types.mjs').Json} Json */
/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */
/** @typedef {import('./types.mjs').Layout} Layout */
/** @typedef {import('./engine.mjs').Result} Result */
/** @typedef {import('./table.mjs').ResourceRow} ResourceRow */
/** @typedef {import('./table.mjs').FixtureReads} FixtureReads */
/** @typedef {import('../fixtures.mjs').World} World */

/**
 * A fixture read: which row, which endpoint.
 * @typedef {object} ReadRoute
 * @property {ResourceRow} row
 * @property {FixtureReads} fixtures
 * @property {'zaken' | 'catalogi' | 'documenten'} api
 * @property {string} resource
 * @property {string} [uuid] lower case
 * @property {boolean} download `/{uuid}/download`
 * @property {string} key the endpoint: `zaken`, `zaken/{uuid}`, `enkelvoudiginformatieobjecten/{uuid}/download`
 * @property {string[]} params its query parameters
 */
/** What a read needs of the scenario. @typedef {{ layout: Layout, resident: string, pageSize: number, expand: 'on' | 'off' | 'ignore' }} ReadScenario */

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Query parameters that page, order or expand rather than filter. */
const NOT_FILTERS = new Set(['expand', 'page', 'pageSize', 'ordering']);
/** Filter parameters holding a resource URL: compared with the back-end URL as a plain string. */
const URL_FILTERS = ['zaak', 'zaaktype', 'statustype', 'resultaattype', 'informatieobject', 'status__statustype', 'resultaat__resultaattype', 'rol__betrokkene'];
const NOT_FOUND = { status: 404, problem: { detail: 'Niet gevonden.' } };

/**
 * The fixture read of `{api}/api/v1/{resource}[/{uuid}[/download]]`, or undefined (no such endpoint).
 * @param {string[]} segments after mount and scenario
 * @returns {ReadRoute | undefined}
 */
export function readRoute(segments) {
  const [api, a, v, resource, uuid, download, ...rest] = segments;
  if (a !== 'api' || v !== 'v1' || rest.length || !resource) return undefined;
  const row = rowOf(api, resource);
  const fixtures = row?.fixtures;
  if (!row || !fixtures || (row.api !== 'zaken' && row.api !== 'catalogi' && row.api !== 'documenten')) return undefined;
  const base = { row, fixtures, api: row.api, resource: row.resource };
  if (uuid === undefined) return fixtures.list ? { ...base, download: false, key: resource, params: fixtures.list } : undefined;
  if (!UUID_RE.test(uuid)) return undefined;
  if (download === undefined) return { ...base, uuid: uuid.toLowerCase(), download: false, key: `${resource}/{uuid}`, params: fixtures.detail };
  if (download !== 'download' || !fixtures.download) return undefined;
  return { ...base, uuid: uuid.toLowerCase(), download: true, key: `${resource}/{uuid}/download`, params: fixtures.download };
}

/** @param {InvalidParam[]} invalidParams @returns {Result} */
const invalid = (invalidParams) => ({ status: 400, problem: { detail: '', invalidParams } });

/**
 * Answers a fixture read.
 * @param {ReadRoute} route @param {URLSearchParams} query @param {ReadScenario} scenario
 * @param {string | undefined} accept the request's Accept header @param {World} world what the back end holds
 * @returns {Result}
 */
export function serveRead(route, query, scenario, accept, world) {
  const { fixtures } = route;
  // Query parameters: anything Open Zaak does not know is a 400, like Open Zaak.
  const known = scenario.expand === 'off' ? route.params.filter((p) => p !== 'expand') : route.params;
  const names = [...new Set(query.keys())];
  const unknown = names.filter((k) => !known.includes(k));
  if (unknown.length) return invalid([{ name: 'nonFieldErrors', code: 'unknown-parameters', reason: `Onbekende query parameters: ${unknown.join(', ')}` }]);
  const personal = names.filter((k) => k.startsWith('rol__'));
  if (personal.length) {
    return invalid(personal.map((name) => ({ name, code: 'not-allowed', reason: 'De gateway bepaalt zelf van wie de zaken zijn; filteren op rollen is niet toegestaan.' })));
  }
  for (const name of URL_FILTERS) {
    const value = query.get(name);
    if (value !== null && !URL.canParse(value)) return invalid([{ name, code: 'invalid', reason: 'Voer een geldige URL in.' }]);
  }
  if (!route.download && accept && !/(^|,)\s*(\*\/\*|application\/\*|application\/json|application\/problem\+json)\s*(;|,|$)/i.test(accept)) {
    return { status: 406, problem: { detail: 'Kan niet voldoen aan de opgegeven Accept header.' } };
  }

  const owned = new Set(RESIDENTS[/** @type {keyof typeof RESIDENTS} */ (scenario.resident)].zaken);
  /** Is this record (by uuid) one of the resident's zaken, or of one? @param {string} uuid */
  const mine = (uuid) => !fixtures.zaakBound || owned.has(world.zaakOf.get(uuid) ?? uuid);

  /** @type {Set<string> | undefined} */
  let expand;
  if (query.has('expand')) {
    const values = (query.get('expand') ?? '').split(',').filter(Boolean);
    const bad = values.filter((v) => !fixtures.expand?.paths.includes(v));
    if (bad.length) return invalid(bad.map((v) => ({ name: 'expand', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${v} is geen beschikbare keuze.` })));
    expand = scenario.expand === 'ignore' ? undefined : new Set(values);
  }
  /** @param {JsonObject} record */
  const expanded = (record) => (expand && fixtures.expand ? fixtures.expand.add(record, expand, world) : record);
  const records = recordsOf(world, route.resource) ?? new Map();

  if (route.uuid) {
    const item = records.get(route.uuid);
    if (!item || !mine(route.uuid)) return NOT_FOUND;
    if (route.download) return download(world, route.uuid, query);
    return { status: 200, headers: fixtures.headers, body: expanded(item) };
  }

  let items = [...records.values()].filter((r) => mine(String(r.uuid)));
  for (const [name, value] of query) {
    if (NOT_FILTERS.has(name)) continue;
    const keep = fixtures.filters?.[name]?.(value, world) ?? lookup(name, value);
    if (Array.isArray(keep)) return invalid(keep);
    items = items.filter(keep);
  }
  const ordering = query.get('ordering');
  if (ordering && fixtures.ordering) {
    const sorted = orderBy(items, ordering, fixtures.ordering);
    if (!Array.isArray(sorted)) return sorted;
    items = sorted;
  }
  if (fixtures.order) items = [...items].sort(fixtures.order);
  // A plain array, as Open Zaak answers zaakinformatieobjecten.
  if (route.row.plainList) return { status: 200, body: items };
  const page = paginate(items, query, scenario.pageSize, `${backendBase(scenario.layout, route.api)}/${route.resource}`);
  const body = page.body;
  if (expand && body && typeof body === 'object' && !Array.isArray(body) && Array.isArray(body.results)) {
    body.results = body.results.map((r) => (r && typeof r === 'object' && !Array.isArray(r) ? expanded(r) : r));
  }
  return page.status === 200 ? { ...page, headers: fixtures.headers } : page;
}

/** A document's file. @param {World} world @param {string} uuid @param {URLSearchParams} query @returns {Result} */
function download(world, uuid, query) {
  const file = world.files.get(uuid);
  if (!file) return NOT_FOUND;
  const versie = query.get('versie');
  if (versie !== null && versie !== '1') return NOT_FOUND;
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

/** @param {Json | undefined} v */
const text = (v) => String(v ?? '');

/**
 * The generic lookups of Open Zaak's filters: `field`, `field__icontains`, `__isnull`, `__in` and
 * the date comparisons `__gt`, `__gte`, `__lt`, `__lte`.
 * @param {string} name @param {string} value
 * @returns {((record: JsonObject) => boolean) | InvalidParam[]}
 */
function lookup(name, value) {
  const [field = '', kind] = name.split('__');
  switch (kind) {
    case 'icontains':
      return (r) => text(r[field]).toLowerCase().includes(value.toLowerCase());
    case 'isnull': {
      if (!['true', 'false', '1', '0'].includes(value)) return [{ name, code: 'invalid', reason: 'Selecteer een geldige keuze.' }];
      const wantNull = value === 'true' || value === '1';
      return (r) => (r[field] === null || r[field] === undefined) === wantNull;
    }
    case 'in': {
      const values = value.split(',');
      return (r) => values.includes(String(r[field]));
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return [{ name, code: 'invalid', reason: 'Voer een geldige datum in.' }];
      return (r) => {
        const v = r[field];
        if (!v) return false;
        const t = String(v);
        return kind === 'gt' ? t > value : kind === 'gte' ? t >= value : kind === 'lt' ? t < value : t <= value;
      };
    default:
      return (r) => text(r[field]) === value;
  }
}

/** `ordering=a,-b` over the fields allowed. @param {JsonObject[]} items @param {string} ordering @param {string[]} allowed @returns {JsonObject[] | Result} */
function orderBy(items, ordering, allowed) {
  const fields = ordering.split(',').filter(Boolean);
  const bad = fields.filter((f) => !allowed.includes(f.replace(/^-/, '')));
  if (bad.length) return invalid([{ name: 'ordering', code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${bad.join(', ')} is geen beschikbare keuze.` }]);
  return [...items].sort((a, b) => {
    for (const f of fields) {
      const desc = f.startsWith('-');
      const key = f.replace(/^-/, '');
      const x = String(a[key] ?? '');
      const y = String(b[key] ?? '');
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return 0;
  });
}
