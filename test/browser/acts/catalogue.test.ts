/**
 * The acts catalogue (src/acts/messages.ts), kept apart from src/i18n so a read-only page never loads it:
 * the same messages in nl, en and fy, every one translated where the words differ, and no Dutch word
 * in the English texts.
 */
import { expect } from '@open-wc/testing';
import { actsCatalogues, actsMessagesFor, type ActsMessages } from '../../../src/acts/messages.js';

function texts(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, [[12, 1000], [3, 5]].map((args) => String((value as (...a: unknown[]) => unknown)(...args))).join(' | ')]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, nested]) => texts(nested, path ? `${path}.${key}` : key));
  return [[path, String(value)]];
}
const byPath = (messages: ActsMessages) => new Map(texts(messages));
const words = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Messages Frisian writes as Dutch does. */
const FRISIAN_AS_DUTCH = ['untitledTask', 'channel.email', 'channel.letter'];

describe('acts catalogue', () => {
  const nl = byPath(actsCatalogues.nl);

  for (const language of ['en', 'fy'] as const) {
    it(`${language}: every message of nl, each translated (but for words the languages share)`, () => {
      const other = byPath(actsCatalogues[language]);
      expect([...other.keys()].sort()).to.deep.equal([...nl.keys()].sort());
      const same = [...nl].filter(([path, text]) => other.get(path) === text).map(([path]) => path);
      expect(same.sort()).to.deep.equal(language === 'fy' ? [...FRISIAN_AS_DUTCH].sort() : []);
    });
  }

  it('no empty message, no Dutch word in English', () => {
    for (const language of ['nl', 'en', 'fy'] as const) for (const [path, text] of texts(actsCatalogues[language])) expect(text.trim(), `${language} ${path}`).not.to.equal('');
    const english = new Set(texts(actsCatalogues.en).flatMap(([, text]) => words(text)));
    const dutchOnly = new Set(texts(actsCatalogues.nl).flatMap(([, text]) => words(text)).filter((word) => !english.has(word)));
    for (const [path, text] of texts(actsCatalogues.en)) expect(words(text).filter((word) => dutchOnly.has(word)), path).to.deep.equal([]);
  });

  it('the language tag picks the catalogue: en-GB, fy-NL, anything else Dutch', () => {
    expect(actsMessagesFor('en-GB')).to.equal(actsCatalogues.en);
    expect(actsMessagesFor('fy-NL')).to.equal(actsCatalogues.fy);
    expect(actsMessagesFor('de')).to.equal(actsCatalogues.nl);
  });

  it('B1 and calm: short sentences, no capitals or exclamation marks, the issue\'s own words', () => {
    for (const language of ['nl', 'en', 'fy'] as const) {
      for (const [path, text] of texts(actsCatalogues[language])) {
        expect(text, `${language} ${path}`).not.to.match(/!|\b[A-Z]{3,}\b(?<!BSN)/);
        for (const sentence of text.split(/[.|]/)) expect(words(sentence).length, `${language} ${path}: "${sentence}"`).to.be.at.most(15);
      }
    }
    expect(actsCatalogues.nl.deadline('12 december')).to.equal('Graag vóór 12 december');
    expect(actsCatalogues.nl.noAnswer.toLowerCase()).to.include('nog geen antwoord');
    expect(actsCatalogues.nl.received).to.match(/^Uw vraag is ontvangen/);
  });
});
