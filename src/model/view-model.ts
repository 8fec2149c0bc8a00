/**
 * What the views render. Produced by the pure model functions from ZGW resources; holds no
 * back-end URL that was not mapped onto the gateway, and no personal data.
 */

export type Audience = 'inwoner' | 'medewerker';

export type StepState = 'checked' | 'current' | 'not-checked';

export interface SubStepView {
  /** Stable key within the timeline. */
  key: string;
  /** `status.statustoelichting`, or null when the status has none. */
  text: string | null;
  /** `datumStatusGezet` as received (date-time or date). */
  date: string | null;
  /** The newest sub-step of the current step. */
  isCurrent: boolean;
}

export interface StepView {
  /** Stable key within the timeline, safe as part of an element id. */
  key: string;
  /** `labels[statustype url]` ?? `labels[omschrijving]` ?? `statustype.omschrijving`. */
  title: string;
  /** `statustype.statustekst`, only for checked and current steps. */
  explanation: string | null;
  /** Visual and announced state. On a closed zaak every step is `checked`. */
  state: StepState;
  /** This step holds the zaak's current status: it gets `aria-current="step"` and starts expanded. */
  isCurrent: boolean;
  /** Latest `datumStatusGezet` of the statussen of this step; null when not reached. */
  date: string | null;
  /** Oldest first; empty unless the step holds several statussen or one with a toelichting. */
  subSteps: SubStepView[];
  /** `statustype.informeren === false`: residents get no message for this step. */
  hiddenFromResidents: boolean;
}

export interface TimelineView {
  steps: StepView[];
  /** Every step is checked: the zaak has an einddatum or its current step is an end status. */
  isComplete: boolean;
}

export interface DocumentView {
  key: string;
  title: string;
  /** Short file type for people: `PDF`, `Word`, `JPEG`…; null when unknown. */
  fileType: string | null;
  /** Bytes; null when unknown. */
  size: number | null;
  /** `creatiedatum` (date), else the zaak link's `registratiedatum`. */
  date: string | null;
  /** Download URL on the gateway; null when the back end's URL names no known resource. */
  href: string | null;
  /** For the file name of the download. */
  fileName: string | null;
}

export interface ResultView {
  /** `resultaattype.omschrijving`. */
  title: string | null;
  /** `resultaat.toelichting`. */
  explanation: string | null;
}

/** An optional part of the zaak that could not be loaded; the view says so where it would be (CONTRACT 5). */
export type MissingPart = 'zaaktype' | 'steps' | 'result';

export interface ZaakDetailView {
  uuid: string;
  identificatie: string | null;
  /** Zaaktype `omschrijving`, else zaak `omschrijving`, else the identificatie. */
  title: string;
  /** The zaak's own `omschrijving` when it differs from the title. */
  description: string | null;
  /** `YYYY-MM-DD`, the day in Amsterdam when the back end sent a date-time. */
  registratiedatum: string | null;
  startdatum: string | null;
  /** CONTRACT 4.5; null when closed, suspended or unknown. */
  expectedEndDate: string | null;
  einddatum: string | null;
  isClosed: boolean;
  result: ResultView | null;
  /** Present when `opschorting.indicatie` is true. */
  suspension: { reason: string | null } | null;
  /** Shown to `medewerker` only. */
  vertrouwelijkheidaanduiding: string | null;
  /** Parts that could not be loaded, each once, in a fixed order. */
  missing: MissingPart[];
  timeline: TimelineView;
}
