import { waitUntil } from '@open-wc/testing';
import { timers } from '../../../src/live/timers.js';
import { GATEWAY_MOUNT, requestLog, type LoggedRequest } from '../support/gateway.js';

/**
 * A pinned clock for the live module's timers (src/live/timers.ts): nothing runs until `tick` says the
 * time has come, and "Bijgewerkt om" reads `now`.
 */
export class FakeClock {
  now: number;
  #timers = new Map<number, { at: number; run: () => void }>();
  #next = 1;
  #real = { ...timers };

  constructor(start = Date.parse('2026-12-01T13:32:00Z')) {
    this.now = start;
    timers.now = () => this.now;
    timers.set = (run, ms) => {
      const id = this.#next++;
      this.#timers.set(id, { at: this.now + ms, run });
      return id as unknown as ReturnType<typeof setTimeout>;
    };
    timers.clear = (timer) => void this.#timers.delete(timer as unknown as number);
  }

  /** Timers waiting now. */
  get pending(): number {
    return this.#timers.size;
  }

  /** Moves the clock on by `ms`, running what falls due in order. */
  tick(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, timer]) => timer.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.#timers.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = end;
  }

  restore(): void {
    Object.assign(timers, this.#real);
  }
}

/** The zaak-detail requests of a session (what the live check reads). */
export async function zaakReads(session: string, uuid: string): Promise<LoggedRequest[]> {
  const { requests } = await requestLog(session);
  return requests.filter((request) => request.method === 'GET' && request.path.endsWith(`/zaken/api/v1/zaken/${uuid}`));
}

/** Waits until the session has `count` finished reads of the zaak; returns them. */
export async function untilZaakReads(session: string, uuid: string, count: number): Promise<LoggedRequest[]> {
  let reads: LoggedRequest[] = [];
  await waitUntil(async () => {
    reads = await zaakReads(session, uuid);
    return reads.length >= count && reads.every((read) => typeof read.status === 'number');
  }, `${count} reads of zaak ${uuid}`, { timeout: 5000, interval: 20 });
  return reads;
}

/** The mock gateway sets the zaak's next status in the session (demo/gateway/live.mjs). */
export async function setNextStatus(session: string, zaak: string, sub = false): Promise<void> {
  const response = await fetch(`${GATEWAY_MOUNT}/_live/${session}/next-status`, { method: 'POST', body: JSON.stringify({ zaak, sub }) });
  if (response.status !== 201) throw new Error(`next-status: ${response.status}`);
}

export async function liveState(session: string): Promise<{ open: number; opened: number; statussen: number }> {
  return (await (await fetch(`${GATEWAY_MOUNT}/_live/${session}`)).json()) as { open: number; opened: number; statussen: number };
}

/** Pretends the page is hidden or visible again, as a tab switch does. */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

export function restoreVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
}
