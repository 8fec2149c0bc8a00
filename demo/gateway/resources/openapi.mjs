// @ts-check
// Request-body validation against the vendored OpenAPI specs (spec/zgw-openapi/). Each API's spec
// is parsed on first use; each operation's validator is compiled once and cached.
//
// OpenAPI 3.0 is not JSON Schema, so each schema is converted for REQUESTS: `readOnly` properties
// are dropped (and not required: the server fills them in, as Django REST framework ignores them),
// `nullable: true` becomes `anyOf [schema, null]`, a `oneOf` with a `discriminator` mapping becomes
// an if/then per mapped value (Open VTB's polymorphic tasks), and refs to VNG's remote Catalogi
// spec resolve to Open Zaak's own local Catalogi spec (which is what Open Zaak embeds).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import YAML from 'yaml';

/** @typedef {import('./types.mjs').Json} Json */
/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */
/** @typedef {'zaken' | 'catalogi' | 'documenten' | 'klantinteracties' | 'taken'} SpecApi */

const SPEC_ROOT = new URL('../../../spec/zgw-openapi/', import.meta.url);
/** The vendored spec of each API. */
export const SPEC_FILES = /** @type {const} */ ({
  zaken: 'open-zaak-1.30.0/zaken-openapi.yaml',
  catalogi: 'open-zaak-1.30.0/catalogi-openapi.yaml',
  documenten: 'open-zaak-1.30.0/documenten-openapi.yaml',
  klantinteracties: 'klant-en-taken/klantinteracties-0.9.0-openapi.yaml',
  taken: 'klant-en-taken/open-vtb-taken-0.1.0-openapi.yaml',
});
const REMOTE_CATALOGI = 'https://raw.githubusercontent.com/vng-Realisatie/catalogi-api/1.2.0/src/openapi.yaml';
/** @param {SpecApi} api @param {boolean} partial */
const schemaId = (api, partial) => `https://mijn-zaken.mock/${api}/${partial ? 'partial' : 'request'}.json`;
/** RFC 8141 URN, as Open VTB's `format: urn` means it. */
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^\s]+$/;

/** @type {Map<SpecApi, JsonObject>} */
const specs = new Map();
/** @param {SpecApi} api @returns {JsonObject} */
export function spec(api) {
  let parsed = specs.get(api);
  if (!parsed) {
    parsed = /** @type {JsonObject} */ (YAML.parse(readFileSync(fileURLToPath(new URL(SPEC_FILES[api], SPEC_ROOT)), 'utf8')));
    specs.set(api, parsed);
  }
  return parsed;
}

/** @param {Json | undefined} node @returns {node is JsonObject} */
export const isObject = (node) => typeof node === 'object' && node !== null && !Array.isArray(node);

/**
 * An OpenAPI 3.0 schema as a JSON Schema for a request body. `partial` (PATCH): nothing is
 * required, as Django REST framework validates a partial update.
 * @param {Json} node @param {SpecApi} api @param {boolean} [partial] @returns {Json}
 */
export function requestSchema(node, api, partial = false) {
  if (Array.isArray(node)) return node.map((n) => requestSchema(n, api, partial));
  if (!isObject(node)) return node;
  const discriminator = node.discriminator;
  if (Array.isArray(node.oneOf) && isObject(discriminator) && isObject(discriminator.mapping) && typeof discriminator.propertyName === 'string') {
    const property = discriminator.propertyName;
    const mapping = Object.entries(discriminator.mapping);
    return {
      type: 'object',
      ...(partial ? {} : { required: [property] }),
      properties: { [property]: { enum: mapping.map(([value]) => value) } },
      allOf: mapping.map(([value, ref]) => ({ if: { properties: { [property]: { const: value } }, required: [property] }, then: requestSchema({ $ref: ref }, api, partial) })),
    };
  }
  /** @type {JsonObject} */
  const out = {};
  /** @type {Set<string>} */
  const readOnly = new Set();
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') {
      const id = value.startsWith(REMOTE_CATALOGI) ? schemaId('catalogi', partial) : schemaId(api, partial);
      out.$ref = value.startsWith('#') ? `${id}${value}` : value.startsWith(REMOTE_CATALOGI) ? `${id}${value.slice(REMOTE_CATALOGI.length)}` : value;
    } else if (key === 'properties' && isObject(value)) {
      /** @type {JsonObject} */
      const properties = {};
      for (const [name, schema] of Object.entries(value)) {
        if (isObject(schema) && schema.readOnly === true) readOnly.add(name);
        else properties[name] = requestSchema(schema, api, partial);
      }
      out.properties = properties;
    } else if (['nullable', 'example', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated', 'description', 'title'].includes(key) || key.startsWith('x-')) {
      continue;
    } else if (key === 'required' && partial) {
      continue;
    } else {
      out[key] = requestSchema(value, api, partial);
    }
  }
  if (Array.isArray(out.required)) out.required = out.required.filter((name) => typeof name !== 'string' || !readOnly.has(name));
  return node.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
addFormats(ajv);
ajv.addFormat('binary', true);
ajv.addFormat('urn', URN);
/** @type {Set<string>} */
const registered = new Set();
/** @param {SpecApi} api @param {boolean} partial */
function register(api, partial) {
  const id = schemaId(api, partial);
  if (registered.has(id)) return;
  registered.add(id);
  const components = spec(api).components;
  const schemas = isObject(components) ? components.schemas ?? {} : {};
  ajv.addSchema({ $id: id, components: { schemas: requestSchema(schemas, api, partial) } });
  // Zaken and Documenten refer to Catalogi schemas.
  if (api === 'zaken' || api === 'documenten') register('catalogi', partial);
}

/** @typedef {import('ajv').ValidateFunction} ValidateFunction */
/** @type {Map<string, ValidateFunction | null>} */
const validators = new Map();

/**
 * The request-body schema of one operation, or undefined when the spec declares none.
 * @param {SpecApi} api @param {string} specPath e.g. `/klantcontacten` @param {string} method lower case
 * @param {string} contentType
 */
export function operationRequestSchema(api, specPath, method, contentType = 'application/json') {
  const paths = spec(api).paths;
  const item = isObject(paths) ? paths[specPath] : undefined;
  const op = isObject(item) ? item[method] : undefined;
  const body = isObject(op) ? op.requestBody : undefined;
  const content = isObject(body) ? body.content : undefined;
  const media = isObject(content) ? content[contentType] : undefined;
  return isObject(media) ? media.schema : undefined;
}

/**
 * The compiled validator of an operation's JSON request body (cached), or null when it has none.
 * @param {SpecApi} api @param {string} specPath @param {string} method
 */
export function validatorFor(api, specPath, method) {
  const key = `${api} ${method} ${specPath}`;
  const cached = validators.get(key);
  if (cached !== undefined) return cached;
  const schema = operationRequestSchema(api, specPath, method);
  let validate = null;
  if (schema !== undefined) {
    const partial = method === 'patch';
    register(api, partial);
    validate = ajv.compile(/** @type {JsonObject} */ (requestSchema(schema, api, partial)));
  }
  validators.set(key, validate);
  return validate;
}

/**
 * The query parameters an operation declares.
 * @param {SpecApi} api @param {string} specPath @param {string} method
 * @returns {string[]}
 */
export function declaredQueryParameters(api, specPath, method = 'get') {
  const paths = spec(api).paths;
  const item = isObject(paths) ? paths[specPath] : undefined;
  const op = isObject(item) ? item[method] : undefined;
  const parameters = isObject(op) && Array.isArray(op.parameters) ? op.parameters : [];
  return parameters.flatMap((p) => (isObject(p) && p.in === 'query' && typeof p.name === 'string' ? [p.name] : []));
}

/** A JSON value's type in DRF's words. @param {unknown} value */
const typeName = (value) => (Array.isArray(value) ? 'list' : value === null ? 'NoneType' : typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'float') : typeof value === 'boolean' ? 'bool' : typeof value === 'string' ? 'str' : 'dict');

/** Format errors, in the words of Django REST framework (nl). */
const FORMAT_REASONS = /** @type {Record<string, string>} */ ({
  uri: 'Voer een geldige URL in.',
  date: 'Datum heeft het verkeerde formaat. Gebruik een van deze formaten: YYYY-MM-DD.',
  'date-time': 'Datetime heeft een ongeldig formaat, gebruik 1 van de volgende formaten: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
  uuid: 'Vul een geldige UUID in.',
  byte: 'Ongeldige base64-gegevens.',
  email: 'Voer een geldig e-mailadres in.',
  urn: 'Voer een geldige URN in.',
});

/**
 * ajv errors as Open Zaak's `invalidParams`: one entry per field and code, names dotted like
 * vng-api-common (`details.bedrag`, `isGerelateerdAan.0.urn`), Dutch reasons like Django REST framework.
 * @param {import('ajv').ErrorObject[]} errors
 * @returns {InvalidParam[]}
 */
export function invalidParams(errors) {
  /** @type {InvalidParam[]} */
  const out = [];
  /** @param {string} path @param {string} code @param {string} reason */
  const add = (path, code, reason) => {
    const name = path || 'nonFieldErrors';
    if (!out.some((p) => p.name === name && p.code === code)) out.push({ name, code, reason });
  };
  const fieldOf = (/** @type {string} */ pointer) => pointer.split('/').filter(Boolean).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
  for (const error of errors) {
    const path = fieldOf(error.instancePath);
    const params = /** @type {Record<string, unknown>} */ (error.params);
    switch (error.keyword) {
      case 'required':
        add(path ? `${path}.${params.missingProperty}` : String(params.missingProperty), 'required', 'Dit veld is vereist.');
        break;
      case 'type': {
        if (params.type === 'null') break; // the other branch of a nullable field says what is wrong
        if (error.data === null) add(path, 'null', 'Dit veld mag niet leeg zijn.');
        else if (params.type === 'array') add(path, 'not_a_list', `Verwachtte een lijst met items, maar kreeg type "${typeName(error.data)}".`);
        else if (params.type === 'object') add(path, 'invalid', `Ongeldige gegevens. Verwachtte een dictionary, kreeg een ${typeName(error.data)}.`);
        else if (params.type === 'integer' || params.type === 'number') add(path, 'invalid', 'Een geldig getal is vereist.');
        else if (params.type === 'boolean') add(path, 'invalid', 'Moet een geldige boolean zijn.');
        else add(path, 'invalid', 'Geen geldige string.');
        break;
      }
      case 'maxLength':
        add(path, 'max_length', `Zorg ervoor dat dit veld niet meer dan ${params.limit} karakters bevat.`);
        break;
      case 'minLength':
        if (error.data === '') add(path, 'blank', 'Dit veld mag niet leeg zijn.');
        else add(path, 'min_length', `Zorg ervoor dat dit veld minstens ${params.limit} karakters bevat.`);
        break;
      case 'maxItems':
        add(path, 'max_length', `Zorg ervoor dat dit veld niet meer dan ${params.limit} elementen bevat.`);
        break;
      case 'minItems':
        add(path, 'min_length', `Zorg ervoor dat dit veld minstens ${params.limit} elementen bevat.`);
        break;
      case 'enum':
      case 'const':
        add(path, 'invalid_choice', `"${String(error.data)}" is een ongeldige keuze.`);
        break;
      case 'format':
        add(path, 'invalid', FORMAT_REASONS[String(params.format)] ?? 'Ongeldige waarde.');
        break;
      case 'pattern':
        add(path, 'invalid', 'Deze waarde voldoet niet aan het vereiste formaat.');
        break;
      case 'minimum':
        add(path, 'min_value', `Zorg ervoor dat deze waarde groter of gelijk is aan ${params.limit}.`);
        break;
      case 'maximum':
        add(path, 'max_value', `Zorg ervoor dat deze waarde kleiner of gelijk is aan ${params.limit}.`);
        break;
      case 'additionalProperties':
        add(path ? `${path}.${params.additionalProperty}` : String(params.additionalProperty), 'invalid', 'Onbekend veld.');
        break;
      default:
        break; // oneOf / anyOf / allOf / if: their branches said what is wrong
    }
  }
  // A combinator error alone (nothing more specific): still a 400, on that field.
  if (out.length === 0 && errors.length > 0) add(fieldOf(errors[0]?.instancePath ?? ''), 'invalid', 'Ongeldige invoer.');
  return out;
}

/**
 * Validates a JSON request body; `[]` when valid.
 * @param {SpecApi} api @param {string} specPath @param {string} method @param {Json} body
 * @returns {InvalidParam[]}
 */
export function validateRequest(api, specPath, method, body) {
  if (!isObject(body)) {
    return [{ name: 'nonFieldErrors', code: 'invalid', reason: `Ongeldige gegevens. Verwachtte een dictionary, kreeg een ${typeName(body)}.` }];
  }
  const validate = validatorFor(api, specPath, method);
  if (!validate) return [];
  if (validate(body)) return [];
  return invalidParams(validate.errors ?? []);
}
