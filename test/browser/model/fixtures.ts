/**
 * Small ZGW-shaped fixtures for the model tests, in Open Zaak's layout
 * (one host, `/zaken/api/v1/…`, `/catalogi/api/v1/…`, `/documenten/api/v1/…`).
 * Every factory takes overrides so a test states only what it is about.
 */
import type {
  EnkelvoudigInformatieObject,
  Resultaat,
  ResultaatType,
  Status,
  StatusType,
  Zaak,
  ZaakInformatieObject,
  ZaakType,
} from '../../../src/model/zgw.js';
import type { StepView, TimelineView } from '../../../src/model/view-model.js';

export const OPEN_ZAAK = 'https://openzaak.gemeente.example';
export const ZAKEN_API = `${OPEN_ZAAK}/zaken/api/v1`;
export const CATALOGI_API = `${OPEN_ZAAK}/catalogi/api/v1`;
export const DOCUMENTEN_API = `${OPEN_ZAAK}/documenten/api/v1`;

/** A deterministic, valid (version 4) UUID per number: `uuid(7)` → `…-000000000007`. */
export function uuid(n: number): string {
  return `6f1c2b3a-9d4e-4a5b-8c7d-${n.toString(16).padStart(12, '0')}`;
}

export const ZAAK_UUID = 'd4c0f0a2-3b1e-4c6f-9a8d-2e7b5c1f0a93';
export const ZAAKTYPE_UUID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

export const zaakUrl = (id: string = ZAAK_UUID): string => `${ZAKEN_API}/zaken/${id}`;
export const statusUrl = (id: string): string => `${ZAKEN_API}/statussen/${id}`;
export const resultaatUrl = (id: string): string => `${ZAKEN_API}/resultaten/${id}`;
export const zaaktypeUrl = (id: string = ZAAKTYPE_UUID): string => `${CATALOGI_API}/zaaktypen/${id}`;
export const statustypeUrl = (id: string): string => `${CATALOGI_API}/statustypen/${id}`;
export const resultaattypeUrl = (id: string): string => `${CATALOGI_API}/resultaattypen/${id}`;
export const documentUrl = (id: string): string => `${DOCUMENTEN_API}/enkelvoudiginformatieobjecten/${id}`;
export const rolUrl = (id: string): string => `${ZAKEN_API}/rollen/${id}`;

export function makeZaak(overrides: Partial<Zaak> = {}): Zaak {
  return {
    url: zaakUrl(),
    uuid: ZAAK_UUID,
    identificatie: 'ZAAK-2026-0000123',
    bronorganisatie: '002220647',
    omschrijving: 'Aanvraag omgevingsvergunning dakkapel',
    toelichting: null,
    zaaktype: zaaktypeUrl(),
    registratiedatum: '2026-01-12',
    startdatum: '2026-01-12',
    einddatum: null,
    einddatumGepland: null,
    uiterlijkeEinddatumAfdoening: null,
    publicatiedatum: null,
    vertrouwelijkheidaanduiding: 'openbaar',
    verlenging: null,
    opschorting: { indicatie: false, reden: '' },
    status: null,
    resultaat: null,
    ...overrides,
  };
}

export function makeZaaktype(overrides: Partial<ZaakType> = {}): ZaakType {
  return {
    url: zaaktypeUrl(),
    identificatie: 'OMGEVINGSVERGUNNING',
    omschrijving: 'Omgevingsvergunning',
    omschrijvingGeneriek: '',
    doorlooptijd: 'P8W',
    servicenorm: null,
    statustypen: [],
    resultaattypen: [],
    ...overrides,
  };
}

/** A statustype; `key` makes its URL (`statustypeUrl(key)`) unless `url` is given. */
export function makeStatustype(key: string, overrides: Partial<StatusType> = {}): StatusType {
  return {
    url: statustypeUrl(key),
    omschrijving: `Stap ${key}`,
    omschrijvingGeneriek: '',
    statustekst: `Uitleg bij stap ${key}`,
    zaaktype: zaaktypeUrl(),
    volgnummer: 1,
    isEindstatus: false,
    informeren: true,
    ...overrides,
  };
}

/** A status; `key` makes its URL (`statusUrl(key)`) and uuid. */
export function makeStatus(key: string, statustype: StatusType | string, datumStatusGezet: string, overrides: Partial<Status> = {}): Status {
  return {
    url: statusUrl(key),
    uuid: key,
    zaak: zaakUrl(),
    statustype: typeof statustype === 'string' ? statustype : (statustype.url ?? null),
    datumStatusGezet,
    statustoelichting: '',
    indicatieLaatstGezetteStatus: false,
    gezetdoor: null,
    ...overrides,
  };
}

export function makeResultaat(overrides: Partial<Resultaat> = {}): Resultaat {
  return {
    url: resultaatUrl(uuid(900)),
    uuid: uuid(900),
    zaak: zaakUrl(),
    resultaattype: resultaattypeUrl(uuid(901)),
    toelichting: 'De vergunning is verleend onder voorwaarden.',
    ...overrides,
  };
}

export function makeResultaattype(overrides: Partial<ResultaatType> = {}): ResultaatType {
  return {
    url: resultaattypeUrl(uuid(901)),
    omschrijving: 'Verleend',
    resultaattypeomschrijving: 'https://selectielijst.openzaak.nl/api/v1/resultaattypeomschrijvingen/fb65d251',
    omschrijvingGeneriek: 'Verleend',
    toelichting: '',
    ...overrides,
  };
}

export function makeDocument(key: string, overrides: Partial<EnkelvoudigInformatieObject> = {}): EnkelvoudigInformatieObject {
  return {
    url: documentUrl(key),
    identificatie: `DOCUMENT-${key.slice(-4)}`,
    creatiedatum: '2026-02-01',
    titel: `Document ${key.slice(-4)}`,
    vertrouwelijkheidaanduiding: 'openbaar',
    status: 'definitief',
    formaat: 'application/pdf',
    bestandsnaam: `document-${key.slice(-4)}.pdf`,
    inhoud: `${documentUrl(key)}/download?versie=1`,
    bestandsomvang: 123456,
    beginRegistratie: '2026-02-01T10:00:00Z',
    ontvangstdatum: null,
    verzenddatum: null,
    ...overrides,
  };
}

let linkCounter = 5000;

export function makeLink(document: EnkelvoudigInformatieObject, overrides: Partial<ZaakInformatieObject> = {}): ZaakInformatieObject {
  linkCounter += 1;
  const id = uuid(linkCounter);
  return {
    url: `${ZAKEN_API}/zaakinformatieobjecten/${id}`,
    uuid: id,
    informatieobject: document.url ?? null,
    zaak: zaakUrl(),
    titel: '',
    beschrijving: '',
    registratiedatum: '2026-02-02T09:00:00Z',
    ...overrides,
  };
}

/**
 * The usual four steps of a permit: Ontvangen (1), In behandeling (2), Besluit genomen (3),
 * Afgehandeld (4, end status). Returned in volgnummer order; tests shuffle them when that matters.
 */
export function fourSteps(): [StatusType, StatusType, StatusType, StatusType] {
  return [
    makeStatustype(uuid(1), { omschrijving: 'Ontvangen', statustekst: 'We hebben uw aanvraag ontvangen.', volgnummer: 1 }),
    makeStatustype(uuid(2), { omschrijving: 'In behandeling', statustekst: 'We beoordelen uw aanvraag.', volgnummer: 2 }),
    makeStatustype(uuid(3), { omschrijving: 'Besluit genomen', statustekst: 'Er is een besluit genomen.', volgnummer: 3 }),
    makeStatustype(uuid(4), { omschrijving: 'Afgehandeld', statustekst: 'Uw aanvraag is afgehandeld.', volgnummer: 4, isEindstatus: true }),
  ];
}

/** Titles of the steps, in order. */
export const titles = (view: TimelineView): string[] => view.steps.map((step) => step.title);
/** States of the steps, in order. */
export const states = (view: TimelineView): string[] => view.steps.map((step) => step.state);
/** The steps that are marked current. */
export const currentSteps = (view: TimelineView): StepView[] => view.steps.filter((step) => step.isCurrent);
