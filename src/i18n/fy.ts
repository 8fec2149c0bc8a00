import type { CalendarWords, Messages } from './messages.js';

/**
 * Frysk, for the Frisian municipalities that piloted MijnZaken. Plain, like the Dutch: "jo" (polite
 * and common), "saak" for zaak. Month names follow the Frisian spelling in running text (lower case).
 */
export const fy: Messages = {
  loading: 'Jo saak wurdt laden…',
  zaaknummer: 'Saaknûmer',
  statusHeading: 'Status',
  detailsHeading: 'Bysûnderheden',
  documentsHeading: 'Dokuminten',
  stepState: {
    checked: 'Ôfrûne: ',
    current: 'Hjoeddeistige stap: ',
    'not-checked': 'Noch net begûn: ',
  },
  latestSubStep: 'Lêste nijs: ',
  showEarlierSubSteps: (count) => (count === 1 ? 'Lit 1 eardere stap sjen' : `Lit alle ${count} eardere stappen sjen`),
  untitledStep: (position) => `Stap ${position}`,
  hiddenFromResidents: 'Ynwenner krijt hjir gjin berjocht oer',
  registratiedatum: 'Oanfraach yntsjinne op',
  startdatum: 'Begjindatum',
  expectedEndDate: 'Ferwachte eindatum',
  einddatum: 'Ôfrûne op',
  result: 'Útkomst',
  suspended: 'Opskoarte',
  suspendedNotice: 'Jo saak leit efkes stil.',
  suspendedReason: (reason) => `Reden: ${reason}`,
  confidentiality: 'Fertroulikens',
  confidentialityLevels: {
    openbaar: 'Iepenbier',
    beperkt_openbaar: 'Beheind iepenbier',
    intern: 'Intern',
    zaakvertrouwelijk: 'Saakfertroulik',
    vertrouwelijk: 'Fertroulik',
    confidentieel: 'Konfidinsjeel',
    geheim: 'Geheim',
    zeer_geheim: 'Hiel geheim',
  },
  documentsLoading: 'De dokuminten wurde laden…',
  documentsEmpty: 'Der binne noch gjin dokuminten by dizze saak.',
  documentsFailed: 'De dokuminten kinne wy no net sjen litte. Besykje it letter nochris.',
  downloadFailed: 'Dit dokumint kinne wy no net downloade. Besykje it letter nochris.',
  missingParts: {
    zaaktype: 'Wat foar soarte saak dit is, kinne wy no net sjen litte. Besykje it letter nochris.',
    steps: 'Net alle stappen kinne wy no sjen litte. Besykje it letter nochris.',
    result: 'De útkomst kinne wy no net sjen litte. Besykje it letter nochris.',
  },
  errors: {
    unauthorized: 'Meld jo oan om jo saken te sjen.',
    forbidden: 'Jo hawwe gjin tagong ta dizze gegevens.',
    'not-found': 'Wy kinne dizze saak net fine. Sjoch oft it saaknûmer goed is.',
    unavailable: 'Dizze ynformaasje is efkes net beskikber. Besykje it letter nochris.',
    network: 'Der is gjin ferbining. Sjoch oft jo ferbining hawwe mei it ynternet en besykje it nochris.',
    timeout: 'Der is gjin ferbining. It duorre te lang om jo gegevens op te heljen. Besykje it nochris.',
    'invalid-response': 'Der gie by ús wat mis. Besykje it letter nochris.',
    configuration: 'Dizze side is net goed ynsteld. Nim kontakt op mei de gemeente.',
  },
  retry: 'Nochris besykje',
  retryIn: (seconds) => `Wy besykje it oer ${seconds} ${seconds === 1 ? 'sekonde' : 'sekonden'} nochris.`,
  loadingOverview: 'Jo saken wurde laden…',
  overviewHeading: 'Myn saken',
  openHeading: 'Rinnende saken',
  closedHeading: 'Ôfrûne saken',
  noZaken: 'Jo hawwe noch gjin saken by ús.',
  noOpenZaken: 'Jo hawwe no gjin rinnende saken.',
  closedStatus: 'Ôfrûne',
  unknownStatus: 'Noch net bekend',
  untitledZaak: 'Saak',
  searchLabel: 'Sykje op namme of saaknûmer',
  searchResult: (count) => (count === 1 ? '1 saak fûn' : `${count} saken fûn`),
  noSearchResult: 'Gjin saken fûn. Besykje in oar wurd of saaknûmer.',
  paginationOpen: 'Siden rinnende saken',
  paginationClosed: 'Siden ôfrûne saken',
  previousPage: 'Foarige',
  nextPage: 'Folgjende',
  pageOf: (page, count) => `Side ${page} fan ${count}`,
  backToOverview: 'Werom nei oersjoch',
};

/** Chromium's `Intl` has no Frisian: dates and relative hints from these words. */
export const fyCalendar: CalendarWords = {
  monthNames: ['jannewaris', 'febrewaris', 'maart', 'april', 'maaie', 'juny', 'july', 'augustus', 'septimber', 'oktober', 'novimber', 'desimber'],
  relativeTime: (count, unit) =>
    unit === 'day' && count < 2
      ? count === 0 ? 'hjoed' : 'moarn'
      : `oer ${count} ${unit === 'day' ? 'dagen' : unit === 'week' ? (count === 1 ? 'wike' : 'wiken') : count === 1 ? 'moanne' : 'moannen'}`,
};
