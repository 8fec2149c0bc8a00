import { expect } from '@open-wc/testing';
import { clock, formattersFor } from '../../../src/i18n/format.js';
import { calendarWords, catalogues, languageOf, messagesFor, type Language, type Messages } from '../../../src/i18n/messages.js';
import { catalogueTexts, dutchOnlyWords } from './support.js';

/** Paths of every message, nested records included: `errors.not-found`, `stepState.checked`… */
function paths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, nested]) => paths(nested, prefix ? `${prefix}.${key}` : key));
  }
  return [prefix];
}

function at(messages: Messages, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], messages);
}

/** Called with sample arguments, so a function message compares by what it says. */
function say(value: unknown): string {
  return typeof value === 'function' ? [[1, 2], [3, 5], ['De reden']].map((args) => String((value as (...a: unknown[]) => unknown)(...args))).join(' | ') : String(value);
}

/**
 * Messages that may read the same as Dutch, with why. Everything else must be translated: a copy of
 * the Dutch text in `en` or `fy` is a forgotten translation.
 */
const SAME_AS_DUTCH: Readonly<Record<Exclude<Language, 'nl'>, readonly string[]>> = {
  // International words: the heading "Status" and "Details".
  en: ['statusHeading', 'detailsHeading'],
  // Frisian shares these words with Dutch: status, stap, reden, intern, geheim.
  fy: ['statusHeading', 'untitledStep', 'suspendedReason', 'confidentialityLevels.intern', 'confidentialityLevels.geheim'],
};

describe('message catalogues', () => {
  const languages = Object.keys(catalogues) as Language[];
  const nlPaths = paths(catalogues.nl).sort();

  it('there are exactly nl, en and fy', () => {
    expect(languages.sort()).to.deep.equal(['en', 'fy', 'nl']);
  });

  for (const language of ['en', 'fy'] as const) {
    it(`${language} has every message nl has, and no other`, () => {
      expect(paths(catalogues[language]).sort()).to.deep.equal(nlPaths);
    });

    it(`${language} translates every message that must be translated`, () => {
      const untranslated = nlPaths.filter((path) => say(at(catalogues[language], path)) === say(at(catalogues.nl, path)));
      expect(untranslated).to.deep.equal([...SAME_AS_DUTCH[language]].sort());
    });
  }

  for (const language of ['nl', 'en', 'fy'] as const) {
    it(`${language}: no message is empty, every function message answers`, () => {
      for (const path of nlPaths) {
        const value = at(catalogues[language], path);
        expect(['string', 'function'], path).to.include(typeof value);
        expect(say(value).replace(/\|/g, '').trim(), path).not.to.equal('');
      }
      for (const text of catalogueTexts(catalogues[language])) expect(text.trim()).not.to.equal('');
    });
  }

  it('keeps the CONTRACT’s Dutch labels', () => {
    const { nl } = catalogues;
    expect([nl.zaaknummer, nl.statusHeading, nl.detailsHeading, nl.documentsHeading, nl.registratiedatum, nl.startdatum, nl.expectedEndDate, nl.einddatum, nl.suspended, nl.backToOverview]).to.deep.equal([
      'Zaaknummer', 'Status', 'Details', 'Documenten', 'Aanvraag ingediend op', 'Startdatum', 'Verwachte einddatum', 'Afgerond op', 'Opgeschort', 'Terug naar overzicht',
    ]);
  });

  it('Dutch is plain: short sentences, no jargon', () => {
    const jargon = /registratiedatum|vertrouwelijkheidaanduiding|statustype|resultaattype|initiator|behandelaar|\bbsn\b|afdoening|zaaktype/i;
    for (const text of catalogueTexts(catalogues.nl)) {
      expect(text, 'jargon').not.to.match(jargon);
      for (const sentence of text.split(/[.?!]\s/)) expect(sentence.split(/\s+/).length, sentence).to.be.at.most(15);
    }
  });

  it('the Dutch-only word list used by the English render test is meaningful', () => {
    const words = dutchOnlyWords();
    for (const word of ['zaaknummer', 'aanvraag', 'ingediend', 'documenten', 'afgerond', 'opnieuw', 'zaken']) expect(words.has(word), word).to.equal(true);
    for (const word of ['status', 'details']) expect(words.has(word), word).to.equal(false);
  });

  it('languageOf: the primary subtag, else Dutch', () => {
    const cases: Array<[string | null, Language]> = [
      ['nl', 'nl'], ['nl-NL', 'nl'], ['nl-BE', 'nl'], ['en', 'en'], ['en-GB', 'en'], ['EN-us', 'en'], ['fy', 'fy'], ['fy-NL', 'fy'],
      ['fy_NL', 'fy'], ['de', 'nl'], ['', 'nl'], [null, 'nl'], ['english', 'nl'], [' en ', 'en'],
    ];
    for (const [tag, language] of cases) expect(languageOf(tag), String(tag)).to.equal(language);
    expect(messagesFor('en-GB')).to.equal(catalogues.en);
    expect(messagesFor('xx')).to.equal(catalogues.nl);
  });

  it('Frisian calendar words cover twelve months and every unit', () => {
    const words = calendarWords.fy;
    expect(words?.monthNames).to.have.length(12);
    expect(words?.monthNames[0]).to.equal('jannewaris');
    expect([0, 1, 3].map((count) => words?.relativeTime(count, 'day'))).to.deep.equal(['hjoed', 'moarn', 'oer 3 dagen']);
    expect([1, 2].map((count) => words?.relativeTime(count, 'week'))).to.deep.equal(['oer 1 wike', 'oer 2 wiken']);
    expect([1, 4].map((count) => words?.relativeTime(count, 'month'))).to.deep.equal(['oer 1 moanne', 'oer 4 moannen']);
  });
});

describe('formatters (Intl, Europe/Amsterdam)', () => {
  const original = clock.now;
  afterEach(() => {
    clock.now = original;
  });

  it('dates in nl, en and fy; the calendar day in Amsterdam, not UTC', () => {
    expect(formattersFor('nl').date('2026-10-12T09:14:00Z')).to.equal('12 oktober 2026');
    expect(formattersFor('en').date('2026-10-12T09:14:00Z')).to.equal('12 October 2026');
    expect(formattersFor('fy').date('2026-10-12T09:14:00Z')).to.equal('12 oktober 2026');
    expect(formattersFor('fy').date('2027-01-04')).to.equal('4 jannewaris 2027');
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(formattersFor('nl').date('2026-12-31T23:30:00Z')).to.equal('1 januari 2027');
    expect(formattersFor('fy').date('2026-12-31T23:30:00Z')).to.equal('1 jannewaris 2027');
    expect(formattersFor('en').date('not a date')).to.equal('not a date');
  });

  it('Chromium has no Frisian ICU data: the fallback is used, never American English', () => {
    // If a browser ever ships fy, Intl takes over; either way no "October 12, 2026".
    expect(formattersFor('fy').date('2026-10-12')).not.to.match(/October/);
  });

  it('file sizes like "48 kB", with the language’s decimal mark', () => {
    expect(formattersFor('nl').fileSize(48_213)).to.equal('48 kB');
    expect(formattersFor('en').fileSize(48_213)).to.equal('48 kB');
    expect(formattersFor('fy').fileSize(48_213)).to.equal('48 kB');
    expect(formattersFor('nl').fileSize(1_540_000)).to.equal('1,5 MB');
    expect(formattersFor('en').fileSize(1_540_000)).to.equal('1.5 MB');
    expect(formattersFor('fy').fileSize(1_540_000)).to.equal('1,5 MB');
    expect(formattersFor('nl').fileSize(512)).to.equal('512 byte');
  });

  it('a relative hint from today in Amsterdam to a future date; nothing for a date that passed', () => {
    clock.now = () => Date.parse('2026-11-23T10:00:00Z');
    const nl = formattersFor('nl');
    const en = formattersFor('en');
    const fy = formattersFor('fy');
    expect(nl.until('2026-11-23')).to.equal('vandaag');
    expect(nl.until('2026-11-24')).to.equal('morgen');
    expect(nl.until('2026-11-26')).to.equal('over 3 dagen');
    expect(nl.until('2026-12-07')).to.equal('over 2 weken');
    expect(nl.until('2027-01-04')).to.equal('over 6 weken');
    expect(nl.until('2027-02-26')).to.equal('over 3 maanden');
    expect(en.until('2026-11-26')).to.equal('in 3 days');
    expect(en.until('2026-11-24')).to.equal('tomorrow');
    expect(en.until('2027-01-04')).to.equal('in 6 weeks');
    expect(fy.until('2026-11-26')).to.equal('oer 3 dagen');
    expect(fy.until('2027-01-04')).to.equal('oer 6 wiken');
    expect(fy.until('2026-11-23')).to.equal('hjoed');
    for (const formatters of [nl, en, fy]) {
      expect(formatters.until('2026-11-22')).to.equal(null);
      expect(formatters.until('2020-01-01')).to.equal(null);
      expect(formatters.until('geen datum')).to.equal(null);
    }
  });

  it('"today" is the Amsterdam day: at 23:30 UTC it is already tomorrow there', () => {
    clock.now = () => Date.parse('2026-11-23T23:30:00Z');
    expect(formattersFor('nl').until('2026-11-24')).to.equal('vandaag');
    expect(formattersFor('nl').until('2026-11-23')).to.equal(null);
  });
});
