import { addIsoDuration, parseCalendarDate } from './duration.js';
import { text } from './text.js';
import type { Zaak, ZaakType } from './zgw.js';

/** CONTRACT 4.5: `YYYY-MM-DD`, or null when closed, suspended or unknown. */
export function expectedEndDate(zaak: Zaak, zaaktype: ZaakType | null | undefined): string | null {
  if (zaak.einddatum || zaak.opschorting?.indicatie === true) return null;
  const planned = [zaak.einddatumGepland, zaak.uiterlijkeEinddatumAfdoening].find((date) => parseCalendarDate(date));
  if (planned) return planned.slice(0, 10);
  const norm = [zaaktype?.servicenorm, zaaktype?.doorlooptijd]
    // Only ISO 8601 strings: an object from the gateway is not a CalendarDuration.
    .map((duration) => addIsoDuration(zaak.startdatum, text(duration)))
    .find((date) => date !== null);
  if (!norm) return null;
  // A verlenging moves a computed date; a planned date already includes it.
  return addIsoDuration(norm, text(zaak.verlenging?.duur)) ?? norm;
}
