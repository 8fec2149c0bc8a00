import { GatewayError } from '../gateway/errors.js';
import { loadOverview, type OverviewData } from '../gateway/load-overview.js';
import { lastResultOf } from './values.js';
import { toOverviewView, type OverviewView } from '../model/overview.js';
import { hasFailed, initialState, Loader, COMPLETE, type AnyTask, type GatewayHost } from './loader.js';

type Labels = Readonly<Record<string, string>> | null;

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

  constructor(host: GatewayHost, isOverview: () => boolean) {
    super(host);
    this.#isOverview = isOverview;
  }

  #toView = lastResultOf((data: OverviewData, labels: Labels) => toOverviewView({ ...data, labels }));

  /** The overview once loaded, as the view shows it; the same object while data and labels are the same. */
  view(labels: Labels): OverviewView | undefined {
    const data = this.task.status === COMPLETE ? this.task.value : undefined;
    return data && this.#toView(data, labels);
  }

  failed(): AnyTask | null {
    const task = this.task;
    return hasFailed(task) ? task : null;
  }
}
