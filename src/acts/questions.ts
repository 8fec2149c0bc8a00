import { isRecord, isUuid, text } from '../model/text.js';
import { listItems } from './tasks.js';

/** `kanaal` is free text in Klantinteracties 0.9.0; these are the channels said in words. */
export type Channel = 'email' | 'phone' | 'desk' | 'letter' | 'form' | 'chat' | 'social' | 'app';

export interface AnswerView {
  /** ISO date-time of `plaatsgevondenOp`, or null. */
  date: string | null;
  channel: Channel | null;
  text: string;
}

export interface QuestionView {
  uuid: string;
  date: string | null;
  channel: Channel | null;
  text: string;
  /** Oldest first; empty: "nog geen antwoord". */
  answers: AnswerView[];
}

const CHANNELS: ReadonlyArray<[RegExp, Channel]> = [
  [/^e-?mail|^mail$/, 'email'],
  [/^(telefo|phone|bel)/, 'phone'],
  [/^(balie|loket|desk|bezoek)/, 'desk'],
  [/^(brief|post|letter)/, 'letter'],
  [/^(contactformulier|formulier|webformulier|website|internet|web|mijn|portaal|digitaal)/, 'form'],
  [/^(chat|whatsapp)/, 'chat'],
  [/^(social|twitter|facebook|instagram|x$)/, 'social'],
  [/^app/, 'app'],
];

export function channelOf(kanaal: unknown): Channel | null {
  const value = text(kanaal)?.toLowerCase().replace(/[\s_]+/g, '');
  if (!value) return null;
  for (const [pattern, channel] of CHANNELS) if (pattern.test(value)) return channel;
  return null;
}

const UUID_TAIL = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/** A foreign key `{uuid, url}` (or a bare URL) → the UUID it names, lower case. */
function refUuid(value: unknown): string | null {
  if (isRecord(value)) {
    if (isUuid(value.uuid)) return value.uuid.toLowerCase();
    value = value.url;
  }
  const match = typeof value === 'string' ? UUID_TAIL.exec(value.split(/[?#]/, 1)[0] ?? '') : null;
  return match ? (match[1] as string).toLowerCase() : null;
}

/** A valid date-time (or date) of `plaatsgevondenOp`, else null. */
function moment(value: unknown): string | null {
  const raw = text(value);
  return raw !== null && /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/i.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

const time = (value: string | null): number => (value === null ? Number.POSITIVE_INFINITY : Date.parse(value));

interface Subject {
  klantcontact: string | null;
  wasKlantcontact: string | null;
  aboutZaak: boolean;
}

/**
 * CONTRACT 8, questions: klantcontacten about this zaak, oldest first, each answer under its question.
 * An answer is a klantcontact with an onderwerpobject whose `wasKlantcontact` is the question (Open
 * Inwoner's model); a question's own `reactie` counts as an answer too. Onderwerpobjecten come from
 * a separate list and from `_expand.gingOverOnderwerpobjecten`. Reads no actor and no betrokkene, so
 * no medewerker's name can reach the view (CONTRACT 4.8). Never throws.
 */
export function toQuestionViews(klantcontacten: unknown, onderwerpobjecten: unknown, zaakUuid: string): QuestionView[] {
  const zaak = zaakUuid.toLowerCase();
  const contacts = new Map<string, Record<string, unknown>>();
  const subjects: Subject[] = [];
  const addSubject = (item: unknown, owner: string | null) => {
    if (!isRecord(item)) return;
    const id = isRecord(item.onderwerpobjectidentificator) ? item.onderwerpobjectidentificator : {};
    subjects.push({
      klantcontact: refUuid(item.klantcontact) ?? owner,
      wasKlantcontact: refUuid(item.wasKlantcontact),
      aboutZaak: text(id.codeObjecttype)?.toLowerCase() === 'zaak' && text(id.objectId)?.toLowerCase() === zaak,
    });
  };
  for (const contact of listItems(klantcontacten)) {
    const uuid = isUuid(contact.uuid) ? contact.uuid.toLowerCase() : null;
    if (uuid === null || contacts.has(uuid)) continue;
    contacts.set(uuid, contact);
    const expanded = isRecord(contact._expand) ? contact._expand.gingOverOnderwerpobjecten : undefined;
    if (Array.isArray(expanded)) for (const item of expanded) addSubject(item, uuid);
  }
  for (const item of listItems(onderwerpobjecten)) addSubject(item, null);

  const aboutZaak = new Set<string>();
  /** answer → the klantcontact it answers */
  const answers = new Map<string, string>();
  for (const s of subjects) {
    if (s.klantcontact === null || !contacts.has(s.klantcontact)) continue;
    if (s.aboutZaak) aboutZaak.add(s.klantcontact);
    if (s.wasKlantcontact !== null && s.wasKlantcontact !== s.klantcontact && contacts.has(s.wasKlantcontact)) answers.set(s.klantcontact, s.wasKlantcontact);
  }
  /** The question at the root of an answer chain; null in a cycle. */
  const rootOf = (uuid: string): string | null => {
    const visited = new Set<string>();
    let current = uuid;
    while (answers.has(current)) {
      if (visited.has(current)) return null;
      visited.add(current);
      current = answers.get(current) as string;
    }
    return current;
  };

  const questions = new Map<string, QuestionView>();
  for (const uuid of aboutZaak) {
    if (answers.has(uuid)) continue;
    const contact = contacts.get(uuid) as Record<string, unknown>;
    const body = text(contact.inhoud) ?? text(contact.onderwerp);
    if (body === null) continue;
    const date = moment(contact.plaatsgevondenOp);
    const reactie = text(contact.reactie);
    questions.set(uuid, { uuid, date, channel: channelOf(contact.kanaal), text: body, answers: reactie ? [{ date: null, channel: null, text: reactie }] : [] });
  }
  for (const uuid of answers.keys()) {
    const root = rootOf(uuid);
    const question = root === null ? undefined : questions.get(root);
    const contact = contacts.get(uuid) as Record<string, unknown>;
    const body = text(contact.inhoud) ?? text(contact.reactie);
    if (question && body !== null) question.answers.push({ date: moment(contact.plaatsgevondenOp), channel: channelOf(contact.kanaal), text: body });
  }
  const oldestFirst = <T extends { date: string | null }>(a: T, b: T) => time(a.date) - time(b.date) || 0;
  const list = [...questions.values()].sort(oldestFirst);
  for (const question of list) question.answers.sort(oldestFirst);
  return list;
}

export type QuestionProblem = 'empty' | 'too-long';

/** Checked before sending: something to send, and no more than `maxLength` characters. */
export function checkQuestion(value: string, maxLength: number): QuestionProblem | null {
  if (value.trim() === '') return 'empty';
  return characterCount(value) > maxLength ? 'too-long' : null;
}

/** Characters as a person counts them (and as the API's `maxLength` does): code points, not UTF-16 units. */
export function characterCount(value: string): number {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
}
