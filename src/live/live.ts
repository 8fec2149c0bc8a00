import { html, nothing, type ReactiveController } from 'lit';
import { readLimited } from '../gateway/client.js';
import { isRecord, text } from '../model/text.js';
import type { TimelineView, ZaakDetailView } from '../model/view-model.js';
import type { Zaak } from '../model/zgw.js';
import { refreshMs, timelineChanges, type TimelineChanges } from './changes.js';
import { listen } from './events.js';
import { timelineIdentity, type TimelineIdentity } from './identity.js';
import type { Live, LiveHost, LiveLink, LiveParts, LiveView } from './link.js';
import { liveStyles } from './live.styles.js';
import { clockTime, liveMessagesFor } from './messages.js';
import { timers } from './timers.js';

/** The zaak as compared between checks: its own fields, not what `expand` added. */
const ownFields = (zaak: Record<string, unknown>): string => JSON.stringify({ ...zaak, _expand: undefined });

const uuidOf = (zaak: Record<string, unknown>): string | null =>
  (text(zaak.uuid) ?? text(zaak.url)?.replace(/\/+$/, '').split('/').at(-1) ?? null)?.toLowerCase() ?? null;

/**
 * CONTRACT 9 for one element: checks the zaak on screen again when the page becomes visible, when the
 * connection returns, every `refresh` seconds while connected and visible, and on the gateway's events.
 * A check is one conditional `GET zaken/{uuid}` (`If-None-Match` with the ETag kept here, in memory only):
 * a `304`, or the same zaak, costs nothing more; a changed zaak reloads its timeline, which the element
 * shows in place. A failing check keeps what is shown and says so quietly under the timeline.
 */
class LiveController implements ReactiveController, Live {
  #host: LiveHost;
  #link: LiveLink;
  #uuid: string | null = null;
  #etag: string | null = null;
  #interval = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight: AbortController | null = null;
  /** A reason to check came while one was under way. */
  #again = false;
  #stopEvents: (() => void) | null = null;
  /** The timeline last rendered, and whether the next one comes from a check (only then is anything "new"). */
  #timeline: TimelineView | null = null;
  /** Who its steps are (by statustype and status, not position): what "new" is decided on. */
  #identity: TimelineIdentity | null = null;
  #fromCheck = false;
  #newKeys = new Set<string>();
  #pending: TimelineChanges | null = null;
  #checkedAt = 0;
  #failed = false;

  constructor(host: LiveHost, link: LiveLink) {
    this.#host = host;
    this.#link = link;
    const root = host.renderRoot as ShadowRoot;
    const sheet = liveStyles.styleSheet;
    if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('online', this.#onOnline);
    this.#follow();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('online', this.#onOnline);
    timers.clear(this.#timer);
    this.#timer = undefined;
    this.#inFlight?.abort();
    this.#inFlight = null;
    this.#stopEvents?.();
    this.#stopEvents = null;
  }

  hostUpdated(): void {
    this.#follow();
    const changes = this.#pending;
    if (!changes) return;
    this.#pending = null;
    this.#link.say(liveMessagesFor(this.#link.language()).announce(changes.titles));
    this.#host.dispatchEvent(new CustomEvent('mijn-zaken-update', { detail: { zaak: this.#uuid ?? '', steps: changes.keys.length }, bubbles: true, composed: true }));
  }

  /** Follows what the element shows: another zaak starts afresh; a new `refresh` or capabilities take effect. */
  #follow(): void {
    const shown = this.#link.current();
    const uuid = shown ? uuidOf(shown.loaded.zaak as Record<string, unknown>) : null;
    if (uuid !== this.#uuid) {
      this.#inFlight?.abort();
      this.#inFlight = null;
      this.#uuid = uuid;
      this.#etag = this.#timeline = this.#identity = this.#pending = null;
      this.#newKeys = new Set();
      this.#fromCheck = this.#failed = false;
      this.#checkedAt = timers.now();
      this.#stopEvents?.();
      this.#stopEvents = null;
    }
    if (refreshMs(this.#host.refresh) !== this.#interval || (this.#interval && this.#timer === undefined && !this.#inFlight)) this.#schedule();
    const wantsEvents = this.#host.isConnected && uuid !== null && this.#link.events();
    if (wantsEvents && !this.#stopEvents && shown) {
      this.#stopEvents = listen(`${shown.loaded.client.gateway}/mijn-zaken/v1/events`, this.#host.credentials === 'include', {
        zaak: (zaak) => zaak === this.#uuid && void this.#check(),
        reopened: () => void this.#check(),
      });
    } else if (!wantsEvents && this.#stopEvents) {
      this.#stopEvents();
      this.#stopEvents = null;
    }
  }

  /** The next timed check, while connected and visible. */
  #schedule(): void {
    timers.clear(this.#timer);
    this.#timer = undefined;
    const ms = (this.#interval = refreshMs(this.#host.refresh));
    if (ms && this.#host.isConnected && this.#uuid !== null && document.visibilityState === 'visible') {
      this.#timer = timers.set(() => {
        this.#timer = undefined;
        void this.#check();
      }, ms);
    }
  }

  /** `refresh` or events ask for live updates; `refresh` set to 0 later (and no events) stops them. */
  #active = (): boolean => refreshMs(this.#host.refresh) > 0 || this.#link.events();

  #onVisibility = (): void => {
    if (document.visibilityState === 'visible' && this.#active()) void this.#check();
    else this.#schedule(); // hidden: no timer
  };

  #onOnline = (): void => void (this.#active() && this.#check());

  async #check(): Promise<void> {
    const shown = this.#link.current();
    if (!shown || !this.#host.isConnected || this.#uuid === null) return;
    if (this.#inFlight) {
      this.#again = true;
      return;
    }
    timers.clear(this.#timer);
    this.#timer = undefined;
    const abort = (this.#inFlight = new AbortController());
    const { client } = shown.loaded;
    const uuid = this.#uuid;
    try {
      const headers = client.requestHeaders('application/json');
      if (this.#etag) headers.set('If-None-Match', this.#etag);
      let etag: string | null = null;
      let fresh: unknown = null;
      try {
        const body = await client.fetchBody(client.url('zaken', uuid), abort.signal, 'application/json', true, (response) => {
          etag = response.headers.get('ETag');
          return readLimited(response);
        }, { headers });
        fresh = JSON.parse(body);
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        // A write-style request hands its error answer on; this one is not read.
        void ((error as { cause?: unknown }).cause as Response | undefined)?.body?.cancel?.();
        if (status !== 304) throw error;
      }
      if (fresh !== null) {
        if (!isRecord(fresh) || text(fresh.url) === null || uuidOf(fresh) !== uuid) throw new Error('not this zaak');
        if (ownFields(fresh) !== ownFields(shown.data.zaak as Record<string, unknown>)) {
          const data = await this.#link.load(client, fresh as Zaak, abort.signal);
          if (abort.signal.aborted || this.#link.current()?.loaded !== shown.loaded) return;
          this.#fromCheck = true;
          this.#link.replace(data);
        }
        // Kept only once what it names is on screen: a failed reload is tried again in full.
        this.#etag = etag;
      }
      this.#failed = false;
    } catch {
      if (abort.signal.aborted) return;
      this.#failed = true;
    } finally {
      if (this.#inFlight === abort) this.#inFlight = null;
    }
    this.#checkedAt = timers.now();
    this.#host.requestUpdate();
    if (this.#again) {
      this.#again = false;
      void this.#check();
    } else this.#schedule();
  }

  view(detail: ZaakDetailView): LiveView {
    const timeline = detail.timeline;
    const t = liveMessagesFor(this.#link.language());
    if (timeline !== this.#timeline) {
      // The data on screen is what this timeline was made of.
      const identity = timelineIdentity(this.#link.current()?.data);
      if (this.#fromCheck && this.#timeline && this.#identity) {
        const changes = timelineChanges(this.#timeline, timeline, t.stepWithoutTitle, this.#link.subStepsOf, { before: this.#identity, after: identity });
        if (changes.keys.length > 0) {
          this.#newKeys = new Set(changes.keys);
          this.#pending = changes;
        }
      }
      this.#fromCheck = false;
      this.#timeline = timeline;
      this.#identity = identity;
    }
    const newKeys = this.#newKeys;
    const time = clockTime(this.#checkedAt);
    return {
      badge: (key) => (newKeys.has(key) ? html` <span class="live-new">${t.new}</span>` : nothing),
      footer: this.#active() ? html`<p class="live-updated">${this.#failed ? t.notUpdated(time) : t.updatedAt(time)}</p>` : nothing,
    };
  }
}

/** The live module's one entry for the element: starts following the zaak it shows. */
export const live = (host: LiveHost, ...[zaak, status, lang, load, shown, events, subStepsOf]: LiveParts): Live =>
  new LiveController(host, {
    current: () => zaak.current(),
    replace: (data) => {
      shown(data);
      zaak.replace(data);
    },
    load,
    say: (text) => status.say(text),
    language: () => lang.language,
    subStepsOf,
    events,
  });
