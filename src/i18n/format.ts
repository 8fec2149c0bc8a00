import { amsterdamDay } from '../model/text.js';
import { calendarWords, languageOf, type Language, type RelativeUnit } from './messages.js';

/** Dates and numbers through `Intl`, always in the Netherlands' time zone. */
export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * "Today" for relative hints. Tests and demos pin it: `clock.now = () => Date.parse('2026-11-23T12:00:00Z')`.
 * Shared by every element that uses this module.
 */
export const clock = { now: (): number => Date.now() };

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB', fy: 'fy-NL' };

export interface Formatters {
  /** `1 maart 2026`; the input as received when it is no date. */
  date: (value: string) => string;
  /** `48 kB`. */
  fileSize: (bytes: number) => string;
  /** "over 3 dagen" from today (Europe/Amsterdam) to a future date; null for a date that passed or is no date. */
  until: (value: string) => string | null;
}

const DAY = 86_400_000;
const cache = new Map<Language, Formatters>();

export function formattersFor(language: string): Formatters {
  const lang = languageOf(language);
  let formatters = cache.get(lang);
  if (!formatters) cache.set(lang, (formatters = create(lang)));
  return formatters;
}

function create(language: Language): Formatters {
  const locale = LOCALES[language];
  // Chromium's ICU has no Frisian: it would silently answer in American English. Then the
  // catalogue's month names and relative words take over; numbers follow Dutch usage (1,5 MB).
  const words = calendarWords[language];
  const dateWords = Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0 ? undefined : words;
  const relativeWords = Intl.RelativeTimeFormat.supportedLocalesOf(locale).length > 0 ? undefined : words;
  const numberLocale = Intl.NumberFormat.supportedLocalesOf(locale).length > 0 ? locale : 'nl-NL';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const unit = (name: string, digits: number) =>
    new Intl.NumberFormat(numberLocale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
  const bytes = unit('byte', 0);
  const kilobytes = unit('kilobyte', 0);
  const megabytes = unit('megabyte', 1);
  const gigabytes = unit('gigabyte', 1);
  return {
    date: (value) => {
      const time = Date.parse(value);
      if (Number.isNaN(time)) return value;
      if (!dateWords) return dateFormat.format(time);
      const [year, month, day] = amsterdamDay(time).split('-').map(Number) as [number, number, number];
      return `${day} ${dateWords.monthNames[month - 1]} ${year}`;
    },
    fileSize: (size) => {
      if (size < 1000) return bytes.format(size);
      if (size < 1_000_000) return kilobytes.format(Math.round(size / 1000));
      if (size < 1_000_000_000) return megabytes.format(size / 1_000_000);
      return gigabytes.format(size / 1_000_000_000);
    },
    until: (value) => {
      const time = Date.parse(value);
      if (Number.isNaN(time)) return null;
      // Midnight UTC of both Amsterdam days: whole days between them, whatever the DST.
      const days = Math.round((Date.parse(amsterdamDay(time)) - Date.parse(amsterdamDay(clock.now()))) / DAY);
      if (!(days >= 0)) return null;
      const [count, relativeUnit]: [number, RelativeUnit] =
        days < 14 ? [days, 'day'] : days < 61 ? [Math.round(days / 7), 'week'] : [Math.round(days / 30.44), 'month'];
      return relativeWords ? relativeWords.relativeTime(count, relativeUnit) : relativeFormat.format(count, relativeUnit);
    },
  };
}

/**
 * Sets up the formatters while the first request is in flight: the first `Intl.DateTimeFormat` with
 * a time zone costs ~11 ms (ICU's zone data), too much for import or for the first render. The
 * loaders call this as they send their first request; it runs when the main thread is idle.
 */
export function warmUpFormatters(language = 'nl'): void {
  (globalThis.requestIdleCallback ?? setTimeout)(() => formattersFor(language).until(new Date(clock.now()).toISOString()));
}
