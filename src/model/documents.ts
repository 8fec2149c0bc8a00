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

/** Labels that differ from the extension in capitals, so `.docx`, `.doc` and their MIME types read alike. */
const LABELS: Readonly<Record<string, string>> = { doc: 'Word', docx: 'Word', xls: 'Excel', xlsx: 'Excel', jpg: 'JPEG', tif: 'TIFF' };

const own = (table: Readonly<Record<string, string>>, key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** The extension a `formaat` stands for (`application/pdf; charset=binary` → `pdf`); null when unknown. */
function formaatExtension(formaat: unknown): string | null {
  const subtype = /^[a-z]+\/([\w.-]+)/.exec(text(formaat)?.toLowerCase() ?? '')?.[1] ?? '';
  return own(EXTENSIONS, subtype) ?? /^[a-z0-9]{1,5}$/.exec(subtype)?.[0] ?? null;
}

/** `besluit.v2.PDF` → `pdf`. */
const nameExtension = (name: string | null): string | undefined => /\.([a-z0-9]{1,5})$/i.exec(name ?? '')?.[1]?.toLowerCase();

/** `application/pdf` → `PDF`; falls back on the file name's extension. */
export function fileTypeLabel(formaat: string | null | undefined, bestandsnaam: string | null | undefined): string | null {
  const extension = formaatExtension(formaat) ?? nameExtension(text(bestandsnaam));
  return extension ? (own(LABELS, extension) ?? extension.toUpperCase()) : null;
}

/** Names Windows refuses whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The name a download is saved under: `bestandsnaam`, else `titel` with the extension of `formaat`
 * (`bestandsnaam: ""` would save as "download" with no extension). Never a path: separators,
 * control and reserved characters become `_`, a reserved device name gets one too, and the length is capped.
 */
export function safeFileName(document: EnkelvoudigInformatieObject): string | null {
  const given = clean(document.bestandsnaam);
  if (nameExtension(given)) return given;
  const base = given ?? clean(document.titel);
  if (base === null) return null;
  const extension = formaatExtension(document.formaat);
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
