import type { Zaak, ZaakType } from './zgw.js';

/** CONTRACT 4.5: `YYYY-MM-DD`, or null when closed, suspended or unknown. */
export function expectedEndDate(zaak: Zaak, zaaktype: ZaakType | null | undefined): string | null {
  throw new Error('not implemented');
}
