import type { GatewayClient } from '../gateway/client.js';
import { GatewayError } from '../gateway/errors.js';
import { loadTimelineData, loadZaak, type ZaakTimelineData } from '../gateway/load-zaak.js';
import type { Audience, ZaakDetailView } from '../model/view-model.js';
import { toZaakDetailView } from '../model/zaak-detail.js';
import type { Zaak } from '../model/zgw.js';
import type { SectionState } from '../vocabulary.js';
import { lastResultOf } from './values.js';
import { hasFailed, initialState, Loader, COMPLETE, type AnyTask, type GatewayHost } from './loader.js';

export interface LoadedZaak {
  client: GatewayClient;
  zaak: Zaak;
}

/** One detail section as data: how it loads, once the zaak is known (round trip 2 and on). */
export interface SectionSource<R> {
  load(client: GatewayClient, zaak: Zaak, signal: AbortSignal): Promise<R>;
}

/** An answer, with the zaak it belongs to: the stale-answer check compares that. */
interface ForZaak<T> {
  loaded: LoadedZaak;
  value: T;
}

/**
 * One zaak: round trip 1 the zaak (by UUID or identificatie), then side by side its timeline (statussen,
 * statustypen, zaaktype, result) and each section of the table. A new zaak aborts the previous one's work,
 * and an answer for another zaak than the one on screen is never shown (`current`, `sectionStates`).
 */
export class ZaakLoader<R> extends Loader {
  #reference: () => string | null;

  readonly zaak = this.add(
    () => [...this.target(), this.#reference()] as const,
    async ([gateway, credentials, reference], signal): Promise<LoadedZaak | typeof initialState> => {
      if (reference === null) return initialState;
      if (gateway === null) throw new GatewayError('configuration');
      const client = this.client(gateway, credentials);
      return { client, zaak: await loadZaak(client, reference, signal) };
    },
  );

  readonly timeline = this.#after((loaded, signal) => loadTimelineData(loaded.client, loaded.zaak, signal));
  readonly sections;

  constructor(host: GatewayHost, reference: () => string | null, sources: ReadonlyArray<SectionSource<R>>) {
    super(host);
    this.#reference = reference;
    this.sections = sources.map((source) => this.#after((loaded, signal) => source.load(loaded.client, loaded.zaak, signal)));
  }

  /** A task that runs once the zaak is loaded, with it. */
  #after<T>(load: (loaded: LoadedZaak, signal: AbortSignal) => Promise<T>) {
    return this.add(
      () => [this.zaak.value] as const,
      async ([loaded], signal): Promise<ForZaak<T> | typeof initialState> => (loaded ? { loaded, value: await load(loaded, signal) } : initialState),
    );
  }

  /** The timeline of the zaak on screen, with its client; a stale one is ignored. */
  current(): { loaded: LoadedZaak; data: ZaakTimelineData } | null {
    const answer = this.timeline.value;
    return this.zaak.status === COMPLETE && answer && answer.loaded === this.zaak.value ? { loaded: answer.loaded, data: answer.value } : null;
  }

  #toDetail = lastResultOf((data: ZaakTimelineData, audience: Audience, hideUninformed: boolean, labels: Readonly<Record<string, string>> | null) =>
    toZaakDetailView({ ...data, audience, hideUninformed, labels }),
  );

  /** The zaak on screen as the detail view shows it; the same object while its inputs are the same. */
  detail(audience: Audience, hideUninformed: boolean, labels: Readonly<Record<string, string>> | null): ZaakDetailView | undefined {
    const current = this.current();
    return current ? this.#toDetail(current.data, audience, hideUninformed, labels) : undefined;
  }

  /** Each section of the zaak on screen; `retried(index)` runs before a failed one is tried again. */
  sectionStates(retried: (index: number) => void): Array<SectionState<R>> {
    const loaded = this.current()?.loaded;
    return this.sections.map((task, index): SectionState<R> => {
      const answer = task.value;
      if (hasFailed(task)) {
        return {
          kind: 'failed',
          onRetry: () => {
            retried(index);
            void task.run();
          },
        };
      }
      return task.status === COMPLETE && answer && answer.loaded === loaded ? { kind: 'ready', value: answer.value } : { kind: 'loading' };
    });
  }

  /** Newer timeline data of the zaak on screen (CONTRACT 9), shown in place: no loading state, the sections stay. */
  replace(value: ZaakTimelineData): void {
    const answer = this.timeline.value;
    if (answer && answer.loaded === this.zaak.value) {
      answer.loaded.zaak = value.zaak;
      this.timeline.value = { loaded: answer.loaded, value };
      this.host.requestUpdate();
    }
  }

  /** Another zaak is wanted: the previous one's work is not. */
  reset(): void {
    this.timeline.abort();
    for (const task of this.sections) task.abort();
  }

  /** The zaak's failure, else the timeline's (once the zaak is there): a section's failure is its own. */
  failed(): AnyTask | null {
    const zaak = this.zaak;
    const timeline = this.timeline;
    return hasFailed(zaak) ? zaak : hasFailed(timeline) && zaak.status === COMPLETE ? timeline : null;
  }
}
