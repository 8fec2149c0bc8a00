import type { GatewayErrorKind } from '../gateway/errors.js';
import type { StepState } from '../model/view-model.js';

/** Every text the element shows. Dutch at B1 level: short sentences, no jargon. */
export interface Messages {
  loading: string;
  zaaknummer: string;
  statusHeading: string;
  detailsHeading: string;
  documentsHeading: string;
  stepState: Record<StepState, string>;
  /** Title for a step whose statustype has no omschrijving. */
  untitledStep: (position: number) => string;
  showStepDetails: string;
  hiddenFromResidents: string;
  registratiedatum: string;
  startdatum: string;
  expectedEndDate: string;
  einddatum: string;
  result: string;
  suspended: string;
  suspendedNotice: string;
  suspendedReason: (reason: string) => string;
  confidentiality: string;
  documentsLoading: string;
  documentsEmpty: string;
  documentsFailed: string;
  errors: Record<GatewayErrorKind, string>;
  retry: string;
  retryIn: (seconds: number) => string;
  loadingOverview: string;
  overviewHeading: string;
  openHeading: string;
  closedHeading: string;
  noZaken: string;
  noOpenZaken: string;
  closedStatus: string;
  unknownStatus: string;
  searchLabel: string;
  searchResult: (count: number) => string;
  noSearchResult: string;
  paginationOpen: string;
  paginationClosed: string;
  previousPage: string;
  nextPage: string;
  pageOf: (page: number, count: number) => string;
  backToOverview: string;
}

export const nl: Messages = {
  loading: 'Uw zaak wordt geladen…',
  zaaknummer: 'Zaaknummer',
  statusHeading: 'Status',
  detailsHeading: 'Details',
  documentsHeading: 'Documenten',
  stepState: {
    checked: 'Afgerond: ',
    current: 'Huidige stap: ',
    'not-checked': 'Nog niet gestart: ',
  },
  untitledStep: (position) => `Stap ${position}`,
  showStepDetails: 'Toon uitleg',
  hiddenFromResidents: 'Inwoner krijgt hier geen bericht over',
  registratiedatum: 'Aanvraag ingediend op',
  startdatum: 'Startdatum',
  expectedEndDate: 'Verwachte einddatum',
  einddatum: 'Afgerond op',
  result: 'Uitkomst',
  suspended: 'Opgeschort',
  suspendedNotice: 'Uw zaak ligt even stil.',
  suspendedReason: (reason) => `Reden: ${reason}`,
  confidentiality: 'Vertrouwelijkheid',
  documentsLoading: 'De documenten worden geladen…',
  documentsEmpty: 'Er zijn nog geen documenten bij deze zaak.',
  documentsFailed: 'De documenten kunnen we nu niet laten zien. Probeer het later opnieuw.',
  errors: {
    unauthorized: 'Log in om uw zaken te zien.',
    forbidden: 'U heeft geen toegang tot deze gegevens.',
    'not-found': 'We kunnen deze zaak niet vinden. Kijk of het zaaknummer klopt.',
    unavailable: 'Deze informatie is even niet beschikbaar. Probeer het later opnieuw.',
    network: 'Er is geen verbinding. Kijk of u verbinding heeft met internet en probeer het opnieuw.',
    timeout: 'Er is geen verbinding. Het duurde te lang om uw gegevens op te halen. Probeer het opnieuw.',
    'invalid-response': 'Er ging bij ons iets mis. Probeer het later opnieuw.',
    configuration: 'Deze pagina is niet goed ingesteld. Neem contact op met de gemeente.',
  },
  retry: 'Opnieuw proberen',
  retryIn: (seconds) => `We proberen het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`,
  loadingOverview: 'Uw zaken worden geladen…',
  overviewHeading: 'Mijn zaken',
  openHeading: 'Lopende zaken',
  closedHeading: 'Afgeronde zaken',
  noZaken: 'U heeft nog geen zaken bij ons.',
  noOpenZaken: 'U heeft nu geen lopende zaken.',
  closedStatus: 'Afgerond',
  unknownStatus: 'Nog niet bekend',
  searchLabel: 'Zoek op naam of zaaknummer',
  searchResult: (count) => (count === 1 ? '1 zaak gevonden' : `${count} zaken gevonden`),
  noSearchResult: 'Geen zaken gevonden. Probeer een ander woord of zaaknummer.',
  paginationOpen: 'Pagina’s lopende zaken',
  paginationClosed: 'Pagina’s afgeronde zaken',
  previousPage: 'Vorige',
  nextPage: 'Volgende',
  pageOf: (page, count) => `Pagina ${page} van ${count}`,
  backToOverview: 'Terug naar overzicht',
};

export type Language = 'nl';

export function messagesFor(_language: string): Messages {
  return nl;
}
