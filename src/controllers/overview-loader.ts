import type { RequestQueue } from '../gateway/client.js';
import { GatewayError } from '../gateway/errors.js';
import { loadOverview, type OverviewData } from '../gateway/load-overview.js';
import { hasFailed, initialState, Loader, Status, type AnyTask, type GatewayHost } from './loader.js';

/** The overview: only while `isOverview` says so; not reloaded when a zaak is opened and closed. */
export class OverviewLoader extends Loader {
  #isOverview: () => boolean;

  readonly task = this.add(
    () => [...this.target(), this.#isOverview()] as const,
    async ([gateway, credentials, isOverview], signal): Promise<OverviewData | typeof initialState> => {
      if (!isOverview) return initialState;
      if (gateway === null) throw new GatewayError('configuration');
      return loadOverview(this.client(gateway, credentials), signal);
    },
  );

  constructor(host: GatewayHost, queue: RequestQueue, timeoutMs: () => number, isOverview: () => boolean) {
    super(host, queue, timeoutMs);
    this.#isOverview = isOverview;
  }

  /** The overview's data once loaded. */
  get data(): OverviewData | undefined {
    return this.task.status === Status.Complete ? this.task.value : undefined;
  }

  failed(): AnyTask | null {
    const task = this.task;
    return hasFailed(task) ? task : null;
  }
}
