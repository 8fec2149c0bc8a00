import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DownloadController } from '../controllers/downloads.js';
import { FocusController } from '../controllers/focus.js';
import { HashNavigation, HEADING, type Selection } from '../controllers/hash-navigation.js';
import { LanguageController } from '../controllers/language.js';
import type { Failure } from '../controllers/loader.js';
import { OverviewLoader } from '../controllers/overview-loader.js';
import { OverviewBrowsing } from '../controllers/overview-browsing.js';
import { RetryController } from '../controllers/retry.js';
import { StepsController } from '../controllers/steps.js';
import { changedByValue } from '../controllers/values.js';
import { ActsHook } from '../controllers/capabilities.js';
import { ZaakLoader } from '../controllers/zaak-loader.js';
import { DEFAULT_TIMEOUT_MS } from '../gateway/client.js';
import { loadTimelineData } from '../gateway/load-zaak.js';
import { formattersFor } from '../i18n/format.js';
import { messagesFor } from '../i18n/messages.js';
import { isConfidentiality, type Confidentiality } from '../model/documents.js';
import type { ZaakSummaryView } from '../model/overview.js';
import { text } from '../model/text.js';
import type { Audience } from '../model/view-model.js';
import type { Live } from '../live/link.js';
import { loadLive } from '../live/load.js';
import type { Credentials, ErrorKind, Navigation } from '../vocabulary.js';
import { renderDetail } from '../views/detail.view.js';
import { headingLevelFrom } from '../views/heading.js';
import { renderBackButton, renderError, renderLoading } from '../views/status.view.js';
import { emit } from './events.js';
import { LiveRegion } from '../controllers/live-region.js';
import { styles } from './mijn-zaken.styles.js';
import { DETAIL_SECTIONS, sectionViews } from './sections.js';

export type { Credentials, Navigation };
export type GatewayErrorKind = ErrorKind;

let instanceCount = 0;

/**
 * `<mijn-zaken>`: where a resident's zaak stands, fetched live from a ZGW gateway.
 *
 * @tag mijn-zaken
 * @slot login - Shown when the gateway answers 401; defaults to "Log in om uw zaken te zien."
 * @slot empty - Shown when the resident has no zaken.
 * @slot help - Contact details, under errors and details.
 * @fires mijn-zaken-load - Content is shown: `{ view, count?, zaak? }`.
 * @fires mijn-zaken-select - The resident opens a zaak: `{ uuid, identificatie }`; cancelable.
 * @fires mijn-zaken-error - Something went wrong: `{ kind, status? }`.
 * @fires mijn-zaken-submit - The gateway received a question or a document: `{ what, zaak }` (CONTRACT 8).
 * @fires mijn-zaken-view - A zaak is shown: `{ zaaktype, step }` (the zaaktype's identificatie, the current step's number; nothing personal).
 * @fires mijn-zaken-update - A shown zaak got new steps: `{ zaak, steps }` (CONTRACT 9).
 * @csspart overview - The overview of the resident's zaken.
 * @csspart zaak - Each zaak in the overview.
 * @csspart detail - The detail of one zaak.
 * @csspart details - The key facts list.
 * @csspart timeline - The list of steps.
 * @csspart step - Each main step; also `step-checked`, `step-current` or `step-not-checked`.
 * @csspart step-marker - The marker of a step.
 * @csspart sub-steps - The list of sub-steps under a step.
 * @csspart documents - The list of documents.
 * @csspart document - Each document.
 * @csspart error - An error message.
 * @csspart tasks - "Actie nodig": the resident's open tasks for this zaak (when the gateway announces tasks).
 * @csspart task - Each open task.
 * @csspart questions - "Uw vragen over deze zaak" (when the gateway announces questions).
 * @csspart question - Each question, with its answers.
 * @csspart answer - Each answer, under its question.
 * @csspart question-form - The form to ask a new question.
 * @csspart upload - "Document toevoegen": the file field and the files being sent (open zaak of an announced zaaktype).
 * @csspart upload-progress - The progress bar of each file being sent.
 */
export class MijnZakenElement extends LitElement {
  static override styles = styles;

  static override properties = {
    gateway: { type: String },
    zaak: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    audience: { type: String },
    maxConfidentiality: { type: String, attribute: 'max-confidentiality' },
    hideUninformed: { type: Boolean, attribute: 'hide-uninformed' },
    credentials: { type: String },
    navigation: { type: String },
    refresh: { type: Number },
    accessToken: { attribute: false },
    headers: { attribute: false, hasChanged: changedByValue },
    labels: { attribute: false, hasChanged: changedByValue },
    selected: { state: true },
  };

  /** Milliseconds before a request counts as timed out (CONTRACT 5: 15 s). */
  static requestTimeoutMs = DEFAULT_TIMEOUT_MS;

  /** Base URL of the ZGW gateway, absolute or relative to the page. */
  declare gateway: string;
  /** A zaak UUID or `identificatie`; empty for the overview. */
  declare zaak: string;
  /** Level of the element's top heading, 1–6. */
  declare headingLevel: number;
  declare audience: Audience;
  /** Most confidential `vertrouwelijkheidaanduiding` of a document that is shown. */
  declare maxConfidentiality: Confidentiality;
  /** Hide future steps whose statustype has `informeren: false`. */
  declare hideUninformed: boolean;
  declare credentials: Credentials;
  declare navigation: Navigation;
  /** Seconds between checks of a shown zaak while the page is visible; 0 is off, under 30 counts as 30 (CONTRACT 9). */
  declare refresh: number;
  /** Sent as `Authorization: Bearer …`. Property only: never an attribute. */
  declare accessToken: string | null;
  /** Extra request headers. Property only. */
  declare headers: Readonly<Record<string, string>> | null;
  /** The municipality's own step titles, keyed by statustype URL or `omschrijving`. Property only. */
  declare labels: Readonly<Record<string, string>> | null;

  /** The zaak opened from the overview. */
  declare private selected: Selection | null;

  /** Labels by value, so an equal new object keeps the view models (and sends no new load event). */
  #labels: MijnZakenElement['labels'] = null;
  #announced: unknown;
  /** The live module (CONTRACT 9) once loaded; null while it loads. */
  #live: Live | null | undefined;
  /** The current step's number in the zaak on screen, for `mijn-zaken-view`. */
  #step = 0;
  #idPrefix = `mijn-zaken-${++instanceCount}`;
  /** What the state on screen has the status region say (loading, search result), set while rendering; and what it last said of it. */
  #stateStatus = '';
  #saidStatus = '';
  #lang = new LanguageController(this);
  /** test/browser/i18n/language.test.ts checks what it watches. */
  private readonly langObserver = this.#lang.observer;
  /** The one polite status region: loading texts, page changes, search results. */
  #status = new LiveRegion(this);
  #steps = new StepsController(this);
  #focus = new FocusController(this);
  #browsing = new OverviewBrowsing(this, (text) => this.#status.say(text));
  #retry = new RetryController(this);
  #hash = new HashNavigation(
    this,
    () => this.isConnected && this.navigation !== 'none' && this.#isOverview(),
    () => this.selected,
    (selection) => (this.selected = selection),
    this.#focus,
  );
  #overview = new OverviewLoader(this, () => this.#isOverview());
  #zaak = new ZaakLoader(this, () => text(this.zaak) ?? this.selected?.uuid ?? null, DETAIL_SECTIONS);
  #downloads = new DownloadController(this, () => this.#zaak.current()?.loaded.client);
  /** CONTRACT 8: what the gateway announces (tasks, questions), from the on-demand acts module. */
  #acts = new ActsHook(this);
  /** CONTRACT 9: the gateway announces `"events": true`. */
  #events = (): boolean => this.#acts.value?.capabilities.events === true;

  constructor() {
    super();
    this.gateway = this.zaak = '';
    this.headingLevel = 2;
    this.audience = 'inwoner';
    this.maxConfidentiality = 'openbaar';
    this.hideUninformed = false;
    this.credentials = 'same-origin';
    this.navigation = 'hash';
    this.refresh = 0;
    this.accessToken = this.headers = this.labels = this.selected = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('navigation') || changed.has('zaak')) this.#hash.sync();
    if (changed.has('labels')) this.#labels = this.labels;
    // New credentials may cure a failure on screen (a 401 after the token expired): try that part again.
    if (this.hasUpdated && (changed.has('accessToken') || changed.has('headers'))) void this.#failure()?.task.run();
    if (changed.has('gateway') || changed.has('zaak') || (changed as Map<PropertyKey, unknown>).has('selected')) {
      // Work for the previous zaak is no longer wanted.
      this.#zaak.reset();
      this.#retry.cancel();
        this.#steps.reset();
    }
  }

  protected override updated(): void {
    this.#announce();
    // Live updates load on demand, once a zaak is shown (CONTRACT 1, 9).
    if (this.#live === undefined && (this.refresh > 0 || this.#events()) && this.#zaak.current()) {
      this.#live = null;
      loadLive().then((module) => {
        // By position (src/live/link.ts: LiveParts): names across two bundles would be shortened apart.
        this.#live = module.live(this, this.#zaak, this.#status, this.#lang, loadTimelineData, (data) => (this.#announced = data), this.#events, (step) => step.subSteps);
        this.requestUpdate();
      }, () => {});
    }
    if (this.#stateStatus !== this.#saidStatus) this.#status.say((this.#saidStatus = this.#stateStatus));
  }

  override render(): TemplateResult {
    // One wrapper for every state: it carries the language, the reset against host-page styles and document clicks.
    return html`<div class="root" lang=${this.#lang.rootLang} @click=${this.#downloads.onClick}>${this.#status.render()}${this.#content()}</div>`;
  }

  #content(): unknown {
    const language = this.#lang.language;
    const t = messagesFor(language);
    const headingLevel = headingLevelFrom(this.headingLevel);
    const back = this.#isOverview() && this.selected ? renderBackButton(t, () => this.#hash.close()) : nothing;
    const failure = this.#failure();
    const error = failure?.error;
    const wait = this.#retry.waitSeconds;
    this.#stateStatus = '';
    if (error || wait !== null) {
      const onRetry = failure?.error.isRetryable && wait === null ? () => this.#retryFailed(failure) : null;
      return html`${back}${renderError(error?.kind ?? 'unavailable', { t, onRetry, retryInSeconds: wait })}`;
    }
    if (this.#showsOverview()) {
      const overview = this.#overview.view(this.#labels);
      if (!overview) return renderLoading((this.#stateStatus = t.loadingOverview), 'overview', 5);
      const content = this.#browsing.render(overview, {
        headingLevel, t,
        format: formattersFor(language),
        idPrefix: this.#idPrefix,
        mark: this.#acts.value?.marks(language),
        hrefFor: (summary) => (this.#hash.owns ? `#zaak=${summary.uuid}` : null),
        onSelect: (summary, event) => this.#select(summary, event),
      });
      this.#stateStatus = this.#browsing.status;
      return content;
    }
    const isMedewerker = this.audience === 'medewerker';
    const detail = this.#zaak.detail(isMedewerker ? 'medewerker' : 'inwoner', this.hideUninformed, this.#labels);
    if (!detail) return html`${back}${renderLoading((this.#stateStatus = t.loading), 'detail', 8)}`;
    // Not before: the loading state's render (in the same task as the module's evaluation) leaves the ~11 ms of Intl to warmUpFormatters.
    const format = formattersFor(language);
    const maxConfidentiality = isConfidentiality(this.maxConfidentiality) ? this.maxConfidentiality : 'openbaar';
    // After a section's retry, focus goes to its heading.
    const states = this.#zaak.sectionStates((index) => this.#focus.want(`#${this.#idPrefix}-${DETAIL_SECTIONS[index]?.key}`));
    const sections = sectionViews(states, { t, format, maxConfidentiality, failedDownloads: this.#downloads.failed });
    this.#step = detail.timeline.steps.findIndex((step) => step.isCurrent) + 1;
    this.#stateStatus = sections.loading;
    return html`${back}
      ${renderDetail(detail, sections.views, {
        headingLevel, t, format, isMedewerker,
        idPrefix: this.#idPrefix,
        // A document sent from home (CONTRACT 8) shows in the list: the documents (DETAIL_SECTIONS[0]) load again.
        acts: this.#acts.value?.detail(this.#zaak.current()!.loaded.zaak, language, () => void this.#zaak.sections[0]!.run()),
        isExpanded: this.#steps.isExpanded,
        onToggle: this.#steps.toggle,
        showsAllSubSteps: this.#steps.showsAll,
        onShowAllSubSteps: this.#steps.showAll,
        live: this.#live?.view(detail),
      })}
      <slot name="help"></slot>`;
  }

  /** Without a `zaak` attribute the element is an overview; a selected zaak opens in place. */
  #isOverview(): boolean {
    return text(this.zaak) === null;
  }

  #showsOverview(): boolean {
    return this.#isOverview() && !this.selected;
  }

  /** Opens a zaak from the overview, unless a portal cancels `mijn-zaken-select` to route itself. */
  #select(summary: ZaakSummaryView, event: Event): void {
    event.preventDefault();
    const detail = { uuid: summary.uuid, identificatie: summary.identificatie };
    if (emit(this, 'mijn-zaken-select', detail, true)) this.#hash.open(detail);
  }

  /** The failure on screen: the overview's, or the open zaak's. */
  #failure() {
    return (this.#showsOverview() ? this.#overview : this.#zaak).failure();
  }

  /** After "Opnieuw proberen", focus goes to the new content's heading or the error (meanwhile the error box, while `Retry-After` waits). */
  #retryFailed({ task, error }: Failure): void {
    this.#focus.want(HEADING, () => this.#retry.waitSeconds !== null);
    this.#retry.retry(error, () => void task.run());
  }

  /** `mijn-zaken-load` each time content is shown, `mijn-zaken-error` once per failure. */
  #announce(): void {
    const failure = this.#failure();
    if (failure) {
      const { kind, status } = failure.error;
      if (this.#retry.seen(failure.task.error)) emit(this, 'mijn-zaken-error', status === undefined ? { kind } : { kind, status });
      return;
    }
    const shown = this.#showsOverview() ? this.#overview.view(this.#labels) : this.#zaak.current()?.data;
    if (!shown || shown === this.#announced) return;
    this.#announced = shown;
    if ('open' in shown) return void emit(this, 'mijn-zaken-load', { view: 'overview', count: shown.open.length + shown.closed.length });
    emit(this, 'mijn-zaken-load', { view: 'detail', zaak: text(shown.zaak.uuid) ?? undefined });
    emit(this, 'mijn-zaken-view', { zaaktype: text(shown.zaaktype?.identificatie), step: this.#step });
  }
}
