import { clock } from '../i18n/format.js';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Acts, AttachActs } from '../controllers/capabilities.js';
import { GatewayClient, type RequestQueue } from '../gateway/client.js';
import { isAbortError } from '../gateway/errors.js';
import type { Zaak } from '../model/zgw.js';
import { headingLevelFrom } from '../views/heading.js';
import type { SectionState } from '../vocabulary.js';
import { actsStyles } from './acts.styles.js';
import type { ActsViewContext } from './acts.view.js';
import { fillZaakUrn, parseCapabilities, type Capabilities } from './capabilities.js';
import { actsFormat, actsMessagesFor } from './messages.js';
import { QuestionForm } from './question-form.js';
import { ACTS_READ_API, ACTS_SECTIONS, actsUrl, type ActsZaak } from './sections.js';
import { amsterdamToday, listItems } from './tasks.js';

const RESOURCE_PATH = /\/([a-z]+)(\/[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12})?\/?$/i;

/** The gateway client of the acts: its own copy (this is another bundle), that also maps Taken and Klantinteracties URLs. */
class ActsClient extends GatewayClient {
  override map(resourceUrl: string | null | undefined): string | null {
    if (typeof resourceUrl !== 'string') return null;
    try {
      const url = new URL(resourceUrl, `${this.gateway}/`);
      const [, resource = '', uuid = ''] = RESOURCE_PATH.exec(url.pathname) ?? [];
      if (/^https?:$/.test(url.protocol) && Object.hasOwn(ACTS_READ_API, resource)) return `${this.gateway}/${ACTS_READ_API[resource]}/api/v1/${resource}${uuid}${url.search}`;
    } catch {
      return null;
    }
    return super.map(resourceUrl);
  }
}

/** The host as the acts use it: the element, its public properties (CONTRACT 2). */
type Host = ReactiveElement & { audience?: unknown; headingLevel?: unknown };

let elements = 0;

/**
 * The acts of one zaak on screen: each announced section loads on its own (its failure is its own, with
 * a retry after which focus goes to its heading); a removed element asks nothing more, and what that cut
 * short runs again when it is back.
 */
class ZaakActs implements ActsZaak {
  readonly states: Array<SectionState<unknown>>;
  #runs: Array<AbortController | undefined> = [];
  #form: QuestionForm | undefined;
  /** The element's, given with every render. */
  reloadDocuments = (): void => {};

  constructor(
    readonly host: Host,
    readonly client: GatewayClient,
    readonly writer: GatewayClient,
    readonly zaak: Zaak,
    readonly capabilities: Capabilities,
    readonly isMedewerker: boolean,
  ) {
    this.states = ACTS_SECTIONS.map(() => ({ kind: 'loading' }));
    ACTS_SECTIONS.forEach((section, index) => section.offered(this) && this.start(index));
  }

  form(): QuestionForm {
    return (this.#form ??= new QuestionForm(this.host, this.writer, this.zaak, this.capabilities.questions?.maxLength ?? 1000));
  }

  start(index: number, onDone?: () => void): void {
    this.#runs[index]?.abort();
    const abort = (this.#runs[index] = new AbortController());
    this.states[index] = { kind: 'loading' };
    this.host.requestUpdate();
    ACTS_SECTIONS[index]!.load(this, abort.signal).then(
      (value) => this.#settle(index, abort, { kind: 'ready', value }, onDone),
      (error: unknown) =>
        this.#settle(index, abort, isAbortError(error) ? null : { kind: 'failed', onRetry: () => this.start(index, () => this.#focusHeading(index)) }, onDone),
    );
  }

  #settle(index: number, abort: AbortController, state: SectionState<unknown> | null, onDone?: () => void): void {
    if (this.#runs[index] !== abort || abort.signal.aborted || state === null) return;
    this.#runs[index] = undefined;
    this.states[index] = state;
    this.host.requestUpdate();
    if (onDone) void this.host.updateComplete.then(onDone);
  }

  #focusHeading(index: number): void {
    const target = this.host.renderRoot.querySelector<HTMLElement>(`[id$="-${ACTS_SECTIONS[index]!.key}"]`);
    if (!target) return;
    if (target.tabIndex < 0) target.tabIndex = -1;
    target.focus();
  }

  /** The loads in flight stop; they run again on `resume`. */
  cut(): void {
    this.#runs.forEach((run, index) => {
      if (!run) return;
      run.abort();
      this.#runs[index] = undefined;
      this.#cutShort.add(index);
    });
  }

  #cutShort = new Set<number>();

  resume(): void {
    for (const index of this.#cutShort) this.start(index);
    this.#cutShort.clear();
  }
}

/** The acts of one element for one gateway: what src/controllers/capabilities.ts asks for. */
class ElementActs implements Acts, ReactiveController {
  readonly capabilities: Capabilities;
  #host: Host;
  #client: GatewayClient;
  #writer: GatewayClient;
  #zaak: ZaakActs | undefined;
  /** URNs of the resident's open tasks, for the overview; undefined until asked. */
  #openTasks: Set<string> | undefined;
  #openTasksLoad: AbortController | undefined;
  /** Ids of its own (`{idPrefix}-tasks`, `{idPrefix}-question`…), unique on the page. */
  #idPrefix = `mijn-zaken-acts-${++elements}`;

  constructor(host: Host, json: unknown, client: GatewayClient, writer: GatewayClient) {
    this.capabilities = parseCapabilities(json);
    this.#host = host;
    this.#client = client;
    this.#writer = writer;
    host.addController(this);
    const root = host.renderRoot;
    const sheet = actsStyles.styleSheet;
    if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  detail(zaak: Zaak, language: string, reloadDocuments: () => void): readonly unknown[] {
    const host = this.#host;
    const isMedewerker = host.audience === 'medewerker';
    const headingLevel = headingLevelFrom(host.headingLevel) + 1;
    let current = this.#zaak;
    if (current?.zaak !== zaak || current.isMedewerker !== isMedewerker) {
      current?.cut();
      current = this.#zaak = new ZaakActs(this.#host, this.#client, this.#writer, zaak, this.capabilities, isMedewerker);
    }
    current.reloadDocuments = reloadDocuments;
    const context: ActsViewContext = { headingLevel, t: actsMessagesFor(language), format: actsFormat(language), today: amsterdamToday(clock.now()), idPrefix: this.#idPrefix };
    const places: unknown[][] = [[], []];
    ACTS_SECTIONS.forEach((section, index) => {
      if (section.offered(current)) places[section.place]!.push(section.render(current.states[index]!, current, context));
    });
    return places;
  }

  /**
   * CONTRACT 8: the overview marks a zaak with an open task. One list of the resident's open tasks
   * (the gateway gives only the resident's own), matched by the URN of each zaak: not one request per zaak.
   */
  marks(language: string): (summary: { uuid: string; identificatie: string | null }) => string | undefined {
    const template = this.capabilities.tasks?.zaakUrn;
    if (!template) return () => undefined;
    if (!this.#openTasks) {
      const open = (this.#openTasks = new Set());
      const abort = (this.#openTasksLoad = new AbortController());
      this.#client.getList(actsUrl(this.#client, 'taken', 'externetaken', { status: 'open' }), abort.signal).then(
        (list) => {
          for (const task of listItems(list)) {
            if (task.status !== 'open' || !Array.isArray(task.isGerelateerdAan)) continue;
            for (const related of listItems(task.isGerelateerdAan)) if (typeof related.urn === 'string') open.add(related.urn);
          }
          this.#host.requestUpdate();
        },
        () => {
          // No marks: the overview is as without tasks. Asked again when the element comes back.
          if (abort.signal.aborted && this.#openTasks === open) this.#openTasks = undefined;
        },
      );
    }
    const open = this.#openTasks;
    const label = actsMessagesFor(language).tasksHeading;
    return (summary) => (open.has(fillZaakUrn(template, summary) ?? '') ? label : undefined);
  }

  hostConnected(): void {
    this.#zaak?.resume();
  }

  hostDisconnected(): void {
    this.#zaak?.cut();
    this.#openTasksLoad?.abort();
  }
}

/**
 * The acts module's entry (src/controllers/capabilities.ts calls it once per element and gateway): the
 * element's client options (getters for token and headers included) and its line of requests, so the acts'
 * requests count in the element's 6 (CONTRACT 5).
 */
export const attach: AttachActs = (host, json, options, line) => {
  const queue = { run: line } as unknown as RequestQueue;
  return new ElementActs(host as unknown as Host, json, new ActsClient(options, queue, 1), new GatewayClient(options, queue, 0));
};
