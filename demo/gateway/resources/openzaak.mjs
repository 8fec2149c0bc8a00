// @ts-check
// Open Zaak 1.30's read behaviour that the table's columns do not say: the query parameters it
// declares (the node tests check them against its specs), the zaak's `_expand`, and filters beyond
// the generic lookups of reads.mjs. The rows that use them are in table.mjs.

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').InvalidParam} InvalidParam */
/** @typedef {import('../fixtures.mjs').World} World */
/** @typedef {import('./table.mjs').FixtureFilter} FixtureFilter */
/** @typedef {import('./table.mjs').FixtureExpand} FixtureExpand */

/** The 31 expand paths Open Zaak 1.30 accepts on /zaken and /zaken/{uuid}. */
export const ZAKEN_EXPAND_PATHS = [
  'deelzaken', 'deelzaken.resultaat', 'deelzaken.resultaat.resultaattype', 'deelzaken.rollen', 'deelzaken.rollen.roltype',
  'deelzaken.status', 'deelzaken.status.statustype', 'deelzaken.zaakinformatieobjecten', 'deelzaken.zaakobjecten',
  'deelzaken.zaaktype', 'eigenschappen', 'eigenschappen.eigenschap', 'hoofdzaak', 'hoofdzaak.resultaat',
  'hoofdzaak.resultaat.resultaattype', 'hoofdzaak.rollen', 'hoofdzaak.rollen.roltype', 'hoofdzaak.status',
  'hoofdzaak.status.statustype', 'hoofdzaak.zaakinformatieobjecten', 'hoofdzaak.zaakobjecten', 'hoofdzaak.zaaktype',
  'resultaat', 'resultaat.resultaattype', 'rollen', 'rollen.roltype', 'status', 'status.statustype',
  'zaakinformatieobjecten', 'zaakobjecten', 'zaaktype',
];

/** `ordering` of /zaken. */
export const ZAKEN_ORDERING = ['archiefactiedatum', 'einddatum', 'identificatie', 'publicatiedatum', 'registratiedatum', 'startdatum'];

/** The query parameters of /zaken in Open Zaak 1.30. */
export const ZAKEN_PARAMS = [
  'archiefactiedatum', 'archiefactiedatum__gt', 'archiefactiedatum__isnull', 'archiefactiedatum__lt', 'archiefnominatie',
  'archiefnominatie__in', 'archiefstatus', 'archiefstatus__in', 'bronorganisatie', 'bronorganisatie__in', 'einddatum',
  'einddatumGepland', 'einddatumGepland__gt', 'einddatumGepland__lt', 'einddatum__gt', 'einddatum__isnull', 'einddatum__lt',
  'expand', 'identificatie', 'identificatie__icontains', 'kenmerk', 'kenmerk__bron', 'maximaleVertrouwelijkheidaanduiding',
  'omschrijving', 'ordering', 'page', 'pageSize', 'registratiedatum', 'registratiedatum__gt', 'registratiedatum__lt',
  'resultaat__resultaattype', 'rol__betrokkene', 'rol__betrokkeneIdentificatie__medewerker__identificatie',
  'rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie', 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer',
  'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn', 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie',
  'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId', 'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__kvkNummer',
  'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__vestigingsNummer',
  'rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie', 'rol__betrokkeneIdentificatie__vestiging__kvkNummer',
  'rol__betrokkeneIdentificatie__vestiging__vestigingsNummer', 'rol__betrokkeneType', 'rol__machtiging', 'rol__machtiging__loa',
  'rol__omschrijvingGeneriek', 'startdatum', 'startdatum__gt', 'startdatum__gte', 'startdatum__lt', 'startdatum__lte',
  'status__statustype', 'uiterlijkeEinddatumAfdoening', 'uiterlijkeEinddatumAfdoening__gt', 'uiterlijkeEinddatumAfdoening__lt',
  'zaaktype', 'zaaktype__omschrijving',
];
/** The query parameters of /statustypen and /resultaattypen. */
export const TYPE_PARAMS = ['datumGeldigheid', 'page', 'pageSize', 'status', 'zaaktype', 'zaaktypeIdentificatie'];

/** The last path segment of a URL (a record's UUID). @param {unknown} url */
export function lastSegment(url) {
  if (typeof url !== 'string' || !url) return '';
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/** @param {string} name @param {string} value @returns {InvalidParam[]} */
const badChoice = (name, value) => [{ name, code: 'invalid_choice', reason: `Selecteer een geldige keuze. ${value} is geen beschikbare keuze.` }];

const VERTROUWELIJKHEID = ['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'];

/** /zaken filters that read other records or a scale; the rest are generic lookups. @type {Record<string, FixtureFilter>} */
export const ZAKEN_FILTERS = {
  omschrijving: (value) => (z) => String(z.omschrijving ?? '').toLowerCase().includes(value.toLowerCase()),
  maximaleVertrouwelijkheidaanduiding: (value) => {
    const max = VERTROUWELIJKHEID.indexOf(value);
    if (max < 0) return badChoice('maximaleVertrouwelijkheidaanduiding', value);
    return (z) => VERTROUWELIJKHEID.indexOf(String(z.vertrouwelijkheidaanduiding)) <= max;
  },
  kenmerk: () => () => false, // no kenmerken in the demo data
  kenmerk__bron: () => () => false,
  status__statustype: (value, w) => (z) => Boolean(z.status) && w.statussen.get(lastSegment(z.status))?.statustype === value,
  resultaat__resultaattype: (value, w) => (z) => Boolean(z.resultaat) && w.resultaten.get(lastSegment(z.resultaat))?.resultaattype === value,
  zaaktype__omschrijving: (value, w) => (z) => w.zaaktypen.get(lastSegment(z.zaaktype))?.omschrijving === value,
};

/** /statustypen and /resultaattypen: `status` (concept types: none here) and `datumGeldigheid`. @type {Record<string, FixtureFilter>} */
export const TYPE_FILTERS = {
  status: (value) => (['alles', 'concept', 'definitief'].includes(value) ? () => value !== 'concept' : badChoice('status', value)),
  datumGeldigheid: (value) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) ? (t) => value >= String(t.beginObject) : [{ name: 'datumGeldigheid', code: 'invalid', reason: 'Voer een geldige datum in.' }],
};

/** A boolean filter (`true`/`false`), compared as text. @param {string} name @returns {FixtureFilter} */
export const booleanFilter = (name) => (value) =>
  ['true', 'false'].includes(value) ? (r) => String(r[name]) === value : [{ name, code: 'invalid', reason: 'Selecteer een geldige keuze.' }];

/** Open Zaak lists statussen newest first. @param {JsonObject} a @param {JsonObject} b */
export const newestFirst = (a, b) => {
  const [x, y] = [String(a.datumStatusGezet), String(b.datumStatusGezet)];
  return x < y ? 1 : x > y ? -1 : 0;
};

/** `{ [key]: value }`, or `{}` when there is no value (as JSON leaves an undefined field out). @param {string} key @param {JsonObject | undefined} value @returns {JsonObject} */
const only = (key, value) => (value ? { [key]: value } : {});

/**
 * The zaak's `_expand` like Open Zaak: nested objects, keys left out when there is nothing to expand.
 * @type {FixtureExpand}
 */
export const ZAAK_EXPAND = {
  paths: ZAKEN_EXPAND_PATHS,
  add(zaak, paths, w) {
    /** @type {JsonObject} */
    const _expand = {};
    const zaaktype = w.zaaktypen.get(lastSegment(zaak.zaaktype));
    if (paths.has('zaaktype') && zaaktype) _expand.zaaktype = zaaktype;
    if ((paths.has('status') || paths.has('status.statustype')) && zaak.status) {
      const status = w.statussen.get(lastSegment(zaak.status));
      if (status) {
        _expand.status = paths.has('status.statustype')
          ? { ...status, _expand: only('statustype', w.statustypen.get(lastSegment(status.statustype))) }
          : status;
      }
    }
    if ((paths.has('resultaat') || paths.has('resultaat.resultaattype')) && zaak.resultaat) {
      const resultaat = w.resultaten.get(lastSegment(zaak.resultaat));
      if (resultaat) {
        _expand.resultaat = paths.has('resultaat.resultaattype')
          ? { ...resultaat, _expand: only('resultaattype', w.resultaattypen.get(lastSegment(resultaat.resultaattype))) }
          : resultaat;
      }
    }
    if (paths.has('zaakinformatieobjecten') && Array.isArray(zaak.zaakinformatieobjecten)) {
      _expand.zaakinformatieobjecten = zaak.zaakinformatieobjecten.map((u) => w.zaakinformatieobjecten.get(lastSegment(u)) ?? null);
    }
    for (const empty of ['deelzaken', 'eigenschappen', 'zaakobjecten']) if (paths.has(empty)) _expand[empty] = [];
    // rollen (and hoofdzaak, always null here) are never expanded: the gateway does not expose Rollen
    // to residents, because they hold personal data (CONTRACT 4.8).
    return { ...zaak, _expand };
  },
};

/** A document's `_expand.informatieobjecttype`. @type {FixtureExpand} */
export const DOCUMENT_EXPAND = {
  paths: ['informatieobjecttype'],
  add(document, paths, w) {
    const iot = paths.has('informatieobjecttype') ? w.informatieobjecttypen.get(lastSegment(document.informatieobjecttype)) : undefined;
    return { ...document, _expand: only('informatieobjecttype', iot) };
  },
};
