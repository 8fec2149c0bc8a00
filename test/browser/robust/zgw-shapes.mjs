// ZGW facts the model fuzzing generates from, taken from the Open Zaak 1.30 OpenAPI specs in
// spec/zgw-openapi/open-zaak-1.30.0/. test/node/zgw-shapes.test.mjs checks them against the specs.
export const SHAPES = {
  /** VertrouwelijkheidaanduidingEnum (Zaken, Documenten), in order. */
  vertrouwelijkheidaanduiding: ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'],
  /** Documenten StatusEnum of an EnkelvoudigInformatieObject. */
  documentStatus: ['in_bewerking', 'ter_vaststelling', 'definitief', 'gearchiveerd'],
  /** Fields the fuzzing generates, per schema and API, with their spec type and format. */
  fields: {
    'zaken Zaak': {
      url: ['string', 'uri'], uuid: ['string', 'uuid'], identificatie: ['string'], omschrijving: ['string'], toelichting: ['string'],
      zaaktype: ['string', 'uri'], registratiedatum: ['string', 'date'], startdatum: ['string', 'date'], einddatum: ['string', 'date'],
      einddatumGepland: ['string', 'date'], uiterlijkeEinddatumAfdoening: ['string', 'date'], status: ['string', 'uri'], resultaat: ['string', 'uri'],
    },
    'zaken Status': {
      url: ['string', 'uri'], uuid: ['string', 'uuid'], zaak: ['string', 'uri'], statustype: ['string', 'uri'],
      datumStatusGezet: ['string', 'date-time'], statustoelichting: ['string'], indicatieLaatstGezetteStatus: ['boolean'], gezetdoor: ['string', 'uri'],
    },
    'catalogi StatusType': {
      url: ['string', 'uri'], omschrijving: ['string'], omschrijvingGeneriek: ['string'], statustekst: ['string'], zaaktype: ['string', 'uri'],
      volgnummer: ['integer'], isEindstatus: ['boolean'], informeren: ['boolean'],
    },
    'catalogi ZaakType': { url: ['string', 'uri'], omschrijving: ['string'], doorlooptijd: ['string', 'duration'], servicenorm: ['string', 'duration'] },
    'documenten EnkelvoudigInformatieObject': {
      url: ['string', 'uri'], titel: ['string'], creatiedatum: ['string', 'date'], formaat: ['string'], bestandsnaam: ['string'],
      inhoud: ['string', 'uri'], bestandsomvang: ['integer'],
    },
  },
};
