/**
 * Words shared by gateway, model, views and the element: no module here imports from another layer.
 * Every failure the resident can see is one of these kinds (CONTRACT 6); each has a message in i18n/.
 */
export type ErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'unavailable'
  | 'network'
  | 'timeout'
  | 'invalid-response'
  | 'configuration'
  /** A `400` on a write: the gateway refused what was sent (CONTRACT 6, 8). */
  | 'rejected';

/** One part of the detail that loads on its own (documents; later questions, tasks). */
export type SectionState<T> =
  | { kind: 'loading' }
  | { kind: 'failed'; onRetry: () => void }
  | { kind: 'ready'; value: T };

export interface MijnZakenLoadDetail {
  view: 'overview' | 'detail';
  /** Number of zaken in the overview. */
  count?: number;
  /** UUID of the zaak in the detail. */
  zaak?: string;
}

export interface MijnZakenSelectDetail {
  uuid: string;
  identificatie: string | null;
}

export interface MijnZakenErrorDetail {
  kind: ErrorKind;
  /** HTTP status, when the gateway answered. */
  status?: number;
}

/** CONTRACT 8: a question or a document has been received by the gateway. */
export interface MijnZakenSubmitDetail {
  what: 'question' | 'document';
  /** UUID of the zaak. */
  zaak: string;
}

/** Every event the element fires, by name: `emit` and `HTMLElementEventMap` both read this. */
export interface MijnZakenEventDetails {
  'mijn-zaken-load': MijnZakenLoadDetail;
  'mijn-zaken-select': MijnZakenSelectDetail;
  'mijn-zaken-error': MijnZakenErrorDetail;
  'mijn-zaken-submit': MijnZakenSubmitDetail;
}

export type Credentials = 'omit' | 'same-origin' | 'include';
export type Navigation = 'hash' | 'none';
