import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_TIMEOUT_MS, GatewayClient, RequestQueue } from '../gateway/client.js';
import { GatewayError, isAbortError, type GatewayErrorKind } from '../gateway/errors.js';
import { loadOverview, type OverviewData } from '../gateway/load-overview.js';
import { loadDocuments, loadTimelineData, loadZaak, type ZaakDocumentsData, type ZaakTimelineData } from '../gateway/load-zaak.js';
import { formattersFor } from '../i18n/format.js';
import { languageOf, messagesFor, type Language } from '../i18n/messages.js';
import { isConfidentiality, toDocumentViews, type Confidentiality } from '../model/documents.js';
import { searchSummaries, toOverviewView, type OverviewView, type ZaakSummaryView } from '../model/overview.js';
import { isUuid, text } from '../model/text.js';
import type { Audience, StepView, ZaakDetailView } from '../model/view-model.js';
import type { Zaak } from '../model/zgw.js';
import { toZaakDetailView } from '../model/zaak-detail.js';
import { renderDetail, type DocumentsState } from '../views/detail.view.js';
import { headingLevelFrom } from '../views/heading.js';
import { renderOverview, type OverviewSection } from '../views/overview.view.js';
import { renderBackButton, renderError, renderLoading } from '../views/status.view.js';
import type { MijnZakenErrorDetail, MijnZakenLoadDetail, MijnZakenSelectDetail } from './events.js';
import { LiveRegion } from './live-region.js';
import { SubStepLimit } from './sub-step-limit.js';
import { styles } from './mijn-zaken.styles.js';
import { overviewStyles } from './overview.styles.js';

export type Credentials = 'omit' | 'same-origin' | 'include';
export type Navigation = 'hash' | 'none';

interface LoadedZaak {
  client: GatewayClient;
  zaak: Zaak;
}

interface Selection {
  uuid: string;
  identificatie: string | null;
}

/** `result`: after "Opnieuw proberen", the content's heading or the error, once the new answer is shown. */
type PendingFocus = { to: 'detail' | 'result' | 'documents' } | { to: 'zaak'; uuid: string } | null;

let instanceCount = 0;

/** `compute`, recomputed only when one of its arguments changed (by identity): the view models are kept across re-renders. */
function lastResultOf<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((arg, index) => arg !== last?.args[index])) {
      last = { args, result: compute(...args) };
    }
    return last.result;
  };
}

/** `hasChanged` of `headers` and `labels`: a new object with the same entries is no change (React's inline `headers={{…}}`). */
function changedByValue(value: unknown, old: unknown): boolean {
  if (value === old) return false;
  if (!value || !old || typeof value !== 'object' || typeof old !== 'object') return true;
  const keys = Object.keys(value);
  return keys.length !== Object.keys(old).length || keys.some((key) => !Object.is((value as Record<string, unknown>)[key], (old as Record<string, unknown>)[key]));
}

/**
 * Elements that want to own `location.hash`, in connection order; only the first does, so two
 * elements on one page never fight over it. Shared by every copy of this module on the page.
 */
function hashCandidates(): MijnZakenElement[] {
  const holder = globalThis as typeof globalThis & { [HASH_KEY]?: MijnZakenElement[] };
  return (holder[HASH_KEY] ??= []);
}
const HASH_KEY = Symbol.for('mijn-zaken.hash-owners.v1');

/** `#zaak=<uuid>` → the UUID; anything else → null. */
function zaakFromHash(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('zaak');
  return isUuid(value) ? value : null;
}

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
 */
export class MijnZakenElement extends LitElement {
  static override styles = [styles, overviewStyles];

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
    headers: { attribute: false, hasChanged: changedByValue },
    labels: { attribute: false, hasChanged: changedByValue },
    expandedSteps: { state: true },
    retryWaitSeconds: { state: true },
    selected: { state: true },
    query: { state: true },
    pages: { state: true },
    failedDownloads: { state: true },
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
  private viewLabels: MijnZakenElement['labels'] = null;

  declare private expandedSteps: ReadonlyMap<string, boolean>;
  declare private retryWaitSeconds: number | null;
  /** The zaak opened from the overview. */
  declare private selected: Selection | null;
  declare private query: string;
  declare private pages: Readonly<Record<OverviewSection, number>>;
  /** Document links whose download failed: a message stands by each. */
  declare private failedDownloads: ReadonlySet<string>;
  /** This element's requests: at most 6 in flight (CONTRACT 5). */
  private readonly requests = new RequestQueue();
  /** Downloads in flight, by link. */
  private readonly downloads = new Map<string, AbortController>();
  /** The work that removal cut short, to do again when the element is added again. */
  private abortedTasks: Array<Task<readonly unknown[], unknown>> = [];

  private pendingFocus: PendingFocus = null;
  /** The current history entry was pushed by this element, so "back" can be the browser's Back. */
  private pushedHistoryEntry = false;
  private readonly onHashChange = () => this.followHash(true);
  /** Re-renders (never refetches) when `lang` changes on the element or an ancestor. */
  private readonly langObserver = new MutationObserver(() => this.requestUpdate());
  private readonly toOverview = lastResultOf((data: OverviewData, labels: MijnZakenElement['labels']) => toOverviewView({ ...data, labels }));
  private readonly toDetail = lastResultOf(
    (data: ZaakTimelineData, audience: Audience, hideUninformed: boolean, labels: MijnZakenElement['labels']) =>
      toZaakDetailView({ ...data, audience, hideUninformed, labels }),
  );

  private readonly idPrefix = `mijn-zaken-${++instanceCount}`;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private announcedContent: unknown;
  private announcedError: unknown;
  private errorAt = 0;
  /** The one polite status region: loading texts, page changes, search results. */
  private readonly status = new LiveRegion(this);
  private readonly subStepLimit = new SubStepLimit(this);
  /** What the state on screen implies the status region says (loading, search result), set while rendering; and what it last said of it. */
  private stateStatus = '';
  private saidStatus = '';

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
    this.selected = null;
    this.query = '';
    this.pages = { open: 1, closed: 1 };
    this.failedDownloads = new Set();
  }

  /**
   * `accessToken` and `headers` are read at each request, so a new token (a refresh) is used from
   * the next request on without reloading what is shown (CONTRACT 5); they are no task arguments.
   */
  private createClient(gateway: string, credentials: Credentials) {
    const element = this;
    return new GatewayClient({
      gateway,
      credentials,
      get accessToken() {
        return element.accessToken;
      },
      get headers() {
        return element.headers;
      },
      timeoutMs: (this.constructor as typeof MijnZakenElement).requestTimeoutMs,
      queue: this.requests,
    });
  }

  /** The overview: only without a `zaak` attribute. Not reloaded when a zaak is opened and closed. */
  private readonly overviewTask = new Task(this, {
    args: () => [this.resolvedGateway(), this.isOverview(), this.validCredentials()] as const,
    task: async ([gateway, isOverview, credentials], { signal }): Promise<OverviewData | typeof initialState> => {
      if (!isOverview) return initialState;
      if (gateway === null) throw new GatewayError('configuration');
      return loadOverview(this.createClient(gateway, credentials), signal);
    },
  });

  /** Round trip 1: the zaak. A new run aborts the previous one, so a stale answer never wins. */
  private readonly zaakTask = new Task(this, {
    args: () => [this.resolvedGateway(), this.detailReference(), this.validCredentials()] as const,
    task: async ([gateway, reference, credentials], { signal }): Promise<LoadedZaak | typeof initialState> => {
      if (reference === null) return initialState;
      if (gateway === null) throw new GatewayError('configuration');
      const client = this.createClient(gateway, credentials);
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
      loaded ? { loaded, data: await loadDocuments(loaded.client.later(), loaded.zaak, signal) } : initialState,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncHashOwnership();
    this.observeLang();
    // Moved elsewhere: the ancestors, and so the language, may differ.
    this.requestUpdate();
    // Added again: what removal cut short loads anew; what was shown stays.
    for (const task of this.abortedTasks.splice(0)) void task.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element asks nothing more of the gateway (CONTRACT 5).
    const tasks = [this.overviewTask, this.zaakTask, this.timelineTask, this.documentsTask] as Array<Task<readonly unknown[], unknown>>;
    this.abortedTasks = tasks.filter((task) => task.status === TaskStatus.PENDING);
    for (const task of this.abortedTasks) task.abort();
    for (const download of this.downloads.values()) download.abort();
    this.langObserver.disconnect();
    clearTimeout(this.retryTimer);
    this.retryWaitSeconds = null;
    this.releaseHash();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('navigation') || changed.has('zaak')) this.syncHashOwnership();
    // Labels by value, so an equal new object keeps the view models (and sends no new load event).
    if (changed.has('labels')) this.viewLabels = this.labels;
    // New credentials may cure a failure on screen (a 401 after the token expired): try that part again.
    if (this.hasUpdated && (changed.has('accessToken') || changed.has('headers'))) void this.failedTask()?.run();
    if (changed.has('gateway') || changed.has('zaak') || (changed as Map<PropertyKey, unknown>).has('selected')) {
      // Work for the previous zaak is no longer wanted.
      this.timelineTask.abort();
      this.documentsTask.abort();
      clearTimeout(this.retryTimer);
      this.retryWaitSeconds = null;
      this.expandedSteps = new Map();
      this.subStepLimit.reset();
    }
  }

  protected override updated(): void {
    this.announce();
    if (this.stateStatus !== this.saidStatus) this.status.say((this.saidStatus = this.stateStatus));
    this.moveFocus();
  }

  override render(): TemplateResult {
    // One wrapper for every state: it carries the language, the reset against host-page styles and document clicks.
    return html`<div class="root" lang=${this.rootLang()} @click=${this.onDocumentClick}>${this.status.render()}${this.renderContent()}</div>`;
  }

  private renderContent(): unknown {
    const t = messagesFor(this.language());
    const back = this.isOverview() && this.selected ? renderBackButton(t, () => this.closeDetail()) : nothing;
    const error = this.currentError();
    this.stateStatus = '';
    if (error || this.retryWaitSeconds !== null) {
      return html`${back}${renderError(error?.kind ?? 'unavailable', {
        t,
        onRetry: error?.isRetryable && this.retryWaitSeconds === null ? () => this.retry(error) : null,
        retryInSeconds: this.retryWaitSeconds,
      })}`;
    }
    if (this.isOverview() && !this.selected) return this.renderOverviewContent();
    const detail = this.detailView();
    const loaded = this.currentTimeline()?.loaded;
    if (!detail || !loaded) return html`${back}${renderLoading((this.stateStatus = t.loading))}`;
    const documents = this.documentsState(loaded);
    if (documents.kind === 'loading') this.stateStatus = t.documentsLoading;
    return html`${back}
      ${renderDetail(detail, documents, {
        headingLevel: headingLevelFrom(this.headingLevel),
        t,
        format: formattersFor(this.language()),
        idPrefix: this.idPrefix,
        isMedewerker: this.audience === 'medewerker',
        isExpanded: (step) => this.isExpanded(step),
        onToggle: (step) => this.toggleStep(step),
        showsAllSubSteps: this.subStepLimit.showsAll,
        onShowAllSubSteps: this.subStepLimit.showAll,
      })}
      <slot name="help"></slot>`;
  }

  private renderOverviewContent(): TemplateResult {
    const t = messagesFor(this.language());
    const overview = this.overviewView();
    if (!overview) return renderLoading((this.stateStatus = t.loadingOverview));
    const total = overview.open.length + overview.closed.length;
    const filtered: OverviewView = {
      open: searchSummaries(overview.open, this.query),
      closed: searchSummaries(overview.closed, this.query),
    };
    if (this.query.trim()) this.stateStatus = t.searchResult(filtered.open.length + filtered.closed.length);
    return renderOverview(filtered, {
      headingLevel: headingLevelFrom(this.headingLevel),
      t,
      format: formattersFor(this.language()),
      idPrefix: this.idPrefix,
      total,
      query: this.query,
      pages: this.pages,
      hrefFor: (summary) => (this.ownsHash() ? `#zaak=${summary.uuid}` : null),
      onSelect: (summary, event) => this.select(summary, event),
      onSearch: (query) => {
        this.query = query;
        this.pages = { open: 1, closed: 1 };
      },
      // Focus stays on the button pressed (it never hides); the new page is announced.
      onPage: (section, page, count) => {
        this.pages = { ...this.pages, [section]: page };
        this.status.say(`${section === 'open' ? t.openHeading : t.closedHeading}: ${t.pageOf(page, count)}`);
      },
    });
  }

  /** The element and its ancestors, across shadow roots. */
  private ancestry(): Element[] {
    const chain: Element[] = [];
    for (let node: Element | null = this; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
      chain.push(node);
    }
    return chain;
  }

  /** `lang` of the element or its nearest ancestor, as written; empty when none says. */
  private inheritedLang(): string {
    return this.ancestry().find((node) => node.getAttribute('lang'))?.getAttribute('lang') ?? '';
  }

  /** The language of all text and dates: `en-GB` → `en`, `fy-NL` → `fy`, unknown or none → `nl`. */
  private language(): Language {
    return languageOf(this.inheritedLang());
  }

  /**
   * A document link is never followed: that could render the document in the page's origin or take
   * the resident away. The element fetches it (with the `accessToken` when there is one) and hands
   * the browser its bytes as a file; when that fails, a message stands by the link (CONTRACT 5).
   */
  private readonly onDocumentClick = (event: MouseEvent): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.classList.contains('document-link'));
    if (!link) return;
    event.preventDefault();
    const client = this.currentTimeline()?.loaded.client;
    const href = link.getAttribute('href') ?? '';
    if (!client || this.downloads.has(href)) return;
    const controller = new AbortController();
    this.downloads.set(href, controller);
    const withoutThis = new Set(this.failedDownloads);
    withoutThis.delete(href);
    this.failedDownloads = withoutThis;
    client.download(href, controller.signal).then(
      (blob) => {
        // `octet-stream` and `download`: saved as a file, never opened as a page.
        const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
        const save = document.createElement('a');
        save.href = url;
        save.download = link.getAttribute('download') || 'document';
        save.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      },
      () => {
        if (!controller.signal.aborted) this.failedDownloads = new Set(this.failedDownloads).add(href);
      },
    ).finally(() => this.downloads.delete(href));
  };

  /** On the content root only when the page around says otherwise, so screen readers pronounce it right. */
  private rootLang(): Language | typeof nothing {
    const inherited = this.inheritedLang();
    const language = languageOf(inherited);
    return inherited.trim().toLowerCase().split(/[-_]/)[0] === language ? nothing : language;
  }

  /** `lang` can change on any ancestor (`document.documentElement.lang = 'en'`): watch each one's attribute. */
  private observeLang(): void {
    this.langObserver.disconnect();
    for (const node of this.ancestry()) this.langObserver.observe(node, { attributes: true, attributeFilter: ['lang'] });
  }

  /** Without a `zaak` attribute the element is an overview; a selected zaak opens in place. */
  private isOverview(): boolean {
    return text(this.zaak) === null;
  }

  /** The zaak whose detail is wanted: the attribute, else the one opened from the overview. */
  private detailReference(): string | null {
    return text(this.zaak) ?? this.selected?.uuid ?? null;
  }

  private overviewView(): OverviewView | null {
    const data = this.overviewTask.status === TaskStatus.COMPLETE ? this.overviewTask.value : undefined;
    if (!data) return null;
    return this.toOverview(data, this.viewLabels);
  }

  /** Opens a zaak from the overview, unless a portal cancels `mijn-zaken-select` to route itself. */
  private select(summary: ZaakSummaryView, event: Event): void {
    event.preventDefault();
    const detail: MijnZakenSelectDetail = { uuid: summary.uuid, identificatie: summary.identificatie };
    if (!this.emit('mijn-zaken-select', detail, true)) return;
    this.pendingFocus = { to: 'detail' };
    if (this.ownsHash()) {
      this.pushedHistoryEntry = true;
      location.hash = `zaak=${summary.uuid}`;
    }
    this.selected = detail;
  }

  /** "Terug naar overzicht": the browser's Back when this element added the history entry. */
  private closeDetail(): void {
    const uuid = this.selected?.uuid;
    this.pendingFocus = uuid ? { to: 'zaak', uuid } : null;
    if (this.ownsHash() && zaakFromHash(location.hash) !== null) {
      if (this.pushedHistoryEntry) {
        history.back();
        return;
      }
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    this.selected = null;
  }

  private ownsHash(): boolean {
    return hashCandidates()[0] === this;
  }

  private syncHashOwnership(): void {
    const wants = this.isConnected && this.navigation !== 'none' && this.isOverview();
    const candidates = hashCandidates();
    const index = candidates.indexOf(this);
    if (wants && index === -1) {
      candidates.push(this);
      window.addEventListener('hashchange', this.onHashChange);
      this.followHash(false);
    } else if (!wants && index !== -1) {
      this.releaseHash();
    }
  }

  private releaseHash(): void {
    const candidates = hashCandidates();
    const index = candidates.indexOf(this);
    if (index !== -1) candidates.splice(index, 1);
    window.removeEventListener('hashchange', this.onHashChange);
    // The next element in line takes over the hash.
    candidates[0]?.followHash(false);
  }

  /** Reload, Back, Forward and a shared link: the hash decides what the owner shows. */
  private followHash(byUser: boolean): void {
    if (!this.ownsHash()) return;
    const uuid = zaakFromHash(location.hash);
    if (uuid === (this.selected?.uuid ?? null)) return;
    if (byUser) this.pendingFocus = uuid ? { to: 'detail' } : this.selected ? { to: 'zaak', uuid: this.selected.uuid } : null;
    if (uuid === null) this.pushedHistoryEntry = false;
    this.selected = uuid ? { uuid, identificatie: null } : null;
  }

  /**
   * Focus follows the resident: to the detail heading when opened, back to the zaak on return; after
   * "Opnieuw proberen" to the new content's heading or the error (meanwhile the error box, while a
   * `Retry-After` wait runs); after the documents' retry to their heading. Never left on <body>.
   */
  private moveFocus(): void {
    const pending = this.pendingFocus;
    const root = this.shadowRoot;
    if (!pending || !root) return;
    const target =
      pending.to === 'zaak'
        ? root.querySelector<HTMLElement>(`[part~="zaak"][data-uuid="${pending.uuid}"] .zaak-link`)
        : pending.to === 'documents'
          ? root.getElementById(`${this.idPrefix}-documents`)
          : root.querySelector<HTMLElement>('.detail-title, [part="error"]');
    if (!target) return;
    if (!(pending.to === 'result' && this.retryWaitSeconds !== null)) this.pendingFocus = null;
    if (pending.to !== 'zaak' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
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

  /** The task whose failure is on screen: the overview's, or the open zaak's. */
  private failedTask(): Task<readonly unknown[], unknown> | null {
    const showsOverview = this.isOverview() && !this.selected;
    const tasks = showsOverview ? [this.overviewTask] : [this.zaakTask, this.timelineTask];
    const failed = tasks.find((task) => task.status === TaskStatus.ERROR && !isAbortError(task.error));
    if (!failed) return null;
    if (failed === this.timelineTask && this.zaakTask.status !== TaskStatus.COMPLETE) return null;
    return failed as Task<readonly unknown[], unknown>;
  }

  private currentError(): GatewayError | null {
    const error = this.failedTask()?.error;
    if (error === undefined) return null;
    return error instanceof GatewayError ? error : new GatewayError('invalid-response', { cause: error });
  }

  private detailView(): ZaakDetailView | null {
    const timeline = this.currentTimeline();
    if (!timeline) return null;
    const audience: Audience = this.audience === 'medewerker' ? 'medewerker' : 'inwoner';
    return this.toDetail(timeline.data, audience, this.hideUninformed, this.viewLabels);
  }

  private documentsState(loaded: LoadedZaak): DocumentsState {
    const task = this.documentsTask;
    const value = task.value;
    if (task.status === TaskStatus.ERROR && !isAbortError(task.error)) {
      return {
        kind: 'failed',
        onRetry: () => {
          this.pendingFocus = { to: 'documents' };
          void task.run();
        },
      };
    }
    if (task.status !== TaskStatus.COMPLETE || !value || value.loaded !== loaded) return { kind: 'loading' };
    const maxConfidentiality = isConfidentiality(this.maxConfidentiality) ? this.maxConfidentiality : 'openbaar';
    return {
      kind: 'ready',
      documents: toDocumentViews(value.data.items, { maxConfidentiality, mapUrl: (url) => loaded.client.map(url) }),
      failedDownloads: this.failedDownloads,
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
    const task = this.failedTask();
    this.pendingFocus = { to: 'result' };
    const wait = error.retryAfterMs === null ? 0 : this.errorAt + error.retryAfterMs - Date.now();
    const rerun = () => {
      this.retryWaitSeconds = null;
      void task?.run();
    };
    if (wait <= 0) {
      rerun();
      return;
    }
    this.retryWaitSeconds = Math.ceil(wait / 1000);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(rerun, wait);
  }

  /** `mijn-zaken-load` each time content is shown, `mijn-zaken-error` once per failure. */
  private announce(): void {
    const error = this.currentError();
    const errorSource = this.failedTask()?.error;
    if (error && errorSource !== this.announcedError) {
      this.announcedError = errorSource;
      this.errorAt = Date.now();
      this.emit<MijnZakenErrorDetail>('mijn-zaken-error', error.status === undefined ? { kind: error.kind } : { kind: error.kind, status: error.status });
    }
    if (error) return;
    if (this.isOverview() && !this.selected) {
      const overview = this.overviewView();
      if (overview && overview !== this.announcedContent) {
        this.announcedContent = overview;
        this.emit<MijnZakenLoadDetail>('mijn-zaken-load', { view: 'overview', count: overview.open.length + overview.closed.length });
      }
      return;
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
