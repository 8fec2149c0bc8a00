import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isUuid } from '../model/text.js';
import type { MijnZakenSelectDetail } from '../vocabulary.js';
import type { FocusController } from './focus.js';

export type Selection = MijnZakenSelectDetail;

interface Candidate {
  followHash(byUser: boolean): void;
}

const HASH_KEY = Symbol.for('mijn-zaken.hash-owners.v1');

/**
 * Who wants to own `location.hash`, in connection order; only the first does, so two elements on one
 * page never fight over it. Shared by every copy of this module on the page.
 */
function candidates(): Candidate[] {
  const holder = globalThis as typeof globalThis & { [HASH_KEY]?: Candidate[] };
  return (holder[HASH_KEY] ??= []);
}

/** Where focus goes when a zaak opens (or a retry answers): the detail's heading, or the error in its place. */
export const HEADING = '.detail-title, [part="error"]';

/** Back in the overview, focus returns to the zaak that was open. */
const zaakLink = (uuid: string) => `[part~="zaak"][data-uuid="${uuid}"] .zaak-link`;

/** `#zaak=<uuid>` → the UUID; anything else → null. */
export const zaakFromHash = (hash: string): string | null => {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('zaak');
  return isUuid(value) ? value : null;
};

/**
 * `#zaak=<uuid>` navigation of an overview: Reload, Back, Forward and a shared link open the zaak the hash
 * names; opening a zaak adds a history entry, so "Terug naar overzicht" can be the browser's Back.
 * The selection itself stays the host's (`selected`, a reactive property); `show` sets it. Focus follows:
 * to the detail's heading when a zaak opens, back to the zaak on return.
 */
export class HashNavigation implements ReactiveController, Candidate {
  #wants: () => boolean;
  #selected: () => Selection | null;
  #show: (selection: Selection | null) => void;
  #focus: FocusController;
  /** The current history entry was pushed here. */
  #pushed = false;
  #onHashChange = () => this.followHash(true);

  constructor(
    host: ReactiveControllerHost,
    wants: () => boolean,
    selected: () => Selection | null,
    show: (selection: Selection | null) => void,
    focus: FocusController,
  ) {
    this.#wants = wants;
    this.#selected = selected;
    this.#show = show;
    this.#focus = focus;
    host.addController(this);
  }

  get owns(): boolean {
    return candidates()[0] === this;
  }

  /** Joins or leaves the line of candidates as `wants` says (call when what it reads changed). */
  sync(): void {
    const listed = candidates().includes(this);
    if (this.#wants() && !listed) {
      candidates().push(this);
      addEventListener('hashchange', this.#onHashChange);
      this.followHash(false);
    } else if (!this.#wants() && listed) {
      this.hostDisconnected();
    }
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    const list = candidates();
    const index = list.indexOf(this);
    if (index !== -1) list.splice(index, 1);
    removeEventListener('hashchange', this.#onHashChange);
    // The next in line takes over the hash.
    list[0]?.followHash(false);
  }

  /** Opens a zaak: the hash (and a history entry) when owned. */
  open(selection: Selection): void {
    this.#focus.want(HEADING);
    if (this.owns) {
      this.#pushed = true;
      location.hash = `zaak=${selection.uuid}`;
    }
    this.#show(selection);
  }

  /** Back to the overview: the browser's Back when the entry was pushed here. */
  close(): void {
    this.#focusBack();
    if (this.owns && zaakFromHash(location.hash) !== null) {
      if (this.#pushed) return history.back();
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    this.#show(null);
  }

  #focusBack(): void {
    const uuid = this.#selected()?.uuid;
    uuid ? this.#focus.want(zaakLink(uuid)) : this.#focus.clear();
  }

  /** Public for other copies of this module on the page (see `candidates`). */
  followHash(byUser: boolean): void {
    if (!this.owns) return;
    const uuid = zaakFromHash(location.hash);
    if (uuid === (this.#selected()?.uuid ?? null)) return;
    if (byUser) uuid ? this.#focus.want(HEADING) : this.#focusBack();
    if (uuid === null) this.#pushed = false;
    this.#show(uuid ? { uuid, identificatie: null } : null);
  }
}
