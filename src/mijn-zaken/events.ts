import type { GatewayErrorKind } from '../gateway/errors.js';

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
  kind: GatewayErrorKind;
  /** HTTP status, when the gateway answered. */
  status?: number;
}

declare global {
  interface HTMLElementEventMap {
    'mijn-zaken-load': CustomEvent<MijnZakenLoadDetail>;
    'mijn-zaken-select': CustomEvent<MijnZakenSelectDetail>;
    'mijn-zaken-error': CustomEvent<MijnZakenErrorDetail>;
  }
}
