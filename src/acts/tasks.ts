import { calendarDate, isRecord, isUuid, records, text } from '../model/text.js';
import { checkLink, taskLink, type Capabilities } from './capabilities.js';

/** One open task of the resident (Open VTB Taken API 0.1.0, `externetaken`), ready to show. */
export interface TaskView {
  uuid: string | null;
  kind: 'url' | 'payment' | 'form' | 'other';
  /** `titel`; null when the task has none (the view says "Taak"). */
  title: string | null;
  /** `toelichting`: what to do. */
  explanation: string | null;
  /** `einddatumHandelingsTermijn` as `YYYY-MM-DD`, or null. */
  deadline: string | null;
  /** The deadline lies before `today`: said calmly, never shouted. */
  overdue: boolean;
  /** Checked against `linkOrigins`; null: the task is shown without a link. */
  link: string | null;
  /** A payment task's amount (`details.bedrag`, `details.valuta`). */
  amount: { value: number; currency: string } | null;
}

const KINDS = { urltaak: 'url', betaaltaak: 'payment', formuliertaak: 'form' } as const;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** The items of a list answer: a ZGW page `{results}` or a plain array. */
export function listItems(value: unknown): Record<string, unknown>[] {
  return records(isRecord(value) ? value.results : value);
}

/**
 * CONTRACT 8, tasks: the open tasks related to this zaak's URN, soonest deadline first (no deadline
 * last). `today` is the Amsterdam calendar day, `YYYY-MM-DD`. Never throws.
 */
export function toTaskViews(list: unknown, zaakUrn: string | null, capabilities: Capabilities, today: string): TaskView[] {
  if (zaakUrn === null || capabilities.tasks === null) return [];
  const seen = new Set<string>();
  const views: TaskView[] = [];
  for (const task of listItems(list)) {
    const view = toTaskView(task, zaakUrn, capabilities, today);
    if (!view) continue;
    // A broken back end may list a task twice (pages that shift): show it once.
    const key = view.uuid ?? `${view.title}|${view.deadline}`;
    if (seen.has(key)) continue;
    seen.add(key);
    views.push(view);
  }
  return views.sort((a, b) => compare(a.deadline, b.deadline) || compare(a.title, b.title));
}

/** Nulls last; otherwise string order (ISO dates sort as text). */
function compare(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function toTaskView(task: Record<string, unknown>, zaakUrn: string, capabilities: Capabilities, today: string): TaskView | null {
  // Only open tasks; the gateway filters too, the element is a second line.
  if (task.status !== 'open') return null;
  const related = records<{ urn?: unknown }>(task.isGerelateerdAan).some((item) => text(item.urn) === zaakUrn);
  if (!related) return null;
  const title = text(task.titel);
  const explanation = text(task.toelichting);
  if (title === null && explanation === null) return null;
  const kind = Object.hasOwn(KINDS, String(task.taakSoort)) ? KINDS[task.taakSoort as keyof typeof KINDS] : 'other';
  const details = isRecord(task.details) ? task.details : {};
  const uuid = isUuid(task.uuid) ? task.uuid.toLowerCase() : null;
  const deadline = calendarDate(task.einddatumHandelingsTermijn);
  const link =
    kind === 'url'
      ? checkLink(details.uitvraagLink, capabilities.linkOrigins)
      : kind === 'other'
        ? null
        : taskLink(capabilities.tasks?.taskUrl ?? null, uuid, capabilities.linkOrigins);
  return { uuid, kind, title, explanation, deadline, overdue: deadline !== null && deadline < today, link, amount: kind === 'payment' ? amount(details) : null };
}

function amount(details: Record<string, unknown>): TaskView['amount'] {
  const value = typeof details.bedrag === 'number' ? String(details.bedrag) : text(details.bedrag);
  const currency = details.valuta === undefined || details.valuta === null ? 'EUR' : text(details.valuta);
  if (value === null || !AMOUNT.test(value) || currency === null || !/^[A-Z]{3}$/.test(currency)) return null;
  return { value: Number(value), currency };
}

/** Today in Amsterdam as `YYYY-MM-DD`. */
export function amsterdamToday(now: number = Date.now()): string {
  return new Date(now).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}
