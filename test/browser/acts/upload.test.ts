/**
 * CONTRACT 8, documents from the resident: the pure part (src/acts/upload.ts). Which zaak may take
 * documents, which files may go, what is sent, and how the Documenten API's parts are read.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOSTILE_TEXTS, HOSTILE_URLS } from '../../../demo/gateway/hostile.mjs';
import { parseCapabilities } from '../../../src/acts/capabilities.js';
import {
  PART_THRESHOLD,
  base64,
  canUpload,
  checkFile,
  createdDocument,
  createdLink,
  documentFields,
  fileName,
  inParts,
  percent,
  rejectedProblem,
  spokenStep,
  titleOf,
} from '../../../src/acts/upload.js';
import { fileSize, typeList, uploadCatalogues } from '../../../src/acts/upload.messages.js';

const ZAAKTYPE = 'https://openzaak.gemeente.example/catalogi/api/v1/zaaktypen/11111111-1111-4111-8111-111111111111';
const upload = parseCapabilities({
  version: 1,
  upload: { maxBytes: 20 * 1024 * 1024, accept: ['application/pdf', 'image/jpeg', 'image/png'], zaaktypen: [ZAAKTYPE] },
}).upload!;
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DOC = `https://openzaak.gemeente.example/documenten/api/v1/enkelvoudiginformatieobjecten/${uuid(1)}`;
const part = (n: number, omvang: number, extra: Record<string, unknown> = {}) => ({
  url: `https://openzaak.gemeente.example/documenten/api/v1/bestandsdelen/${uuid(100 + n)}`,
  volgnummer: n,
  omvang,
  voltooid: false,
  ...extra,
});

describe('CONTRACT 8 documents from the resident (model)', () => {
  it('8.3.1 only an open zaak whose zaaktype is in upload.zaaktypen, compared by what the URL names', () => {
    const zaak = { url: 'https://openzaak.gemeente.example/zaken/api/v1/zaken/x', zaaktype: ZAAKTYPE, einddatum: null };
    expect(canUpload(zaak, upload)).to.equal(true);
    // A gateway that rewrites hosts: the same zaaktype.
    expect(canUpload({ ...zaak, zaaktype: '/api/zgw/catalogi/api/v1/zaaktypen/11111111-1111-4111-8111-111111111111' }, upload)).to.equal(true);
    expect(canUpload({ ...zaak, zaaktype: { url: ZAAKTYPE } }, upload)).to.equal(true);
    expect(canUpload({ ...zaak, einddatum: '2026-10-01' }, upload), 'closed').to.equal(false);
    expect(canUpload({ ...zaak, zaaktype: ZAAKTYPE.replace('1111-4111', '2222-4222') }, upload), 'other zaaktype').to.equal(false);
    expect(canUpload(zaak, null), 'no capability').to.equal(false);
    expect(canUpload({ ...zaak, url: undefined }, upload), 'no url to link to').to.equal(false);
    // A statustype with the same UUID is not a zaaktype.
    expect(canUpload({ ...zaak, zaaktype: ZAAKTYPE.replace('zaaktypen', 'statustypen') }, upload)).to.equal(false);
    for (const hostile of [...HOSTILE_TEXTS, ...HOSTILE_URLS, 42, null, [], {}]) expect(canUpload({ ...zaak, zaaktype: hostile }, upload)).to.equal(false);
  });

  it('8.3.2 each file is checked against accept and maxBytes before anything is sent', () => {
    expect(checkFile({ name: 'bank.pdf', size: 1000, type: 'application/pdf' }, upload)).to.equal(null);
    expect(checkFile({ name: 'FOTO.JPG', size: 1000, type: 'IMAGE/JPEG' }, upload)).to.equal(null);
    expect(checkFile({ name: 'brief.docx', size: 1000, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, upload)).to.equal('type');
    expect(checkFile({ name: 'zonder-type', size: 1000, type: '' }, upload), 'unknown type').to.equal('type');
    expect(checkFile({ name: 'groot.pdf', size: 20 * 1024 * 1024 + 1, type: 'application/pdf' }, upload)).to.equal('too-large');
    expect(checkFile({ name: 'precies.pdf', size: 20 * 1024 * 1024, type: 'application/pdf' }, upload)).to.equal(null);
    expect(checkFile({ name: 'leeg.pdf', size: 0, type: 'application/pdf' }, upload)).to.equal('empty');
  });

  it('8.3.3 the body carries only what the element can know: titel, bestandsnaam, bestandsomvang, formaat, taal dut, creatiedatum, auteur Inwoner', () => {
    expect(documentFields({ name: 'Bankafschrift oktober.pdf', size: 12345, type: 'application/pdf' }, '2026-11-23')).to.deep.equal({
      titel: 'Bankafschrift oktober',
      bestandsnaam: 'Bankafschrift oktober.pdf',
      bestandsomvang: 12345,
      formaat: 'application/pdf',
      taal: 'dut',
      creatiedatum: '2026-11-23',
      auteur: 'Inwoner',
    });
    // A hostile name: no path, no control characters, within the API's lengths (255, 200), never empty.
    expect(fileName('../../etc/pass\u0000wd.pdf')).to.equal('.._.._etc_pass_wd.pdf');
    expect(fileName('   ')).to.equal('document');
    expect(Array.from(fileName('é'.repeat(300) + '.pdf')).length).to.equal(255);
    expect(Array.from(titleOf('😀'.repeat(300) + '.pdf')).length).to.equal(200);
    expect(titleOf('.bashrc')).to.equal('.bashrc');
  });

  it('8.3.4 files over 1 MiB go in parts, smaller ones in one request', () => {
    expect(PART_THRESHOLD).to.equal(1024 * 1024);
    expect(inParts(1024 * 1024)).to.equal(false);
    expect(inParts(1024 * 1024 + 1)).to.equal(true);
  });

  it('8.3.5 the create answer: its parts must cover the file exactly, in volgnummer order, with the lock', () => {
    const size = 2500;
    const answer = { url: DOC, lock: 'abc', bestandsdelen: [part(2, 1000), part(1, 1000), part(3, 500, { voltooid: true })] };
    expect(createdDocument(answer, size, true)).to.deep.equal({
      url: DOC,
      lock: 'abc',
      parts: [
        { url: part(1, 0).url, volgnummer: 1, start: 0, end: 1000, done: false },
        { url: part(2, 0).url, volgnummer: 2, start: 1000, end: 2000, done: false },
        { url: part(3, 0).url, volgnummer: 3, start: 2000, end: 2500, done: true },
      ],
    });
    // The URLs stay as the API gave them (never mapped): the gateway maps them when they are sent to.
    expect(createdDocument({ url: DOC }, 10, false)).to.deep.equal({ url: DOC, lock: null, parts: [] });
    const broken: unknown[] = [
      { ...answer, lock: undefined },
      { ...answer, bestandsdelen: [] },
      { ...answer, bestandsdelen: [part(1, 1000), part(2, 1000)] }, // too short
      { ...answer, bestandsdelen: [part(1, 1000), part(2, 1000), part(3, 501)] }, // too long
      { ...answer, bestandsdelen: [part(1, 1000), part(1, 1000), part(3, 500)] }, // a volgnummer twice
      { ...answer, bestandsdelen: [part(1, 1000), part(2, 1000), part(3, 500, { url: 'https://evil.example/upload' })] },
      { ...answer, bestandsdelen: [part(1, 2000), part(2, 0), part(3, 500)] },
      { ...answer, bestandsdelen: [part(1, 1000.5), part(2, 999.5), part(3, 500)] },
      { ...answer, bestandsdelen: [part(1, 1000), part(2, 1000), 'deel 3'] },
      { ...answer, url: 'https://openzaak.gemeente.example/zaken/api/v1/zaken/' + uuid(1) },
      null,
      [],
      'text',
    ];
    for (const value of broken) expect(createdDocument(value, size, true), JSON.stringify(value)).to.equal(null);
    expect(createdLink({ url: `https://openzaak.gemeente.example/zaken/api/v1/zaakinformatieobjecten/${uuid(9)}` })).to.match(/zaakinformatieobjecten/);
    expect(createdLink({ url: DOC })).to.equal(null);
  });

  it('8.3.5 fuzz (seeded): any answer gives a plan that covers the file exactly, or none, and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.record({ url: fc.oneof(fc.constant(part(1, 0).url), fc.webUrl(), fc.anything()), volgnummer: fc.oneof(fc.nat(5), fc.anything()), omvang: fc.oneof(fc.nat(3000), fc.anything()), voltooid: fc.anything() })), fc.nat(10000), (lock, parts, size) => {
        const plan = createdDocument({ url: DOC, lock, bestandsdelen: parts }, size, true);
        if (plan === null) return;
        expect(plan.parts.at(-1)?.end).to.equal(size);
        plan.parts.forEach((p, i) => expect(p.start).to.equal(i === 0 ? 0 : plan.parts[i - 1]!.end));
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it('8.3.6 progress is said in steps of 25 percent, not every percent; 100 only when all is sent', () => {
    const said = new Set<number>();
    for (let sent = 0; sent <= 1000; sent += 7) said.add(spokenStep(percent(sent, 1000)));
    said.add(spokenStep(percent(1000, 1000)));
    expect([...said]).to.deep.equal([0, 25, 50, 75, 100]);
    expect(percent(999, 1000)).to.equal(99);
    expect(percent(5, 0)).to.equal(0);
    expect(percent(Number.NaN, 10)).to.equal(0);
  });

  it('8.3.7 a 400 names the field: a refused type or size is said as such, anything else as "not accepted"', () => {
    expect(rejectedProblem([{ name: 'formaat', code: 'invalid-type' }])).to.equal('type');
    expect(rejectedProblem([{ name: 'bestandsomvang', code: 'max-size' }])).to.equal('too-large');
    expect(rejectedProblem([{ name: 'nonFieldErrors', code: 'unique' }])).to.equal('rejected');
    expect(rejectedProblem([])).to.equal('rejected');
  });

  it('8.3.8 a small file as base64, in slices (no stack overflow on a 1 MiB file)', () => {
    expect(base64(new TextEncoder().encode('%PDF-1.4 klein'))).to.equal(btoa('%PDF-1.4 klein'));
    const big = new Uint8Array(PART_THRESHOLD).map((_, i) => i % 251);
    expect(atob(base64(big)).length).to.equal(PART_THRESHOLD);
  });

  it('8.3.9 texts: sizes and types in words, in nl, en and fy, every key in each', () => {
    expect(fileSize(20971520, 'nl')).to.equal('20 MB');
    expect(fileSize(1572864, 'nl')).to.equal('1,5 MB');
    expect(fileSize(1572864, 'en')).to.equal('1.5 MB');
    expect(fileSize(800 * 1024, 'fy')).to.equal('800 kB');
    expect(typeList(upload.accept, uploadCatalogues.nl)).to.equal('PDF, JPG of PNG');
    expect(typeList(['application/pdf', 'image/heic'], uploadCatalogues.en)).to.equal('PDF or HEIC');
    expect(typeList(['application/x-custom'], uploadCatalogues.nl)).to.equal('X-CUSTOM');
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(uploadCatalogues.en)).to.deep.equal(keys(uploadCatalogues.nl));
    expect(keys(uploadCatalogues.fy)).to.deep.equal(keys(uploadCatalogues.nl));
    expect(uploadCatalogues.fy.heading).to.not.equal(uploadCatalogues.nl.heading);
    // B1: short sentences (no sentence over 20 words) in every Dutch text.
    const nl = uploadCatalogues.nl;
    const texts = [nl.heading, nl.label, nl.hint('PDF', '20 MB'), ...Object.values(nl.problems).map((f) => f('bank.pdf', '20 MB')), nl.failed('bank.pdf'), nl.cancelled('bank.pdf'), nl.cleanupFailed('bank.pdf'), nl.received('bank.pdf'), ...Object.values(nl.reasons)];
    for (const text of texts) for (const sentence of text.split(/[.!?]\s/)) expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
  });
});
