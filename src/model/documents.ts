import { calendarDate, text } from './text.js';
import type { EnkelvoudigInformatieObject, ZaakInformatieObject } from './zgw.js';
import type { DocumentView } from './view-model.js';

export const CONFIDENTIALITY_ORDER = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;

export type Confidentiality = (typeof CONFIDENTIALITY_ORDER)[number];

export function isConfidentiality(value: unknown): value is Confidentiality {
  return (CONFIDENTIALITY_ORDER as readonly unknown[]).includes(value);
}

const SHOWN_STATUSES: readonly unknown[] = ['definitief', 'gearchiveerd', null];

/** CONTRACT 4.7. An unknown or missing confidentiality counts as the most confidential. */
export function isDocumentVisible(document: EnkelvoudigInformatieObject, maxConfidentiality: Confidentiality): boolean {
  if (typeof document !== 'object' || document === null) return false;
  // `status: ""` (or blanks) counts as absent.
  if (!SHOWN_STATUSES.includes(text(document.status))) return false;
  if (document.tonenAanInitiator === false) return false;
  const level = CONFIDENTIALITY_ORDER.indexOf(document.vertrouwelijkheidaanduiding as Confidentiality);
  const rank = level === -1 ? CONFIDENTIALITY_ORDER.length - 1 : level;
  return rank <= CONFIDENTIALITY_ORDER.indexOf(maxConfidentiality);
}

export interface LinkedDocument {
  link: ZaakInformatieObject;
  document: EnkelvoudigInformatieObject;
}

export interface DocumentViewOptions {
  maxConfidentiality: Confidentiality;
  /** Maps a back-end URL (`inhoud`) onto the gateway; null when it names no known resource. */
  mapUrl: (url: string) => string | null;
}

/** The visible documents, newest first. */
export function toDocumentViews(items: readonly LinkedDocument[], options: DocumentViewOptions): DocumentView[] {
  return items
    .filter(({ document }) => isDocumentVisible(document, options.maxConfidentiality))
    .map(({ link, document }, index): DocumentView => {
      const fileName = safeFileName(document);
      const inhoud = text(document.inhoud);
      const size = document.bestandsomvang;
      return {
        key: `document-${index}`,
        title: text(document.titel) ?? text(link?.titel) ?? text(document.bestandsnaam) ?? '',
        fileType: fileTypeLabel(document.formaat, text(document.bestandsnaam)),
        size: typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : null,
        date: validDate(document.creatiedatum) ?? validDate(link?.registratiedatum),
        href: inhoud === null ? null : options.mapUrl(inhoud),
        fileName,
      };
    })
    .sort((a, b) => timeOf(b.date) - timeOf(a.date));
}

/** `YYYY-MM-DD`, the day in Amsterdam when a date-time arrived; null when unreadable. */
const validDate = calendarDate;

function timeOf(date: string | null): number {
  return date === null ? Number.NEGATIVE_INFINITY : Date.parse(date);
}

const FILE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
  'application/zip': 'ZIP',
  'message/rfc822': 'EML',
};

/** Extensions whose label differs from the extension itself, so `.docx` and its MIME type read alike. */
const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  doc: 'Word',
  docx: 'Word',
  xls: 'Excel',
  xlsx: 'Excel',
  jpg: 'JPEG',
  jpeg: 'JPEG',
  tif: 'TIFF',
  tiff: 'TIFF',
};

/** `application/pdf` → `PDF`; falls back on the file name's extension. */
export function fileTypeLabel(formaat: string | null | undefined, bestandsnaam: string | null | undefined): string | null {
  const mime = text(formaat)?.toLowerCase().split(';')[0]?.trim();
  if (mime && Object.hasOwn(FILE_TYPES, mime)) return FILE_TYPES[mime] ?? null;
  const extension = /\.([a-z0-9]{1,5})$/i.exec(text(bestandsnaam) ?? '')?.[1]?.toLowerCase();
  if (!extension) return null;
  return Object.hasOwn(EXTENSION_TYPES, extension) ? (EXTENSION_TYPES[extension] ?? null) : extension.toUpperCase();
}

/** Extensions that differ from the MIME subtype; a subtype of up to five letters is its own (`pdf`, `png`, `zip`). */
const EXTENSIONS: Readonly<Record<string, string>> = {
  plain: 'txt',
  jpeg: 'jpg',
  tiff: 'tif',
  msword: 'doc',
  'vnd.ms-excel': 'xls',
  'vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'vnd.oasis.opendocument.text': 'odt',
  'vnd.oasis.opendocument.spreadsheet': 'ods',
  rfc822: 'eml',
};

/** Names Windows refuses whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The name a download is saved under: `bestandsnaam`, else `titel` with the extension of `formaat`
 * (`bestandsnaam: ""` would save as "download" with no extension). Never a path: separators,
 * control and reserved characters become `_`, a reserved device name gets one too, and the length is capped.
 */
export function safeFileName(document: EnkelvoudigInformatieObject): string | null {
  const given = clean(document.bestandsnaam);
  if (given !== null && /\.[a-z0-9]{1,5}$/i.test(given)) return given;
  const base = given ?? clean(document.titel);
  if (base === null) return null;
  const subtype = /^[a-z]+\/([\w.-]+)/.exec(text(document.formaat)?.toLowerCase() ?? '')?.[1] ?? '';
  const extension = Object.hasOwn(EXTENSIONS, subtype) ? EXTENSIONS[subtype] : /^[a-z0-9]{1,5}$/.exec(subtype)?.[0];
  return extension && !base.toLowerCase().endsWith(`.${extension}`) ? `${base}.${extension}` : base;
}

function clean(value: unknown): string | null {
  const name = text(
    (text(value) ?? '')
      .normalize('NFC')
      // Path separators, Windows' reserved characters, control and bidi-override characters.
      .replace(/[\/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, '_')
      .replace(/^[.\s_]+|[.\s]+$/g, '')
      .slice(0, 120),
  );
  if (name === null) return null;
  return RESERVED.test(name.split('.')[0] ?? '') ? `_${name}` : name;
}
