import type { GatewayClient } from '../gateway/client.js';
import { send, type SendOptions, type WriteBody, type WriteMethod } from '../gateway/write.js';
import { amsterdamDay } from '../model/text.js';
import type { ErrorKind } from '../vocabulary.js';
import {
  base64,
  checkFile,
  createdDocument,
  createdLink,
  documentFields,
  fileName,
  inParts,
  percent,
  rejectedProblem,
  spokenStep,
  type CreatedDocument,
  type FileProblem,
  type UploadCapabilities,
} from './upload.js';

/**
 * The uploads of one zaak (CONTRACT 8): files go one after another; a large one in the Documenten
 * API's parts (create with `bestandsomvang` → PUT each `bestandsdeel` → `unlock`), a small one in one
 * request; then the `zaakinformatieobject`. The browser sends `Blob.slice()`s of the file, never a
 * copy of it. A part that fails can be sent again; Cancel aborts and removes what was made.
 */

export type UploadPhase = 'waiting' | 'sending' | 'finishing' | 'done' | 'failed' | 'cancelling' | 'cancelled' | 'cleanup-failed';

/** One file as the view shows it. */
export interface UploadItem {
  id: string;
  name: string;
  size: number;
  phase: UploadPhase;
  /** Bytes the gateway has received, for the progress bar. */
  sent: number;
  /** Why it failed (`failed`): the kind of the gateway error. */
  failure: ErrorKind | null;
}

/** A file refused before it was sent, or by the gateway's `400` (`rejected`). */
export interface UploadProblem {
  id: string;
  name: string;
  problem: FileProblem | 'rejected';
}

/** What the element needs to host the uploads: Lit's element satisfies it. */
export interface UploadHost extends EventTarget {
  requestUpdate(): void;
  readonly updateComplete: Promise<unknown>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface UploadOptions {
  client: GatewayClient;
  /** The zaak's `url` and `uuid` as the Zaken API gave them. */
  zaak: { url: string; uuid: string };
  upload: UploadCapabilities;
  /** The documents list is loaded again (the new document shows there). */
  onDone: () => void;
  /** Unique per element: the ids focus goes to. */
  idPrefix: string;
  /** Says a text through a polite live region that is already on the page. */
  say?: (text: string) => void;
}

/** What the view needs to say a progress step or an outcome; the view fills in the words. */
export type Announcement = { kind: 'progress'; id: string; percent: number } | { kind: 'problems' } | null;

interface Job {
  item: UploadItem;
  file: File;
  abort: AbortController;
  document: CreatedDocument | null;
  unlocked: boolean;
  link: string | null;
  running: Promise<void> | null;
  spoken: number;
}

let jobCounter = 0;
/** Parts of one file sent at once. */
const PARTS_IN_FLIGHT = 3;

export class UploadController {
  readonly #host: UploadHost;
  #options: UploadOptions;
  readonly #jobs: Job[] = [];
  #problems: UploadProblem[] = [];
  #announcement: Announcement = null;
  #pumping = false;
  #gone = false;
  #seen = false;

  constructor(host: UploadHost, options: UploadOptions) {
    this.#host = host;
    this.#options = options;
  }

  get items(): readonly UploadItem[] {
    return this.#jobs.map((job) => job.item);
  }

  get problems(): readonly UploadProblem[] {
    return this.#problems;
  }

  get announcement(): Announcement {
    return this.#announcement;
  }

  /** The element's client, capabilities or callbacks changed (new token, new language): used from the next request on. */
  update(options: UploadOptions): void {
    this.#options = options;
  }

  /** Files the resident chose: each checked before anything is sent; the good ones join the line. */
  choose(files: Iterable<File>): void {
    this.#gone = false;
    const problems: UploadProblem[] = [];
    for (const file of files) {
      const id = `${this.#options.idPrefix}-upload-${++jobCounter}`;
      const problem = checkFile(file, this.#options.upload);
      if (problem !== null) {
        problems.push({ id, name: fileName(file.name), problem });
        continue;
      }
      this.#jobs.push({
        item: { id, name: fileName(file.name), size: file.size, phase: 'waiting', sent: 0, failure: null },
        file,
        abort: new AbortController(),
        document: null,
        unlocked: false,
        link: null,
        running: null,
        spoken: 0,
      });
    }
    this.#problems = problems;
    this.#announcement = problems.length > 0 ? { kind: 'problems' } : null;
    this.#host.requestUpdate();
    void this.#pump();
  }

  /** Stops a file: aborts what is in flight, then removes what was made (link, document). */
  async cancel(id: string): Promise<void> {
    const job = this.#job(id);
    if (!job || !['waiting', 'sending', 'failed', 'cleanup-failed'].includes(job.item.phase)) return;
    this.#set(job, { phase: 'cancelling' });
    job.abort.abort();
    await job.running?.catch(() => {});
    await this.#cleanUp(job);
  }

  /** Sends a failed file on from where it stopped (the parts the gateway has stay), or tries the clean-up again. */
  retry(id: string): void {
    const job = this.#job(id);
    if (!job) return;
    if (job.item.phase === 'cleanup-failed') {
      this.#set(job, { phase: 'cancelling' });
      void this.#cleanUp(job);
      return;
    }
    if (job.item.phase !== 'failed') return;
    job.abort = new AbortController();
    // The bar goes back to what the gateway has: the parts in flight when it failed are sent again.
    const kept = job.document?.parts.reduce((sum, p) => sum + (p.done ? p.end - p.start : 0), 0) ?? 0;
    this.#set(job, { phase: 'waiting', failure: null, sent: kept });
    void this.#pump();
  }

  /** The element went away or shows another zaak: stop, and remove what is half made. */
  stop(): void {
    this.#gone = true;
    for (const job of this.#jobs) {
      if (['waiting', 'sending', 'failed', 'cleanup-failed'].includes(job.item.phase)) {
        job.abort.abort();
        void (job.running ?? Promise.resolve()).catch(() => {}).then(() => this.#cleanUp(job));
      }
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * After each render: once shown, a section that is gone (another zaak, the medewerker view, an error
   * in its place) stops the uploads, as any change of what is shown cancels its work (CONTRACT 5).
   */
  hostUpdated(): void {
    const shown = this.#host.renderRoot.querySelector(`#${this.#options.idPrefix}-upload-section`) !== null;
    if (shown) this.#seen = true;
    else if (this.#seen && !this.#gone) this.stop();
  }

  /** Back on the page: new files go again (what was cut short was cleaned up). */
  hostConnected(): void {
    this.#gone = false;
  }

  #job(id: string): Job | undefined {
    return this.#jobs.find((job) => job.item.id === id);
  }

  #set(job: Job, change: Partial<UploadItem>): void {
    job.item = { ...job.item, ...change };
    this.#host.requestUpdate();
  }

  /** One file at a time: the resident's connection and the browser's memory carry one file. */
  async #pump(): Promise<void> {
    if (this.#pumping) return;
    this.#pumping = true;
    try {
      for (let job = this.#next(); job && !this.#gone; job = this.#next()) {
        job.running = this.#send(job);
        await job.running;
      }
    } finally {
      this.#pumping = false;
    }
  }

  #next(): Job | undefined {
    return this.#jobs.find((job) => job.item.phase === 'waiting');
  }

  async #send(job: Job): Promise<void> {
    const { signal } = job.abort;
    this.#set(job, { phase: 'sending' });
    try {
      await this.#upload(job, signal);
      this.#set(job, { phase: 'finishing', sent: job.item.size });
      if (!job.link) {
        const answer = await this.#write('POST', `${this.#options.client.gateway}/zaken/api/v1/zaakinformatieobjecten`, { zaak: this.#options.zaak.url, informatieobject: job.document?.url }, signal);
        job.link = createdLink(answer) ?? '';
      }
      this.#set(job, { phase: 'done' });
      this.#options.onDone();
      this.#host.dispatchEvent(new CustomEvent('mijn-zaken-submit', { detail: { what: 'document', zaak: this.#options.zaak.uuid }, bubbles: true, composed: true }));
      if (!this.#jobs.some((other) => other.item.phase === 'waiting' || other.item.phase === 'sending')) this.#focus(`${job.item.id}-status`);
    } catch (error) {
      if (signal.aborted) return;
      const kind = kindOf(error);
      if (kind === 'rejected') return this.#rejected(job, error);
      this.#set(job, { phase: 'failed', failure: kind });
      this.#focus(`${job.item.id}-status`);
    }
  }

  /** The document and its content, as far as they are not there yet. */
  async #upload(job: Job, signal: AbortSignal): Promise<void> {
    const { file } = job;
    const parts = inParts(file.size);
    if (!job.document) {
      const fields = documentFields(file, amsterdamDay(Date.now()));
      const body = parts ? { ...fields, inhoud: null } : { ...fields, inhoud: base64(new Uint8Array(await file.arrayBuffer())) };
      // JSON by fetch, which sees an expired session's redirect, before any upload by XMLHttpRequest
      // (README "Writes"); a small file is in it, at most 1 MiB: its bar fills when it is there.
      const answer = await this.#write('POST', `${this.#options.client.gateway}/documenten/api/v1/enkelvoudiginformatieobjecten`, body, signal);
      if (!parts) this.#progress(job, file.size);
      const created = createdDocument(answer, file.size, parts);
      // Made, but not as the element can finish it: it is removed, never left half; a retry starts anew.
      if (created === null) {
        const url = typeof answer?.url === 'string' ? answer.url : null;
        if (url) await this.#write('DELETE', url, null, AbortSignal.timeout(15_000)).catch(() => {});
        throw Object.assign(new Error('unexpected answer'), { kind: 'invalid-response' as ErrorKind });
      }
      job.document = created;
    }
    const document = job.document;
    if (!parts) return;
    // A few parts in flight at once (the line allows 6): a part's round trip no longer stalls the file.
    // On a failure no new part starts; those in flight finish; the first error is the file's.
    const inFlight = new Map<number, number>();
    const doneBytes = () => document.parts.reduce((sum, p) => sum + (p.done ? p.end - p.start : 0), 0);
    const report = () => this.#progress(job, doneBytes() + [...inFlight.values()].reduce((a, b) => a + b, 0));
    const waiting = document.parts.filter((part) => !part.done);
    let failure: { error: unknown } | null = null;
    const worker = async () => {
      for (let part = waiting.shift(); part && !failure; part = waiting.shift()) {
        const current = part;
        const form = new FormData();
        form.append('lock', document.lock ?? '');
        // A slice is a reference to the file on disk: the browser reads it while sending, never the whole file.
        form.append('inhoud', file.slice(current.start, current.end), fileName(file.name));
        inFlight.set(current.volgnummer, 0);
        try {
          await this.#write('PUT', current.url, form, signal, (sent, total) => {
            inFlight.set(current.volgnummer, total > 0 ? (sent / total) * (current.end - current.start) : 0);
            report();
          });
          current.done = true;
        } catch (error) {
          failure ??= { error };
        } finally {
          inFlight.delete(current.volgnummer);
          report();
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARTS_IN_FLIGHT, waiting.length) }, worker));
    if (failure) throw (failure as { error: unknown }).error;
    if (!job.unlocked) {
      await this.#write('POST', `${document.url}/unlock`, { lock: document.lock }, signal);
      job.unlocked = true;
    }
  }

  #progress(job: Job, sent: number): void {
    const bytes = Math.min(job.item.size, Math.max(job.item.sent, Math.round(sent)));
    if (bytes === job.item.sent) return;
    const step = spokenStep(percent(bytes, job.item.size));
    if (step > job.spoken) {
      job.spoken = step;
      this.#announcement = { kind: 'progress', id: job.item.id, percent: step };
    }
    this.#set(job, { sent: bytes });
  }

  /** A `400`: the file goes into the problems (the field is marked) and what was made is removed. */
  async #rejected(job: Job, error: unknown): Promise<void> {
    const params = (error as { invalidParams?: unknown }).invalidParams;
    const problem = rejectedProblem(Array.isArray(params) ? (params as Array<{ name: string; code: string }>) : []);
    this.#problems = [...this.#problems.filter((p) => p.id !== job.item.id), { id: job.item.id, name: job.item.name, problem }];
    this.#announcement = { kind: 'problems' };
    this.#host.dispatchEvent(new CustomEvent('mijn-zaken-error', { detail: { kind: 'rejected', status: 400 }, bubbles: true, composed: true }));
    this.#set(job, { phase: 'cancelling' });
    await this.#cleanUp(job, false);
    this.#remove(job);
    this.#focus(`${this.#options.idPrefix}-upload-file`);
  }

  /**
   * Removes what was made: the link, then the document (with its parts). A back end that refuses to
   * delete a locked document gets it unlocked first (when every part came) and deleted again.
   */
  async #cleanUp(job: Job, show = true): Promise<void> {
    const signal = AbortSignal.timeout(60_000);
    try {
      if (job.link) {
        await this.#write('DELETE', job.link, null, signal).catch(notFoundIsGone);
        job.link = null;
      }
      const document = job.document;
      if (document) {
        try {
          await this.#write('DELETE', document.url, null, signal);
        } catch (error) {
          if (kindOf(error) === 'not-found') throw error;
          if (!document.lock || job.unlocked) throw error;
          await this.#write('POST', `${document.url}/unlock`, { lock: document.lock }, signal).catch(() => {});
          await this.#write('DELETE', document.url, null, signal);
        }
      }
      job.document = null;
      if (show) this.#set(job, { phase: 'cancelled', sent: 0 });
    } catch (error) {
      if (kindOf(error) === 'not-found') {
        job.document = null;
        if (show) this.#set(job, { phase: 'cancelled', sent: 0 });
      } else if (show) this.#set(job, { phase: 'cleanup-failed' });
    }
    if (show && !this.#gone) this.#focus(`${job.item.id}-status`);
  }

  #remove(job: Job): void {
    this.#jobs.splice(this.#jobs.indexOf(job), 1);
    this.#host.requestUpdate();
  }

  #write(method: WriteMethod, url: string, body: WriteBody, signal: AbortSignal, onProgress?: SendOptions['onProgress']) {
    return send(this.#options.client, method, url, body, onProgress ? { signal, onProgress } : { signal });
  }

  /**
   * After an outcome, focus goes to its message, when the resident is in the upload section (the
   * button that was pressed is gone) or nowhere; else the live region says it and focus stays.
   */
  #focus(id: string): void {
    if (this.#gone) return;
    const root = this.#host.renderRoot;
    const section = root.querySelector<HTMLElement>(`#${this.#options.idPrefix}-upload-section`);
    const active = (root as ShadowRoot).activeElement ?? null;
    const pageFocus = document.activeElement;
    const lost = pageFocus === null || pageFocus === document.body || ((pageFocus as EventTarget) === this.#host && active === null);
    if (!lost && !(active && section?.contains(active))) return;
    void this.#host.updateComplete.then(() => root.querySelector<HTMLElement>(`#${id}`)?.focus());
  }
}

/** The kind of a gateway error by its `kind`, never by `instanceof` (the class may come from the other bundle). */
export function kindOf(error: unknown): ErrorKind {
  const kind = typeof error === 'object' && error !== null ? (error as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? (kind as ErrorKind) : 'network';
}

function notFoundIsGone(error: unknown): void {
  if (kindOf(error) !== 'not-found') throw error;
}
