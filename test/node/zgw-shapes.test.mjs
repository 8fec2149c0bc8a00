// The ZGW shapes the model fuzzing generates from (test/browser/robust/zgw-shapes.mjs) are those
// of the Open Zaak 1.30 OpenAPI specs: enums, field names, types and formats.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SHAPES } from '../browser/robust/zgw-shapes.mjs';

/** Vendored (spec/zgw-openapi/SOURCES.md): a plain clone needs nothing beside it. */
const SPEC_DIR = fileURLToPath(new URL('../../spec/zgw-openapi/open-zaak-1.30.0/', import.meta.url));
const specs = Object.fromEntries(['zaken', 'catalogi', 'documenten'].map((api) => [api, readFileSync(`${SPEC_DIR}${api}-openapi.yaml`, 'utf8').split('\n')]));

/** A component schema's lines: from `    Name:` under `components: schemas:` to the next schema. */
function schemaLines(api, name) {
  const lines = specs[api];
  const components = lines.indexOf('components:');
  const start = lines.findIndex((line, i) => i > components && line === `    ${name}:`);
  assert.ok(start > 0, `${api} has schema ${name}`);
  const end = lines.findIndex((line, i) => i > start && /^ {4}\S/.test(line));
  return lines.slice(start + 1, end);
}

function enumOf(api, name) {
  return schemaLines(api, name).filter((line) => /^ {6}- /.test(line)).map((line) => line.replace(/^ {6}- /, '').trim());
}

/** `{field: [type, format?]}` of a schema's direct properties. */
function propertiesOf(api, name) {
  const lines = schemaLines(api, name);
  const out = {};
  let field = null;
  for (const line of lines) {
    const key = /^ {8}([A-Za-z_]+):\s*$/.exec(line);
    if (key) {
      field = key[1];
      out[field] = [];
      continue;
    }
    const type = /^ {10}type: (\S+)/.exec(line);
    if (type && field) out[field][0] = type[1];
    const format = /^ {10}format: (\S+)/.exec(line);
    if (format && field) out[field][1] = format[1];
  }
  return out;
}

describe('ZGW shapes of the model fuzzing', () => {
  it('enums are the specs\' enums', () => {
    assert.deepEqual(SHAPES.vertrouwelijkheidaanduiding, enumOf('documenten', 'VertrouwelijkheidaanduidingEnum'));
    assert.deepEqual(SHAPES.vertrouwelijkheidaanduiding, enumOf('zaken', 'VertrouwelijkheidaanduidingEnum'));
    assert.deepEqual(SHAPES.documentStatus, enumOf('documenten', 'StatusEnum'));
  });

  it('every generated field exists in its schema with that type and format', () => {
    for (const [where, fields] of Object.entries(SHAPES.fields)) {
      const [api, name] = where.split(' ');
      const spec = propertiesOf(api, name);
      for (const [field, [type, format]] of Object.entries(fields)) {
        assert.ok(spec[field], `${where}.${field} is in the spec`);
        if (spec[field][0] !== undefined) assert.equal(spec[field][0], type, `${where}.${field} type`);
        if (format !== undefined) assert.equal(spec[field][1], format, `${where}.${field} format`);
      }
    }
  });
});
