/**
 * CONTRACT 8, questions and answers (Klantinteracties 0.9.0): klantcontacten about this zaak, oldest
 * first, each answer (a klantcontact whose onderwerpobject `wasKlantcontact` is the question) under its
 * question; never a medewerker's name (CONTRACT 4.8).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOSTILE_TEXTS } from '../../../demo/gateway/hostile.mjs';
import { channelOf, characterCount, checkQuestion, toQuestionViews } from '../../../src/acts/questions.js';

const ZAAK = '3c0e5a9d-2b7f-4d1e-a6c8-8f4b2e9d0a51';
const KI = 'https://klantinteracties.gemeente.example/api/v1';
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MEDEWERKER = 'Medewerker-Marjan-de-Vries';

function contact(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    uuid: uuid(n),
    url: `${KI}/klantcontacten/${uuid(n)}`,
    kanaal: 'contactformulier',
    onderwerp: 'Vraag over zaak',
    inhoud: `Tekst ${n}`,
    reactie: '',
    plaatsgevondenOp: `2026-11-${String(10 + n).padStart(2, '0')}T09:00:00Z`,
    // What a medewerker's name could arrive in: never read.
    hadBetrokkenActoren: [{ uuid: uuid(900), url: `${KI}/actoren/${uuid(900)}`, naam: MEDEWERKER }],
    _expand: { hadBetrokkenen: [{ volledigeNaam: MEDEWERKER, contactnaam: { voornaam: MEDEWERKER } }] },
    ...overrides,
  };
}
const subject = (n: number, kc: number, was: number | null, objectId: string | null = ZAAK) => ({
  uuid: uuid(100 + n),
  url: `${KI}/onderwerpobjecten/${uuid(100 + n)}`,
  klantcontact: { uuid: uuid(kc), url: `${KI}/klantcontacten/${uuid(kc)}` },
  wasKlantcontact: was === null ? null : { uuid: uuid(was), url: `${KI}/klantcontacten/${uuid(was)}` },
  onderwerpobjectidentificator: objectId === null ? null : { codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid', objectId },
});

describe('CONTRACT 8 questions', () => {
  it('8.2.1 a question with its answer under it, one without ("nog geen antwoord"), oldest first', () => {
    const views = toQuestionViews(
      { count: 3, next: null, results: [contact(3), contact(2, { kanaal: 'e-mail' }), contact(1)] },
      [subject(1, 1, null), subject(2, 2, 1), subject(3, 3, null)],
      ZAAK,
    );
    expect(views).to.deep.equal([
      { uuid: uuid(1), date: '2026-11-11T09:00:00Z', channel: 'form', text: 'Tekst 1', answers: [{ date: '2026-11-12T09:00:00Z', channel: 'email', text: 'Tekst 2' }] },
      { uuid: uuid(3), date: '2026-11-13T09:00:00Z', channel: 'form', text: 'Tekst 3', answers: [] },
    ]);
  });

  it('8.2.2 onderwerpobjecten from _expand.gingOverOnderwerpobjecten count as well as a separate list', () => {
    const views = toQuestionViews(
      [contact(1, { _expand: { gingOverOnderwerpobjecten: [subject(1, 1, null)] } }), contact(2, { _expand: { gingOverOnderwerpobjecten: [{ ...subject(2, 2, 1), klantcontact: undefined }] } })],
      undefined,
      ZAAK.toUpperCase(),
    );
    expect(views.map((v) => [v.uuid, v.answers.map((a) => a.text)])).to.deep.equal([[uuid(1), ['Tekst 2']]]);
  });

  it('8.2.3 only klantcontacten about this zaak; answers oldest first, an answer to an answer joins the question', () => {
    const views = toQuestionViews(
      [contact(1), contact(2), contact(5), contact(4), contact(6)],
      [subject(1, 1, null), subject(2, 2, null, uuid(777)), subject(4, 4, 1), subject(5, 5, 4), { ...subject(6, 6, null), onderwerpobjectidentificator: { codeObjecttype: 'zaaktype', objectId: ZAAK } }],
      ZAAK,
    );
    expect(views.map((v) => [v.uuid, v.answers.map((a) => a.text)])).to.deep.equal([[uuid(1), ['Tekst 4', 'Tekst 5']]]);
  });

  it('8.2.4 a cycle of answers, or an answer to itself, never hangs and shows no question', () => {
    const views = toQuestionViews([contact(1), contact(2), contact(3)], [subject(1, 1, 2), subject(2, 2, 1), subject(3, 3, 3)], ZAAK);
    expect(views.map((v) => v.uuid)).to.deep.equal([uuid(3)]);
  });

  it("8.2.5 a question's own reactie is an answer too", () => {
    const [view] = toQuestionViews([contact(1, { reactie: 'Wij bellen u.' })], [subject(1, 1, null)], ZAAK);
    expect(view?.answers).to.deep.equal([{ date: null, channel: null, text: 'Wij bellen u.' }]);
  });

  it('8.2.6 the channel in words; an unknown one is left out', () => {
    expect(['e-mail', 'Email', 'telefoon', 'Telefonisch', 'balie', 'brief', 'contactformulier', 'website', 'chat', 'whatsapp', 'app'].map(channelOf)).to.deep.equal([
      'email', 'email', 'phone', 'phone', 'desk', 'letter', 'form', 'form', 'chat', 'chat', 'app',
    ]);
    for (const value of ['duif', '', null, 42, '<script>', ...HOSTILE_TEXTS]) expect(channelOf(value), String(value)).to.satisfy((c: unknown) => c === null || typeof c === 'string');
    expect(channelOf('duif')).to.equal(null);
  });

  it("8.2.7 CONTRACT 4.8: no medewerker's name reaches the view, whatever the answer carries", () => {
    const views = toQuestionViews([contact(1), contact(2)], [subject(1, 1, null), subject(2, 2, 1)], ZAAK);
    expect(JSON.stringify(views)).not.to.include(MEDEWERKER);
    expect(views[0]?.answers.length).to.equal(1);
  });

  it('8.2.8 bad dates sort last, bad records and duplicates are skipped, empty text falls back to the onderwerp', () => {
    const views = toQuestionViews(
      [contact(1, { plaatsgevondenOp: 'gisteren' }), contact(2), contact(2, { inhoud: 'dubbel' }), null, 'x', { uuid: 'nope' }, contact(3, { inhoud: ' ', onderwerp: 'Onderwerp 3' }), contact(4, { inhoud: null, onderwerp: null })],
      [subject(1, 1, null), subject(2, 2, null), subject(3, 3, null), subject(4, 4, null), 'junk', { klantcontact: 'x' }],
      ZAAK,
    );
    expect(views.map((v) => [v.uuid, v.text, v.date])).to.deep.equal([
      [uuid(2), 'Tekst 2', '2026-11-12T09:00:00Z'],
      [uuid(3), 'Onderwerp 3', '2026-11-13T09:00:00Z'],
      [uuid(1), 'Tekst 1', null],
    ]);
  });

  it('8.2.9 asking: empty and too long are refused before sending; characters are counted as people count them', () => {
    expect(checkQuestion('   ', 10)).to.equal('empty');
    expect(checkQuestion('12345678901', 10)).to.equal('too-long');
    expect(checkQuestion('😀😀😀😀😀😀😀😀😀😀', 10)).to.equal(null);
    expect(characterCount('😀a')).to.equal(2);
  });

  it('8.2.10 fuzz (seeded): never throws, oldest first, every question and answer is text, no actor field', () => {
    const field = fc.oneof(fc.anything(), fc.string(), fc.constantFrom(...HOSTILE_TEXTS, MEDEWERKER));
    const ref = fc.oneof(fc.integer({ min: 1, max: 8 }).map((n) => ({ uuid: uuid(n) })), fc.integer({ min: 1, max: 8 }).map((n) => `${KI}/klantcontacten/${uuid(n)}`), field);
    const anyContact = fc.record(
      {
        uuid: fc.oneof(fc.integer({ min: 1, max: 8 }).map(uuid), field),
        inhoud: field,
        onderwerp: field,
        reactie: field,
        kanaal: field,
        plaatsgevondenOp: fc.oneof(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString()), field),
        hadBetrokkenActoren: fc.constant([{ naam: MEDEWERKER }]),
      },
      { requiredKeys: [] },
    );
    const anySubject = fc.record(
      { klantcontact: ref, wasKlantcontact: fc.oneof(ref, fc.constant(null)), onderwerpobjectidentificator: fc.oneof(fc.constant({ codeObjecttype: 'zaak', objectId: ZAAK }), field) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(anyContact, fc.anything())), fc.oneof(fc.array(anySubject), fc.anything()), (contacts, subjects) => {
        const views = toQuestionViews(contacts, subjects, ZAAK);
        const times = views.map((v) => (v.date === null ? Infinity : Date.parse(v.date)));
        expect(times).to.deep.equal([...times].sort((a, b) => a - b));
        for (const view of views) {
          expect(typeof view.text).to.equal('string');
          for (const answer of view.answers) expect(typeof answer.text).to.equal('string');
        }
        // Only these fields: no actor, no betrokkene (a name may only be in text the resident typed or was sent).
        for (const view of views) {
          expect(Object.keys(view).sort()).to.deep.equal(['answers', 'channel', 'date', 'text', 'uuid']);
          for (const answer of view.answers) expect(Object.keys(answer).sort()).to.deep.equal(['channel', 'date', 'text']);
        }
      }),
      { seed: 20261203, numRuns: 1000 },
    );
  });
});
