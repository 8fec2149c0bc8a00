import type { ReactiveControllerHost } from 'lit';
import type { LoadedZaak } from '../controllers/zaak-loader.js';
import type { GatewayClient } from '../gateway/client.js';
import type { ZaakTimelineData } from '../gateway/load-zaak.js';
import type { StepView, SubStepView, ZaakDetailView } from '../model/view-model.js';
import type { Zaak } from '../model/zgw.js';

/**
 * What the element hands the live module (CONTRACT 9): types only, so the read bundle pays nothing for
 * this file. The live module is a bundle of its own: the element passes its parts by position (`live` in
 * live.ts), and every property name the live module reads of the read bundle's objects must keep its name
 * there: scripts/lib/internal-properties.mjs keeps every word of this file, and scripts/lib/bundle-checks.mjs
 * fails the build when the live module reads a name the read bundle renames. Besides the ones below: the
 * client's `gateway`, `url`, `requestHeaders`, `fetchBody`; the view model's `timeline`, `steps`, `key`,
 * `date`, `title`, `text`; LoadedZaak's `client`, `zaak`; the loader's `current`, `replace`; the status
 * region's `say`; the language controller's `language`. A step's sub-steps come through `subStepsOf`, so that
 * their field keeps its short name in the read bundle.
 * The element keeps its own data flow: the live module asks it for the zaak on screen and
 * gives it new timeline data; the element renders.
 */
export interface LiveLink {
  /** The zaak on screen and its timeline data, or null. */
  current(): { loaded: LoadedZaak; data: ZaakTimelineData } | null;
  /** Shows newer timeline data of the same zaak in place (no loading state, focus and expanded steps kept). */
  replace(data: ZaakTimelineData): void;
  /** The element's own loader of a zaak's timeline (round trip 2). */
  load(client: GatewayClient, zaak: Zaak, signal: AbortSignal): Promise<ZaakTimelineData>;
  /** Through the element's one polite live region. */
  say(text: string): void;
  language(): string;
  /** A step's sub-steps (the read bundle shortens the field's name). */
  subStepsOf(step: StepView): readonly SubStepView[];
  /** The gateway announces `"events": true` (CONTRACT 8 capabilities). */
  events(): boolean;
}

/** The element's parts the live module uses, as the element hands them over (by position). */
export type LiveParts = [
  zaak: Pick<LiveLink, 'current' | 'replace'>,
  status: Pick<LiveLink, 'say'>,
  lang: { readonly language: string },
  load: LiveLink['load'],
  /** Newer data of the zaak on screen is shown: no `mijn-zaken-load` for it. */
  shown: (data: ZaakTimelineData) => void,
  events: LiveLink['events'],
  subStepsOf: LiveLink['subStepsOf'],
];

export interface LiveHost extends ReactiveControllerHost, EventTarget {
  refresh: number;
  credentials: string;
  readonly isConnected: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the timeline shows of live updates: a "Nieuw" mark by a step's or sub-step's key, a line under it. */
export interface LiveView {
  badge(key: string): unknown;
  footer: unknown;
}

export interface Live {
  /** Called while rendering the detail: notes what changed since the last check, gives the marks. */
  view(detail: ZaakDetailView): LiveView;
}
