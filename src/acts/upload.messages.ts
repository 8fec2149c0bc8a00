import { languageOf } from '../i18n/messages.js';
import type { ErrorKind } from '../vocabulary.js';
import type { FileProblem } from './upload.js';

/**
 * The texts of "Document toevoegen" (CONTRACT 8), in the acts module only. Dutch at B1: short
 * sentences, what happened and what the resident can do.
 */
export interface UploadMessages {
  heading: string;
  label: string;
  /** Under the label: which files, how large. */
  hint: (types: string, maxSize: string) => string;
  /** One file's problem before anything was sent. */
  problems: Record<FileProblem, (name: string, maxSize: string) => string>;
  rejected: (name: string) => string;
  /** The progress bar's accessible name. */
  progressLabel: (name: string) => string;
  /** Said politely at 25, 50, 75 and 100 percent. */
  progressSpoken: (name: string, percent: number) => string;
  waiting: (name: string) => string;
  sending: (name: string) => string;
  finishing: (name: string) => string;
  received: (name: string) => string;
  failed: (name: string) => string;
  cancel: (name: string) => string;
  cancelling: (name: string) => string;
  cancelled: (name: string) => string;
  cleanupFailed: (name: string) => string;
  retry: (name: string) => string;
  /** A sentence after `failed` for the failures with a cause the resident can act on. */
  reasons: Partial<Record<ErrorKind, string>>;
  /** The kinds of file, in words, for the hint. */
  typeNames: Readonly<Record<string, string>>;
  or: string;
}

const TYPE_NAMES_NL = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG', 'image/heic': 'HEIC', 'text/plain': 'tekst (TXT)' };

const nl: UploadMessages = {
  heading: 'Document toevoegen',
  label: 'Kies een of meer bestanden',
  hint: (types, maxSize) => `U kunt ${types} sturen. Elk bestand mag niet groter zijn dan ${maxSize}.`,
  problems: {
    type: (name) => `${name} kunnen we niet aannemen. Dit soort bestand is niet toegestaan. Kies een ander bestand.`,
    'too-large': (name, maxSize) => `${name} is te groot. Een bestand mag niet groter zijn dan ${maxSize}.`,
    empty: (name) => `${name} is leeg. Kies een ander bestand.`,
  },
  rejected: (name) => `${name} is niet aangenomen. Kies een ander bestand of bel ons.`,
  progressLabel: (name) => `Versturen van ${name}`,
  progressSpoken: (name, percent) => `${name}: ${percent} procent verstuurd.`,
  waiting: (name) => `${name} wacht op zijn beurt.`,
  sending: (name) => `${name} wordt verstuurd.`,
  finishing: (name) => `${name} is bijna klaar.`,
  received: (name) => `${name} is ontvangen. U ziet het bij de documenten.`,
  failed: (name) => `${name} is niet helemaal verstuurd. Wat al verstuurd is, blijft bewaard. Probeer het opnieuw.`,
  cancel: (name) => `Stop met versturen van ${name}`,
  cancelling: (name) => `Het versturen van ${name} wordt gestopt.`,
  cancelled: (name) => `U heeft het versturen van ${name} gestopt. Er is niets bewaard.`,
  cleanupFailed: (name) => `Het versturen van ${name} is gestopt, maar een deel kon nog niet weg. Probeer het opnieuw.`,
  retry: (name) => `Opnieuw proberen: ${name}`,
  reasons: {
    unauthorized: 'U bent niet meer ingelogd. Log opnieuw in.',
    forbidden: 'U mag bij deze zaak geen document toevoegen.',
    network: 'Er is nu geen verbinding met internet.',
    timeout: 'Het duurde te lang.',
    unavailable: 'Het lukt nu even niet bij ons.',
  },
  typeNames: TYPE_NAMES_NL,
  or: 'of',
};

const en: UploadMessages = {
  heading: 'Add a document',
  label: 'Choose one or more files',
  hint: (types, maxSize) => `You can send ${types}. Each file can be at most ${maxSize}.`,
  problems: {
    type: (name) => `We cannot accept ${name}. This kind of file is not allowed. Please choose another file.`,
    'too-large': (name, maxSize) => `${name} is too large. A file can be at most ${maxSize}.`,
    empty: (name) => `${name} is empty. Please choose another file.`,
  },
  rejected: (name) => `${name} was not accepted. Please choose another file or call us.`,
  progressLabel: (name) => `Sending ${name}`,
  progressSpoken: (name, percent) => `${name}: ${percent} percent sent.`,
  waiting: (name) => `${name} is waiting its turn.`,
  sending: (name) => `Sending ${name}.`,
  finishing: (name) => `${name} is almost done.`,
  received: (name) => `${name} has been received. You can see it under documents.`,
  failed: (name) => `${name} was not sent completely. What was sent is kept. Please try again.`,
  cancel: (name) => `Stop sending ${name}`,
  cancelling: (name) => `Stopping sending ${name}.`,
  cancelled: (name) => `You stopped sending ${name}. Nothing was kept.`,
  cleanupFailed: (name) => `Sending ${name} has stopped, but a part could not be removed yet. Please try again.`,
  retry: (name) => `Try again: ${name}`,
  reasons: {
    unauthorized: 'You are no longer logged in. Please log in again.',
    forbidden: 'You cannot add a document to this case.',
    network: 'There is no internet connection right now.',
    timeout: 'It took too long.',
    unavailable: 'Our system is not working right now.',
  },
  typeNames: { ...TYPE_NAMES_NL, 'text/plain': 'text (TXT)' },
  or: 'or',
};

const fy: UploadMessages = {
  heading: 'Dokumint tafoegje',
  label: 'Kies ien of mear bestannen',
  hint: (types, maxSize) => `Jo kinne ${types} stjoere. Elk bestân mei net grutter wêze as ${maxSize}.`,
  problems: {
    type: (name) => `${name} kinne wy net oannimme. Dit soarte bestân is net tastien. Kies in oar bestân.`,
    'too-large': (name, maxSize) => `${name} is te grut. In bestân mei net grutter wêze as ${maxSize}.`,
    empty: (name) => `${name} is leech. Kies in oar bestân.`,
  },
  rejected: (name) => `${name} is net oannommen. Kies in oar bestân of skilje ús.`,
  progressLabel: (name) => `Ferstjoeren fan ${name}`,
  progressSpoken: (name, percent) => `${name}: ${percent} persint ferstjoerd.`,
  waiting: (name) => `${name} wachtet op syn beurt.`,
  sending: (name) => `${name} wurdt ferstjoerd.`,
  finishing: (name) => `${name} is hast klear.`,
  received: (name) => `${name} is ûntfongen. Jo sjogge it by de dokuminten.`,
  failed: (name) => `${name} is net hielendal ferstjoerd. Wat al ferstjoerd is, bliuwt bewarre. Besykje it opnij.`,
  cancel: (name) => `Stop mei ferstjoeren fan ${name}`,
  cancelling: (name) => `It ferstjoeren fan ${name} wurdt stoppe.`,
  cancelled: (name) => `Jo hawwe it ferstjoeren fan ${name} stoppe. Der is neat bewarre.`,
  cleanupFailed: (name) => `It ferstjoeren fan ${name} is stoppe, mar in diel koe noch net fuort. Besykje it opnij.`,
  retry: (name) => `Opnij besykje: ${name}`,
  reasons: {
    unauthorized: 'Jo binne net mear ynlogd. Log opnij yn.',
    forbidden: 'Jo meie by dizze saak gjin dokumint tafoegje.',
    network: 'Der is no gjin ferbining mei it ynternet.',
    timeout: 'It duorre te lang.',
    unavailable: 'It slagget no eefkes net by ús.',
  },
  typeNames: { ...TYPE_NAMES_NL, 'text/plain': 'tekst (TXT)' },
  or: 'of',
};

export const uploadCatalogues = { nl, en, fy } as const;

export function uploadMessagesFor(language: string): UploadMessages {
  return uploadCatalogues[languageOf(language)];
}

/** "20 MB", "1,5 MB", "800 kB" in the element's language (1 MB = 1024 × 1024 bytes, as Windows counts: 20971520 is "20 MB"). */
export function fileSize(bytes: number, language: string): string {
  const lang = languageOf(language);
  const locale = lang === 'en' ? 'en-GB' : 'nl-NL';
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [Math.max(1, bytes / 1024), 'kB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value)} ${unit}`;
}

/** "PDF, JPG of PNG": the accepted types in words (an unknown type by its subtype in capitals). */
export function typeList(accept: readonly string[], t: UploadMessages): string {
  const names = [...new Set(accept.map((type) => t.typeNames[type] ?? (type.split('/')[1] ?? type).toUpperCase()))];
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${t.or} ${names.at(-1)}`;
}
