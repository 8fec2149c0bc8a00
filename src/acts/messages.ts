import { fyCalendar } from '../i18n/fy.js';
import { languageOf, type Language } from '../i18n/messages.js';
import type { Channel, QuestionProblem } from './questions.js';

/**
 * The texts of the resident's acts (CONTRACT 8), apart from the read-only catalogues in src/i18n so
 * that a read-only page never loads them. Dutch at B1: short sentences, no jargon, calm.
 */
export interface ActsMessages {
  tasksHeading: string;
  tasksFailed: string;
  untitledTask: string;
  /** "Graag vóór 12 december" */
  deadline: (day: string) => string;
  /** A deadline that passed: calm, no red, no capitals. */
  deadlinePassed: (day: string) => string;
  amount: string;
  link: Record<'url' | 'payment' | 'form', string>;
  questionsHeading: string;
  questionsLoading: string;
  questionsFailed: string;
  noQuestions: string;
  askedOn: (date: string) => string;
  answeredOn: (date: string) => string;
  channel: Record<Channel, string>;
  yourQuestion: string;
  answer: string;
  noAnswer: string;
  formHeading: string;
  label: string;
  hint: string;
  /** Shown under the field (read with it, not live). */
  remaining: (count: number, max: number) => string;
  /** Said politely only near the limit: "Nog minder dan 50 tekens over." */
  nearLimit: (threshold: number) => string;
  atLimit: (max: number) => string;
  send: string;
  sending: string;
  received: string;
  problems: Record<QuestionProblem, (max: number) => string>;
  sendFailed: string;
  /** The gateway refused the question (a `400`): the field is marked, the text stays. */
  rejected: string;
  retry: string;
}

const nl: ActsMessages = {
  tasksHeading: 'Actie nodig',
  tasksFailed: 'We kunnen nu niet laten zien wat u nog moet doen. Probeer het later nog eens.',
  untitledTask: 'Taak',
  deadline: (day) => `Graag vóór ${day}`,
  deadlinePassed: (day) => `De datum was ${day}. U kunt dit nog steeds doen.`,
  amount: 'Bedrag',
  link: { url: 'Naar het formulier', payment: 'Nu betalen', form: 'Naar het formulier' },
  questionsHeading: 'Uw vragen over deze zaak',
  questionsLoading: 'Uw vragen worden geladen.',
  questionsFailed: 'We kunnen uw vragen nu niet laten zien. Probeer het later nog eens.',
  noQuestions: 'U heeft nog geen vragen gesteld over deze zaak.',
  askedOn: (date) => `Gesteld op ${date}`,
  answeredOn: (date) => `Beantwoord op ${date}`,
  channel: { email: 'per e-mail', phone: 'per telefoon', desk: 'aan de balie', letter: 'per brief', form: 'via de website', chat: 'via de chat', social: 'via sociale media', app: 'via de app' },
  yourQuestion: 'Uw vraag',
  answer: 'Antwoord',
  noAnswer: 'Er is nog geen antwoord.',
  formHeading: 'Een vraag stellen',
  label: 'Uw vraag',
  hint: 'Schrijf kort wat u wilt weten. Zet geen BSN in uw vraag.',
  remaining: (count, max) => `U kunt nog ${count} van de ${max} tekens typen.`,
  nearLimit: (threshold) => `Nog minder dan ${threshold} tekens over.`,
  atLimit: (max) => `U heeft het maximum van ${max} tekens bereikt.`,
  send: 'Vraag versturen',
  sending: 'Uw vraag wordt verstuurd.',
  received: 'Uw vraag is ontvangen. U krijgt zo snel mogelijk antwoord.',
  problems: { empty: () => 'Typ eerst uw vraag.', 'too-long': (max) => `Uw vraag is te lang. Gebruik niet meer dan ${max} tekens.` },
  sendFailed: 'Uw vraag is niet verstuurd. Uw tekst staat er nog. Probeer het later nog eens.',
  rejected: 'De gemeente kon uw vraag zo niet aannemen. Uw tekst staat er nog. Pas uw vraag aan en verstuur hem opnieuw.',
  retry: 'Opnieuw proberen',
};

const en: ActsMessages = {
  tasksHeading: 'Action needed',
  tasksFailed: 'We cannot show what you still need to do right now. Please try again later.',
  untitledTask: 'Task',
  deadline: (day) => `Please do this by ${day}`,
  deadlinePassed: (day) => `The date was ${day}. You can still do this.`,
  amount: 'Amount',
  link: { url: 'Go to the form', payment: 'Pay now', form: 'Go to the form' },
  questionsHeading: 'Your questions about this case',
  questionsLoading: 'Loading your questions.',
  questionsFailed: 'We cannot show your questions right now. Please try again later.',
  noQuestions: 'You have not asked any questions about this case yet.',
  askedOn: (date) => `Asked on ${date}`,
  answeredOn: (date) => `Answered on ${date}`,
  channel: { email: 'by email', phone: 'by phone', desk: 'at the desk', letter: 'by letter', form: 'on the website', chat: 'in the chat', social: 'on social media', app: 'in the app' },
  yourQuestion: 'Your question',
  answer: 'Answer',
  noAnswer: 'There is no answer yet.',
  formHeading: 'Ask a question',
  label: 'Your question',
  hint: 'Write briefly what you want to know. Do not put your BSN in your question.',
  remaining: (count, max) => `You can type ${count} of ${max} more characters.`,
  nearLimit: (threshold) => `Fewer than ${threshold} characters left.`,
  atLimit: (max) => `You have reached the maximum of ${max} characters.`,
  send: 'Send question',
  sending: 'Sending your question.',
  received: 'Your question has been received. We will answer as soon as we can.',
  problems: { empty: () => 'Please type your question first.', 'too-long': (max) => `Your question is too long. Use no more than ${max} characters.` },
  sendFailed: 'Your question was not sent. Your text is still here. Please try again later.',
  rejected: 'The municipality could not accept your question like this. Your text is still here. Please change your question and send it again.',
  retry: 'Try again',
};

const fy: ActsMessages = {
  tasksHeading: 'Aksje nedich',
  tasksFailed: 'Wy kinne no net sjen litte wat jo noch dwaan moatte. Besykje it letter nochris.',
  untitledTask: 'Taak',
  deadline: (day) => `Graach foar ${day}`,
  deadlinePassed: (day) => `De datum wie ${day}. Jo kinne dit noch altyd dwaan.`,
  amount: 'Bedrach',
  link: { url: 'Nei it formulier', payment: 'No betelje', form: 'Nei it formulier' },
  questionsHeading: 'Jo fragen oer dizze saak',
  questionsLoading: 'Jo fragen wurde laden.',
  questionsFailed: 'Wy kinne jo fragen no net sjen litte. Besykje it letter nochris.',
  noQuestions: 'Jo hawwe noch gjin fragen steld oer dizze saak.',
  askedOn: (date) => `Steld op ${date}`,
  answeredOn: (date) => `Beantwurde op ${date}`,
  channel: { email: 'per e-mail', phone: 'per telefoan', desk: 'oan de baly', letter: 'per brief', form: 'fia de webside', chat: 'fia de chat', social: 'fia sosjale media', app: 'fia de app' },
  yourQuestion: 'Jo fraach',
  answer: 'Antwurd',
  noAnswer: 'Der is noch gjin antwurd.',
  formHeading: 'In fraach stelle',
  label: 'Jo fraach',
  hint: 'Skriuw koart wat jo witte wolle. Set gjin BSN yn jo fraach.',
  remaining: (count, max) => `Jo kinne noch ${count} fan de ${max} tekens type.`,
  nearLimit: (threshold) => `Noch minder as ${threshold} tekens oer.`,
  atLimit: (max) => `Jo hawwe it maksimum fan ${max} tekens berikt.`,
  send: 'Fraach ferstjoere',
  sending: 'Jo fraach wurdt ferstjoerd.',
  received: 'Jo fraach is ûntfongen. Jo krije sa gau mooglik antwurd.',
  problems: { empty: () => 'Typ earst jo fraach.', 'too-long': (max) => `Jo fraach is te lang. Brûk net mear as ${max} tekens.` },
  sendFailed: 'Jo fraach is net ferstjoerd. Jo tekst stiet der noch. Besykje it letter nochris.',
  rejected: 'De gemeente koe jo fraach sa net oannimme. Jo tekst stiet der noch. Pas jo fraach oan en ferstjoer him opnij.',
  retry: 'Opnij besykje',
};

export const actsCatalogues: Readonly<Record<Language, ActsMessages>> = { nl, en, fy };

export function actsMessagesFor(language: string): ActsMessages {
  return actsCatalogues[languageOf(language)];
}

const LOCALES: Readonly<Record<Language, string>> = { nl: 'nl-NL', en: 'en-GB', fy: 'fy-NL' };

/** Dates and amounts for the acts, in the element's language (Frisian months from the catalogue: Chromium's ICU lacks `fy`). */
export interface ActsFormat {
  /** `YYYY-MM-DD` → "12 december" (this year) or "12 december 2027". */
  day: (date: string, today: string) => string;
  /** A date-time → "13 november 2026" in Amsterdam. */
  date: (moment: string) => string;
  money: (value: number, currency: string) => string;
}

const formats = new Map<Language, ActsFormat>();

/** One set of formatters per language: `Intl` objects are costly to make (time-zone data). */
export function actsFormat(language: string): ActsFormat {
  const lang = languageOf(language);
  let format = formats.get(lang);
  if (!format) formats.set(lang, (format = createFormat(lang)));
  return format;
}

function createFormat(lang: Language): ActsFormat {
  const locale = Intl.DateTimeFormat.supportedLocalesOf(LOCALES[lang]).length > 0 ? LOCALES[lang] : null;
  const numberLocale = Intl.NumberFormat.supportedLocalesOf(LOCALES[lang]).length > 0 ? LOCALES[lang] : 'nl-NL';
  const words = (year: number, month: number, dayOfMonth: number, withYear: boolean) =>
    `${dayOfMonth} ${fyCalendar.monthNames[month - 1] ?? ''}${withYear ? ` ${year}` : ''}`;
  const dayMonth = locale ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }) : null;
  const dayMonthYear = locale ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : null;
  const calendar = (date: string, withYear: boolean): string => {
    const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
    const formatter = withYear ? dayMonthYear : dayMonth;
    // A calendar date, formatted in UTC: no time zone can move it to another day.
    return formatter ? formatter.format(Date.UTC(year, month - 1, dayOfMonth)) : words(year, month, dayOfMonth, withYear);
  };
  return {
    day: (date, today) => calendar(date, date.slice(0, 4) !== today.slice(0, 4)),
    date: (moment) => {
      const time = Date.parse(moment);
      return Number.isNaN(time) ? moment : calendar(new Date(time).toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' }), true);
    },
    money: (value, currency) => {
      try {
        return new Intl.NumberFormat(numberLocale, { style: 'currency', currency }).format(value);
      } catch {
        return `${currency} ${value.toFixed(2)}`;
      }
    },
  };
}
