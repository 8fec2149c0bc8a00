import { isRecord, isUuid, text } from '../model/text.js';

/**
 * What the gateway announces in `GET {gateway}/mijn-zaken/v1/capabilities` (CONTRACT 8), checked.
 * Anything that is not exactly version 1 with well-formed parts is read-only: a broken or hostile
 * answer can take features away, never add a link to another origin.
 */
export interface Capabilities {
  tasks: { zaakUrn: string; taskUrl: string | null } | null;
  questions: { ask: boolean; maxLength: number } | null;
  upload: { maxBytes: number; accept: readonly string[]; zaaktypen: readonly string[] } | null;
  events: boolean;
  /** Origins (`https://host[:port]`) a task link may point to; nothing else is ever linked. */
  linkOrigins: readonly string[];
}

export const READ_ONLY: Capabilities = Object.freeze({ tasks: null, questions: null, upload: null, events: false, linkOrigins: Object.freeze([]) });

/** Klantinteracties 0.9.0: `klantcontact.inhoud` holds at most 1000 characters. */
export const INHOUD_MAX_LENGTH = 1000;
const MIME = /^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/i;

/** A URL that may be linked or fetched: absolute http(s), no user name or password. */
function webUrl(value: unknown): URL | null {
  const raw = text(value);
  if (raw === null || /[\s\\]/.test(raw)) return null;
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url : null;
  } catch {
    return null;
  }
}

/** `https://forms.example` (nothing after the host but an optional `/`) → its origin; else null. */
function origin(value: unknown): string | null {
  const url = webUrl(value);
  return url && url.href === `${url.origin}/` ? url.origin : null;
}

const wholeNumber = (value: unknown, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? value : null;

const strings = (value: unknown, keep: (s: string) => boolean): string[] =>
  Array.isArray(value) ? [...new Set(value.map(text).filter((s): s is string => s !== null && keep(s)))] : [];

/** CONTRACT 8: the capabilities document → what the element may offer. Never throws. */
export function parseCapabilities(json: unknown): Capabilities {
  try {
    if (!isRecord(json) || json.version !== 1) return READ_ONLY;
    const linkOrigins = Object.freeze(strings(json.linkOrigins, (s) => origin(s) !== null).map((s) => origin(s) as string));
    return Object.freeze({
      tasks: parseTasks(json.tasks),
      questions: parseQuestions(json.questions),
      upload: parseUpload(json.upload),
      events: json.events === true,
      linkOrigins: [...new Set(linkOrigins)],
    });
  } catch {
    // A getter that throws, a Proxy: whatever it is, it is not the document of CONTRACT 8.
    return READ_ONLY;
  }
}

function parseTasks(value: unknown): Capabilities['tasks'] {
  if (!isRecord(value)) return null;
  const zaakUrn = text(value.zaakUrn);
  if (zaakUrn === null || !/^urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:\S+$/i.test(zaakUrn) || !/\{(identificatie|uuid)\}/.test(zaakUrn)) return null;
  const taskUrl = text(value.taskUrl);
  // A task URL without `{uuid}` would send every task to one page: no link rather than a wrong one.
  return { zaakUrn, taskUrl: taskUrl !== null && taskUrl.includes('{uuid}') && webUrl(taskUrl.replaceAll('{uuid}', 'x')) ? taskUrl : null };
}

function parseQuestions(value: unknown): Capabilities['questions'] {
  if (!isRecord(value)) return null;
  const maxLength = wholeNumber(value.maxLength, 1, Number.MAX_SAFE_INTEGER) ?? INHOUD_MAX_LENGTH;
  return { ask: value.ask === true, maxLength: Math.min(maxLength, INHOUD_MAX_LENGTH) };
}

function parseUpload(value: unknown): Capabilities['upload'] {
  if (!isRecord(value)) return null;
  const maxBytes = wholeNumber(value.maxBytes, 1, Number.MAX_SAFE_INTEGER);
  const accept = [...new Set(strings(value.accept, (s) => MIME.test(s)).map((s) => s.toLowerCase()))];
  const zaaktypen = strings(value.zaaktypen, (s) => webUrl(s) !== null || s.startsWith('/'));
  return maxBytes === null || accept.length === 0 || zaaktypen.length === 0 ? null : { maxBytes, accept, zaaktypen };
}

/**
 * `tasks.zaakUrn` for one zaak: `{identificatie}` and `{uuid}` filled in, percent-encoded (RFC 8141).
 * Null when the template needs a value the zaak lacks.
 */
export function fillZaakUrn(template: string, zaak: { identificatie?: unknown; uuid?: unknown }): string | null {
  const identificatie = text(zaak.identificatie);
  const uuid = isUuid(zaak.uuid) ? zaak.uuid.toLowerCase() : null;
  let missing = false;
  const filled = template.replace(/\{(identificatie|uuid)\}/g, (_, name: string) => {
    const value = name === 'uuid' ? uuid : identificatie;
    if (value === null) missing = true;
    return encodeURIComponent(value ?? '');
  });
  return missing ? null : filled;
}

/** The link itself when it is absolute http(s), without credentials, on one of `linkOrigins`; else null. */
export function checkLink(value: unknown, linkOrigins: readonly string[]): string | null {
  const url = webUrl(value);
  return url && linkOrigins.includes(url.origin) ? url.href : null;
}

/** `tasks.taskUrl` with the task's UUID, checked against `linkOrigins`. */
export function taskLink(template: string | null, uuid: unknown, linkOrigins: readonly string[]): string | null {
  if (template === null || !isUuid(uuid)) return null;
  return checkLink(template.replaceAll('{uuid}', encodeURIComponent(uuid.toLowerCase())), linkOrigins);
}
