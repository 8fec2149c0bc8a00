import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_TIMEOUT_MS, GatewayClient } from '../gateway/client.js';
import { GatewayError, isAbortError, type GatewayErrorKind } from '../gateway/errors.js';
import { loadDocuments, loadTimelineData, loadZaak, type ZaakDocumentsData, type ZaakTimelineData } from '../gateway/load-zaak.js';
import { formattersFor } from '../i18n/format.js';
import { messagesFor } from '../i18n/messages.js';
import { isConfidentiality, toDocumentViews, type Confidentiality } from '../model/documents.js';
import { text } from '../model/text.js';
import type { Audience, StepView, ZaakDetailView } from '../model/view-model.js';
import type { Zaak } from '../model/zgw.js';
import { toZaakDetailView } from '../model/zaak-detail.js';
import { renderDetail, type DocumentsState } from '../views/detail.view.js';
import { headingLevelFrom } from '../views/heading.js';
import { renderError, renderLoading } from '../views/status.view.js';
import type { MijnZakenErrorDetail, MijnZakenLoadDetail } from './events.js';
import { styles } from './mijn-zaken.styles.js';

export type Credentials = 'omit' | 'same-origin' | 'include';
export type Navigation = 'hash' | 'none';

interface LoadedZaak {
  client: GatewayClient;
  zaak: Zaak;
}

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
 * @csspart detail - The detail of one zaak.
 * @csspart details - The key facts list.
 * @csspart timeline - The list of steps.
 * @csspart step - Each main step; also `step-checked`, `step-current` or `step-not-checked`.
 * @csspart step-marker - The marker of a step.
 * @csspart sub-steps - The list of sub-steps under a step.
 * @csspart documents - The list of documents.
 * @csspart document - Each document.
 * @csspart error - An error message.
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
    accessToken: { attribute: false },
    headers: { attribute: false },
    labels: { attribute: false },
    expandedSteps: { state: true },
    retryWaitSeconds: { state: true },
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
  /** Sent as `Authorization: Bearer …`. Property only: never an attribute. */
  declare accessToken: string | null;
  /** Extra request headers. Property only. */
  declare headers: Readonly<Record<string, string>> | null;
  /** The municipality's own step titles, keyed by statustype URL or `omschrijving`. Property only. */
  declare labels: Readonly<Record<string, string>> | null;

  declare private expandedSteps: ReadonlyMap<string, boolean>;
  declare private retryWaitSeconds: number | null;

  private readonly idPrefix = `mijn-zaken-${++instanceCount}`;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private announcedContent: unknown;
  private announcedError: unknown;
  private errorAt = 0;
  private detailCache: { key: unknown[]; view: ZaakDetailView } | null = null;

  constructor() {
    super();
    this.gateway = '';
    this.zaak = '';
    this.headingLevel = 2;
    this.audience = 'inwoner';
    this.maxConfidentiality = 'openbaar';
    this.hideUninformed = false;
    this.credentials = 'same-origin';
    this.navigation = 'hash';
    this.accessToken = null;
    this.headers = null;
    this.labels = null;
    this.expandedSteps = new Map();
    this.retryWaitSeconds = null;
  }

  /** Round trip 1: the zaak. A new run aborts the previous one, so a stale answer never wins. */
  private readonly zaakTask = new Task(this, {
    args: () => [this.resolvedGateway(), text(this.zaak), this.validCredentials(), this.accessToken, this.headers] as const,
    task: async ([gateway, reference, credentials, accessToken, headers], { signal }): Promise<LoadedZaak> => {
      if (gateway === null) throw new GatewayError('configuration');
      // The overview arrives with its own issue; a detail needs a zaak.
      if (reference === null) throw new GatewayError('configuration');
      const client = new GatewayClient({
        gateway,
        credentials,
        accessToken,
        headers,
        timeoutMs: (this.constructor as typeof MijnZakenElement).requestTimeoutMs,
      });
      return { client, zaak: await loadZaak(client, reference, signal) };
    },
  });

  /** Round trip 2: statussen, statustypen, zaaktype, result. */
  private readonly timelineTask = new Task(this, {
    args: () => [this.zaakTask.value] as const,
    task: async ([loaded], { signal }): Promise<{ loaded: LoadedZaak; data: ZaakTimelineData } | typeof initialState> =>
      loaded ? { loaded, data: await loadTimelineData(loaded.client, loaded.zaak, signal) } : initialState,
  });

  /** Round trips 2 and 3: document links, then documents. */
  private readonly documentsTask = new Task(this, {
    args: () => [this.zaakTask.value] as const,
    task: async ([loaded], { signal }): Promise<{ loaded: LoadedZaak; data: ZaakDocumentsData } | typeof initialState> =>
      loaded ? { loaded, data: await loadDocuments(loaded.client, loaded.zaak, signal) } : initialState,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.retryTimer);
    this.retryWaitSeconds = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('gateway') || changed.has('zaak')) {
      // Work for the previous zaak is no longer wanted.
      this.timelineTask.abort();
      this.documentsTask.abort();
      clearTimeout(this.retryTimer);
      this.retryWaitSeconds = null;
      this.expandedSteps = new Map();
    }
  }

  protected override updated(): void {
    this.announce();
  }

  override render(): TemplateResult {
    const t = messagesFor('nl');
    if (this.retryWaitSeconds !== null) {
      return html`<div class="root">${renderError(this.currentError()?.kind ?? 'unavailable', {
        t,
        onRetry: null,
        retryInSeconds: this.retryWaitSeconds,
      })}</div>`;
    }
    const error = this.currentError();
    if (error) {
      return html`<div class="root">
        ${renderError(error.kind, { t, onRetry: error.isRetryable ? () => this.retry(error) : null, retryInSeconds: null })}
      </div>`;
    }
    const detail = this.detailView();
    const loaded = this.currentTimeline()?.loaded;
    if (!detail || !loaded) return html`<div class="root">${renderLoading(t)}</div>`;
    return html`<div class="root">
      ${renderDetail(detail, this.documentsState(loaded), {
        headingLevel: headingLevelFrom(this.headingLevel),
        t,
        format: formattersFor('nl'),
        idPrefix: this.idPrefix,
        isMedewerker: this.audience === 'medewerker',
        isExpanded: (step) => this.isExpanded(step),
        onToggle: (step) => this.toggleStep(step),
      })}
      <slot name="help"></slot>
    </div>`;
  }

  /** The absolute gateway base URL, or null when the attribute is missing or not http(s). */
  private resolvedGateway(): string | null {
    const value = text(this.gateway);
    if (value === null) return null;
    try {
      const url = new URL(value, document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
      url.hash = '';
      url.search = '';
      return url.href.replace(/\/+$/, '');
    } catch {
      return null;
    }
  }

  private validCredentials(): Credentials {
    return this.credentials === 'omit' || this.credentials === 'include' ? this.credentials : 'same-origin';
  }

  /** The timeline result that belongs to the zaak on screen; a stale one is ignored. */
  private currentTimeline(): { loaded: LoadedZaak; data: ZaakTimelineData } | null {
    const value = this.timelineTask.value;
    return this.zaakTask.status === TaskStatus.COMPLETE && value && value.loaded === this.zaakTask.value ? value : null;
  }

  private currentError(): GatewayError | null {
    const failed = [this.zaakTask, this.timelineTask].find((task) => task.status === TaskStatus.ERROR);
    if (!failed || isAbortError(failed.error)) return null;
    if (failed === this.timelineTask && this.zaakTask.status !== TaskStatus.COMPLETE) return null;
    return failed.error instanceof GatewayError ? failed.error : new GatewayError('invalid-response', { cause: failed.error });
  }

  private detailView(): ZaakDetailView | null {
    const timeline = this.currentTimeline();
    if (!timeline) return null;
    const { data } = timeline;
    const audience: Audience = this.audience === 'medewerker' ? 'medewerker' : 'inwoner';
    const key = [data, audience, this.hideUninformed, this.labels];
    if (this.detailCache && key.every((part, index) => part === this.detailCache?.key[index])) return this.detailCache.view;
    const view = toZaakDetailView({ ...data, audience, hideUninformed: this.hideUninformed, labels: this.labels });
    this.detailCache = { key, view };
    return view;
  }

  private documentsState(loaded: LoadedZaak): DocumentsState {
    const task = this.documentsTask;
    const value = task.value;
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error)) {
      return { kind: 'failed', onRetry: () => void task.run() };
    }
    if (task.status !== TaskStatus.COMPLETE || !value || value.loaded !== loaded) return { kind: 'loading' };
    const maxConfidentiality = isConfidentiality(this.maxConfidentiality) ? this.maxConfidentiality : 'openbaar';
    return {
      kind: 'ready',
      documents: toDocumentViews(value.data.items, { maxConfidentiality, mapUrl: (url) => loaded.client.map(url) }),
    };
  }

  private isExpanded(step: StepView): boolean {
    return this.expandedSteps.get(step.key) ?? step.isCurrent;
  }

  private toggleStep(step: StepView): void {
    this.expandedSteps = new Map(this.expandedSteps).set(step.key, !this.isExpanded(step));
  }

  /** Retries the failed work, but not before the gateway's `Retry-After` has passed. */
  private retry(error: GatewayError): void {
    const wait = error.retryAfterMs === null ? 0 : this.errorAt + error.retryAfterMs - Date.now();
    const rerun = () => {
      this.retryWaitSeconds = null;
      if (this.zaakTask.status === TaskStatus.ERROR) void this.zaakTask.run();
      else void this.timelineTask.run();
    };
    if (wait <= 0) {
      rerun();
      return;
    }
    this.retryWaitSeconds = Math.ceil(wait / 1000);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(rerun, wait);
  }

  /** `mijn-zaken-load` once per shown content, `mijn-zaken-error` once per failure. */
  private announce(): void {
    const error = this.currentError();
    const errorSource = this.zaakTask.status === TaskStatus.ERROR ? this.zaakTask.error : this.timelineTask.error;
    if (error && errorSource !== this.announcedError) {
      this.announcedError = errorSource;
      this.errorAt = Date.now();
      this.emit<MijnZakenErrorDetail>('mijn-zaken-error', error.status === undefined ? { kind: error.kind } : { kind: error.kind, status: error.status });
    }
    const timeline = this.currentTimeline();
    if (timeline && timeline.data !== this.announcedContent) {
      this.announcedContent = timeline.data;
      this.emit<MijnZakenLoadDetail>('mijn-zaken-load', { view: 'detail', zaak: text(timeline.data.zaak.uuid) ?? undefined });
    }
  }

  private emit<T>(type: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}

export type { GatewayErrorKind };
