import type { ErrorKind } from '../vocabulary.js';
import type { Confidentiality } from '../model/documents.js';
import type { MissingPart, StepState } from '../model/view-model.js';
import { en } from './en.js';
import { fy, fyCalendar } from './fy.js';
import { nl } from './nl.js';

/** The languages the element speaks (CONTRACT 2: `lang`). */
export type Language = 'nl' | 'en' | 'fy';

/** A unit of a relative hint such as "over 3 dagen". */
export type RelativeUnit = 'day' | 'week' | 'month';

/**
 * Words for dates and relative hints, for a language the browser's `Intl` lacks (Chromium has no
 * `fy`; it would silently answer in American English). Only `fy` needs them today.
 */
export interface CalendarWords {
  /** January first, lower case as written in running text. */
  monthNames: readonly string[];
  /** "oer 3 dagen", "moarn", "hjoed": from today on, never in the past. */
  relativeTime: (count: number, unit: RelativeUnit) => string;
}

/**
 * Every text the element shows, one typed object per language (`nl.ts`, `en.ts`, `fy.ts`).
 * Dutch at B1 level: short sentences, no jargon. A missing message is a type error.
 */
export interface Messages {
  loading: string;
  zaaknummer: string;
  statusHeading: string;
  detailsHeading: string;
  documentsHeading: string;
  /** Visually hidden prefix of every step title, for screen readers. */
  stepState: Record<StepState, string>;
  /** Visually hidden prefix of the current step's newest sub-step; earlier ones take `stepState.checked`. */
  latestSubStep: string;
  /** Button above a long history: shows the earlier sub-steps (CONTRACT 5: 20 newest at first). */
  showEarlierSubSteps: (count: number) => string;
  /** Title for a step whose statustype has no omschrijving. */
  untitledStep: (position: number) => string;
  /** Call-centre view: a step of a statustype with `informeren: false`. */
  hiddenFromResidents: string;
  registratiedatum: string;
  startdatum: string;
  expectedEndDate: string;
  einddatum: string;
  result: string;
  suspended: string;
  suspendedNotice: string;
  suspendedReason: (reason: string) => string;
  /** Call-centre view: the zaak's `vertrouwelijkheidaanduiding`, in words. */
  confidentiality: string;
  confidentialityLevels: Record<Confidentiality, string>;
  documentsLoading: string;
  documentsEmpty: string;
  documentsFailed: string;
  /** By a document link whose download failed. */
  downloadFailed: string;
  /** A note where an optional part of the zaak would be, when it could not be loaded (CONTRACT 5). */
  missingParts: Record<MissingPart, string>;
  /** `rejected` comes only from a write (CONTRACT 8): its text is the write view's, not in the read-only bundle. */
  errors: Record<Exclude<ErrorKind, 'rejected'>, string> & { rejected?: string };
  retry: string;
  retryIn: (seconds: number) => string;
  loadingOverview: string;
  overviewHeading: string;
  openHeading: string;
  closedHeading: string;
  noZaken: string;
  noOpenZaken: string;
  closedStatus: string;
  unknownStatus: string;
  /** Title of a zaak whose zaaktype, omschrijving and zaaknummer are all empty. */
  untitledZaak: string;
  searchLabel: string;
  searchResult: (count: number) => string;
  noSearchResult: string;
  paginationOpen: string;
  paginationClosed: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, count: number) => string;
  backToOverview: string;
}

export const catalogues: Readonly<Record<Language, Messages>> = { nl, en, fy };

/** Per language whose `Intl` support is missing in some browser. */
export const calendarWords: Readonly<Partial<Record<Language, CalendarWords>>> = { fy: fyCalendar };

/** `en-GB` → `en`, `fy-NL` → `fy`, anything else (or nothing) → `nl`. */
export function languageOf(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' || primary === 'fy' ? primary : 'nl';
}

export function messagesFor(language: string): Messages {
  return catalogues[languageOf(language)];
}
