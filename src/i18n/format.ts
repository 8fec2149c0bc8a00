/** Dates and numbers through `Intl`, always in the Netherlands' time zone. */
export const TIME_ZONE = 'Europe/Amsterdam';

const LOCALES: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB', fy: 'fy-NL' };

export interface Formatters {
  /** `1 maart 2026`; the input as received when it is no date. */
  date: (value: string) => string;
  /** `48 kB`. */
  fileSize: (bytes: number) => string;
}

export function formattersFor(language: string): Formatters {
  const locale = LOCALES[language] ?? 'nl-NL';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE });
  const unit = (name: string, digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits });
  const bytes = unit('byte', 0);
  const kilobytes = unit('kilobyte', 0);
  const megabytes = unit('megabyte', 1);
  const gigabytes = unit('gigabyte', 1);
  return {
    date: (value) => {
      const time = Date.parse(value);
      return Number.isNaN(time) ? value : dateFormat.format(time);
    },
    fileSize: (size) => {
      if (size < 1000) return bytes.format(size);
      if (size < 1_000_000) return kilobytes.format(Math.round(size / 1000));
      if (size < 1_000_000_000) return megabytes.format(size / 1_000_000);
      return gigabytes.format(size / 1_000_000_000);
    },
  };
}
