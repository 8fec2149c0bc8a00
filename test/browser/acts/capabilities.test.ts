/**
 * CONTRACT 8, capabilities: `GET {gateway}/mijn-zaken/v1/capabilities` decides what the element offers.
 * Anything but a well-formed version 1 is read-only; a link may only go to a `linkOrigins` origin.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOSTILE_URLS } from '../../../demo/gateway/hostile.mjs';
import { READ_ONLY, checkLink, fillZaakUrn, parseCapabilities, taskLink } from '../../../src/acts/capabilities.js';

const FORMS = 'https://formulieren.gemeente.example';
const DOCUMENT = {
  version: 1,
  tasks: { zaakUrn: 'urn:nld:gemeentevoorbeeld:zaak:zaaknummer:{identificatie}', taskUrl: 'https://mijn.gemeente.example/taken/{uuid}' },
  questions: { ask: true, maxLength: 1000 },
  upload: { maxBytes: 20971520, accept: ['application/pdf', 'image/jpeg'], zaaktypen: ['https://openzaak.gemeente.example/catalogi/api/v1/zaaktypen/0a1b'] },
  events: true,
  linkOrigins: [FORMS, 'https://mijn.gemeente.example'],
};
const UUID = '6a3f9e21-0d4b-4f8c-9a7e-3b5d1c8f2e94';

describe('CONTRACT 8 capabilities', () => {
  it('8.0.1 the contract document is read as announced', () => {
    const caps = parseCapabilities(DOCUMENT);
    expect(caps.tasks).to.deep.equal(DOCUMENT.tasks);
    expect(caps.questions).to.deep.equal({ ask: true, maxLength: 1000 });
    expect(caps.upload).to.deep.equal({ maxBytes: 20971520, accept: ['application/pdf', 'image/jpeg'], zaaktypen: DOCUMENT.upload.zaaktypen });
    expect(caps.events).to.equal(true);
    expect(caps.linkOrigins).to.deep.equal([FORMS, 'https://mijn.gemeente.example']);
  });

  it('8.0.2 no document, another version or another shape is read-only', () => {
    for (const value of [undefined, null, '', 'null', 1, [], [DOCUMENT], {}, { ...DOCUMENT, version: 2 }, { ...DOCUMENT, version: '1' }, { ...DOCUMENT, version: 1.5 }]) {
      expect(parseCapabilities(value), JSON.stringify(value)).to.deep.equal(READ_ONLY);
    }
  });

  it('8.0.3 a getter that throws or a Proxy is read-only, not a crash', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('hostile'); } });
    const getter = { version: 1, get tasks() { throw new Error('hostile'); } };
    expect(parseCapabilities(trap)).to.deep.equal(READ_ONLY);
    expect(parseCapabilities(getter)).to.deep.equal(READ_ONLY);
  });

  it('8.0.4 linkOrigins keeps only bare http(s) origins without credentials', () => {
    const caps = parseCapabilities({
      version: 1,
      linkOrigins: [FORMS, `${FORMS}/`, 'https://a.example:8443', 'http://b.example', 'https://x.example/pad', 'https://x.example/?q', 'https://x.example/#h',
        'https://user:pw@c.example', 'javascript:alert(1)', 'data:text/html,x', 'ftp://d.example', '//e.example', 'f.example', ' ', 42, null, { origin: FORMS }],
    });
    expect(caps.linkOrigins).to.deep.equal([FORMS, 'https://a.example:8443', 'http://b.example']);
  });

  it('8.0.5 questions.maxLength: a whole number, never above what Klantinteracties stores (1000)', () => {
    const max = (maxLength: unknown) => parseCapabilities({ version: 1, questions: { ask: true, maxLength } }).questions?.maxLength;
    expect(max(500)).to.equal(500);
    expect(max(100000)).to.equal(1000);
    for (const wrong of [0, -1, 1.5, '500', null, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(max(wrong), String(wrong)).to.equal(1000);
    expect(parseCapabilities({ version: 1, questions: { ask: 'yes' } }).questions?.ask).to.equal(false);
  });

  it('8.0.6 tasks need a URN template with a placeholder; a taskUrl without {uuid} or not http(s) gives no link', () => {
    const tasks = (value: unknown) => parseCapabilities({ version: 1, tasks: value }).tasks;
    expect(tasks({ zaakUrn: 'urn:nld:x:zaak:{uuid}' })).to.deep.equal({ zaakUrn: 'urn:nld:x:zaak:{uuid}', taskUrl: null });
    expect(tasks({ zaakUrn: 'urn:nld:x:zaak:vast' })).to.equal(null);
    expect(tasks({ zaakUrn: 'https://x.example/{uuid}' })).to.equal(null);
    expect(tasks({ zaakUrn: 42 })).to.equal(null);
    expect(tasks({ zaakUrn: 'urn:nld:x:{uuid}', taskUrl: 'https://mijn.example/taken' })?.taskUrl).to.equal(null);
    expect(tasks({ zaakUrn: 'urn:nld:x:{uuid}', taskUrl: 'javascript:alert({uuid})' })?.taskUrl).to.equal(null);
    expect(tasks({ zaakUrn: 'urn:nld:x:{uuid}', taskUrl: 'https://u:p@mijn.example/{uuid}' })?.taskUrl).to.equal(null);
  });

  it('8.0.7 upload needs a size, known types and zaaktypen', () => {
    const upload = (value: unknown) => parseCapabilities({ version: 1, upload: value }).upload;
    expect(upload({ ...DOCUMENT.upload, maxBytes: -1 })).to.equal(null);
    expect(upload({ ...DOCUMENT.upload, accept: ['<script>', 'pdf'] })).to.equal(null);
    expect(upload({ ...DOCUMENT.upload, accept: ['APPLICATION/PDF', 'application/pdf', 'nonsense'] })?.accept).to.deep.equal(['application/pdf']);
    expect(upload({ ...DOCUMENT.upload, zaaktypen: [] })).to.equal(null);
  });

  it('8.1.1 the zaak URN: {identificatie} and {uuid} filled in, percent-encoded; nothing when a value is missing', () => {
    expect(fillZaakUrn('urn:nld:g:zaak:zaaknummer:{identificatie}', { identificatie: 'ZAAK-2026-0000456' })).to.equal('urn:nld:g:zaak:zaaknummer:ZAAK-2026-0000456');
    expect(fillZaakUrn('urn:nld:g:zaak:uuid:{uuid}', { uuid: UUID.toUpperCase() })).to.equal(`urn:nld:g:zaak:uuid:${UUID}`);
    expect(fillZaakUrn('urn:x:{identificatie}', { identificatie: 'a b/c?d#e&$&' })).to.equal('urn:x:a%20b%2Fc%3Fd%23e%26%24%26');
    expect(fillZaakUrn('urn:x:{uuid}', { uuid: 'not-a-uuid' })).to.equal(null);
    expect(fillZaakUrn('urn:x:{identificatie}', { identificatie: '  ' })).to.equal(null);
  });

  it('8.1.2 every link is checked against linkOrigins: https/http only, no credentials, nothing else', () => {
    const origins = [FORMS];
    expect(checkLink(`${FORMS}/buren?taak=1`, origins)).to.equal(`${FORMS}/buren?taak=1`);
    for (const url of ['https://evil.example/', `${FORMS}.evil.example/`, `https://user@${FORMS.slice(8)}/`, 'javascript:alert(1)', `/relatief`, `${FORMS.replace('https', 'http')}/`, ' ', null, 42, {}]) {
      expect(checkLink(url, origins), String(url)).to.equal(null);
    }
    for (const url of HOSTILE_URLS) expect(checkLink(url, origins), url).to.satisfy((v: string | null) => v === null || v.startsWith(`${FORMS}/`));
    expect(taskLink('https://mijn.gemeente.example/taken/{uuid}', UUID, ['https://mijn.gemeente.example'])).to.equal(`https://mijn.gemeente.example/taken/${UUID}`);
    expect(taskLink('https://mijn.gemeente.example/taken/{uuid}', UUID, [FORMS])).to.equal(null);
    expect(taskLink('https://mijn.gemeente.example/taken/{uuid}', '../../admin', ['https://mijn.gemeente.example'])).to.equal(null);
  });

  it('8.0.8 fuzz (seeded): any JSON is parsed without throwing, and every origin it keeps is a bare http(s) origin', () => {
    const caps = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.anything()),
        tasks: fc.anything(),
        questions: fc.oneof(fc.record({ ask: fc.anything(), maxLength: fc.anything() }), fc.anything()),
        upload: fc.anything(),
        events: fc.anything(),
        linkOrigins: fc.oneof(fc.array(fc.oneof(fc.webUrl(), fc.constantFrom(...HOSTILE_URLS), fc.string())), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(caps, (value) => {
        const parsed = parseCapabilities(value);
        for (const origin of parsed.linkOrigins) expect(new URL(origin).origin).to.equal(origin);
        expect(parsed.questions === null || (parsed.questions.maxLength >= 1 && parsed.questions.maxLength <= 1000)).to.equal(true);
      }),
      { seed: 20261201, numRuns: 1000 },
    );
  });
});
