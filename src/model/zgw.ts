/**
 * The subset of ZGW resources the element reads: Zaken 1.5.1, Catalogi 1.3.1 and Documenten 1.4.2
 * as Open Zaak 1.30 serves them. Every field is optional or nullable here on purpose: a gateway
 * answer is untrusted input, and the model functions must cope with whatever arrives.
 */

export type Vertrouwelijkheidaanduiding =
  | 'openbaar'
  | 'beperkt_openbaar'
  | 'intern'
  | 'zaakvertrouwelijk'
  | 'vertrouwelijk'
  | 'confidentieel'
  | 'geheim'
  | 'zeer_geheim';

/** A ZGW list page. `/zaakinformatieobjecten` answers with a plain array instead. */
export interface ZgwPage<T> {
  count?: number;
  next?: string | null;
  previous?: string | null;
  results: T[];
}

export interface Opschorting {
  indicatie?: boolean | null;
  reden?: string | null;
}

export interface Verlenging {
  reden?: string | null;
  /** ISO 8601 duration, e.g. `P30D`. */
  duur?: string | null;
}

/** `_expand` as Open Zaak returns it: always present on `/zaken` when expand was asked, possibly `{}`. */
export interface ZaakExpand {
  zaaktype?: ZaakType | null;
  status?: (Status & { _expand?: { statustype?: StatusType | null } }) | null;
  resultaat?: (Resultaat & { _expand?: { resultaattype?: ResultaatType | null } }) | null;
}

export interface Zaak {
  url?: string;
  uuid?: string;
  identificatie?: string | null;
  bronorganisatie?: string | null;
  omschrijving?: string | null;
  toelichting?: string | null;
  zaaktype?: string | null;
  registratiedatum?: string | null;
  startdatum?: string | null;
  einddatum?: string | null;
  einddatumGepland?: string | null;
  uiterlijkeEinddatumAfdoening?: string | null;
  publicatiedatum?: string | null;
  vertrouwelijkheidaanduiding?: Vertrouwelijkheidaanduiding | string | null;
  verlenging?: Verlenging | null;
  opschorting?: Opschorting | null;
  status?: string | null;
  resultaat?: string | null;
  _expand?: ZaakExpand | null;
}

export interface ZaakType {
  url?: string;
  identificatie?: string | null;
  omschrijving?: string | null;
  omschrijvingGeneriek?: string | null;
  /** ISO 8601 duration. */
  doorlooptijd?: string | null;
  /** ISO 8601 duration. */
  servicenorm?: string | null;
  statustypen?: string[] | null;
  resultaattypen?: string[] | null;
}

export interface StatusType {
  url?: string;
  omschrijving?: string | null;
  omschrijvingGeneriek?: string | null;
  statustekst?: string | null;
  zaaktype?: string | null;
  volgnummer?: number | null;
  isEindstatus?: boolean | null;
  informeren?: boolean | null;
}

export interface Status {
  url?: string;
  uuid?: string;
  zaak?: string | null;
  statustype?: string | null;
  /** ISO 8601 date-time; eSuite sends a date without a time. */
  datumStatusGezet?: string | null;
  statustoelichting?: string | null;
  indicatieLaatstGezetteStatus?: boolean | null;
  /** A Rol URL: never shown (CONTRACT 4.8). */
  gezetdoor?: string | null;
}

export interface Resultaat {
  url?: string;
  uuid?: string;
  zaak?: string | null;
  resultaattype?: string | null;
  toelichting?: string | null;
}

export interface ResultaatType {
  url?: string;
  omschrijving?: string | null;
  resultaattypeomschrijving?: string | null;
  omschrijvingGeneriek?: string | null;
  toelichting?: string | null;
}

export interface ZaakInformatieObject {
  url?: string;
  uuid?: string;
  informatieobject?: string | null;
  zaak?: string | null;
  titel?: string | null;
  beschrijving?: string | null;
  registratiedatum?: string | null;
}

export interface EnkelvoudigInformatieObject {
  url?: string;
  identificatie?: string | null;
  creatiedatum?: string | null;
  titel?: string | null;
  vertrouwelijkheidaanduiding?: Vertrouwelijkheidaanduiding | string | null;
  /** `in_bewerking`, `ter_vaststelling`, `definitief`, `gearchiveerd`, or absent. */
  status?: string | null;
  /** MIME type. */
  formaat?: string | null;
  bestandsnaam?: string | null;
  /** Download URL (`…/enkelvoudiginformatieobjecten/{uuid}/download?versie=n`). */
  inhoud?: string | null;
  /** Bytes. */
  bestandsomvang?: number | null;
  beginRegistratie?: string | null;
  ontvangstdatum?: string | null;
  verzenddatum?: string | null;
  /** Documenten 1.5+; absent in Open Zaak 1.30. */
  tonenAanInitiator?: boolean | null;
}
