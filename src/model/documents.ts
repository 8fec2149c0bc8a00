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

/** CONTRACT 4.7. An unknown or missing confidentiality counts as the most confidential. */
export function isDocumentVisible(document: EnkelvoudigInformatieObject, maxConfidentiality: Confidentiality): boolean {
  throw new Error('not implemented');
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
  throw new Error('not implemented');
}

/** `application/pdf` → `PDF`; falls back on the file name's extension. */
export function fileTypeLabel(formaat: string | null | undefined, bestandsnaam: string | null | undefined): string | null {
  throw new Error('not implemented');
}
