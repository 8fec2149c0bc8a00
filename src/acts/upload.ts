import { isRecord, isUuid, resourceKey, text } from '../model/text.js';
import type { Capabilities } from './capabilities.js';

/**
 * "Document toevoegen" (CONTRACT 8), the pure part: which zaak may take documents, which files may go,
 * what the element sends for them and how a large file is cut into the Documenten API's parts.
 * Knows no DOM and no HTTP; every answer of the gateway is hostile input.
 */

export type UploadCapabilities = NonNullable<Capabilities['upload']>;

/** Files larger than this go in the Documenten API's parts (bestandsdelen), smaller ones in one request. */
export const PART_THRESHOLD = 1024 * 1024;

/** What the element knows of a file before reading a byte of it. */
export interface FileFacts {
  name: string;
  size: number;
  /** The browser's media type (from the name); '' when it does not know. */
  type: string;
}

export type FileProblem = 'type' | 'too-large' | 'empty';

/** Why a file cannot go (checked before anything is sent), or null. */
export function checkFile(file: FileFacts, upload: UploadCapabilities): FileProblem | null {
  if (!upload.accept.includes(mediaType(file))) return 'type';
  if (!Number.isSafeInteger(file.size) || file.size <= 0) return 'empty';
  return file.size > upload.maxBytes ? 'too-large' : null;
}

/** The media type as the element sends it (`formaat`): lower case, without parameters; '' when unknown. */
export function mediaType(file: FileFacts): string {
  return (file.type.split(';', 1)[0] ?? '').trim().toLowerCase();
}

/**
 * The zaak may take documents: it is open (no `einddatum`) and its zaaktype is in `upload.zaaktypen`,
 * compared by what the URLs name (`zaaktypen/{uuid}`), so a gateway that rewrites hosts still matches.
 */
export function canUpload(zaak: unknown, upload: UploadCapabilities | null): boolean {
  if (upload === null || !isRecord(zaak) || text(zaak.url) === null || text(zaak.einddatum) !== null) return false;
  const zaaktype = isRecord(zaak.zaaktype) ? zaak.zaaktype.url : zaak.zaaktype;
  const key = resourceKey(zaaktype);
  return key !== null && key.startsWith('zaaktypen/') && upload.zaaktypen.some((allowed) => resourceKey(allowed) === key);
}

/** Klantinteracties and Documenten hold at most this many characters in `titel`; 255 in `bestandsnaam`. */
const TITLE_MAX = 200;
const NAME_MAX = 255;

/** Control characters and the separators a path may carry: never part of a name the gateway stores. */
const UNSAFE = /[\u0000-\u001f\u007f/\\]/g;

/** The file's name as sent (`bestandsnaam`): no path, no control characters, at most 255 characters. */
export function fileName(name: string): string {
  const clean = Array.from(name.replace(UNSAFE, '_').trim() || 'document');
  return clean.length <= NAME_MAX ? clean.join('') : clean.slice(0, NAME_MAX).join('');
}

/** `titel`: the name without its extension, at most 200 characters. */
export function titleOf(name: string): string {
  const base = fileName(name);
  const dot = base.lastIndexOf('.');
  const title = (dot > 0 ? base.slice(0, dot) : base).trim() || base;
  return Array.from(title).slice(0, TITLE_MAX).join('');
}

/** The fields of the enkelvoudiginformatieobject that the element can know (CONTRACT 8); the gateway decides the rest. */
export interface DocumentFields {
  titel: string;
  bestandsnaam: string;
  bestandsomvang: number;
  formaat: string;
  taal: 'dut';
  creatiedatum: string;
  auteur: 'Inwoner';
}

/** `today`: `YYYY-MM-DD` in Amsterdam. */
export function documentFields(file: FileFacts, today: string): DocumentFields {
  return {
    titel: titleOf(file.name),
    bestandsnaam: fileName(file.name),
    bestandsomvang: file.size,
    formaat: mediaType(file),
    taal: 'dut',
    creatiedatum: today,
    auteur: 'Inwoner',
  };
}

export const inParts = (size: number): boolean => size > PART_THRESHOLD;

/** One bestandsdeel to send: its URL as the API gave it, and which bytes of the file it holds. */
export interface PartPlan {
  url: string;
  volgnummer: number;
  start: number;
  end: number;
  /** The API says it has this part already (`voltooid`). */
  done: boolean;
}

/** The created document: its URL and lock as the API gave them, and its parts (empty: sent whole). */
export interface CreatedDocument {
  url: string;
  lock: string | null;
  parts: PartPlan[];
}

/**
 * The answer to the create: `url`, and for a file in parts its `lock` and `bestandsdelen`, which must
 * cover the file exactly, in `volgnummer` order (1, 2, …) with positive sizes. Null for anything else:
 * sending bytes by a plan the element does not understand would make a broken document.
 */
export function createdDocument(answer: unknown, size: number, expectParts: boolean): CreatedDocument | null {
  if (!isRecord(answer)) return null;
  const url = text(answer.url);
  if (url === null || !/\/enkelvoudiginformatieobjecten\/[0-9a-f-]{36}\/?$/i.test(url.split(/[?#]/, 1)[0] ?? '')) return null;
  if (!expectParts) return { url, lock: null, parts: [] };
  const lock = text(answer.lock);
  const list = Array.isArray(answer.bestandsdelen) ? answer.bestandsdelen : null;
  if (lock === null || list === null || list.length === 0 || list.length > 100_000) return null;
  const parts: PartPlan[] = [];
  const sorted = list
    .filter(isRecord)
    .map((part) => ({ url: text(part.url), volgnummer: part.volgnummer, omvang: part.omvang, done: part.voltooid === true }))
    .sort((a, b) => Number(a.volgnummer) - Number(b.volgnummer));
  if (sorted.length !== list.length) return null;
  let start = 0;
  for (const [index, part] of sorted.entries()) {
    const { omvang, volgnummer } = part;
    if (part.url === null || !isPartUrl(part.url) || volgnummer !== index + 1) return null;
    if (typeof omvang !== 'number' || !Number.isSafeInteger(omvang) || omvang <= 0) return null;
    parts.push({ url: part.url, volgnummer, start, end: start + omvang, done: part.done });
    start += omvang;
  }
  return start === size ? { url, lock, parts } : null;
}

const isPartUrl = (url: string): boolean => {
  const segments = (url.split(/[?#]/, 1)[0] ?? '').replace(/\/$/, '').split('/');
  return segments.at(-2) === 'bestandsdelen' && isUuid(segments.at(-1));
};

/** The URL of the zaakinformatieobject in its answer, or null. */
export function createdLink(answer: unknown): string | null {
  const url = isRecord(answer) ? text(answer.url) : null;
  return url !== null && /\/zaakinformatieobjecten\/[0-9a-f-]{36}\/?$/i.test(url.split(/[?#]/, 1)[0] ?? '') ? url : null;
}

/** Steps at which progress is said aloud: a screen reader hears 25, 50, 75 and 100 percent, not every percent. */
export const SPOKEN_STEPS = [25, 50, 75, 100] as const;

/** Whole percent of `sent` bytes of `total`, 0–100; 100 only when all is sent. */
export function percent(sent: number, total: number): number {
  if (!(total > 0) || !(sent > 0)) return 0;
  if (sent >= total) return 100;
  return Math.min(99, Math.floor((sent / total) * 100));
}

/** The highest spoken step reached, or 0: the live region speaks only when this changes. */
export function spokenStep(percentDone: number): number {
  let reached = 0;
  for (const step of SPOKEN_STEPS) if (percentDone >= step) reached = step;
  return reached;
}

/** Base64 of bytes (a small file's `inhoud`), in slices: one huge String.fromCharCode overflows the stack. */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  return btoa(binary);
}

/** Which field of the file a `400`'s `invalidParams` names, as a problem the resident can act on. */
export function rejectedProblem(invalidParams: ReadonlyArray<{ name: string; code: string }>): FileProblem | 'rejected' {
  for (const { name, code } of invalidParams) {
    if (name === 'formaat' || code === 'invalid-type') return 'type';
    if (name === 'bestandsomvang' && /size/.test(code)) return 'too-large';
  }
  return 'rejected';
}
