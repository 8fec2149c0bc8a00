// @ts-check
// Demo tasks (Open VTB Taken 0.1.0) and questions with answers (Klantinteracties 0.9.0) for the
// demo zaken of fixtures.mjs. "Today" is 2026-11-23, as there. Written as stored records: foreign
// keys as `{ uuid }` (the engine adds their `url`), reverse relations (`gingOverOnderwerpobjecten`,
// `hadBetrokkenen`) left out (the engine derives them). No medewerker appears: an answer has no
// actor, a question's betrokkene is the resident without a name (CONTRACT 4.8).
import { DEMO_ZAKEN, uid } from '../fixtures.mjs';
import { backendBase } from './bases.mjs';

/** @typedef {import('./types.mjs').JsonObject} JsonObject */
/** @typedef {import('./types.mjs').Layout} Layout */

/** The URN of a zaak, as capabilities' `tasks.zaakUrn` announces it. */
export const ZAAK_URN = 'urn:nld:gemeentevoorbeeld:zaak:zaaknummer:{identificatie}';
/** Where form and payment tasks are done (capabilities' `tasks.taskUrl`). */
export const TASK_URL = 'https://mijn.gemeente.example/taken/{uuid}';
/** The municipality's forms: the origin of a URL task's `uitvraagLink`. */
export const FORMS_ORIGIN = 'https://formulieren.gemeente.example';

/** @param {string} identificatie */
const demo = (identificatie) => {
  const zaak = DEMO_ZAKEN.find((z) => z.identificatie === identificatie);
  if (!zaak) throw new Error(`no demo zaak ${identificatie}`);
  return { ...zaak, urn: ZAAK_URN.replace('{identificatie}', identificatie) };
};
/** Buren, inkomenstoeslag, open: the pilot's "bank statements missing". */
export const BUREN = demo('ZAAK-2026-0000456');
/** Tilburg, klacht, open: a question with its answer and one without. */
export const TILBURG = demo('ZAAK-2026-0001012');
/** Tilburg, inrit, open: leges to pay. */
export const INRIT = demo('ZAAK-2026-0000642');
/** Ooststellingwerf, WOZ, open: a form to fill in. */
export const WOZ = demo('ZAAK-2026-0000123');

/** Task UUIDs the tests and the demo can name. */
export const SEED_UUIDS = {
  bankafschriften: uid('taak:buren:bankafschriften'),
  identiteitsbewijs: uid('taak:buren:identiteitsbewijs'),
  leges: uid('taak:inrit:leges'),
  vragenlijst: uid('taak:woz:vragenlijst'),
  vraag: uid('klantcontact:tilburg:vraag'),
  antwoord: uid('klantcontact:tilburg:antwoord'),
  openVraag: uid('klantcontact:tilburg:open-vraag'),
};

/**
 * Seed records per store, for one layout.
 * @param {Layout} layout
 * @returns {Record<string, Array<{ record: JsonObject, zaak: string }>>} each with the zaak it belongs to
 */
export function seedRecords(layout) {
  const takenBase = backendBase(layout, 'taken');
  const kiBase = backendBase(layout, 'klantinteracties');
  /** @param {string} uuid @param {string} kind @param {{ zaak: typeof BUREN, titel: string, status: string, startdatum: string, eind: string, toelichting: string, handelingsPerspectief: string, details: JsonObject }} t */
  const task = (uuid, kind, t) => ({
    zaak: t.zaak.uuid,
    record: {
      url: `${takenBase}/externetaken/${uuid}`,
      urn: `urn:nld:gemeentevoorbeeld:taak:uuid:${uuid}`,
      uuid,
      titel: t.titel,
      verwerkerTaakId: '',
      status: t.status,
      startdatum: t.startdatum,
      handelingsPerspectief: t.handelingsPerspectief,
      einddatumHandelingsTermijn: t.eind,
      datumHerinnering: null,
      toelichting: t.toelichting,
      isGerelateerdAan: [{ urn: t.zaak.urn }],
      taakSoort: kind,
      details: t.details,
    },
  });
  const taken = [
    task(SEED_UUIDS.bankafschriften, 'urltaak', {
      zaak: BUREN,
      titel: 'Bankafschriften aanleveren',
      status: 'open',
      startdatum: '2026-11-20',
      eind: '2026-12-12',
      toelichting: 'Stuur ons de afschriften van al uw bankrekeningen van de laatste 3 maanden.',
      handelingsPerspectief: 'informatie_geven',
      details: { uitvraagLink: `${FORMS_ORIGIN}/buren/bankafschriften?taak=${SEED_UUIDS.bankafschriften}`, voorinvullenGegevens: {}, ontvangenGegevens: {}, ontvangenBijlagen: [] },
    }),
    task(SEED_UUIDS.identiteitsbewijs, 'urltaak', {
      zaak: BUREN,
      titel: 'Kopie identiteitsbewijs aanleveren',
      status: 'uitgevoerd',
      startdatum: '2026-11-16',
      eind: '2026-11-30',
      toelichting: 'Stuur ons een kopie van uw paspoort of identiteitskaart.',
      handelingsPerspectief: 'informatie_geven',
      details: { uitvraagLink: `${FORMS_ORIGIN}/buren/identiteitsbewijs?taak=${SEED_UUIDS.identiteitsbewijs}`, voorinvullenGegevens: {}, ontvangenGegevens: {}, ontvangenBijlagen: [] },
    }),
    task(SEED_UUIDS.leges, 'betaaltaak', {
      zaak: INRIT,
      titel: 'Leges betalen voor uw inrit',
      status: 'open',
      startdatum: '2026-11-10',
      eind: '2026-12-08',
      toelichting: 'Betaal de leges voor uw aanvraag. Daarna nemen we een besluit.',
      handelingsPerspectief: 'betalen',
      details: {
        bedrag: '171.00',
        valuta: 'EUR',
        transactieomschrijving: `Leges omgevingsvergunning ${INRIT.identificatie}`,
        doelrekening: { naam: 'Gemeente Tilburg', code: 'LEGES', iban: 'NL02BNGH0123456789' },
      },
    }),
    task(SEED_UUIDS.vragenlijst, 'formuliertaak', {
      zaak: WOZ,
      titel: 'Vragenlijst over uw woning invullen',
      status: 'open',
      startdatum: '2026-11-21',
      eind: '2026-12-04',
      toelichting: 'Beantwoord een paar vragen over uw woning, zodat de taxateur die kan meenemen.',
      handelingsPerspectief: 'informatie_geven',
      details: {
        formulierDefinitie: { components: [{ label: 'Bouwjaar van uw woning', key: 'bouwjaar', type: 'number' }, { label: 'Is de woning verbouwd?', key: 'verbouwd', type: 'checkbox' }] },
        voorinvullenGegevens: {},
        ontvangenGegevens: {},
      },
    }),
  ];

  const zaakIdentificator = { codeObjecttype: 'zaak', codeRegister: 'openzaak', codeSoortObjectId: 'uuid', objectId: TILBURG.uuid };
  /** @param {string} uuid @param {{ kanaal: string, onderwerp: string, inhoud: string, plaatsgevondenOp: string, nummer: string }} k */
  const klantcontact = (uuid, k) => ({
    zaak: TILBURG.uuid,
    record: {
      uuid,
      url: `${kiBase}/klantcontacten/${uuid}`,
      hadBetrokkenActoren: [],
      omvatteBijlagen: [],
      leiddeTotInterneTaken: [],
      nummer: k.nummer,
      referentienummer: null,
      kanaal: k.kanaal,
      onderwerp: k.onderwerp,
      inhoud: k.inhoud,
      reactie: '',
      indicatieContactGelukt: true,
      verdereActieOndernomen: false,
      taal: 'nld',
      vertrouwelijk: false,
      plaatsgevondenOp: k.plaatsgevondenOp,
    },
  });
  const klantcontacten = [
    klantcontact(SEED_UUIDS.vraag, { nummer: '0000004101', kanaal: 'contactformulier', onderwerp: 'Vraag over zaak ZAAK-2026-0001012', inhoud: 'Wanneer wordt de lantaarnpaal in mijn straat gerepareerd?', plaatsgevondenOp: '2026-11-13T09:15:00Z' }),
    klantcontact(SEED_UUIDS.antwoord, { nummer: '0000004102', kanaal: 'e-mail', onderwerp: 'Antwoord op uw vraag', inhoud: 'De lantaarnpaal wordt in week 49 gerepareerd. De aannemer heeft de opdracht al gekregen.', plaatsgevondenOp: '2026-11-16T13:02:00Z' }),
    klantcontact(SEED_UUIDS.openVraag, { nummer: '0000004103', kanaal: 'contactformulier', onderwerp: 'Vraag over zaak ZAAK-2026-0001012', inhoud: 'Krijg ik bericht als mijn klacht is afgehandeld?', plaatsgevondenOp: '2026-11-20T18:40:00Z' }),
  ];
  /** @param {string} name @param {string} kc @param {string | null} was */
  const onderwerpobject = (name, kc, was) => {
    const uuid = uid(`onderwerpobject:tilburg:${name}`);
    return {
      zaak: TILBURG.uuid,
      record: { uuid, url: `${kiBase}/onderwerpobjecten/${uuid}`, klantcontact: { uuid: kc }, wasKlantcontact: was ? { uuid: was } : null, onderwerpobjectidentificator: zaakIdentificator },
    };
  };
  const onderwerpobjecten = [
    onderwerpobject('vraag', SEED_UUIDS.vraag, null),
    // The answer is about the question (wasKlantcontact) and, like the question, about the zaak.
    onderwerpobject('antwoord', SEED_UUIDS.antwoord, SEED_UUIDS.vraag),
    onderwerpobject('open-vraag', SEED_UUIDS.openVraag, null),
  ];
  /** @param {string} kc */
  const betrokkene = (kc) => {
    const uuid = uid(`betrokkene:tilburg:${kc}`);
    return {
      zaak: TILBURG.uuid,
      record: { uuid, url: `${kiBase}/betrokkenen/${uuid}`, wasPartij: null, hadKlantcontact: { uuid: kc }, bezoekadres: null, correspondentieadres: null, contactnaam: null, rol: 'klant', organisatienaam: '', initiator: true },
    };
  };
  const betrokkenen = [betrokkene(SEED_UUIDS.vraag), betrokkene(SEED_UUIDS.openVraag)];
  return { taken, klantcontacten, onderwerpobjecten, betrokkenen };
}
