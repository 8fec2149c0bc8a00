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
