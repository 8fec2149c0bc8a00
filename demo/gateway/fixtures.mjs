// @ts-check
// Demo data for the mock ZGW gateway: the national MijnZaken guide's pilot cases, in Dutch.
// Source records are layout-independent; buildWorld(layout) turns them into bodies with back-end
// URLs (Open Zaak's one-host layout or one host per API), valid against the Open Zaak 1.30 specs
// (Zaken 1.5.1, Catalogi 1.3.1, Documenten 1.4.2). "Today" is 2026-11-23.
//
// No BSN or person name appears anywhere: documents have an organisational unit as `auteur`,
// letters say "Geachte heer, mevrouw", and rollen/gezetdoor are bare URLs the element never follows.
// The RSINs below are fictitious (they pass the 11-proef but belong to no real municipality).
import { createHash } from 'node:crypto';
import { makeDocx, makeJpeg, makePdf, makePng, makeText } from './files.mjs';

/** @typedef {'openzaak' | 'per-api'} Layout */
/** @typedef {'zaken' | 'catalogi' | 'documenten'} Api */
/** @typedef {import('./resources/types.mjs').JsonObject} JsonObject */

/** Which API each ZGW resource belongs to (CONTRACT section 5). */
export const API_OF_RESOURCE = /** @type {const} */ ({
  zaken: 'zaken',
  statussen: 'zaken',
  resultaten: 'zaken',
  zaakinformatieobjecten: 'zaken',
  rollen: 'zaken',
  zaaktypen: 'catalogi',
  statustypen: 'catalogi',
  resultaattypen: 'catalogi',
  informatieobjecttypen: 'catalogi',
  catalogussen: 'catalogi',
  enkelvoudiginformatieobjecten: 'documenten',
});

/**
 * Base URL of one API on the back end, as it appears inside response bodies.
 * @param {Layout} layout @param {Api} api
 */
export function backendBase(layout, api) {
  return layout === 'per-api' ? `https://${api}.gemeente.example/api/v1` : `https://openzaak.gemeente.example/${api}/api/v1`;
}

/** Origin used in problem `type` URLs. @param {Layout} layout @param {Api} api */
export function backendOrigin(layout, api) {
  return new URL(backendBase(layout, api)).origin;
}

/** A fixed UUID derived from a name (UUID v5 layout over SHA-1), so generated records are stable. */
/** @param {string} name */
export function uid(name) {
  const h = createHash('sha1').update(`mijn-zaken-demo:${name}`).digest('hex');
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const TODAY = '2026-11-23';
const SELECTIELIJST = 'https://selectielijst.openzaak.nl/api/v1';

/** Organisations (fictitious RSINs) and their catalogue. */
const ORGS = {
  ooststellingwerf: { naam: 'Gemeente Ooststellingwerf', rsin: '001112715', team: 'Team Belastingen OWO' },
  buren: { naam: 'Gemeente Buren', rsin: '002212419', team: 'Team Werk en Inkomen' },
  denhaag: { naam: 'Gemeente Den Haag', rsin: '003312604', team: 'Dienst Stedelijke Ontwikkeling' },
  tilburg: { naam: 'Gemeente Tilburg', rsin: '004412345', team: 'Klachtencoördinatie' },
  opsterland: { naam: 'Gemeente Opsterland', rsin: '005512530', team: 'Team Wmo' },
};

/**
 * A zaaktype as the demo writes it down.
 * @typedef {object} ZaaktypeSource
 * @property {string} key @property {keyof typeof ORGS} org @property {string} identificatie @property {string} omschrijving
 * @property {string} omschrijvingGeneriek @property {string} onderwerp @property {string} handelingInitiator
 * @property {string} handelingBehandelaar @property {string} doel @property {string} aanleiding @property {string} toelichting
 * @property {string} doorlooptijd @property {string | null} servicenorm @property {boolean} verlengingMogelijk
 * @property {string | null} verlengingstermijn @property {boolean} opschorting @property {string[]} trefwoorden
 * @property {string} referentieproces
 * @property {Array<[number, string, string, boolean]>} statustypen [volgnummer, omschrijving, statustekst, informeren]
 * @property {Array<[string, string, string]>} resultaattypen [omschrijving, toelichting, omschrijvingGeneriek]
 */

/**
 * A zaak as the demo writes it down.
 * @typedef {object} ZaakSource
 * @property {string} uuid @property {string} identificatie @property {string} zaaktype a ZaaktypeSource key
 * @property {string} title @property {string} summary @property {string} omschrijving @property {string} toelichting
 * @property {string} registratiedatum @property {string} [einddatum] @property {string} [einddatumGepland]
 * @property {string} [uiterlijkeEinddatumAfdoening]
 * @property {[string, string]} [resultaat] [resultaattype omschrijving, toelichting]
 * @property {Array<[number, string, string]>} statussen [volgnummer, datumStatusGezet, statustoelichting]
 * @property {DocSource[]} documents
 * @property {string} [opschorting] the reason, when suspended
 * @property {[string, string]} [verlenging] [reden, duur]
 */

/**
 * Zaaktypen with their statustypen IN CREATION ORDER (deliberately not by volgnummer: Open Zaak
 * lists them in creation order) and resultaattypen.
 * @type {ZaaktypeSource[]}
 */
const ZAAKTYPEN = [
  {
    key: 'woz',
    org: 'ooststellingwerf',
    identificatie: 'BEZWAAR-WOZ',
    omschrijving: 'Bezwaar WOZ-waarde',
    omschrijvingGeneriek: 'Bezwaar',
    onderwerp: 'WOZ-beschikking',
    handelingInitiator: 'Indienen',
    handelingBehandelaar: 'Behandelen',
    doel: 'Een inwoner kan bezwaar maken tegen de vastgestelde WOZ-waarde van een woning of ander pand.',
    aanleiding: 'Een inwoner is het niet eens met de WOZ-waarde op de WOZ-beschikking.',
    toelichting: 'De gemeenten Ooststellingwerf, Opsterland en Weststellingwerf behandelen samen de bezwaren tegen de WOZ-waarde.',
    doorlooptijd: 'P12W',
    servicenorm: 'P8W',
    verlengingMogelijk: true,
    verlengingstermijn: 'P6W',
    opschorting: true,
    trefwoorden: ['WOZ', 'bezwaar', 'belastingen'],
    referentieproces: 'Bezwaar en beroep',
    statustypen: [
      [2, 'Bezwaar wordt beoordeeld', 'Een taxateur kijkt opnieuw naar de WOZ-waarde van uw woning. Hij vergelijkt uw woning met woningen in de buurt die rond 1 januari 2025 zijn verkocht.', true],
      [4, 'Uitspraak op bezwaar', 'U krijgt een brief met onze beslissing. Bent u het er niet mee eens? In de brief staat hoe u in beroep kunt gaan bij de rechtbank.', true],
      [1, 'Bezwaar ontvangen', 'We hebben uw bezwaar ontvangen. U krijgt binnen een week een ontvangstbevestiging.', true],
      [3, 'Gesprek met de taxateur', 'Soms wil de taxateur uw woning bekijken of u bellen. Dan maken we eerst een afspraak met u.', false],
    ],
    resultaattypen: [
      ['Gegrond', 'Uw bezwaar is gegrond. De WOZ-waarde wordt verlaagd.', 'Gegrond'],
      ['Ongegrond', 'Uw bezwaar is ongegrond. De WOZ-waarde blijft hetzelfde.', 'Ongegrond'],
    ],
  },
  {
    key: 'inkomenstoeslag',
    org: 'buren',
    identificatie: 'IIT',
    omschrijving: 'Individuele inkomenstoeslag',
    omschrijvingGeneriek: 'Aanvraag inkomensondersteuning',
    onderwerp: 'Individuele inkomenstoeslag',
    handelingInitiator: 'Aanvragen',
    handelingBehandelaar: 'Beoordelen',
    doel: 'Inwoners die lang een laag inkomen hebben, krijgen een extra bedrag per jaar.',
    aanleiding: 'Een inwoner vraagt de individuele inkomenstoeslag aan.',
    toelichting: 'Participatiewet, artikel 36.',
    doorlooptijd: 'P8W',
    servicenorm: null,
    verlengingMogelijk: false,
    verlengingstermijn: null,
    opschorting: true,
    trefwoorden: ['inkomen', 'toeslag'],
    referentieproces: 'Aanvraag inkomensondersteuning',
    statustypen: [
      [1, 'Aanvraag ontvangen', 'We hebben uw aanvraag ontvangen. Een consulent gaat ermee aan de slag.', true],
      [4, 'Besluit verstuurd', 'U krijgt een brief met ons besluit. Krijgt u de toeslag? Dan staat in de brief wanneer u het geld krijgt.', true],
      [2, 'Aanvraag wordt beoordeeld', 'We kijken of u recht hebt op de toeslag. We bekijken uw inkomen en uw spaargeld van de afgelopen 3 jaar. Missen we iets? Dan vragen we het u.', true],
      [3, 'Extra gegevens opgevraagd', 'We hebben u gevraagd om extra gegevens. U hebt 2 weken om die te sturen.', false],
    ],
    resultaattypen: [
      ['Toegekend', 'U krijgt de individuele inkomenstoeslag.', 'Toegekend'],
      ['Afgewezen', 'U krijgt de individuele inkomenstoeslag niet.', 'Afgewezen'],
    ],
  },
  {
    key: 'geluid',
    org: 'denhaag',
    identificatie: 'SUB-GELUID',
    omschrijving: 'Subsidie geluidsisolatie woning',
    omschrijvingGeneriek: 'Subsidieaanvraag',
    onderwerp: 'Geluidsanering',
    handelingInitiator: 'Aanvragen',
    handelingBehandelaar: 'Behandelen',
    doel: 'Woningen langs drukke wegen stiller maken met subsidie voor geluidsisolerende maatregelen.',
    aanleiding: 'Een eigenaar van een woning op de saneringslijst vraagt subsidie aan.',
    toelichting: 'Subsidieregeling geluidsanering woningen Den Haag.',
    doorlooptijd: 'P26W',
    servicenorm: 'P22W',
    verlengingMogelijk: true,
    verlengingstermijn: 'P8W',
    opschorting: true,
    trefwoorden: ['geluid', 'subsidie', 'isolatie'],
    referentieproces: 'Subsidieverlening',
    statustypen: [
      [3, 'Uitvoering maatregelen', 'De aannemer maakt uw woning stiller, bijvoorbeeld met nieuwe ramen, kozijnen of een geïsoleerd dak. Hieronder ziet u wat er al is gebeurd.', true],
      [1, 'Aanvraag ontvangen', 'We hebben uw aanvraag voor subsidie ontvangen. We kijken of uw woning op de lijst staat.', true],
      [5, 'Subsidie vastgesteld', 'U krijgt een brief met het definitieve bedrag. We betalen het geld binnen 4 weken aan u uit.', true],
      [2, 'Subsidie verleend', 'U krijgt subsidie. U kunt nu een aannemer kiezen en een offerte bij ons indienen.', true],
      [4, 'Eindinspectie', 'Een inspecteur van de gemeente komt kijken of het werk goed is gedaan. We maken hiervoor een afspraak met u.', true],
    ],
    resultaattypen: [
      ['Vastgesteld', 'De subsidie is vastgesteld en uitbetaald.', 'Toegekend'],
      ['Ingetrokken', 'De aanvraag is ingetrokken.', 'Ingetrokken'],
    ],
  },
  {
    key: 'klacht',
    org: 'tilburg',
    identificatie: 'KLACHT',
    omschrijving: 'Klacht',
    omschrijvingGeneriek: 'Klacht',
    onderwerp: 'Klacht over de gemeente',
    handelingInitiator: 'Indienen',
    handelingBehandelaar: 'Afhandelen',
    doel: 'Klachten van inwoners over de gemeente zorgvuldig afhandelen.',
    aanleiding: 'Een inwoner is ontevreden over hoe de gemeente hem of haar heeft behandeld.',
    toelichting: 'Algemene wet bestuursrecht, hoofdstuk 9.',
    doorlooptijd: 'P6W',
    servicenorm: 'P4W',
    verlengingMogelijk: true,
    verlengingstermijn: 'P4W',
    opschorting: false,
    trefwoorden: ['klacht'],
    referentieproces: 'Klachtbehandeling',
    statustypen: [
      [4, 'Klacht afgehandeld', 'U krijgt een brief. Daarin staat wat wij van uw klacht vinden en wat we gaan doen.', true],
      [2, 'Klacht in behandeling', 'Een klachtbehandelaar zoekt uit wat er is gebeurd. Hij praat ook met de collega’s die erbij betrokken waren.', true],
      [3, 'Gesprek over uw klacht', 'Als het nodig is, nodigen we u uit voor een gesprek. Dat mag ook telefonisch.', false],
      [1, 'Klacht ontvangen', 'We hebben uw klacht ontvangen. Een klachtbehandelaar neemt binnen 5 werkdagen contact met u op.', true],
    ],
    resultaattypen: [
      ['Gegrond', 'Uw klacht is gegrond.', 'Gegrond'],
      ['Ongegrond', 'Uw klacht is ongegrond.', 'Ongegrond'],
    ],
  },
  {
    key: 'kwijtschelding',
    org: 'denhaag',
    identificatie: 'KWIJTSCHELDING',
    omschrijving: 'Kwijtschelding gemeentelijke belastingen',
    omschrijvingGeneriek: 'Aanvraag kwijtschelding',
    onderwerp: 'Kwijtschelding',
    handelingInitiator: 'Aanvragen',
    handelingBehandelaar: 'Beoordelen',
    doel: 'Inwoners met een laag inkomen hoeven sommige gemeentelijke belastingen niet te betalen.',
    aanleiding: 'Een inwoner vraagt kwijtschelding aan.',
    toelichting: 'Invorderingswet 1990, artikel 26.',
    doorlooptijd: 'P8W',
    servicenorm: 'P6W',
    verlengingMogelijk: false,
    verlengingstermijn: null,
    opschorting: true,
    trefwoorden: ['belastingen', 'kwijtschelding'],
    referentieproces: 'Kwijtschelding',
    statustypen: [
      [3, 'Besluit verstuurd', 'U hebt een brief gekregen met ons besluit. Daarin staat ook welke belastingen u niet hoeft te betalen.', true],
      [1, 'Aanvraag ontvangen', 'We hebben uw aanvraag voor kwijtschelding ontvangen.', true],
      [2, 'Aanvraag in behandeling', 'We kijken naar uw inkomen, uw vaste lasten en uw spaargeld.', true],
    ],
    resultaattypen: [
      ['Toegekend', 'U krijgt kwijtschelding.', 'Toegekend'],
      ['Gedeeltelijk toegekend', 'U krijgt voor een deel kwijtschelding.', 'Toegekend'],
      ['Afgewezen', 'U krijgt geen kwijtschelding.', 'Afgewezen'],
    ],
  },
  {
    key: 'uitweg',
    org: 'tilburg',
    identificatie: 'OMV-UITWEG',
    omschrijving: 'Omgevingsvergunning uitweg (inrit)',
    omschrijvingGeneriek: 'Aanvraag vergunning',
    onderwerp: 'Inrit naar de openbare weg',
    handelingInitiator: 'Aanvragen',
    handelingBehandelaar: 'Beoordelen',
    doel: 'Beoordelen of een nieuwe of bredere inrit veilig is en past in de straat.',
    aanleiding: 'Een inwoner wil een inrit maken of veranderen.',
    toelichting: 'Reguliere procedure Omgevingswet.',
    doorlooptijd: 'P8W',
    servicenorm: null,
    verlengingMogelijk: true,
    verlengingstermijn: 'P6W',
    opschorting: true,
    trefwoorden: ['vergunning', 'inrit', 'uitweg'],
    referentieproces: 'Vergunningverlening',
    statustypen: [
      [2, 'Aanvraag wordt beoordeeld', 'We kijken of uw aanvraag compleet is en of de inrit past in de straat.', true],
      [1, 'Aanvraag ontvangen', 'We hebben uw aanvraag ontvangen.', true],
      [4, 'Besluit verstuurd', 'U krijgt een brief met ons besluit. Krijgt u de vergunning? Dan mag u beginnen als het besluit is gepubliceerd.', true],
      [3, 'Advies gevraagd', 'We hebben advies gevraagd over de verkeersveiligheid. Dat advies nemen we mee in ons besluit.', true],
    ],
    resultaattypen: [
      ['Verleend', 'U krijgt de vergunning.', 'Verleend'],
      ['Geweigerd', 'U krijgt de vergunning niet.', 'Geweigerd'],
    ],
  },
  {
    key: 'wmo',
    org: 'opsterland',
    identificatie: 'WMO-WONINGAANPASSING',
    omschrijving: 'Wmo-voorziening woningaanpassing',
    omschrijvingGeneriek: 'Aanvraag maatwerkvoorziening',
    onderwerp: 'Woningaanpassing',
    handelingInitiator: 'Melden',
    handelingBehandelaar: 'Onderzoeken',
    doel: 'Inwoners helpen zo lang mogelijk veilig thuis te blijven wonen.',
    aanleiding: 'Een inwoner meldt dat het wonen in het eigen huis moeilijk wordt.',
    toelichting: 'Wet maatschappelijke ondersteuning 2015.',
    doorlooptijd: 'P8W',
    servicenorm: 'P6W',
    verlengingMogelijk: true,
    verlengingstermijn: 'P4W',
    opschorting: true,
    trefwoorden: ['Wmo', 'woningaanpassing'],
    referentieproces: 'Maatwerkvoorziening',
    statustypen: [
      [1, 'Melding ontvangen', 'We hebben uw melding ontvangen. Een consulent belt u binnen een week voor een afspraak.', true],
      [3, 'Aanvraag ontvangen', 'We hebben uw aanvraag voor een woningaanpassing ontvangen.', true],
      [2, 'Gesprek over uw situatie', 'Een consulent praat met u over wat u nodig hebt. Dat gesprek is meestal bij u thuis.', true],
      [5, 'Besluit verstuurd', 'U krijgt een brief met ons besluit. Daarin staat welke aanpassing u krijgt en wie die uitvoert.', true],
      [4, 'Advies en offertes', 'Een ergotherapeut geeft advies. Daarna vragen we offertes aan bij leveranciers.', true],
    ],
    resultaattypen: [
      ['Toegekend', 'U krijgt de woningaanpassing.', 'Toegekend'],
      ['Afgewezen', 'U krijgt de woningaanpassing niet.', 'Afgewezen'],
    ],
  },
];

const ZAAKTYPE_BY_KEY = new Map(ZAAKTYPEN.map((zt) => [zt.key, zt]));

/** Information-object types per organisation, by name. */
const IOT_NAMES = ['Aanvraag', 'Bijlage', 'Brief', 'Besluit', 'Foto', 'Verslag', 'Advies', 'Offerte', 'Bevestiging'];

/**
 * @typedef {object} DocSource
 * @property {string} key unique within the zaak
 * @property {string} titel
 * @property {'pdf'|'docx'|'jpg'|'png'|'txt'} kind
 * @property {string} iot one of IOT_NAMES
 * @property {string} creatiedatum
 * @property {string} vertrouwelijkheidaanduiding
 * @property {string} status
 * @property {string} beschrijving
 * @property {string[]} text body lines
 * @property {string} [ontvangstdatum]
 * @property {string} [verzenddatum]
 */

/** The seven demo zaken of the default resident, in creation order (not sorted). @type {ZaakSource[]} */
const DEMO = [
  {
    uuid: '4f9d3c62-8a1e-4b7f-9c35-2e6a1d8b0f47',
    identificatie: 'ZAAK-2026-0000789',
    zaaktype: 'geluid',
    title: 'Subsidie geluidsisolatie woning',
    summary: 'Den Haag, open: step "Uitvoering maatregelen" has four sub-statuses with statustoelichting; einddatumGepland set.',
    omschrijving: 'Subsidie geluidsisolatie voor uw woning',
    toelichting: 'Geluidsisolerende maatregelen aan de gevel aan de straatkant.',
    registratiedatum: '2026-06-02',
    einddatumGepland: '2027-02-26',
    statussen: [
      [1, '2026-06-02T08:45:00Z', ''],
      [2, '2026-07-15T14:20:00Z', 'Subsidie verleend voor maximaal 18.500 euro.'],
      [3, '2026-08-28T09:00:00Z', 'Offerte van de aannemer ontvangen.'],
      [3, '2026-09-10T11:30:00Z', 'Offerte goedgekeurd. De aannemer kan beginnen.'],
      [3, '2026-10-05T07:15:00Z', 'Werkzaamheden gestart: nieuwe kozijnen aan de voorkant.'],
      [3, '2026-11-18T12:00:00Z', 'Inspectie gepland op 2 december 2026 tussen 9.00 en 12.00 uur.'],
    ],
    documents: [
      { key: 'beschikking', titel: 'Beschikking subsidieverlening', kind: 'pdf', iot: 'Besluit', creatiedatum: '2026-07-15', verzenddatum: '2026-07-15', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Besluit over uw aanvraag voor subsidie.', text: ['Geachte heer, mevrouw,', '', 'U krijgt subsidie voor geluidsisolerende maatregelen aan uw woning.', 'Het subsidiebedrag is maximaal 18.500 euro.', 'Dien binnen 6 maanden een offerte van een aannemer in.'] },
      { key: 'offerte', titel: 'Offerte aannemer', kind: 'pdf', iot: 'Offerte', creatiedatum: '2026-08-27', ontvangstdatum: '2026-08-28', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Offerte voor nieuwe kozijnen met geluidwerend glas.', text: ['Offerte geluidsisolerende kozijnen', '', 'Vervangen van 4 kozijnen aan de voorgevel.', 'Geluidwerend glas, klasse 35 dB.', 'Totaal: 17.940 euro inclusief btw.'] },
      { key: 'foto', titel: 'Foto voorgevel voor de werkzaamheden', kind: 'jpg', iot: 'Foto', creatiedatum: '2026-09-29', ontvangstdatum: '2026-09-29', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Foto van de voorgevel, gemaakt door de aannemer.', text: [] },
      { key: 'akoestiek', titel: 'Akoestisch onderzoek', kind: 'pdf', iot: 'Advies', creatiedatum: '2026-06-20', vertrouwelijkheidaanduiding: 'intern', status: 'definitief', beschrijving: 'Geluidsmeting aan de gevel.', text: ['Akoestisch onderzoek', '', 'Gemeten geluidsbelasting op de gevel: 68 dB.', 'Advies: geluidwerende kozijnen en ventilatieroosters.'] },
    ],
  },
  {
    uuid: '9b2e7a14-3c5d-4e8f-a1b6-7d0c9e2f5a83',
    identificatie: 'ZAAK-2026-0000123',
    zaaktype: 'woz',
    title: 'Bezwaar WOZ-waarde',
    summary: 'Ooststellingwerf/Weststellingwerf/Opsterland, open, mid-way; uiterlijkeEinddatumAfdoening set; future step with informeren: false; one document beperkt_openbaar.',
    omschrijving: 'Bezwaar tegen de WOZ-waarde 2026 van uw woning',
    toelichting: 'Bezwaar tegen de WOZ-beschikking met peildatum 1 januari 2025.',
    registratiedatum: '2026-10-12',
    uiterlijkeEinddatumAfdoening: '2027-01-04',
    statussen: [
      [1, '2026-10-12T09:14:00Z', ''],
      [2, '2026-10-20T13:05:00Z', 'Uw bezwaar ligt bij een taxateur.'],
    ],
    documents: [
      { key: 'bezwaarschrift', titel: 'Bezwaarschrift WOZ-waarde', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-10-12', ontvangstdatum: '2026-10-12', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Uw bezwaar, ingediend via het e-formulier.', text: ['Bezwaar tegen de WOZ-waarde', '', 'Ik ben het niet eens met de WOZ-waarde van mijn woning.', 'Vergelijkbare woningen in de straat zijn voor minder verkocht.'] },
      { key: 'bevestiging', titel: 'Ontvangstbevestiging bezwaar', kind: 'pdf', iot: 'Bevestiging', creatiedatum: '2026-10-14', verzenddatum: '2026-10-14', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Brief: we hebben uw bezwaar ontvangen.', text: ['Geachte heer, mevrouw,', '', 'Wij hebben uw bezwaar tegen de WOZ-waarde ontvangen.', 'U hoort uiterlijk 4 januari 2027 wat wij hebben besloten.'] },
      { key: 'taxatieverslag', titel: 'Taxatieverslag', kind: 'pdf', iot: 'Verslag', creatiedatum: '2026-11-02', vertrouwelijkheidaanduiding: 'beperkt_openbaar', status: 'definitief', beschrijving: 'Onderbouwing van de WOZ-waarde.', text: ['Taxatieverslag', '', 'Waardepeildatum: 1 januari 2025.', 'Vergelijkingsobjecten: 3 verkochte woningen in dezelfde wijk.'] },
    ],
  },
  {
    uuid: 'c7a1f0e3-5b2d-4c9a-8e64-1f3b7d2a9c05',
    identificatie: 'ZAAK-2026-0000311',
    zaaktype: 'kwijtschelding',
    title: 'Kwijtschelding gemeentelijke belastingen',
    summary: 'Den Haag, closed: einddatum, resultaat "Toegekend" with toelichting; all steps checked.',
    omschrijving: 'Kwijtschelding afvalstoffenheffing en rioolheffing 2026',
    toelichting: 'Aanvraag kwijtschelding voor het belastingjaar 2026.',
    registratiedatum: '2026-08-20',
    einddatum: '2026-10-02',
    resultaat: ['Toegekend', 'U hoeft de afvalstoffenheffing en de rioolheffing over 2026 niet te betalen.'],
    statussen: [
      [1, '2026-08-20T10:11:00Z', ''],
      [2, '2026-08-27T09:00:00Z', ''],
      [3, '2026-10-02T14:30:00Z', 'Besluit verstuurd per post en naar uw Berichtenbox.'],
    ],
    documents: [
      { key: 'aanvraag', titel: 'Aanvraagformulier kwijtschelding', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-08-20', ontvangstdatum: '2026-08-20', vertrouwelijkheidaanduiding: 'openbaar', status: 'gearchiveerd', beschrijving: 'Uw aanvraag voor kwijtschelding.', text: ['Aanvraag kwijtschelding gemeentelijke belastingen', '', 'Belastingjaar: 2026.', 'Aanslagen: afvalstoffenheffing, rioolheffing.'] },
      { key: 'besluit', titel: 'Besluit kwijtschelding', kind: 'pdf', iot: 'Besluit', creatiedatum: '2026-10-02', verzenddatum: '2026-10-02', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Ons besluit over uw aanvraag.', text: ['Geachte heer, mevrouw,', '', 'U krijgt kwijtschelding voor de afvalstoffenheffing en de rioolheffing 2026.', 'U hoeft deze belastingen niet te betalen.'] },
    ],
  },
  {
    uuid: '1d8e4b7a-6f3c-4a2e-b9d1-5c0a8f7e3b26',
    identificatie: 'ZAAK-2026-0000978',
    zaaktype: 'wmo',
    title: 'Wmo-voorziening woningaanpassing',
    summary: 'Opsterland, open, document-rich: 11 documents (PDF, DOCX, JPG, PNG, TXT); 4 hidden by status (in_bewerking, ter_vaststelling) or confidentiality (vertrouwelijk, beperkt_openbaar).',
    omschrijving: 'Aanpassing van uw woning: traplift',
    toelichting: 'Melding Wmo: de trap naar de slaapkamer wordt te zwaar.',
    registratiedatum: '2026-07-06',
    einddatumGepland: '2026-12-18',
    statussen: [
      [1, '2026-07-06T09:20:00Z', ''],
      [2, '2026-07-21T13:00:00Z', 'Gesprek bij u thuis op 21 juli 2026.'],
      [3, '2026-08-03T10:05:00Z', ''],
      [4, '2026-09-15T08:50:00Z', 'De ergotherapeut heeft advies gegeven.'],
      [4, '2026-11-04T14:25:00Z', 'Offerte voor een traplift ontvangen. We wachten nog op een tweede offerte.'],
    ],
    documents: [
      { key: 'melding', titel: 'Meldingsformulier Wmo', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-07-06', ontvangstdatum: '2026-07-06', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Uw melding via het e-formulier.', text: ['Melding Wet maatschappelijke ondersteuning', '', 'Onderwerp: de trap in huis wordt te zwaar.'] },
      { key: 'uitnodiging', titel: 'Uitnodiging gesprek', kind: 'pdf', iot: 'Brief', creatiedatum: '2026-07-08', verzenddatum: '2026-07-08', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Brief met de afspraak voor het gesprek.', text: ['Geachte heer, mevrouw,', '', 'Wij komen graag bij u langs voor een gesprek.', 'Datum: 21 juli 2026, 15.00 uur.'] },
      { key: 'verslag', titel: 'Gespreksverslag', kind: 'docx', iot: 'Verslag', creatiedatum: '2026-07-24', verzenddatum: '2026-07-24', vertrouwelijkheidaanduiding: 'beperkt_openbaar', status: 'definitief', beschrijving: 'Verslag van het gesprek over uw situatie.', text: ['Verslag van het gesprek van 21 juli 2026.', 'Afspraak: de gemeente vraagt advies aan een ergotherapeut.'] },
      { key: 'aanvraag', titel: 'Aanvraagformulier woningaanpassing', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-08-03', ontvangstdatum: '2026-08-03', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Uw aanvraag voor een woningaanpassing.', text: ['Aanvraag maatwerkvoorziening', '', 'Gevraagde voorziening: traplift.'] },
      { key: 'foto', titel: 'Foto van de trap', kind: 'jpg', iot: 'Foto', creatiedatum: '2026-08-03', ontvangstdatum: '2026-08-03', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Door u meegestuurde foto.', text: [] },
      { key: 'plattegrond', titel: 'Plattegrond begane grond', kind: 'png', iot: 'Bijlage', creatiedatum: '2026-08-03', ontvangstdatum: '2026-08-03', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Schets van de begane grond.', text: [] },
      { key: 'bevestiging', titel: 'Ontvangstbevestiging aanvraag', kind: 'txt', iot: 'Bevestiging', creatiedatum: '2026-08-04', verzenddatum: '2026-08-04', vertrouwelijkheidaanduiding: 'openbaar', status: 'gearchiveerd', beschrijving: 'E-mail: we hebben uw aanvraag ontvangen.', text: ['Geachte heer, mevrouw,', '', 'Wij hebben uw aanvraag voor een woningaanpassing ontvangen op 3 augustus 2026.', 'Zaaknummer: ZAAK-2026-0000978.', '', 'Met vriendelijke groet,', 'Gemeente Opsterland'] },
      { key: 'advies', titel: 'Advies ergotherapeut', kind: 'pdf', iot: 'Advies', creatiedatum: '2026-09-15', ontvangstdatum: '2026-09-15', vertrouwelijkheidaanduiding: 'vertrouwelijk', status: 'definitief', beschrijving: 'Medisch advies (niet zichtbaar voor inwoners).', text: ['Advies ergotherapie', '', 'Advies: traplift, rechte trap, zitmodel.'] },
      { key: 'offerte', titel: 'Offerte traplift', kind: 'pdf', iot: 'Offerte', creatiedatum: '2026-11-03', ontvangstdatum: '2026-11-04', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Offerte van leverancier 1.', text: ['Offerte traplift', '', 'Rechte trap, 14 treden, inclusief montage en 5 jaar onderhoud.'] },
      { key: 'vergelijking', titel: 'Vergelijking offertes', kind: 'docx', iot: 'Verslag', creatiedatum: '2026-11-18', vertrouwelijkheidaanduiding: 'openbaar', status: 'ter_vaststelling', beschrijving: 'Nog niet vastgesteld.', text: ['Vergelijking van de offertes (concept).'] },
      { key: 'concept', titel: 'Concept beschikking', kind: 'docx', iot: 'Besluit', creatiedatum: '2026-11-20', vertrouwelijkheidaanduiding: 'openbaar', status: 'in_bewerking', beschrijving: 'Wordt nog geschreven.', text: ['Concept: toekenning traplift.'] },
    ],
  },
  {
    uuid: '6a3f9e21-0d4b-4f8c-9a7e-3b5d1c8f2e94',
    identificatie: 'ZAAK-2026-0000456',
    zaaktype: 'inkomenstoeslag',
    title: 'Individuele inkomenstoeslag',
    summary: 'Buren, open, early (first step only); expected end date only from zaaktype doorlooptijd (P8W, no servicenorm); a concept document in_bewerking is hidden.',
    omschrijving: 'Aanvraag individuele inkomenstoeslag 2026',
    toelichting: '',
    registratiedatum: '2026-11-16',
    statussen: [[1, '2026-11-16T10:02:00Z', '']],
    documents: [
      { key: 'aanvraag', titel: 'Aanvraagformulier individuele inkomenstoeslag', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-11-16', ontvangstdatum: '2026-11-16', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Uw aanvraag via het e-formulier.', text: ['Aanvraag individuele inkomenstoeslag', '', 'Periode met laag inkomen: 3 jaar of langer.'] },
      { key: 'concept', titel: 'Concept besluit', kind: 'docx', iot: 'Besluit', creatiedatum: '2026-11-20', vertrouwelijkheidaanduiding: 'openbaar', status: 'in_bewerking', beschrijving: 'Wordt nog geschreven.', text: ['Concept besluit individuele inkomenstoeslag.'] },
    ],
  },
  {
    uuid: 'e2b6d8f0-7c1a-4e3b-8f5d-9a0c4e6b1d72',
    identificatie: 'ZAAK-2026-0000642',
    zaaktype: 'uitweg',
    title: 'Omgevingsvergunning uitweg (inrit)',
    summary: 'Tilburg, open and suspended (opschorting with reden) with a verlenging of P6W.',
    omschrijving: 'Vergunning voor een nieuwe inrit',
    toelichting: 'Nieuwe inrit van 3,5 meter breed.',
    registratiedatum: '2026-09-01',
    opschorting: 'We wachten op de tekening van de inrit die u nog zou sturen.',
    verlenging: ['Het advies over de verkeersveiligheid duurt langer dan verwacht.', 'P6W'],
    statussen: [
      [1, '2026-09-01T07:58:00Z', ''],
      [2, '2026-09-08T12:10:00Z', ''],
      [3, '2026-10-13T09:40:00Z', 'We hebben advies gevraagd aan de afdeling Verkeer.'],
    ],
    documents: [
      { key: 'aanvraag', titel: 'Aanvraag omgevingsvergunning', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-09-01', ontvangstdatum: '2026-09-01', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Uw aanvraag via het Omgevingsloket.', text: ['Aanvraag omgevingsvergunning', '', 'Activiteit: uitweg maken (inrit).'] },
      { key: 'verlenging', titel: 'Brief: beslistermijn verlengd', kind: 'pdf', iot: 'Brief', creatiedatum: '2026-10-20', verzenddatum: '2026-10-20', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'We hebben 6 weken langer nodig.', text: ['Geachte heer, mevrouw,', '', 'Wij hebben meer tijd nodig om over uw aanvraag te beslissen.', 'De beslistermijn is met 6 weken verlengd.'] },
      { key: 'aanvullen', titel: 'Brief: aanvullende gegevens nodig', kind: 'pdf', iot: 'Brief', creatiedatum: '2026-11-10', verzenddatum: '2026-11-10', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Wilt u een tekening van de inrit sturen?', text: ['Geachte heer, mevrouw,', '', 'Wilt u ons binnen 4 weken een tekening van de inrit sturen?', 'Tot die tijd ligt uw aanvraag stil.'] },
    ],
  },
  {
    uuid: '3c0e5a9d-2b7f-4d1e-a6c8-8f4b2e9d0a51',
    identificatie: 'ZAAK-2026-0001012',
    zaaktype: 'klacht',
    title: 'Klacht',
    summary: 'Tilburg, open; expected end date from servicenorm (P4W) although doorlooptijd is P6W; a vertrouwelijk document is hidden; a plain-text e-mail.',
    omschrijving: 'Klacht over de afhandeling van een melding',
    toelichting: 'Klacht over een melding van een kapotte lantaarnpaal die niet werd opgepakt.',
    registratiedatum: '2026-11-09',
    statussen: [
      [1, '2026-11-09T15:47:00Z', ''],
      [2, '2026-11-12T08:30:00Z', ''],
    ],
    documents: [
      { key: 'klacht', titel: 'Klachtformulier', kind: 'pdf', iot: 'Aanvraag', creatiedatum: '2026-11-09', ontvangstdatum: '2026-11-09', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'Uw klacht via het e-formulier.', text: ['Klacht', '', 'Mijn melding over een kapotte lantaarnpaal is na 6 weken nog niet opgepakt.'] },
      { key: 'bevestiging', titel: 'Bevestiging van uw klacht', kind: 'txt', iot: 'Bevestiging', creatiedatum: '2026-11-09', verzenddatum: '2026-11-09', vertrouwelijkheidaanduiding: 'openbaar', status: 'definitief', beschrijving: 'E-mail: we hebben uw klacht ontvangen.', text: ['Geachte heer, mevrouw,', '', 'Bedankt voor uw klacht. Wij hebben deze ontvangen op 9 november 2026.', 'Zaaknummer: ZAAK-2026-0001012.', 'Een klachtbehandelaar neemt binnen 5 werkdagen contact met u op.', '', 'Met vriendelijke groet,', 'Gemeente Tilburg'] },
      { key: 'notitie', titel: 'Interne notitie klachtbehandeling', kind: 'docx', iot: 'Verslag', creatiedatum: '2026-11-12', vertrouwelijkheidaanduiding: 'vertrouwelijk', status: 'definitief', beschrijving: 'Interne aantekeningen (niet zichtbaar voor inwoners).', text: ['Interne notitie.'] },
    ],
  },
];

/** Per demo zaak: what the demo page and the tests can rely on. */
export const DEMO_ZAKEN = DEMO.map(({ uuid, identificatie, title, summary }) => ({ uuid, identificatie, title, summary }));

/** Number of generated zaken for `resident=many`. */
const MANY_COUNT = 27;
const MANY_ZAAKTYPEN = ['woz', 'inkomenstoeslag', 'geluid', 'klacht', 'kwijtschelding', 'uitweg'];

/** Add days to an ISO date. @param {string} date @param {number} days */
function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Number of generated zaken for `resident=busy`: the overview's request-count benchmark. */
const BUSY_COUNT = 250;

/**
 * Deterministic generated zaken of 6 zaaktypen, open and closed mixed: 27 for `resident=many`,
 * 250 for `resident=busy` (numbered after them, so identificaties never collide).
 * @param {number} count @param {number} first
 * @returns {ZaakSource[]}
 */
function generateMany(count, first = 0) {
  /** @type {ZaakSource[]} */
  const out = [];
  for (let i = first; i < first + count; i++) {
    const zaaktypeKey = MANY_ZAAKTYPEN[i % MANY_ZAAKTYPEN.length] ?? 'woz';
    const zt = ZAAKTYPE_BY_KEY.get(zaaktypeKey);
    if (!zt) throw new Error(zaaktypeKey);
    const steps = zt.statustypen.length;
    const registratiedatum = addDays('2026-01-05', (i * 83) % 310);
    const closed = i % 3 === 0 && addDays(registratiedatum, 40) < TODAY;
    const reached = closed ? steps : 1 + ((i * 5) % (steps - 1));
    /** @type {ZaakSource['statussen']} */
    const statussen = [];
    for (let v = 1; v <= reached; v++) {
      const date = addDays(registratiedatum, (v - 1) * 9 + (i % 4));
      const at = date > TODAY ? TODAY : date;
      statussen.push([v, `${at}T${String(8 + ((i + v) % 9)).padStart(2, '0')}:${String((i * 7 + v * 11) % 60).padStart(2, '0')}:00Z`, '']);
    }
    const last = statussen[statussen.length - 1]?.[1] ?? `${registratiedatum}T09:00:00Z`;
    const rt = zt.resultaattypen[i % zt.resultaattypen.length] ?? zt.resultaattypen[0];
    out.push({
      uuid: uid(`many:zaak:${i}`),
      identificatie: `ZAAK-2026-${String(2001 + i).padStart(7, '0')}`,
      zaaktype: zaaktypeKey,
      title: zt.omschrijving,
      summary: 'generated',
      omschrijving: `${zt.omschrijving} (${i + 1})`,
      toelichting: '',
      registratiedatum,
      einddatum: closed ? String(last).slice(0, 10) : undefined,
      resultaat: closed && rt ? [rt[0], rt[1]] : undefined,
      statussen,
      documents: [],
    });
  }
  return out;
}

const MANY = generateMany(MANY_COUNT);
const BUSY = generateMany(BUSY_COUNT, MANY_COUNT);

/** Residents the gateway can be "logged in" as (`resident=NAME`). */
export const RESIDENTS = {
  default: { description: 'The demo resident: the seven pilot cases.', zaken: DEMO.map((z) => z.uuid) },
  many: { description: `${MANY_COUNT} generated zaken of ${MANY_ZAAKTYPEN.length} zaaktypen, open and closed mixed.`, zaken: MANY.map((z) => z.uuid) },
  busy: { description: `${BUSY_COUNT} generated zaken of ${MANY_ZAAKTYPEN.length} zaaktypen (request-count benchmark).`, zaken: BUSY.map((z) => z.uuid) },
  none: { description: 'A resident without zaken.', zaken: [] },
};

// ---------------------------------------------------------------------------------------------
// Files: generated once, identical for both layouts.

/** @param {DocSource} doc @param {string} orgName @param {string} identificatie */
function makeFile(doc, orgName, identificatie) {
  const lines = [...doc.text, '', `Zaaknummer: ${identificatie}`];
  switch (doc.kind) {
    case 'pdf':
      return { bytes: makePdf({ heading: orgName, title: doc.titel, lines }), formaat: 'application/pdf', ext: 'pdf' };
    case 'docx':
      return {
        bytes: makeDocx({ title: doc.titel, paragraphs: [orgName, ...lines] }),
        formaat: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ext: 'docx',
      };
    case 'jpg':
      // A blocky sky-to-brick gradient: a "photo" of a facade.
      return { bytes: makeJpeg(96, 64, (x, y) => 210 - y * 2.2 + Math.sin(x / 9) * 18), formaat: 'image/jpeg', ext: 'jpg' };
    case 'png':
      // A floor plan sketch: white rooms, dark walls, a blue staircase.
      return {
        bytes: makePng(120, 80, (x, y) => {
          const wall = x < 3 || y < 3 || x > 116 || y > 76 || (x > 58 && x < 62 && y < 50) || (y > 38 && y < 42 && x < 60);
          if (wall) return [40, 40, 48];
          if (x > 80 && x < 110 && y > 10 && y < 30) return (x >> 2) % 2 ? [40, 90, 200] : [120, 160, 230];
          return [250, 250, 246];
        }),
        formaat: 'image/png',
        ext: 'png',
      };
    default:
      return { bytes: makeText(doc.text.join('\n')), formaat: 'text/plain', ext: 'txt' };
  }
}

/** @param {string} titel @param {string} ext */
function fileName(titel, ext) {
  return `${titel
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}.${ext}`;
}

// ---------------------------------------------------------------------------------------------
// Building the bodies of one layout.

/** The resources whose records a World holds. */
export const WORLD_RESOURCES = /** @type {const} */ ([
  'zaken', 'statussen', 'resultaten', 'zaakinformatieobjecten', 'zaaktypen', 'statustypen', 'resultaattypen', 'informatieobjecttypen',
  'enkelvoudiginformatieobjecten',
]);

/**
 * @typedef {{ [K in typeof WORLD_RESOURCES[number]]: Map<string, JsonObject> }} Records records by resource, then uuid
 * @typedef {Records & {
 *   layout: Layout,
 *   files: Map<string, { bytes: Buffer, formaat: string, bestandsnaam: string }>,
 *   zaakOf: Map<string, string>,
 * }} World `files` by EIO uuid; `zaakOf`: uuid of a zaak-bound record (status, resultaat, zio, eio) → zaak uuid
 */

/** A World's records of a resource, if it holds that resource. @param {World} world @param {string} resource @returns {Map<string, JsonObject> | undefined} */
export function recordsOf(world, resource) {
  const name = WORLD_RESOURCES.find((r) => r === resource);
  return name ? world[name] : undefined;
}

/** @type {Map<Layout, World>} */
const worlds = new Map();

/** Bodies for one layout, built once and cached. Treat them as read-only. @param {Layout} layout */
export function buildWorld(layout) {
  const cached = worlds.get(layout);
  if (cached) return cached;
  /** @param {keyof typeof API_OF_RESOURCE} resource @param {string} uuid */
  const U = (resource, uuid) => `${backendBase(layout, API_OF_RESOURCE[resource])}/${resource}/${uuid}`;
  /** @type {World} */
  const w = {
    layout,
    zaken: new Map(),
    statussen: new Map(),
    resultaten: new Map(),
    zaakinformatieobjecten: new Map(),
    zaaktypen: new Map(),
    statustypen: new Map(),
    resultaattypen: new Map(),
    informatieobjecttypen: new Map(),
    enkelvoudiginformatieobjecten: new Map(),
    files: new Map(),
    zaakOf: new Map(),
  };

  const beginGeldigheid = '2026-01-01';
  for (const [orgKey, org] of Object.entries(ORGS)) {
    const catalogus = U('catalogussen', uid(`catalogus:${orgKey}`));
    for (const name of IOT_NAMES) {
      const uuid = uid(`iot:${orgKey}:${name}`);
      w.informatieobjecttypen.set(uuid, {
        url: U('informatieobjecttypen', uuid),
        catalogus,
        omschrijving: name,
        vertrouwelijkheidaanduiding: name === 'Advies' ? 'vertrouwelijk' : 'openbaar',
        beginGeldigheid,
        eindeGeldigheid: null,
        concept: false,
        besluittypen: [],
        informatieobjectcategorie: name,
        trefwoord: [],
        zaaktypen: [],
        beginObject: beginGeldigheid,
        eindeObject: beginGeldigheid,
      });
    }
    void org;
  }

  for (const zt of ZAAKTYPEN) {
    const ztUuid = uid(`zaaktype:${zt.key}`);
    const ztUrl = U('zaaktypen', ztUuid);
    const catalogus = U('catalogussen', uid(`catalogus:${zt.org}`));
    const maxVolgnummer = Math.max(...zt.statustypen.map((s) => s[0]));
    const statustypeUrls = [];
    for (const [volgnummer, omschrijving, statustekst, informeren] of zt.statustypen) {
      const uuid = uid(`statustype:${zt.key}:${volgnummer}`);
      statustypeUrls.push(U('statustypen', uuid));
      w.statustypen.set(uuid, {
        url: U('statustypen', uuid),
        omschrijving,
        omschrijvingGeneriek: omschrijving,
        statustekst,
        zaaktype: ztUrl,
        zaaktypeIdentificatie: zt.identificatie,
        volgnummer,
        isEindstatus: volgnummer === maxVolgnummer,
        informeren,
        doorlooptijd: null,
        toelichting: null,
        checklistitemStatustype: [],
        catalogus,
        eigenschappen: [],
        zaakobjecttypen: [],
        beginGeldigheid: null,
        eindeGeldigheid: null,
        beginObject: beginGeldigheid,
        eindeObject: beginGeldigheid,
      });
    }
    const resultaattypeUrls = [];
    for (const [omschrijving, toelichting, generiek] of zt.resultaattypen) {
      const uuid = uid(`resultaattype:${zt.key}:${omschrijving}`);
      resultaattypeUrls.push(U('resultaattypen', uuid));
      w.resultaattypen.set(uuid, {
        url: U('resultaattypen', uuid),
        zaaktype: ztUrl,
        zaaktypeIdentificatie: zt.identificatie,
        omschrijving,
        resultaattypeomschrijving: `${SELECTIELIJST}/resultaattypeomschrijvingen/${uid(`selectielijst:omschrijving:${generiek}`)}`,
        omschrijvingGeneriek: generiek,
        selectielijstklasse: `${SELECTIELIJST}/resultaten/${uid(`selectielijst:resultaat:${zt.key}:${omschrijving}`)}`,
        toelichting,
        archiefnominatie: 'vernietigen',
        archiefactietermijn: 'P10Y',
        brondatumArchiefprocedure: {
          afleidingswijze: 'afgehandeld',
          datumkenmerk: '',
          einddatumBekend: false,
          objecttype: '',
          registratie: '',
          procestermijn: null,
        },
        procesobjectaard: '',
        indicatieSpecifiek: null,
        procestermijn: null,
        catalogus,
        besluittypen: [],
        besluittypeOmschrijving: [],
        informatieobjecttypen: [],
        informatieobjecttypeOmschrijving: [],
        beginGeldigheid: null,
        eindeGeldigheid: null,
        beginObject: beginGeldigheid,
        eindeObject: beginGeldigheid,
      });
    }
    w.zaaktypen.set(ztUuid, {
      url: ztUrl,
      identificatie: zt.identificatie,
      omschrijving: zt.omschrijving,
      omschrijvingGeneriek: zt.omschrijvingGeneriek,
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      doel: zt.doel,
      aanleiding: zt.aanleiding,
      toelichting: zt.toelichting,
      indicatieInternOfExtern: 'extern',
      handelingInitiator: zt.handelingInitiator,
      onderwerp: zt.onderwerp,
      handelingBehandelaar: zt.handelingBehandelaar,
      doorlooptijd: zt.doorlooptijd,
      servicenorm: zt.servicenorm,
      opschortingEnAanhoudingMogelijk: zt.opschorting,
      verlengingMogelijk: zt.verlengingMogelijk,
      verlengingstermijn: zt.verlengingstermijn,
      trefwoorden: zt.trefwoorden,
      publicatieIndicatie: false,
      publicatietekst: '',
      verantwoordingsrelatie: [],
      productenOfDiensten: [],
      selectielijstProcestype: `${SELECTIELIJST}/procestypen/${uid(`selectielijst:procestype:${zt.key}`)}`,
      referentieproces: { naam: zt.referentieproces },
      concept: false,
      verantwoordelijke: ORGS[/** @type {keyof typeof ORGS} */ (zt.org)].naam,
      beginGeldigheid,
      eindeGeldigheid: null,
      versiedatum: beginGeldigheid,
      beginObject: beginGeldigheid,
      eindeObject: beginGeldigheid,
      catalogus,
      statustypen: statustypeUrls,
      resultaattypen: resultaattypeUrls,
      eigenschappen: [],
      informatieobjecttypen: IOT_NAMES.map((name) => U('informatieobjecttypen', uid(`iot:${zt.org}:${name}`))),
      roltypen: [],
      besluittypen: [],
      deelzaaktypen: [],
      gerelateerdeZaaktypen: [],
      zaakobjecttypen: [],
    });
  }

  let docCounter = 0;
  for (const z of [...DEMO, ...MANY, ...BUSY]) {
    const zt = ZAAKTYPE_BY_KEY.get(z.zaaktype);
    if (!zt) throw new Error(`unknown zaaktype ${z.zaaktype}`);
    const org = ORGS[/** @type {keyof typeof ORGS} */ (zt.org)];
    const zaakUrl = U('zaken', z.uuid);
    const ztUrl = U('zaaktypen', uid(`zaaktype:${zt.key}`));
    const rol = U('rollen', uid(`rol:${z.uuid}:initiator`));
    const behandelaar = U('rollen', uid(`rol:${z.uuid}:behandelaar`));

    // Statussen, stored in creation (chronological) order; lists sort them newest first.
    /** @type {Array<{ url: string, datumStatusGezet: string }>} */
    const statusUrls = [];
    z.statussen.forEach(([volgnummer, datumStatusGezet, statustoelichting], index) => {
      const uuid = uid(`status:${z.uuid}:${index}`);
      const url = U('statussen', uuid);
      statusUrls.push({ url, datumStatusGezet });
      w.statussen.set(uuid, {
        url,
        uuid,
        zaak: zaakUrl,
        statustype: U('statustypen', uid(`statustype:${zt.key}:${volgnummer}`)),
        datumStatusGezet,
        statustoelichting,
        indicatieLaatstGezetteStatus: index === z.statussen.length - 1,
        gezetdoor: index > 0 ? behandelaar : null,
        zaakinformatieobjecten: [],
      });
      w.zaakOf.set(uuid, z.uuid);
    });
    const lastStatus = statusUrls[statusUrls.length - 1];

    let resultaatUrl = null;
    if (z.resultaat) {
      const uuid = uid(`resultaat:${z.uuid}`);
      resultaatUrl = U('resultaten', uuid);
      w.resultaten.set(uuid, {
        url: resultaatUrl,
        uuid,
        zaak: zaakUrl,
        resultaattype: U('resultaattypen', uid(`resultaattype:${zt.key}:${z.resultaat[0]}`)),
        toelichting: z.resultaat[1],
      });
      w.zaakOf.set(uuid, z.uuid);
    }

    const zioUrls = [];
    for (const doc of /** @type {DocSource[]} */ (z.documents)) {
      docCounter += 1;
      const eioUuid = uid(`eio:${z.uuid}:${doc.key}`);
      const zioUuid = uid(`zio:${z.uuid}:${doc.key}`);
      const eioUrl = U('enkelvoudiginformatieobjecten', eioUuid);
      const file = makeFile(doc, org.naam, z.identificatie);
      const bestandsnaam = fileName(doc.titel, file.ext);
      w.files.set(eioUuid, { bytes: file.bytes, formaat: file.formaat, bestandsnaam });
      const registered = `${doc.creatiedatum}T${String(9 + (docCounter % 7)).padStart(2, '0')}:${String((docCounter * 13) % 60).padStart(2, '0')}:00Z`;
      w.enkelvoudiginformatieobjecten.set(eioUuid, {
        url: eioUrl,
        identificatie: `DOC-2026-${String(4100 + docCounter).padStart(7, '0')}`,
        bronorganisatie: org.rsin,
        creatiedatum: doc.creatiedatum,
        titel: doc.titel,
        vertrouwelijkheidaanduiding: doc.vertrouwelijkheidaanduiding,
        auteur: org.team,
        status: doc.status,
        formaat: file.formaat,
        taal: 'dut',
        versie: 1,
        beginRegistratie: registered,
        bestandsnaam,
        inhoud: `${eioUrl}/download?versie=1`,
        bestandsomvang: file.bytes.length,
        beschrijving: doc.beschrijving,
        ontvangstdatum: doc.ontvangstdatum ?? null,
        verzenddatum: doc.verzenddatum ?? null,
        indicatieGebruiksrecht: false,
        verschijningsvorm: '',
        ondertekening: null,
        integriteit: {
          algoritme: 'sha_256',
          waarde: createHash('sha256').update(file.bytes).digest('hex'),
          datum: doc.creatiedatum,
        },
        informatieobjecttype: U('informatieobjecttypen', uid(`iot:${zt.org}:${doc.iot}`)),
        locked: false,
        bestandsdelen: [],
        trefwoorden: [],
      });
      const zioUrl = U('zaakinformatieobjecten', zioUuid);
      zioUrls.push(zioUrl);
      w.zaakinformatieobjecten.set(zioUuid, {
        url: zioUrl,
        uuid: zioUuid,
        informatieobject: eioUrl,
        zaak: zaakUrl,
        aardRelatieWeergave: 'Hoort bij, omgekeerd: kent',
        titel: '',
        beschrijving: '',
        registratiedatum: registered,
        vernietigingsdatum: null,
        status: null,
      });
      w.zaakOf.set(eioUuid, z.uuid);
      w.zaakOf.set(zioUuid, z.uuid);
    }

    const laatstGemuteerd = [lastStatus?.datumStatusGezet ?? `${z.registratiedatum}T08:00:00Z`]
      .concat(z.documents.map((d) => `${d.creatiedatum}T16:00:00Z`))
      .sort()
      .pop() ?? null;
    w.zaken.set(z.uuid, {
      url: zaakUrl,
      uuid: z.uuid,
      identificatie: z.identificatie,
      bronorganisatie: org.rsin,
      omschrijving: z.omschrijving,
      toelichting: z.toelichting,
      zaaktype: ztUrl,
      registratiedatum: z.registratiedatum,
      verantwoordelijkeOrganisatie: org.rsin,
      startdatum: z.registratiedatum,
      einddatum: z.einddatum ?? null,
      einddatumGepland: z.einddatumGepland ?? null,
      uiterlijkeEinddatumAfdoening: z.uiterlijkeEinddatumAfdoening ?? null,
      publicatiedatum: null,
      laatstGemuteerd,
      laatstGeopend: null,
      communicatiekanaalNaam: '',
      productenOfDiensten: [],
      vertrouwelijkheidaanduiding: 'zaakvertrouwelijk',
      betalingsindicatie: '',
      betalingsindicatieWeergave: '',
      laatsteBetaaldatum: null,
      zaakgeometrie: null,
      verlenging: z.verlenging ? { reden: z.verlenging[0], duur: z.verlenging[1] } : null,
      opschorting: { indicatie: Boolean(z.opschorting), eerdereOpschorting: false, reden: z.opschorting ?? '' },
      selectielijstklasse: `${SELECTIELIJST}/resultaten/${uid(`selectielijst:zaak:${zt.key}`)}`,
      hoofdzaak: null,
      deelzaken: [],
      relevanteAndereZaken: [],
      gerelateerdeZaken: [],
      eigenschappen: [],
      rollen: [rol, behandelaar],
      status: lastStatus?.url ?? null,
      zaakinformatieobjecten: zioUrls,
      zaakobjecten: [],
      kenmerken: [],
      archiefnominatie: null,
      archiefstatus: 'nog_te_archiveren',
      archiefactiedatum: null,
      resultaat: resultaatUrl,
      processobjectaard: '',
      startdatumBewaartermijn: null,
      processobject: null,
    });
  }
  worlds.set(layout, w);
  return w;
}
