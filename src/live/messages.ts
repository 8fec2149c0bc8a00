import { languageOf } from '../i18n/messages.js';

/** The texts of live updates (CONTRACT 9), kept out of the read bundle. Dutch at B1: short, calm. */
export interface LiveMessages {
  /** The mark on a step or sub-step that just arrived. */
  new: string;
  /** Said once by the polite live region. */
  announce: (titles: readonly string[]) => string;
  /** Under the timeline: "Bijgewerkt om 14:32". */
  updatedAt: (time: string) => string;
  /** A check failed: what is shown stays, said quietly. */
  notUpdated: (time: string) => string;
  /** A step without a title, in the announcement (as the timeline calls it). */
  stepWithoutTitle: (position: number) => string;
}

/** The titles, without a full stop of their own (a toelichting often ends with one). */
const list = (titles: readonly string[]) => titles.map((title) => title.replace(/[.!?\s]+$/, '')).join(', ');

const nl: LiveMessages = {
  new: 'Nieuw',
  announce: (titles) => (titles.length === 1 ? `Er is een nieuwe stap: ${list(titles)}.` : `Er zijn nieuwe stappen: ${list(titles)}.`),
  updatedAt: (time) => `Bijgewerkt om ${time}`,
  notUpdated: (time) => `Bijwerken lukt nu niet. U ziet hoe het was om ${time}.`,
  stepWithoutTitle: (position) => `Stap ${position}`,
};

const en: LiveMessages = {
  new: 'New',
  announce: (titles) => (titles.length === 1 ? `There is a new step: ${list(titles)}.` : `There are new steps: ${list(titles)}.`),
  updatedAt: (time) => `Updated at ${time}`,
  notUpdated: (time) => `We cannot update this right now. You see how it was at ${time}.`,
  stepWithoutTitle: (position) => `Step ${position}`,
};

const fy: LiveMessages = {
  new: 'Nij',
  announce: (titles) => (titles.length === 1 ? `Der is in nije stap: ${list(titles)}.` : `Der binne nije stappen: ${list(titles)}.`),
  updatedAt: (time) => `Bywurke om ${time}`,
  notUpdated: (time) => `Bywurkjen slagget no net. Jo sjogge hoe't it wie om ${time}.`,
  stepWithoutTitle: (position) => `Stap ${position}`,
};

export const liveCatalogues = { nl, en, fy } as const;

export const liveMessagesFor = (language: string): LiveMessages => liveCatalogues[languageOf(language)];

/** "14:32", the Netherlands' time (the element's dates are too); 24-hour in every language. */
export const clockTime = (at: number): string =>
  new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(at);
