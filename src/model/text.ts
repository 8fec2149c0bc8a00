/** Untrusted gateway values: a non-empty trimmed string, or null for anything else. */
export function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Only the objects of an untrusted list. */
export function records<T extends object>(list: unknown): T[] {
  return Array.isArray(list) ? (list.filter(isRecord) as T[]) : [];
}

/** A label from a portal's `labels` map; own string properties only. */
export function lookupLabel(labels: Readonly<Record<string, string>> | null | undefined, key: string | null): string | null {
  if (!labels || key === null || !Object.hasOwn(labels, key)) return null;
  return text(labels[key]);
}

/** The value when it is a plain object (not an array), else null. Keeps the declared type for optional-field shapes. */
export function objectOrNull<T extends object>(value: T | null | undefined): T | null {
  return isRecord(value) ? value : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const RESOURCE_TAIL = /\/([a-z]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?(?:[?#].*)?$/i;

/**
 * What a resource URL names, whatever its host or prefix (CONTRACT 5): `statustypen/{uuid}`, so a
 * rewriting gateway's `/catalogi/api/v1/statustypen/…` and Open Zaak's absolute URL are one resource.
 * Another text stays itself; null for no text.
 */
export function resourceKey(value: unknown): string | null {
  const url = text(value);
  const match = url === null ? null : RESOURCE_TAIL.exec(url);
  return match ? `${match[1]}/${match[2]}`.toLowerCase() : url;
}

/**
 * A ZGW date as `YYYY-MM-DD`. Back ends send date-times where dates belong (`2026-02-28T23:30:00Z`):
 * one with `Z` or an offset is the day it is in Amsterdam (here 1 March), one without is its own date.
 * Null for anything that is no real date.
 */
export function calendarDate(value: unknown): string | null {
  const date = text(value);
  const match = date === null ? null : /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(date);
  const time = match ? Date.parse(match[3] ? (date as string) : (match[1] as string)) : Number.NaN;
  // Date.parse takes 30 February as 2 March: the day must come back as written.
  if (Number.isNaN(time) || new Date(Date.parse(match?.[1] ?? '')).toISOString().slice(0, 10) !== match?.[1]) return null;
  return match[3] ? amsterdamDay(time) : match[1];
}

let amsterdam: Intl.DateTimeFormat | undefined;

/** `YYYY-MM-DD`: the day a moment is on the calendar in Amsterdam (Swedish writes dates so). */
export function amsterdamDay(time: number): string {
  amsterdam ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' });
  return amsterdam.format(time);
}

/** A date for display: the Amsterdam day of a ZGW date or date-time, else the text as received. */
export const day = (value: unknown): string | null => calendarDate(value) ?? text(value);
