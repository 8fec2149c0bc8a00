import { isRecord, isUuid } from '../model/text.js';
import { backoffMs } from './changes.js';
import { timers } from './timers.js';

/** What one element hears from the gateway's stream. */
export interface EventListener {
  /** `event: zaak` with this UUID (lower case). */
  zaak(uuid: string): void;
  /** The stream came back after it broke: events may have been missed. */
  reopened(): void;
}

interface Stream {
  source: EventSource | null;
  listeners: Set<EventListener>;
  attempt: number;
  /** It was open once, so the next open is a reopening. */
  wasOpen: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * CONTRACT 9: ONE `EventSource` per gateway per page, shared by every element (and by every copy of this
 * module: the CDN bundle next to the npm package), reconnected with back-off when it breaks, closed when no
 * element needs it any more.
 */
const STREAMS_KEY = Symbol.for('mijn-zaken.live-streams.v1');
const streams = ((globalThis as typeof globalThis & { [STREAMS_KEY]?: Map<string, Stream> })[STREAMS_KEY] ??= new Map());

/** Starts listening to `url` (the gateway's `/mijn-zaken/v1/events`); returns how to stop. */
export function listen(url: string, withCredentials: boolean, listener: EventListener): () => void {
  const key = `${withCredentials ? 'c' : 'n'} ${url}`;
  let stream = streams.get(key);
  if (!stream) {
    stream = { source: null, listeners: new Set(), attempt: 0, wasOpen: false, timer: undefined };
    streams.set(key, stream);
    open(stream, url, withCredentials);
  }
  stream.listeners.add(listener);
  const own = stream;
  return () => {
    own.listeners.delete(listener);
    if (own.listeners.size > 0 || streams.get(key) !== own) return;
    streams.delete(key);
    timers.clear(own.timer);
    own.source?.close();
    own.source = null;
  };
}

function open(stream: Stream, url: string, withCredentials: boolean): void {
  const source = new EventSource(url, { withCredentials });
  stream.source = source;
  source.onopen = () => {
    stream.attempt = 0;
    if (stream.wasOpen) for (const listener of [...stream.listeners]) listener.reopened();
    stream.wasOpen = true;
  };
  source.addEventListener('zaak', (event) => {
    const uuid = zaakOf((event as MessageEvent).data);
    if (uuid) for (const listener of [...stream.listeners]) listener.zaak(uuid);
  });
  // The browser's own reconnect knows no back-off and gives up on an HTTP error: this one does neither.
  source.onerror = () => {
    source.close();
    if (stream.source !== source) return;
    stream.source = null;
    stream.timer = timers.set(() => stream.listeners.size > 0 && open(stream, url, withCredentials), backoffMs(stream.attempt++, Math.random()));
  };
}

/** `{"zaak": "<uuid>"}` → the UUID, lower case; anything else → null. */
export function zaakOf(data: unknown): string | null {
  try {
    const json: unknown = typeof data === 'string' ? JSON.parse(data) : null;
    return isRecord(json) && isUuid(json.zaak) ? json.zaak.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** Open streams on this page (tests). */
export const openStreams = (): number => [...streams.values()].filter((stream) => stream.source !== null).length;
