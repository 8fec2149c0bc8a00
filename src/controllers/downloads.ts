import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GatewayClient } from '../gateway/client.js';

/**
 * A document link is never followed: that could render the document in the page's origin or take the
 * resident away. Its click is caught on the content root (`onClick`); the document is fetched (with the
 * `accessToken` when there is one) and handed to the browser as a file. When that fails, `failed` has
 * the link, so a message stands by it (CONTRACT 5). A removed host stops its downloads.
 */
export class DownloadController implements ReactiveController {
  /** Links whose download failed. */
  failed: ReadonlySet<string> = new Set();
  #host: ReactiveControllerHost;
  #client: () => GatewayClient | undefined;
  #running = new Map<string, AbortController>();

  constructor(host: ReactiveControllerHost, client: () => GatewayClient | undefined) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  #setFailed(href: string, failed: boolean): void {
    const next = new Set(this.failed);
    failed ? next.add(href) : next.delete(href);
    this.failed = next;
    this.#host.requestUpdate();
  }

  onClick = (event: MouseEvent): void => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.classList.contains('document-link'));
    if (!link) return;
    event.preventDefault();
    const client = this.#client();
    const href = link.getAttribute('href') ?? '';
    if (!client || this.#running.has(href)) return;
    const controller = new AbortController();
    this.#running.set(href, controller);
    this.#setFailed(href, false);
    client
      .download(href, controller.signal)
      .then(
        (blob) => {
          // `octet-stream` and `download`: saved as a file, never opened as a page.
          const url = URL.createObjectURL(new Blob([blob], { type: 'application/octet-stream' }));
          const save = document.createElement('a');
          save.href = url;
          save.download = link.getAttribute('download') || 'document';
          save.click();
          setTimeout(() => URL.revokeObjectURL(url), 60_000);
        },
        () => controller.signal.aborted || this.#setFailed(href, true),
      )
      .finally(() => this.#running.delete(href));
  };

  hostDisconnected(): void {
    for (const download of this.#running.values()) download.abort();
  }
}
