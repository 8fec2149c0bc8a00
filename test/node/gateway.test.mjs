// The demo/mock ZGW gateway over real HTTP: bodies valid against what Open Zaak 1.30 serves,
// Open Zaak's behaviour (ordering, pagination, expand, 400 on unknown parameters), both URL
// layouts, and the scenario options the browser tests rely on.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';
import {
  DEMO_ZAKEN,
  KNOWN_QUERY_PARAMS,
  RESIDENTS,
  ZAKEN_EXPAND_PATHS,
} from '../../demo/gateway/index.mjs';
import { useGatewayServer } from './support/gateway-server.mjs';

/** Vendored (spec/zgw-openapi/SOURCES.md): a plain clone needs nothing beside it. */
const SPEC_DIR = fileURLToPath(new URL('../../spec/zgw-openapi/open-zaak-1.30.0/', import.meta.url));
const SPEC_FILES = { zaken: 'zaken-openapi.yaml', catalogi: 'catalogi-openapi.yaml', documenten: 'documenten-openapi.yaml' };
/**
 * Parses the parts of a spec the tests use: `components` and the GET paths the gateway serves.
 * The files are large (up to 22,000 lines) and parsing all of them takes seconds, so the YAML is
 * first cut at its top-level keys and at its path keys, both of which sit at fixed indentation.
 */
function loadSpec(file, keepPath) {
  const lines = readFileSync(`${SPEC_DIR}${file}`, 'utf8').split('\n');
  const top = (name) => lines.indexOf(`${name}:`);
  const pathsStart = top('paths');
  const componentsStart = top('components');
  const componentsEnd = lines.findIndex((line, i) => i > componentsStart && /^[a-z]/.test(line));
  const kept = ['paths:'];
  let keep = false;
  for (const line of lines.slice(pathsStart + 1, componentsStart)) {
    const key = /^  (\/\S*):\s*$/.exec(line);
    if (key) keep = keepPath(key[1]);
    if (keep) kept.push(line);
  }
  kept.push(...lines.slice(componentsStart, componentsEnd < 0 ? undefined : componentsEnd));
  return YAML.parse(kept.join('\n'));
}
const keepPath = (path) => Object.keys(KNOWN_QUERY_PARAMS).some((key) => path === `/${key}` || path === `/${key.split('/')[0]}`);
/** Parsed specs, cached in the OS temp dir by a hash of the spec files and this cutting code. */
function loadSpecs() {
  const hash = createHash('sha256').update(loadSpec.toString()).update(JSON.stringify(KNOWN_QUERY_PARAMS));
  for (const file of Object.values(SPEC_FILES)) hash.update(readFileSync(`${SPEC_DIR}${file}`));
  const cache = join(tmpdir(), `mijn-zaken-open-zaak-1.30-specs-${hash.digest('hex').slice(0, 16)}.json`);
  try {
    return JSON.parse(readFileSync(cache, 'utf8'));
  } catch {
    const parsed = Object.fromEntries(Object.entries(SPEC_FILES).map(([api, file]) => [api, loadSpec(file, keepPath)]));
    try {
      writeFileSync(cache, JSON.stringify(parsed));
    } catch {
      // no cache, no harm
    }
    return parsed;
  }
}
const specs = loadSpecs();

// ---------------------------------------------------------------------------------------------
// JSON Schema from the OpenAPI 3.0 specs.
//
// OpenAPI 3.0 schemas are not JSON Schema: `nullable: true` becomes `anyOf [schema, null]`;
// `readOnly` is kept (an annotation for ajv); `example` and other OpenAPI-only keywords are
// dropped. Every `$ref` is made absolute against its own file. The Zaken and Documenten specs
// refer to https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml
// (ZaakType, InformatieObjectType), which cannot be fetched offline: those refs are resolved to
// the same schema in Open Zaak's own local Catalogi spec (1.3.1), which is what Open Zaak embeds.
const ID = (api) => `https://open-zaak-1.30.test/${api}.json`;
const REMOTE_CATALOGI = 'https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml';

function toJsonSchema(node, api) {
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, api));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref') {
      out.$ref = value.startsWith('#')
        ? `${ID(api)}${value}`
        : value.startsWith(REMOTE_CATALOGI)
          ? `${ID('catalogi')}${value.slice(REMOTE_CATALOGI.length)}`
          : value;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([p, s]) => [p, toJsonSchema(s, api)]));
    } else if (['nullable', 'example', 'discriminator', 'xml', 'externalDocs'].includes(key) || key.startsWith('x-')) {
      continue;
    } else {
      out[key] = toJsonSchema(value, api);
    }
  }
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('binary', true);
for (const [api, spec] of Object.entries(specs)) {
  ajv.addSchema({ $id: ID(api), components: { schemas: toJsonSchema(spec.components.schemas, api) } });
}
const validators = new Map();
/** The validator of a 200 body of an endpoint, taken from that endpoint's own response in the spec. */
function validatorFor(api, specPath) {
  const key = `${api} ${specPath}`;
  if (!validators.has(key)) {
    const op = specs[api].paths[specPath]?.get;
    assert.ok(op, `spec has GET ${specPath}`);
    const schema = op.responses['200'].content['application/json'].schema;
    validators.set(key, ajv.compile(toJsonSchema(schema, api)));
  }
  return validators.get(key);
}
function schemaValidator(api, name) {
  return ajv.getSchema(`${ID(api)}#/components/schemas/${name}`);
}
function assertValid(validate, body, where) {
  if (!validate(body)) {
    assert.fail(`${where} invalid: ${ajv.errorsText(validate.errors, { separator: '\n  ' })}`);
  }
}

// ---------------------------------------------------------------------------------------------
// The server.

const MOUNT = '/api/zgw';
const LAYOUT_ORIGINS = {
  openzaak: ['https://openzaak.gemeente.example'],
  'per-api': ['https://zaken.gemeente.example', 'https://catalogi.gemeente.example', 'https://documenten.gemeente.example'],
};
const API_OF = {
  zaken: 'zaken', statussen: 'zaken', resultaten: 'zaken', zaakinformatieobjecten: 'zaken', rollen: 'zaken',
  zaaktypen: 'catalogi', statustypen: 'catalogi', resultaattypen: 'catalogi', informatieobjecttypen: 'catalogi', catalogussen: 'catalogi',
  enkelvoudiginformatieobjecten: 'documenten',
};
const NOT_SERVED = new Set(['rollen', 'catalogussen']);

const gateway = useGatewayServer({
  mountPath: MOUNT,
  passOn: (res) => {
    res.statusCode = 418;
    res.end('passed on');
  },
});

/** `{mount}[/{scenario}]/{path}` */
const gw = gateway.url;
async function get(url, init) {
  const res = await fetch(url, init);
  const buffer = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type') ?? '';
  let json;
  if (/json/.test(type)) {
    try {
      json = JSON.parse(buffer.toString('utf8'));
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, headers: res.headers, buffer, text: buffer.toString('utf8'), json };
}
/** Maps a back-end URL onto the gateway the way CONTRACT section 5 says the element does. */
function toGateway(scenario, backendUrl) {
  const u = new URL(backendUrl);
  const parts = u.pathname.split('/').filter(Boolean);
  let i = parts.length - 1;
  const download = parts[i] === 'download';
  if (download) i -= 1;
  let uuid;
  if (/^[0-9a-f-]{36}$/.test(parts[i] ?? '')) uuid = parts[i--];
  const resource = parts[i];
  const api = API_OF[resource];
  if (!api) return undefined;
  return { url: gw(scenario, `/${api}/api/v1/${resource}${uuid ? `/${uuid}` : ''}${download ? '/download' : ''}${u.search}`), resource, uuid, download };
}
async function json(scenario, path) {
  const r = await get(gw(scenario, path));
  assert.equal(r.status, 200, `${path}: ${r.text.slice(0, 300)}`);
  return r.json;
}
const enc = encodeURIComponent;

// ---------------------------------------------------------------------------------------------

describe('schema validity and referential integrity (crawl)', () => {
  const combos = [
    { layout: 'openzaak', resident: 'default', scenario: '' },
    { layout: 'per-api', resident: 'default', scenario: 'layout=per-api' },
    { layout: 'openzaak', resident: 'many', scenario: 'resident=many,page-size=4' },
  ];
  for (const { layout, resident, scenario } of combos) {
    it(`every body is valid against Open Zaak 1.30 (${layout}, resident=${resident})`, async () => {
      const origins = LAYOUT_ORIGINS[layout];
      const seen = new Set();
      const queue = [];
      const counts = {};
      const enqueue = (url) => {
        if (!seen.has(url)) {
          seen.add(url);
          queue.push(url);
        }
      };
      const expand = 'zaaktype,status,status.statustype,resultaat,resultaat.resultaattype';
      enqueue(gw(scenario, `/zaken/api/v1/zaken?expand=${expand}`));
      enqueue(gw(scenario, '/zaken/api/v1/zaken'));
      const zaakUrls = new Set();
      const zaaktypeUrls = new Set();
      const visit = async (url) => {
        const path = new URL(url).pathname.replace(`${MOUNT}/${scenario ? `${scenario}/` : ''}`, '/');
        const [, api, , , resource, uuid, download] = path.split('/');
        const r = await get(url);
        assert.equal(r.status, 200, `${url}: ${r.text.slice(0, 300)}`);
        counts[resource] = (counts[resource] ?? 0) + 1;
        if (download) return; // bytes are checked in the download tests
        const specPath = `/${resource}${uuid ? '/{uuid}' : ''}`;
        assertValid(validatorFor(api, specPath), r.json, url);
        if (resource === 'zaken' && !uuid) {
          assert.equal(r.headers.get('content-crs'), 'EPSG:4326');
          for (const zaak of r.json.results) {
            zaakUrls.add(zaak.url);
            zaaktypeUrls.add(zaak.zaaktype);
            if (zaak._expand?.status?._expand) {
              assertValid(schemaValidator('catalogi', 'StatusType'), zaak._expand.status._expand.statustype, `${url} _expand.status._expand`);
            }
            if (zaak._expand?.resultaat?._expand) {
              assertValid(schemaValidator('catalogi', 'ResultaatType'), zaak._expand.resultaat._expand.resultaattype, `${url} _expand.resultaat._expand`);
            }
          }
        }
        // Follow every back-end URL in the body (including `next` and `inhoud`).
        const walk = (value) => {
          if (typeof value === 'string') {
            if (!origins.some((o) => value.startsWith(`${o}/`))) {
              // URLs of the other layout must never appear.
              assert.ok(!/gemeente\.example/.test(value), `foreign back-end URL ${value} in ${url}`);
              return;
            }
            const target = toGateway(scenario, value);
            assert.ok(target, `unmappable URL ${value}`);
            if (!NOT_SERVED.has(target.resource)) enqueue(target.url);
          } else if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(r.json);
      };
      // Breadth-first, in batches of parallel requests (keeps the suite fast).
      while (queue.length) await Promise.all(queue.splice(0, 16).map(visit));
      // Also the filtered lists the element uses, with the exact URLs of this layout.
      for (const zaak of zaakUrls) {
        for (const [api, resource] of [['zaken', 'statussen'], ['zaken', 'zaakinformatieobjecten'], ['zaken', 'resultaten']]) {
          const body = await json(scenario, `/${api}/api/v1/${resource}?zaak=${enc(zaak)}`);
          assertValid(validatorFor(api, `/${resource}`), body, `${resource}?zaak=${zaak}`);
          const items = Array.isArray(body) ? body : body.results;
          for (const item of items) assert.equal(item.zaak, zaak);
        }
      }
      for (const zaaktype of zaaktypeUrls) {
        for (const resource of ['statustypen', 'resultaattypen']) {
          const body = await json(scenario, `/catalogi/api/v1/${resource}?zaaktype=${enc(zaaktype)}`);
          assertValid(validatorFor('catalogi', `/${resource}`), body, `${resource}?zaaktype=${zaaktype}`);
          assert.ok(body.count > 0);
        }
      }
      assert.equal(zaakUrls.size, RESIDENTS[resident].zaken.length);
      for (const resource of ['zaken', 'statussen', 'zaaktypen', 'statustypen']) assert.ok(counts[resource] > 0, resource);
      if (resident === 'default') {
        for (const resource of ['resultaten', 'resultaattypen', 'zaakinformatieobjecten', 'enkelvoudiginformatieobjecten', 'informatieobjecttypen']) {
          assert.ok(counts[resource] > 0, resource);
        }
      }
    });
  }

  it('the validators are not vacuous: they reject broken bodies', async () => {
    const zaak = await json('', `/zaken/api/v1/zaken/${DEMO_ZAKEN[0].uuid}?expand=zaaktype`);
    const validate = validatorFor('zaken', '/zaken/{uuid}');
    assert.ok(validate(zaak));
    assert.ok(!validate({ ...zaak, einddatum: undefined }), 'missing required field');
    assert.ok(!validate({ ...zaak, startdatum: '23-11-2026' }), 'bad date');
    assert.ok(validate({ ...zaak, einddatumGepland: null }), 'nullable');
    assert.ok(!validate({ ...zaak, _expand: { zaaktype: { ...zaak._expand.zaaktype, doorlooptijd: 12 } } }), 'remote $ref resolved locally');
    const page = validatorFor('catalogi', '/statustypen');
    assert.ok(!page({ results: [] }), 'count is required');
  });

  it('problem bodies are valid Fout / ValidatieFout', async () => {
    const notFound = await get(gw('', '/zaken/api/v1/zaken/00000000-0000-4000-8000-000000000000'));
    assert.equal(notFound.status, 404);
    assertValid(schemaValidator('zaken', 'Fout'), notFound.json, '404');
    const bad = await get(gw('', '/zaken/api/v1/zaken?bsn=999999999'));
    assert.equal(bad.status, 400);
    assertValid(schemaValidator('zaken', 'ValidatieFout'), bad.json, '400');
    for (const status of [401, 403, 429, 500, 502, 503, 504]) {
      const r = await get(gw(`fail=${status}`, '/catalogi/api/v1/statustypen'));
      assert.equal(r.status, status);
      assertValid(schemaValidator('catalogi', 'Fout'), r.json, String(status));
    }
  });

  it('the query parameters the gateway knows are exactly those in the Open Zaak specs', () => {
    for (const [key, params] of Object.entries(KNOWN_QUERY_PARAMS)) {
      const resource = key.split('/')[0];
      const api = API_OF[resource];
      const op = specs[api].paths[`/${key.replace('{uuid}', '{uuid}')}`]?.get;
      assert.ok(op, key);
      const fromSpec = op.parameters.filter((p) => p.in === 'query').map((p) => p.name).sort();
      assert.deepEqual([...params].sort(), fromSpec, key);
    }
    const expandParam = specs.zaken.paths['/zaken'].get.parameters.find((p) => p.name === 'expand');
    assert.deepEqual([...ZAKEN_EXPAND_PATHS].sort(), [...expandParam.schema.items.enum].sort());
  });
});

describe('Open Zaak behaviour', () => {
  const [geluid, woz, closed, wmo, toeslag, suspended, klacht] = DEMO_ZAKEN;

  it('passes other paths on to next()', async () => {
    assert.equal((await get(`${gateway.origin}/src/define.ts`)).status, 418);
    assert.equal((await get(`${gateway.origin}/api/zgwx/zaken/api/v1/zaken`)).status, 418);
  });

  it('uses Open Zaak URLs by default and one host per API with layout=per-api', async () => {
    const a = await json('', `/zaken/api/v1/zaken/${woz.uuid}`);
    assert.equal(a.url, `https://openzaak.gemeente.example/zaken/api/v1/zaken/${woz.uuid}`);
    assert.match(a.zaaktype, /^https:\/\/openzaak\.gemeente\.example\/catalogi\/api\/v1\/zaaktypen\/[0-9a-f-]{36}$/);
    const b = await json('layout=per-api', `/zaken/api/v1/zaken/${woz.uuid}`);
    assert.equal(b.url, `https://zaken.gemeente.example/api/v1/zaken/${woz.uuid}`);
    assert.match(b.zaaktype, /^https:\/\/catalogi\.gemeente\.example\/api\/v1\/zaaktypen\//);
    const zios = await json('layout=per-api', `/zaken/api/v1/zaakinformatieobjecten?zaak=${enc(b.url)}`);
    const eio = await json('layout=per-api', `/documenten/api/v1/enkelvoudiginformatieobjecten/${zios[0].informatieobject.split('/').pop()}`);
    assert.match(eio.inhoud, /^https:\/\/documenten\.gemeente\.example\/api\/v1\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36}\/download\?versie=1$/);
  });

  it('filters by the exact back-end URL of the layout', async () => {
    const zaak = await json('', `/zaken/api/v1/zaken/${geluid.uuid}`);
    const perApiUrl = `https://zaken.gemeente.example/api/v1/zaken/${geluid.uuid}`;
    assert.equal((await json('', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}`)).count, 6);
    assert.equal((await json('', `/zaken/api/v1/statussen?zaak=${enc(perApiUrl)}`)).count, 0);
    assert.equal((await json('layout=per-api', `/zaken/api/v1/statussen?zaak=${enc(perApiUrl)}`)).count, 6);
    assert.equal((await json('', `/zaken/api/v1/statussen?zaak=${enc(`${zaak.url}/`)}`)).count, 0);
    assert.equal((await json('', `/catalogi/api/v1/statustypen?zaaktype=${enc(zaak.zaaktype)}`)).count, 5);
    assert.equal((await json('layout=per-api', `/catalogi/api/v1/statustypen?zaaktype=${enc(zaak.zaaktype)}`)).count, 0);
    const invalid = await get(gw('', '/zaken/api/v1/statussen?zaak=not-a-url'));
    assert.equal(invalid.status, 400);
  });

  it('lists statussen newest first and statustypen in creation order', async () => {
    const zaak = await json('', `/zaken/api/v1/zaken/${geluid.uuid}`);
    const { results } = await json('', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}`);
    const dates = results.map((s) => s.datumStatusGezet);
    assert.deepEqual(dates, [...dates].sort().reverse());
    assert.equal(results[0].url, zaak.status);
    assert.equal(results[0].indicatieLaatstGezetteStatus, true);
    assert.ok(results.slice(1).every((s) => s.indicatieLaatstGezetteStatus === false));
    // Sub-statuses: several statussen on one statustype, each with a toelichting.
    const byType = new Map();
    for (const s of results) byType.set(s.statustype, [...(byType.get(s.statustype) ?? []), s]);
    const group = [...byType.values()].find((g) => g.length >= 3);
    assert.ok(group?.every((s) => s.statustoelichting.length > 0));
    for (const demo of DEMO_ZAKEN) {
      const z = await json('', `/zaken/api/v1/zaken/${demo.uuid}`);
      const types = await json('', `/catalogi/api/v1/statustypen?zaaktype=${enc(z.zaaktype)}`);
      const volgnummers = types.results.map((t) => t.volgnummer);
      assert.notDeepEqual(volgnummers, [...volgnummers].sort((a, b) => a - b), `${demo.identificatie}: statustypen must not come sorted`);
      const max = Math.max(...volgnummers);
      for (const t of types.results) assert.equal(t.isEindstatus, t.volgnummer === max);
    }
  });

  it('paginates through next/previous on the back-end origin, with page-size and pageSize', async () => {
    const zaak = await json('', `/zaken/api/v1/zaken/${geluid.uuid}`);
    const first = await json('page-size=2', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}`);
    assert.equal(first.count, 6);
    assert.equal(first.results.length, 2);
    assert.equal(first.previous, null);
    assert.match(first.next, /^https:\/\/openzaak\.gemeente\.example\/zaken\/api\/v1\/statussen\?page=2&zaak=/);
    const all = [...first.results];
    let next = first.next;
    let pages = 1;
    while (next) {
      const page = await get(toGateway('page-size=2', next).url);
      assert.equal(page.status, 200);
      assert.ok(page.json.previous);
      all.push(...page.json.results);
      next = page.json.next;
      pages += 1;
    }
    assert.equal(pages, 3);
    const unpaged = await json('', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}`);
    assert.deepEqual(all.map((s) => s.url), unpaged.results.map((s) => s.url));
    const viaParam = await json('', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}&pageSize=4`);
    assert.equal(viaParam.results.length, 4);
    const perApi = await json('layout=per-api,resident=many,page-size=10', '/zaken/api/v1/zaken');
    assert.equal(perApi.count, 27);
    assert.equal(perApi.next, 'https://zaken.gemeente.example/api/v1/zaken?page=2');
    const last = await json('layout=per-api,resident=many,page-size=10', '/zaken/api/v1/zaken?page=3');
    assert.equal(last.results.length, 7);
    assert.equal(last.next, null);
    assert.equal(last.previous, 'https://zaken.gemeente.example/api/v1/zaken?page=2');
    const second = await json('resident=many,page-size=10', '/zaken/api/v1/zaken?page=2');
    assert.equal(second.previous, 'https://openzaak.gemeente.example/zaken/api/v1/zaken');
    assert.equal((await get(gw('resident=many,page-size=10', '/zaken/api/v1/zaken?page=4'))).status, 404);
    assert.equal((await get(gw('', '/zaken/api/v1/zaken?page=abc'))).status, 404);
  });

  it('answers /zaakinformatieobjecten with a plain array', async () => {
    const zaak = await json('', `/zaken/api/v1/zaken/${wmo.uuid}`);
    const zios = await json('', `/zaken/api/v1/zaakinformatieobjecten?zaak=${enc(zaak.url)}`);
    assert.ok(Array.isArray(zios));
    assert.equal(zios.length, zaak.zaakinformatieobjecten.length);
  });

  it('expands like Open Zaak: nested _expand, present (possibly {}) whenever expand is asked', async () => {
    const expand = 'zaaktype,status,status.statustype,resultaat,resultaat.resultaattype';
    const list = await json('', `/zaken/api/v1/zaken?expand=${expand}`);
    for (const z of list.results) {
      assert.ok(z._expand, 'has _expand');
      assert.equal(z._expand.zaaktype.url, z.zaaktype);
      assert.equal(z._expand.status.url, z.status);
      assert.equal(z._expand.status._expand.statustype.url, z._expand.status.statustype);
      if (z.resultaat) {
        assert.equal(z._expand.resultaat.url, z.resultaat);
        assert.equal(z._expand.resultaat._expand.resultaattype.url, z._expand.resultaat.resultaattype);
      } else assert.equal(z._expand.resultaat, undefined);
    }
    const detail = await json('', `/zaken/api/v1/zaken/${closed.uuid}?expand=${expand}`);
    assert.equal(detail._expand.resultaat._expand.resultaattype.omschrijving, 'Toegekend');
    assert.deepEqual((await json('', `/zaken/api/v1/zaken/${woz.uuid}?expand=rollen`))._expand, {});
    assert.equal((await json('', `/zaken/api/v1/zaken/${woz.uuid}`))._expand, undefined);
    const bad = await get(gw('', '/zaken/api/v1/zaken?expand=zaaktype.statustypen'));
    assert.equal(bad.status, 400);
    assert.equal(bad.json.invalidParams[0].name, 'expand');
  });

  it('expand=off answers 400 problem+json; expand=ignore answers without _expand', async () => {
    for (const path of ['/zaken/api/v1/zaken?expand=zaaktype', `/zaken/api/v1/zaken/${woz.uuid}?expand=status`]) {
      const r = await get(gw('expand=off', path));
      assert.equal(r.status, 400);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.deepEqual(r.json.invalidParams, [{ name: 'nonFieldErrors', code: 'unknown-parameters', reason: 'Onbekende query parameters: expand' }]);
    }
    assert.equal((await get(gw('expand=off', '/zaken/api/v1/zaken'))).status, 200);
    const ignored = await json('expand=ignore', '/zaken/api/v1/zaken?expand=zaaktype');
    assert.ok(ignored.results.every((z) => !('_expand' in z)));
  });

  it('rejects unknown query parameters (400) and person filters on /zaken', async () => {
    for (const path of [
      '/zaken/api/v1/zaken?bsn=999999999',
      '/zaken/api/v1/zaken?zaak=x',
      `/zaken/api/v1/zaken/${woz.uuid}?foo=1`,
      '/zaken/api/v1/statussen?zaaktype=x',
      '/catalogi/api/v1/statustypen?ordering=volgnummer',
      '/zaken/api/v1/zaakinformatieobjecten?page=1',
      '/zaken/api/v1/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=999999999',
    ]) {
      const r = await get(gw('', path));
      assert.equal(r.status, 400, path);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.equal(r.json.title, 'Ongeldige invoer.');
    }
  });

  it('supports the /zaken filters and ordering the element may use', async () => {
    const one = await json('', `/zaken/api/v1/zaken?identificatie=${klacht.identificatie}`);
    assert.deepEqual(one.results.map((z) => z.uuid), [klacht.uuid]);
    const ordered = await json('', '/zaken/api/v1/zaken?ordering=-registratiedatum');
    const dates = ordered.results.map((z) => z.registratiedatum);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const unordered = await json('', '/zaken/api/v1/zaken');
    assert.notDeepEqual(unordered.results.map((z) => z.registratiedatum), [...dates].sort());
    const open = await json('', '/zaken/api/v1/zaken?einddatum__isnull=true');
    assert.equal(open.count, 6);
    assert.equal((await get(gw('', '/zaken/api/v1/zaken?ordering=titel'))).status, 400);
  });

  it('answers 404 problem+json for unknown UUIDs, resources and other residents\' zaken', async () => {
    for (const path of [
      '/zaken/api/v1/zaken/6f1c1b7e-0000-4000-8000-000000000000',
      '/catalogi/api/v1/statustypen/6f1c1b7e-0000-4000-8000-000000000000',
      '/documenten/api/v1/enkelvoudiginformatieobjecten/6f1c1b7e-0000-4000-8000-000000000000/download',
      '/zaken/api/v1/rollen',
      '/zaken/api/v1/zaken/not-a-uuid',
      '/catalogi/api/v1/zaken',
      '/zaken/api/v2/zaken',
    ]) {
      const r = await get(gw('', path));
      assert.equal(r.status, 404, path);
      assert.equal(r.headers.get('content-type'), 'application/problem+json');
      assert.equal(r.json.code, 'not_found');
    }
    assert.equal((await get(gw('resident=none', `/zaken/api/v1/zaken/${woz.uuid}`))).status, 404);
    assert.equal((await json('resident=none', '/zaken/api/v1/zaken')).count, 0);
  });

  it('allows only GET and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) {
      const r = await get(gw('', '/zaken/api/v1/zaken'), { method });
      assert.equal(r.status, 405, method);
      assert.equal(r.headers.get('allow'), 'GET, HEAD');
      assert.equal(r.json.code, 'method_not_allowed');
    }
    const head = await get(gw('', `/zaken/api/v1/zaken/${woz.uuid}`), { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.buffer.length, 0);
    assert.ok(Number(head.headers.get('content-length')) > 100);
  });

  it('sends Open Zaak headers', async () => {
    const r = await get(gw('', `/zaken/api/v1/zaken/${woz.uuid}`));
    assert.equal(r.headers.get('content-crs'), 'EPSG:4326');
    assert.equal(r.headers.get('api-version'), '1.5.1');
    assert.match(r.headers.get('etag'), /^"[0-9a-f]{40}"$/);
    assert.equal((await get(gw('', '/catalogi/api/v1/statustypen'))).headers.get('api-version'), '1.3.1');
    assert.equal((await get(gw('', '/catalogi/api/v1/statustypen'))).headers.get('content-crs'), null);
  });
});

describe('downloads', () => {
  it('serves real files with matching size, checksum and headers', async () => {
    const seen = new Set();
    for (const demo of DEMO_ZAKEN) {
      const zaak = await json('', `/zaken/api/v1/zaken/${demo.uuid}`);
      const zios = await json('', `/zaken/api/v1/zaakinformatieobjecten?zaak=${enc(zaak.url)}`);
      for (const zio of zios) {
        const eio = (await get(toGateway('', zio.informatieobject).url)).json;
        const r = await get(toGateway('', eio.inhoud).url);
        assert.equal(r.status, 200, eio.inhoud);
        assert.equal(r.headers.get('content-type').split(';')[0], eio.formaat);
        assert.equal(Number(r.headers.get('content-length')), eio.bestandsomvang);
        assert.equal(r.buffer.length, eio.bestandsomvang);
        assert.equal(r.headers.get('content-disposition'), `attachment; filename="${eio.bestandsnaam}"`);
        assert.equal(createHash('sha256').update(r.buffer).digest('hex'), eio.integriteit.waarde);
        checkFile(eio.formaat, r.buffer, eio.titel);
        seen.add(eio.formaat);
      }
    }
    assert.deepEqual([...seen].sort(), [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'image/jpeg',
      'image/png',
      'text/plain',
    ]);
  });

  function checkFile(formaat, bytes, titel) {
    switch (formaat) {
      case 'application/pdf': {
        const text = bytes.toString('latin1');
        assert.ok(text.startsWith('%PDF-1.4') && text.trimEnd().endsWith('%%EOF'));
        const startxref = Number(/startxref\n(\d+)\n/.exec(text)[1]);
        assert.ok(text.slice(startxref).startsWith('xref'));
        const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
        offsets.forEach((offset, i) => assert.ok(text.slice(offset).startsWith(`${i + 1} 0 obj`), `object ${i + 1} offset`));
        const length = Number(/\/Length (\d+)/.exec(text)[1]);
        const streamStart = text.indexOf('stream\n') + 7;
        assert.equal(text.slice(streamStart + length, streamStart + length + 10), '\nendstream');
        assert.ok(text.includes(titel.replace(/[()\\]/g, '')) || titel.includes('('));
        break;
      }
      case 'image/png':
        assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        assert.equal(bytes.subarray(bytes.length - 8, bytes.length - 4).toString('latin1'), 'IEND');
        break;
      case 'image/jpeg':
        assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xd8]);
        assert.deepEqual([...bytes.subarray(-2)], [0xff, 0xd9]);
        break;
      case 'text/plain':
        assert.ok(bytes.toString('utf8').includes('Zaaknummer: ZAAK-2026-'));
        break;
      default: {
        // DOCX: a ZIP whose central directory lists the three parts, with CRCs that match.
        assert.equal(bytes.readUInt32LE(0), 0x04034b50);
        const end = bytes.length - 22;
        assert.equal(bytes.readUInt32LE(end), 0x06054b50);
        const entries = bytes.readUInt16LE(end + 10);
        let p = bytes.readUInt32LE(end + 16);
        const names = [];
        for (let i = 0; i < entries; i++) {
          const nameLength = bytes.readUInt16LE(p + 28);
          names.push(bytes.subarray(p + 46, p + 46 + nameLength).toString());
          p += 46 + nameLength;
        }
        assert.deepEqual(names, ['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
      }
    }
  }

  it('accepts versie=1, refuses other versions and other residents', async () => {
    const zaak = await json('', `/zaken/api/v1/zaken/${DEMO_ZAKEN[1].uuid}`);
    const [zio] = await json('', `/zaken/api/v1/zaakinformatieobjecten?zaak=${enc(zaak.url)}`);
    const eio = (await get(toGateway('', zio.informatieobject).url)).json;
    const download = toGateway('', eio.inhoud).url;
    assert.equal((await get(download)).status, 200);
    assert.equal((await get(download.replace('versie=1', 'versie=2'))).status, 404);
    assert.equal((await get(download.replace('/api/zgw/', '/api/zgw/resident=none/'))).status, 404);
  });
});

describe('scenarios', () => {
  const [, woz] = DEMO_ZAKEN;

  it('fail=STATUS with fail-on and retry-after', async () => {
    const r = await get(gw('fail=503,retry-after=7', '/zaken/api/v1/zaken'));
    assert.equal(r.status, 503);
    assert.equal(r.headers.get('retry-after'), '7');
    assert.equal(r.headers.get('content-type'), 'application/problem+json');
    assert.deepEqual(Object.keys(r.json).sort(), ['code', 'detail', 'instance', 'status', 'title', 'type']);
    assert.equal(r.json.status, 503);
    const zaak = await json('fail=500,fail-on=statussen', `/zaken/api/v1/zaken/${woz.uuid}`);
    const failing = await get(gw('fail=500,fail-on=statussen', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}`));
    assert.equal(failing.status, 500);
    assert.equal(failing.json.title, 'Er is een serverfout opgetreden.');
    const throttled = await get(gw('fail=429,retry-after=2', '/zaken/api/v1/zaken'));
    assert.equal(throttled.status, 429);
    assert.equal(throttled.headers.get('retry-after'), '2');
    assert.match(throttled.json.detail, /2 seconden/);
    const both = 'fail=404,fail-on=statustypen|resultaattypen';
    assert.equal((await get(gw(both, '/catalogi/api/v1/resultaattypen'))).status, 404);
    assert.equal((await get(gw(both, '/zaken/api/v1/zaken'))).status, 200);
    const zios = await json('', `/zaken/api/v1/zaakinformatieobjecten?zaak=${enc(zaak.url)}`);
    const eio = (await get(toGateway('', zios[0].informatieobject).url)).json;
    const onDownload = 'fail=403,fail-on=download';
    assert.equal((await get(toGateway(onDownload, eio.url).url)).status, 200);
    assert.equal((await get(toGateway(onDownload, eio.inhoud).url)).status, 403);
  });

  it('fail-times=N fails only the first N matching requests of a session', async () => {
    const scenario = 'fail=503,fail-times=2,fail-on=zaken,session=fail-times-1';
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get(gw(scenario, '/zaken/api/v1/zaken'))).status);
    assert.deepEqual(statuses, [503, 503, 200, 200]);
    assert.equal((await get(gw(scenario, '/catalogi/api/v1/statustypen'))).status, 200);
    await fetch(`${gateway.origin}${MOUNT}/_log/fail-times-1`, { method: 'DELETE' });
    assert.equal((await get(gw(scenario, '/zaken/api/v1/zaken'))).status, 503, 'DELETE resets the count');
  });

  it('body=invalid-json | wrong-shape | html', async () => {
    const invalid = await get(gw('body=invalid-json', '/zaken/api/v1/zaken'));
    assert.equal(invalid.status, 200);
    assert.equal(invalid.headers.get('content-type'), 'application/json');
    assert.throws(() => JSON.parse(invalid.text));
    const shapeList = await get(gw('body=wrong-shape', '/zaken/api/v1/zaken'));
    assert.deepEqual(shapeList.json, { foo: 1 });
    const shapeDetail = await get(gw('body=wrong-shape', `/zaken/api/v1/zaken/${woz.uuid}`));
    assert.equal(typeof shapeDetail.json, 'string');
    const html = await get(gw('body=html,fail-on=statussen', '/zaken/api/v1/statussen'));
    assert.equal(html.status, 200);
    assert.equal(html.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.match(html.text, /<html lang="nl">/);
    assert.equal((await get(gw('body=html,fail-on=statussen', '/zaken/api/v1/zaken'))).status, 200);
  });

  it('delay=MS delays the answer', async () => {
    const t0 = performance.now();
    assert.equal((await get(gw('delay=150', '/catalogi/api/v1/statustypen'))).status, 200);
    assert.ok(performance.now() - t0 >= 140);
  });

  it('hang=1 never answers until the client aborts, and does not block others', async () => {
    const controller = new AbortController();
    const pending = fetch(gw('hang=1,fail-on=statussen,session=hang-1', '/zaken/api/v1/statussen'), { signal: controller.signal });
    const other = await get(gw('hang=1,fail-on=statussen,session=hang-1', '/zaken/api/v1/zaken'));
    assert.equal(other.status, 200);
    const raced = await Promise.race([pending.then(() => 'answered'), new Promise((r) => setTimeout(() => r('still hanging'), 150))]);
    assert.equal(raced, 'still hanging');
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    const log = (await get(`${gateway.origin}${MOUNT}/_log/hang-1`)).json;
    assert.equal(log.requests.length, 2);
  });

  it('session=ID logs requests; GET/DELETE /_log/ID', async () => {
    const scenario = 'session=log-1,layout=per-api';
    await get(gw(scenario, '/zaken/api/v1/zaken?ordering=-startdatum'), {
      headers: { Authorization: 'Bearer abc', Accept: 'application/json', 'Accept-Language': 'nl' },
    });
    await get(gw(scenario, '/catalogi/api/v1/statustypen/00000000-0000-4000-8000-000000000000'));
    const log = (await get(`${gateway.origin}${MOUNT}/_log/log-1`)).json;
    assert.equal(log.rounds, 0);
    assert.equal(log.requests.length, 2);
    const [first, second] = log.requests;
    assert.equal(first.method, 'GET');
    assert.equal(first.path, `${MOUNT}/${scenario}/zaken/api/v1/zaken`);
    assert.deepEqual(first.query, { ordering: '-startdatum' });
    assert.equal(first.headers.authorization, true); // present; the log keeps no token (gateway-log.test.mjs)
    assert.equal(first.headers.accept, 'application/json');
    assert.equal(first.resource, 'zaken');
    assert.equal(first.status, 200);
    assert.equal(first.round, null);
    assert.equal(second.status, 404);
    assert.equal(second.uuid, '00000000-0000-4000-8000-000000000000');
    assert.equal((await fetch(`${gateway.origin}${MOUNT}/_log/log-1`, { method: 'DELETE' })).status, 204);
    assert.deepEqual((await get(`${gateway.origin}${MOUNT}/_log/log-1`)).json, { requests: [], rounds: 0 });
  });

  it('barrier=MS releases held requests together and counts rounds', async () => {
    const scenario = 'session=barrier-1,barrier=40';
    const url = (p) => gw(scenario, p);
    // Round 1: three parallel requests. Round 2: one. Round 3: two parallel.
    await Promise.all([get(url('/zaken/api/v1/zaken')), get(url('/catalogi/api/v1/statustypen')), get(url('/catalogi/api/v1/resultaattypen'))]);
    await get(url(`/zaken/api/v1/zaken/${woz.uuid}`));
    await Promise.all([get(url('/zaken/api/v1/statussen')), get(url('/zaken/api/v1/resultaten'))]);
    const log = (await get(`${gateway.origin}${MOUNT}/_log/barrier-1`)).json;
    assert.equal(log.rounds, 3);
    assert.deepEqual(log.requests.map((r) => r.round), [1, 1, 1, 2, 3, 3]);
  });

  it('resident=many has 27 zaken of 6 zaaktypen, open and closed; resident=none has none', async () => {
    const many = await json('resident=many', '/zaken/api/v1/zaken');
    assert.equal(many.count, 27);
    assert.equal(new Set(many.results.map((z) => z.zaaktype)).size, 6);
    const closed = many.results.filter((z) => z.einddatum);
    assert.ok(closed.length >= 5 && closed.length <= 22, `closed: ${closed.length}`);
    assert.ok(closed.every((z) => z.resultaat));
    assert.equal(new Set(many.results.map((z) => z.identificatie)).size, 27);
    assert.deepEqual(await json('resident=none', '/zaken/api/v1/zaken'), { count: 0, next: null, previous: null, results: [] });
  });

  it('refuses unknown or malformed scenario options', async () => {
    for (const scenario of ['colour=blue', 'fail=abc', 'layout=other', 'barrier=10', 'fail=503,fail-on=nothing']) {
      const r = await get(gw(scenario, '/zaken/api/v1/zaken'));
      assert.equal(r.status, 400, scenario);
      assert.equal(r.json.code, 'invalid-scenario');
    }
  });
});

describe('demo data', () => {
  const all = {};
  before(async () => {
    for (const demo of DEMO_ZAKEN) {
      const zaak = await json('', `/zaken/api/v1/zaken/${demo.uuid}?expand=zaaktype,status,status.statustype,resultaat,resultaat.resultaattype`);
      const statussen = (await json('', `/zaken/api/v1/statussen?zaak=${enc(zaak.url)}`)).results;
      const statustypen = (await json('', `/catalogi/api/v1/statustypen?zaaktype=${enc(zaak.zaaktype)}`)).results;
      const zios = await json('', `/zaken/api/v1/zaakinformatieobjecten?zaak=${enc(zaak.url)}`);
      const eios = [];
      for (const zio of zios) eios.push((await get(toGateway('', zio.informatieobject).url)).json);
      all[demo.identificatie] = { zaak, statussen, statustypen, eios };
    }
  });

  it('DEMO_ZAKEN: seven zaken with unique UUIDs and ZAAK-2026-nnnnnnn identificaties', () => {
    assert.equal(DEMO_ZAKEN.length, 7);
    assert.equal(new Set(DEMO_ZAKEN.map((z) => z.uuid)).size, 7);
    for (const z of DEMO_ZAKEN) {
      assert.match(z.identificatie, /^ZAAK-2026-\d{7}$/);
      assert.ok(z.title && z.summary);
      assert.equal(all[z.identificatie].zaak.uuid, z.uuid);
    }
    assert.deepEqual(RESIDENTS.default.zaken, DEMO_ZAKEN.map((z) => z.uuid));
  });

  it('covers the cases the element must handle', () => {
    const zaken = Object.values(all);
    const some = (fn) => zaken.some(fn);
    assert.ok(some((z) => z.zaak.einddatumGepland), 'einddatumGepland');
    assert.ok(some((z) => z.zaak.uiterlijkeEinddatumAfdoening && !z.zaak.einddatumGepland), 'uiterlijkeEinddatumAfdoening');
    assert.ok(some((z) => !z.zaak.einddatumGepland && !z.zaak.uiterlijkeEinddatumAfdoening && !z.zaak.einddatum && !z.zaak.opschorting.indicatie && z.zaak._expand.zaaktype.servicenorm), 'servicenorm only');
    assert.ok(some((z) => !z.zaak.einddatumGepland && !z.zaak.uiterlijkeEinddatumAfdoening && !z.zaak.einddatum && z.zaak._expand.zaaktype.servicenorm === null), 'doorlooptijd only');
    assert.ok(some((z) => z.zaak.einddatum && z.zaak._expand.resultaat?.toelichting && z.zaak._expand.resultaat._expand.resultaattype.omschrijving === 'Toegekend'), 'closed with result');
    assert.ok(some((z) => z.zaak.opschorting.indicatie && z.zaak.opschorting.reden && z.zaak.verlenging?.duur), 'suspended with verlenging');
    assert.ok(some((z) => {
      const current = z.zaak._expand.status._expand.statustype.volgnummer;
      return z.statustypen.some((t) => t.volgnummer > current && t.informeren === false);
    }), 'future step with informeren: false');
    const rich = zaken.find((z) => z.eios.length >= 8);
    assert.ok(rich, 'document-rich zaak');
    const kinds = new Set(rich.eios.map((e) => e.formaat));
    assert.ok(kinds.size >= 4);
    assert.ok(rich.eios.some((e) => e.status === 'in_bewerking'));
    assert.ok(rich.eios.some((e) => e.vertrouwelijkheidaanduiding === 'vertrouwelijk'));
    assert.ok(rich.eios.filter((e) => ['definitief', 'gearchiveerd'].includes(e.status) && e.vertrouwelijkheidaanduiding === 'openbaar').length >= 5);
    for (const z of zaken) {
      for (const s of z.statussen) assert.match(s.datumStatusGezet, /^2026-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.ok(z.zaak.registratiedatum.startsWith('2026-'));
      assert.ok(z.statustypen.every((t) => t.statustekst.length > 20), 'statustekst for residents');
      assert.ok(z.zaak._expand.zaaktype.doorlooptijd || z.zaak._expand.zaaktype.servicenorm);
    }
  });

  it('holds no BSN-like number outside the RSIN fields', () => {
    const offenders = [];
    const walk = (value, key) => {
      if (typeof value === 'string') {
        const withoutIds = value.replace(/https?:\/\/\S+/g, '').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '');
        if (/(^|\D)\d{9}(\D|$)/.test(withoutIds) && !['bronorganisatie', 'verantwoordelijkeOrganisatie'].includes(key)) offenders.push(`${key}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(all, 'all');
    assert.deepEqual(offenders, []);
  });
});
