/** A calendar duration: the date part of an ISO 8601 duration (`P1Y2M3W4D`). */
export interface CalendarDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/**
 * `P…Y…M…W…D`: at least one component after the `P` and after a `T`. A resident's date has no time
 * of day, so a time part is accepted only when it is zero (`P1DT0H`).
 */
const DURATION = /^P(?=\d|T\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:0+H)?(?:0+M)?(?:0+(?:[.,]0+)?S)?)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Parses an ISO 8601 calendar duration; null for anything else. */
export function parseIsoDuration(value: string | null | undefined): CalendarDuration | null {
  const match = typeof value === 'string' ? DURATION.exec(value.trim().toUpperCase()) : null;
  if (!match) return null;
  const [years, months, weeks, days] = match.slice(1).map((part) => Number(part ?? '0')) as [number, number, number, number];
  return { years, months, weeks, days };
}

/** Adds a duration to a calendar date (`YYYY-MM-DD`, or the date part of a date-time); null when either is invalid. */
export function addIsoDuration(
  date: string | null | undefined,
  duration: CalendarDuration | string | null | undefined,
): string | null {
  const parsed = typeof duration === 'string' || duration == null ? parseIsoDuration(duration) : duration;
  const start = parseCalendarDate(date);
  if (!parsed || !start) return null;
  const monthIndex = start.year * 12 + (start.month - 1) + parsed.years * 12 + parsed.months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex % 12;
  // 31 January plus one month is the last day of February, not 3 March.
  const day = Math.min(start.day, daysInMonth(year, month));
  const result = new Date(Date.UTC(year, month, day + parsed.weeks * 7 + parsed.days));
  if (Number.isNaN(result.getTime())) return null;
  return result.toISOString().slice(0, 10);
}

/** The calendar date of `YYYY-MM-DD…`, or null when it is no real date. */
export function parseCalendarDate(value: string | null | undefined): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null;
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}
