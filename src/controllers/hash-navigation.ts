import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isUuid } from '../model/text.js';
import type { MijnZakenSelectDetail } from '../vocabulary.js';

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

/** `#zaak=<uuid>` → the UUID; anything else → null. */
export const zaakFromHash = (hash: string): string | null => {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('zaak');
  return isUuid(value) ? value : null;
};

/**
 * `#zaak=<uuid>` navigation of an overview: Reload, Back, Forward and a shared link open the zaak the hash
 * names; opening a zaak adds a history entry, so "Terug naar overzicht" can be the browser's Back.
 * The selection itself stays the host's (`selected`); `show` sets it, `byUser` when the hash changed.
 */
export class HashNavigation implements ReactiveController, Candidate {
  #wants: () => boolean;
  #selected: () => Selection | null;
  #show: (selection: Selection | null, byUser: boolean) => void;
  /** The current history entry was pushed here. */
  #pushed = false;
  #onHashChange = () => this.followHash(true);

  constructor(
    host: ReactiveControllerHost,
    wants: () => boolean,
    selected: () => Selection | null,
    show: (selection: Selection | null, byUser: boolean) => void,
  ) {
    this.#wants = wants;
    this.#selected = selected;
    this.#show = show;
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
    if (this.owns) {
      this.#pushed = true;
      location.hash = `zaak=${selection.uuid}`;
    }
    this.#show(selection, false);
  }

  /** Back to the overview: the browser's Back when the entry was pushed here. */
  close(): void {
    if (this.owns && zaakFromHash(location.hash) !== null) {
      if (this.#pushed) return history.back();
      history.replaceState(history.state, '', location.pathname + location.search);
    }
    this.#show(null, false);
  }

  /** Public for other copies of this module on the page (see `candidates`). */
  followHash(byUser: boolean): void {
    if (!this.owns) return;
    const uuid = zaakFromHash(location.hash);
    if (uuid === (this.#selected()?.uuid ?? null)) return;
    if (uuid === null) this.#pushed = false;
    this.#show(uuid ? { uuid, identificatie: null } : null, byUser);
  }
}
