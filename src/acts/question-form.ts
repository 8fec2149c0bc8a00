import type { ReactiveElement } from 'lit';
import type { GatewayClient } from '../gateway/client.js';
import { send } from '../gateway/write.js';
import { emit } from '../mijn-zaken/events.js';
import { isUuid, text } from '../model/text.js';
import type { Zaak } from '../model/zgw.js';
import type { ErrorKind } from '../vocabulary.js';
import type { QuestionFormCallbacks, QuestionFormState } from './acts.view.js';
import { checkQuestion, type QuestionView } from './questions.js';

/** The element's own channel for a question asked here (Klantinteracties: `kanaal` is free text). */
const CHANNEL = 'webformulier';

/**
 * The ask form of one zaak (CONTRACT 8): the klantcontact, then its onderwerpobject for the zaak; when
 * the second fails the first is removed. Never retried by itself. The typed text stays after every
 * failure; a `400` marks the field. After sending, focus goes to what the resident must read next: the
 * "received" note, the field with its problem, or the failure note.
 */
export class QuestionForm {
  state: QuestionFormState;
  readonly callbacks: QuestionFormCallbacks;
  /** Questions sent from here, shown in the list at once (the gateway's list may not have them yet). */
  #sent: QuestionView[] = [];

  constructor(
    readonly host: ReactiveElement,
    readonly client: GatewayClient,
    readonly zaak: Zaak,
    maxLength: number,
  ) {
    this.state = { draft: '', maxLength, phase: 'idle', problem: null };
    this.callbacks = { onInput: (draft) => this.#input(draft), onSubmit: (draft) => void this.submit(draft) };
  }

  /** The list with the questions sent from here that it lacks, oldest first. */
  withSent(list: readonly QuestionView[]): readonly QuestionView[] {
    const missing = this.#sent.filter((sent) => !list.some((question) => question.uuid === sent.uuid));
    return missing.length === 0 ? list : [...list, ...missing];
  }

  #set(change: Partial<QuestionFormState>, focus?: string): void {
    this.state = { ...this.state, ...change };
    this.host.requestUpdate();
    if (focus) {
      void this.host.updateComplete.then(() => {
        const target = this.host.renderRoot.querySelector<HTMLElement>(`.acts-questions ${focus}`);
        target?.focus();
      });
    }
  }

  #input(draft: string): void {
    const { problem, phase } = this.state;
    // A problem found before sending goes once the text is right; the gateway's refusal stays until the next send.
    const recheck = problem && problem.kind !== 'rejected' ? checkQuestion(draft, this.state.maxLength) : null;
    this.#set({
      draft,
      phase: phase === 'sending' ? phase : 'idle',
      problem: problem?.kind === 'rejected' ? problem : recheck && { kind: recheck },
    });
  }

  async submit(draft: string): Promise<void> {
    if (this.state.phase === 'sending') return;
    const { maxLength } = this.state;
    const problem = checkQuestion(draft, maxLength);
    if (problem) return this.#set({ draft, phase: 'idle', problem: { kind: problem } }, 'textarea');
    this.#set({ draft, phase: 'sending', problem: null });
    const zaakUuid = isUuid(this.zaak.uuid) ? this.zaak.uuid.toLowerCase() : '';
    const { client } = this;
    // A write is not cut short by the element going away: the resident pressed send.
    const signal = new AbortController().signal;
    const inhoud = draft.trim();
    try {
      const contact = await send(
        client,
        'POST',
        `${client.gateway}/klantinteracties/api/v1/klantcontacten`,
        {
          kanaal: CHANNEL,
          onderwerp: `Vraag over zaak ${text(this.zaak.identificatie) ?? zaakUuid}`.slice(0, 200),
          inhoud,
          taal: 'nld',
          vertrouwelijk: true,
          indicatieContactGelukt: true,
          plaatsgevondenOp: new Date().toISOString(),
        },
        { signal },
      );
      const uuid = contact?.uuid;
      if (!isUuid(uuid)) throw Object.assign(new Error('klantcontact without uuid'), { kind: 'invalid-response' });
      try {
        await send(
          client,
          'POST',
          `${client.gateway}/klantinteracties/api/v1/onderwerpobjecten`,
          {
            klantcontact: { uuid },
            wasKlantcontact: null,
            onderwerpobjectidentificator: { codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid', objectId: zaakUuid },
          },
          { signal },
        );
      } catch (error) {
        // Half a question is none: the klantcontact goes again (and if that fails too, the gateway's clean-up has it).
        await send(client, 'DELETE', `${client.gateway}/klantinteracties/api/v1/klantcontacten/${uuid}`, null, { signal }).catch(() => {});
        throw error;
      }
      this.#sent.push({ uuid: uuid.toLowerCase(), date: text(contact?.plaatsgevondenOp) ?? new Date().toISOString(), channel: 'form', text: inhoud, answers: [] });
      this.#set({ draft: '', phase: 'sent', problem: null }, '.acts-received');
      emit(this.host, 'mijn-zaken-submit', { what: 'question', zaak: zaakUuid });
    } catch (error) {
      // Checked by `kind`, never `instanceof`: the error classes exist once per bundle on the page.
      const { kind, status } = (error ?? {}) as { kind?: ErrorKind; status?: number };
      const errorKind: ErrorKind = typeof kind === 'string' ? kind : 'invalid-response';
      if (errorKind === 'rejected') this.#set({ phase: 'idle', problem: { kind: 'rejected', message: null } }, 'textarea');
      else this.#set({ phase: 'failed' }, '.acts-error-note');
      emit(this.host, 'mijn-zaken-error', typeof status === 'number' ? { kind: errorKind, status } : { kind: errorKind });
    }
  }
}
