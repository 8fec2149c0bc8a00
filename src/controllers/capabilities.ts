import type { GatewayClientOptions } from '../gateway/client.js';
import type { ZaakSummaryView } from '../model/overview.js';
import type { Zaak } from '../model/zgw.js';
import type { Capabilities } from '../acts/capabilities.js';
import { loadActs } from '../acts/load.js';
import { COMPLETE, Loader, type GatewayHost } from './loader.js';

/**
 * What the on-demand acts module (src/acts/element.ts) gives one element for one gateway (CONTRACT 8).
 * Called across two bundles: arguments go by position, so the CDN build's renaming cannot split them.
 */
export interface Acts {
  /** Parsed by the acts module; live updates (CONTRACT 9) read `events`. */
  capabilities: Capabilities;
  /** The zaak's sections: [above the timeline, after the documents]; heading level and audience it reads from the element; `reloadDocuments` after an upload. */
  detail(zaak: Zaak, language: string, reloadDocuments: () => void): readonly unknown[];
  /** The overview's mark ("Actie nodig") of a zaak, if any. */
  marks(language: string): (summary: ZaakSummaryView) => string | undefined;
}

/** The acts module's entry: the element, the capabilities document, its client's options and line of requests. */
export type AttachActs = (
  host: GatewayHost,
  capabilities: Record<string, unknown>,
  options: GatewayClientOptions,
  line: <T>(priority: 0 | 1, signal: AbortSignal, work: () => Promise<T>) => Promise<T>,
) => Acts;

/**
 * CONTRACT 8: `{gateway}/mijn-zaken/v1/capabilities`, once per gateway and credentials per page (the
 * client's page-wide cache); a 404 or any failure is read-only, never shown. Only a version 1 document
 * loads the acts module (dist/mijn-zaken-acts.js), which parses it: a read-only page pays for no more.
 */
export class ActsHook extends Loader {
  readonly task = this.add(
    () => this.target(),
    async ([gateway, credentials], signal) => {
      if (gateway === null) return null;
      const client = this.client(gateway, credentials);
      const url = `${gateway}/mijn-zaken/v1/capabilities`;
      const json = await client.cached(url + credentials, signal, (shared) => client.getJson(url, shared).catch(() => null));
      return json?.version === 1 ? (await loadActs()).attach(this.host, json, client.options, (priority, line, work) => client.queue.run(priority, line, work)) : null;
    },
  );

  /** The acts for the gateway on screen; null while it is asked, and for a read-only gateway. */
  get value(): Acts | null | undefined {
    return this.task.status === COMPLETE ? this.task.value : null;
  }

  failed(): null {
    return null;
  }
}
