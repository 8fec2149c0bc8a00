import type { MijnZakenEventDetails } from '../vocabulary.js';

export type { MijnZakenErrorDetail, MijnZakenEventDetails, MijnZakenLoadDetail, MijnZakenSelectDetail, MijnZakenSubmitDetail, MijnZakenUpdateDetail, MijnZakenViewDetail } from '../vocabulary.js';

type MijnZakenEventMap = { [K in keyof MijnZakenEventDetails]: CustomEvent<MijnZakenEventDetails[K]> };

declare global {
  interface HTMLElementEventMap extends MijnZakenEventMap {}
}

/** Fires `type` from `target`, bubbling out of the shadow root; false when a listener cancelled it. */
export function emit<K extends keyof MijnZakenEventDetails>(
  target: EventTarget,
  type: K,
  detail: MijnZakenEventDetails[K],
  cancelable?: boolean,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
