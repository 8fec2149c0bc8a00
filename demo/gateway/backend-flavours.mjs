// @ts-check
// Scenario options that answer the way other back ends and gateways were recorded answering: shapes
// Open Zaak 1.30 itself never produces but that still conform to its specs (every field touched is
// optional, nullable or a free string there). Each option rewrites the mock's own answers, so it
// composes with every other option. Node built-ins only; hooked into index.mjs in three places.
//
// | option | values | effect |
// | `urls` | `relative`, `gateway` | resource URLs in bodies without scheme and host (`/catalogi/api/v1/…`), or on the gateway's own origin and path (a rewriting proxy); filter values in that form are read back |
// | `statustypen` | `duplicate-url`, `no-volgnummer`, `duplicate-volgnummer`, `old-version`, `retired` | the statustypen list holds every item twice; no `volgnummer`; every `volgnummer` 1; the current status (`indicatieLaatstGezetteStatus`) names a statustype of an older zaaktype version, with the same `omschrijving` (`old-version`) or one the new version dropped (`retired`) |
// | `documents` | `blank-names` | `bestandsnaam: ""` on every document, `status: ""` on the final ones |
// | `dates` | `datetime`, `offset` | the zaak's and documents' dates as date-times (`2026-02-28T23:30:00Z`, `2026-02-28T22:30:00-01:00`) that are the original day in Amsterdam |
// | `zaken-api` | `1.4` | a Zaken API before 1.5: `expand` is an unknown parameter (400) and `API-version` says 1.4.3 |
// | `vertrouwelijkheid` | `missing` | zaken without `vertrouwelijkheidaanduiding` |
import { API_OF_RESOURCE, backendBase } from './fixtures.mjs';

/** Parsers like those of scenario.mjs: name → value or a thrown message. @type {{ [K in keyof Flavours]-?: (v: string) => string }} */
export const FLAVOUR_OPTIONS = {
  urls: (v) => oneOf(v, ['relative', 'gateway']),
  statustypen: (v) => oneOf(v, ['duplicate-url', 'no-volgnummer', 'duplicate-volgnummer', 'old-version', 'retired']),
  documents: (v) => oneOf(v, ['blank-names']),
  dates: (v) => oneOf(v, ['datetime', 'offset']),
  'zaken-api': (v) => oneOf(v, ['1.4']),
  vertrouwelijkheid: (v) => oneOf(v, ['missing']),
};

/** @param {string} v @param {string[]} allowed */
function oneOf(v, allowed) {
  if (!allowed.includes(v)) throw new Error(`expected one of ${allowed.join(', ')}`);
  return v;
}

/**
 * @typedef {{ urls?: string, statustypen?: string, documents?: string, dates?: string, 'zaken-api'?: string, vertrouwelijkheid?: string }} Flavours
 * @typedef {{ layout: 'openzaak' | 'per-api', flavours: Flavours }} FlavourScenario
 */

/** The flavour part of parsed raw scenario options. @param {Record<string, unknown>} raw @returns {Flavours} */
export function flavoursOf(raw) {
  return Object.fromEntries(Object.keys(FLAVOUR_OPTIONS).filter((name) => raw[name] !== undefined).map((name) => [name, raw[name]]));
}

/** `zaken-api=1.4` has no `expand`. @param {Flavours} flavours @param {'on'|'off'|'ignore'} expand */
export function expandFor(flavours, expand) {
  return flavours['zaken-api'] === '1.4' ? 'off' : expand;
}

/** `API-version` of an answer. @param {Flavours} flavours @param {string} api @param {string} version */
export function apiVersionFor(flavours, api, version) {
  return flavours['zaken-api'] === '1.4' && api === 'zaken' ? '1.4.3' : version;
}

const OLD_PREFIX = '0dd0';
const TAIL = /^\/?(zaken|catalogi|documenten)\/api\/v1\/(.*)$/;

/**
 * Before serving: filter values the element sends back as it received them (`?zaak=/zaken/api/v1/…`)
 * are read as the back-end URLs they stand for, as a rewriting proxy does.
 * @param {URLSearchParams} query @param {FlavourScenario} scenario @param {string} gatewayPrefix origin + mount + scenario segment
 */
export function restoreFilters(query, scenario, gatewayPrefix) {
  if (!scenario.flavours.urls) return;
  for (const [name, value] of [...query]) {
    const path = value.startsWith(gatewayPrefix) ? value.slice(gatewayPrefix.length) : value.startsWith('/') ? value : null;
    const match = path === null ? null : TAIL.exec(path);
    if (match) query.set(name, `${backendBase(scenario.layout, /** @type {'zaken' | 'catalogi' | 'documenten'} */ (match[1]))}/${match[2]}`);
  }
}

/**
 * A statustype of the older zaaktype version, which the mock does not hold: served from here.
 * @param {{ resource: string, uuid?: string }} route @param {FlavourScenario} scenario
 * @param {(uuidEnd: string) => Record<string, unknown> | undefined} statustypeOf the current version's statustype whose UUID ends so
 * @returns {Record<string, unknown> | undefined}
 */
export function flavourResource(route, scenario, statustypeOf) {
  const kind = scenario.flavours.statustypen;
  if (route.resource !== 'statustypen' || !route.uuid?.startsWith(OLD_PREFIX) || (kind !== 'old-version' && kind !== 'retired')) return undefined;
  const current = statustypeOf(route.uuid.slice(OLD_PREFIX.length));
  if (!current) return undefined;
  const base = backendBase(scenario.layout, 'catalogi');
  return {
    ...current,
    url: `${base}/statustypen/${route.uuid}`,
    zaaktype: `${current.zaaktype}`.replace(/\/zaaktypen\/[0-9a-f]{4}/, `/zaaktypen/${OLD_PREFIX}`),
    ...(kind === 'retired'
      ? { omschrijving: 'Wij wachten op uw extra gegevens', statustekst: 'Wij hebben u om extra gegevens gevraagd.', volgnummer: current.volgnummer, isEindstatus: false }
      : {}),
  };
}

/** The older version's URL of a statustype: same host and path, the UUID's first four digits changed. @param {string} url */
function olderVersion(url) {
  return url.replace(/\/statustypen\/[0-9a-f]{4}/, `/statustypen/${OLD_PREFIX}`);
}

/**
 * After serving: the JSON answer as the flavoured back end gives it.
 * @param {unknown} body @param {{ resource: string, uuid?: string }} route @param {FlavourScenario} scenario @param {string} gatewayPrefix
 */
export function flavourAnswer(body, route, scenario, gatewayPrefix) {
  const { flavours } = scenario;
  if (Object.keys(flavours).length === 0 || body === null || typeof body !== 'object') return body;
  /** @type {unknown} */
  let out = structuredClone(body);
  const kind = flavours.statustypen;
  const page = /** @type {Record<string, unknown>} */ (out);
  if (kind === 'duplicate-url' && route.resource === 'statustypen' && !route.uuid && Array.isArray(page.results)) {
    const results = /** @type {object[]} */ (page.results);
    page.results = [...results, ...results.map((item) => ({ ...item }))];
    page.count = results.length * 2;
  }
  walk(out, (object) => {
    const url = typeof object.url === 'string' ? object.url : '';
    if (url.includes('/statustypen/')) {
      if (kind === 'no-volgnummer') delete object.volgnummer;
      if (kind === 'duplicate-volgnummer') object.volgnummer = 1;
    }
    if ((kind === 'old-version' || kind === 'retired') && url.includes('/statussen/') && object.indicatieLaatstGezetteStatus === true) {
      object.statustype = olderVersion(String(object.statustype));
      const expanded = /** @type {Record<string, unknown> | undefined} */ (object._expand);
      if (expanded?.statustype) expanded.statustype = undefined;
    }
    if (url.includes('/zaken/') && !url.includes('/statussen/')) {
      if (flavours.vertrouwelijkheid === 'missing') delete object.vertrouwelijkheidaanduiding;
      if (flavours.dates) for (const field of ['registratiedatum', 'startdatum', 'einddatum', 'einddatumGepland', 'uiterlijkeEinddatumAfdoening']) object[field] = asDateTime(object[field], flavours.dates);
    }
    if (url.includes('/enkelvoudiginformatieobjecten/')) {
      // A back end without a status for final documents; drafts keep theirs.
      if (flavours.documents === 'blank-names') Object.assign(object, { bestandsnaam: '', status: object.status === 'definitief' ? '' : object.status });
      if (flavours.dates) object.creatiedatum = asDateTime(object.creatiedatum, flavours.dates);
    }
  });
  // The zaak's `_expand.status` is the current status too; its older statustype is not expanded.
  if (flavours.urls) out = rewriteUrls(out, (url) => rewriteUrl(url, scenario, gatewayPrefix));
  return out;
}

/** `2026-03-01` → the day before at 23:30 UTC (`datetime`) or 22:30 at UTC−1 (`offset`): 1 March in Amsterdam, winter or summer. */
/** @param {unknown} value @param {string} how */
function asDateTime(value, how) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const dayBefore = new Date(Date.parse(value) - 86_400_000).toISOString().slice(0, 10);
  return how === 'offset' ? `${dayBefore}T22:30:00-01:00` : `${dayBefore}T23:30:00Z`;
}

/** @param {string} url @param {FlavourScenario} scenario @param {string} gatewayPrefix */
function rewriteUrl(url, scenario, gatewayPrefix) {
  for (const api of new Set(Object.values(API_OF_RESOURCE))) {
    const base = backendBase(scenario.layout, api);
    if (url.startsWith(`${base}/`)) {
      const path = `/${api}/api/v1/${url.slice(base.length + 1)}`;
      return scenario.flavours.urls === 'relative' ? path : `${gatewayPrefix}${path}`;
    }
  }
  return url;
}

/** @param {unknown} value @param {(object: Record<string, unknown>) => void} visit */
function walk(value, visit) {
  if (Array.isArray(value)) for (const item of value) walk(item, visit);
  else if (value !== null && typeof value === 'object') {
    visit(/** @type {Record<string, unknown>} */ (value));
    for (const child of Object.values(value)) walk(child, visit);
  }
}

/** Every string that is a back-end URL, rewritten. @param {unknown} value @param {(url: string) => string} rewrite @returns {unknown} */
function rewriteUrls(value, rewrite) {
  if (typeof value === 'string') return rewrite(value);
  if (Array.isArray(value)) return value.map((item) => rewriteUrls(item, rewrite));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteUrls(item, rewrite)]));
  }
  return value;
}
