/** A calendar duration: the date part of an ISO 8601 duration (`P1Y2M3W4D`). */
export interface CalendarDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** Parses `P…Y…M…W…D`; a time part is accepted only when it is zero. Null for anything else. */
export function parseIsoDuration(value: string | null | undefined): CalendarDuration | null {
  throw new Error('not implemented');
}

/** Adds a duration to a calendar date (`YYYY-MM-DD`, or the date part of a date-time); null when either is invalid. */
export function addIsoDuration(date: string | null | undefined, duration: CalendarDuration | string | null | undefined): string | null {
  throw new Error('not implemented');
}
