// CONTRACT 3 (detail of one zaak) and 4 (timeline, expected end date, no personal data).
import { expect } from '@open-wc/testing';
import { toZaakDetailView, type ZaakDetailInput } from '../../../src/model/zaak-detail.js';
import { buildTimeline } from '../../../src/model/timeline.js';
import type { ZaakDetailView } from '../../../src/model/view-model.js';
import {
  ZAAK_UUID,
  fourSteps,
  makeResultaat,
  makeResultaattype,
  makeStatus,
  makeZaak,
  makeZaaktype,
  rolUrl,
  uuid,
} from './fixtures.js';

const [s1, s2, s3, s4] = fourSteps();
const a = makeStatus(uuid(101), s1, '2026-01-12T09:00:00Z');
const b = makeStatus(uuid(102), s2, '2026-01-20T09:00:00Z');

function input(overrides: Partial<ZaakDetailInput> = {}): ZaakDetailInput {
  return {
    zaak: makeZaak({ status: b.url }),
    zaaktype: makeZaaktype({ omschrijving: 'Omgevingsvergunning', servicenorm: null, doorlooptijd: 'P8W' }),
    statustypen: [s3, s1, s4, s2],
    statussen: [b, a],
    resultaat: null,
    resultaattype: null,
    audience: 'inwoner',
    hideUninformed: false,
    labels: null,
    ...overrides,
  };
}

const detail = (overrides: Partial<ZaakDetailInput> = {}): ZaakDetailView => toZaakDetailView(input(overrides));

describe('toZaakDetailView', () => {
  describe('title and description (CONTRACT 3.1)', () => {
    it('title is the zaaktype omschrijving; the zaak omschrijving becomes the description', () => {
      const view = detail();
      expect(view.title).to.equal('Omgevingsvergunning');
      expect(view.description).to.equal('Aanvraag omgevingsvergunning dakkapel');
      expect(view.identificatie).to.equal('ZAAK-2026-0000123');
      expect(view.uuid).to.equal(ZAAK_UUID);
    });

    it('title falls back to the zaak omschrijving, without repeating it as description', () => {
      const view = detail({ zaaktype: null });
      expect(view.title).to.equal('Aanvraag omgevingsvergunning dakkapel');
      expect(view.description).to.equal(null);
      const emptyType = detail({ zaaktype: makeZaaktype({ omschrijving: '' }) });
      expect(emptyType.title).to.equal('Aanvraag omgevingsvergunning dakkapel');
      expect(emptyType.description).to.equal(null);
    });

    it('title falls back to the identificatie when there is no omschrijving at all', () => {
      const view = detail({ zaaktype: makeZaaktype({ omschrijving: null }), zaak: makeZaak({ omschrijving: '' }) });
      expect(view.title).to.equal('ZAAK-2026-0000123');
      expect(view.description).to.equal(null);
    });

    it('description is null when the zaak omschrijving equals the zaaktype omschrijving', () => {
      const view = detail({ zaak: makeZaak({ omschrijving: 'Omgevingsvergunning' }) });
      expect(view.title).to.equal('Omgevingsvergunning');
      expect(view.description).to.equal(null);
    });

    it('title is a string even without zaaktype, omschrijving or identificatie', () => {
      const view = detail({ zaaktype: null, zaak: makeZaak({ omschrijving: null, identificatie: null }) });
      expect(view.title).to.be.a('string');
      expect(view.identificatie).to.equal(null);
    });
  });

  describe('details (CONTRACT 3.3)', () => {
    it('passes the dates through and computes the expected end date (CONTRACT 4.5)', () => {
      const view = detail({ zaak: makeZaak({ status: b.url, registratiedatum: '2026-01-11', startdatum: '2026-01-12' }) });
      expect(view.registratiedatum).to.equal('2026-01-11');
      expect(view.startdatum).to.equal('2026-01-12');
      expect(view.einddatum).to.equal(null);
      expect(view.isClosed).to.equal(false);
      expect(view.expectedEndDate).to.equal('2026-03-09');
    });

    it('uses einddatumGepland for the expected end date', () => {
      expect(detail({ zaak: makeZaak({ einddatumGepland: '2026-02-20' }) }).expectedEndDate).to.equal('2026-02-20');
    });

    it('a closed zaak: isClosed, einddatum, no expected end date, result from resultaattype and resultaat', () => {
      const view = detail({
        zaak: makeZaak({ status: b.url, einddatum: '2026-02-15', resultaat: makeResultaat().url }),
        resultaat: makeResultaat({ toelichting: 'De vergunning is verleend onder voorwaarden.' }),
        resultaattype: makeResultaattype({ omschrijving: 'Verleend' }),
      });
      expect(view.isClosed).to.equal(true);
      expect(view.einddatum).to.equal('2026-02-15');
      expect(view.expectedEndDate).to.equal(null);
      expect(view.result).to.deep.equal({ title: 'Verleend', explanation: 'De vergunning is verleend onder voorwaarden.' });
    });

    it('result without resultaattype keeps the toelichting; without toelichting keeps the title', () => {
      const noType = detail({ zaak: makeZaak({ einddatum: '2026-02-15' }), resultaat: makeResultaat({ toelichting: 'Toelichting' }), resultaattype: null });
      expect(noType.result?.explanation).to.equal('Toelichting');
      expect(noType.result?.title).to.be.oneOf([null, '']);
      const noNote = detail({
        zaak: makeZaak({ einddatum: '2026-02-15' }),
        resultaat: makeResultaat({ toelichting: '' }),
        resultaattype: makeResultaattype({ omschrijving: 'Geweigerd' }),
      });
      expect(noNote.result?.title).to.equal('Geweigerd');
      expect(noNote.result?.explanation).to.be.oneOf([null, '']);
    });

    it('no result when there is neither resultaat nor resultaattype', () => {
      expect(detail({ resultaat: null, resultaattype: null }).result).to.equal(null);
    });

    it('a suspended zaak shows the reason and no expected end date', () => {
      const view = detail({ zaak: makeZaak({ einddatumGepland: '2026-02-20', opschorting: { indicatie: true, reden: 'Wacht op aanvullende gegevens' } }) });
      expect(view.suspension).to.deep.equal({ reason: 'Wacht op aanvullende gegevens' });
      expect(view.expectedEndDate).to.equal(null);
    });

    it('a suspended zaak without a reason: suspension with reason null', () => {
      const view = detail({ zaak: makeZaak({ opschorting: { indicatie: true, reden: '' } }) });
      expect(view.suspension).to.not.equal(null);
      expect(view.suspension?.reason).to.be.oneOf([null, '']);
    });

    it('no suspension when opschorting.indicatie is false or missing', () => {
      expect(detail({ zaak: makeZaak({ opschorting: { indicatie: false, reden: 'oud' } }) }).suspension).to.equal(null);
      expect(detail({ zaak: makeZaak({ opschorting: null }) }).suspension).to.equal(null);
    });

    it('passes vertrouwelijkheidaanduiding through for the medewerker view', () => {
      const zaak = makeZaak({ vertrouwelijkheidaanduiding: 'zaakvertrouwelijk' });
      expect(detail({ zaak, audience: 'medewerker' }).vertrouwelijkheidaanduiding).to.equal('zaakvertrouwelijk');
      // "Shown to medewerker only": the inwoner view may leave it out.
      expect(detail({ zaak, audience: 'inwoner' }).vertrouwelijkheidaanduiding).to.be.oneOf([null, 'zaakvertrouwelijk']);
    });
  });

  describe('timeline (CONTRACT 4)', () => {
    it('is buildTimeline of the same input', () => {
      const i = input({ labels: { Ontvangen: 'Aanvraag ingediend' }, hideUninformed: true });
      const { zaak, statustypen, statussen, audience, hideUninformed, labels } = i;
      expect(toZaakDetailView(i).timeline).to.deep.equal(buildTimeline({ zaak, statustypen, statussen, audience, hideUninformed, labels }));
    });

    it('shows the current step of zaak.status', () => {
      const view = detail();
      expect(view.timeline.steps.map((step) => step.state)).to.deep.equal(['checked', 'current', 'not-checked', 'not-checked']);
    });
  });

  describe('personal data (CONTRACT 4.8)', () => {
    const BSN = '999993653';
    const ROL = rolUrl(uuid(777));

    it('never contains a BSN, a gezetdoor value or a medewerker name', () => {
      const zaakWithPersons = {
        ...makeZaak({ status: b.url, einddatum: '2026-02-15' }),
        rollen: [{ url: ROL, betrokkeneType: 'natuurlijk_persoon', betrokkeneIdentificatie: { inpBsn: BSN, geslachtsnaam: 'Jansen', voornamen: 'Jan' } }],
        betrokkene: BSN,
        kenmerken: [{ kenmerk: BSN, bron: 'BRP' }],
        _expand: {
          rollen: [{ url: ROL, betrokkeneIdentificatie: { inpBsn: BSN, geslachtsnaam: 'Jansen' } }],
          status: { ...b, gezetdoor: ROL, _expand: { statustype: s2, gezetdoor: { url: ROL, betrokkeneIdentificatie: { achternaam: 'De Vries-Medewerker' } } } },
        },
      } as unknown as ZaakDetailInput['zaak'];
      const statussen = [
        makeStatus(uuid(102), s2, '2026-01-20T09:00:00Z', {
          gezetdoor: ROL,
          statustoelichting: 'Aanvulling ontvangen',
          ...({ _expand: { gezetdoor: { betrokkeneIdentificatie: { achternaam: 'De Vries-Medewerker', inpBsn: BSN } } } } as object),
        }),
        makeStatus(uuid(101), s1, '2026-01-12T09:00:00Z', { gezetdoor: ROL }),
      ];
      const view = toZaakDetailView(
        input({
          zaak: zaakWithPersons,
          statussen,
          resultaat: makeResultaat(),
          resultaattype: makeResultaattype(),
          audience: 'medewerker',
        }),
      );
      const json = JSON.stringify(view);
      expect(json).to.not.contain(BSN);
      expect(json).to.not.contain(uuid(777));
      expect(json).to.not.contain('rollen');
      expect(json).to.not.contain('Jansen');
      expect(json).to.not.contain('De Vries-Medewerker');
      // The sub-step text (statustoelichting) is shown, so the status itself did make it into the view.
      expect(json).to.contain('Aanvulling ontvangen');
    });

    it('holds no back-end URL', () => {
      const json = JSON.stringify(detail({ resultaat: makeResultaat(), resultaattype: makeResultaattype() }));
      expect(json).to.not.contain('openzaak.gemeente.example');
    });
  });

  describe('malformed input never throws', () => {
    const cases: Record<string, () => ZaakDetailInput> = {
      'an empty zaak': () => input({ zaak: {} }),
      'null arrays': () => input({ statustypen: null as unknown as ZaakDetailInput['statustypen'], statussen: null as unknown as ZaakDetailInput['statussen'] }),
      'undefined arrays': () => input({ statustypen: undefined as unknown as ZaakDetailInput['statustypen'], statussen: undefined as unknown as ZaakDetailInput['statussen'] }),
      'null items in arrays': () =>
        input({ statustypen: [null, s1, undefined] as unknown as ZaakDetailInput['statustypen'], statussen: [null, a, 7] as unknown as ZaakDetailInput['statussen'] }),
      'wrong field types': () =>
        input({
          zaak: {
            omschrijving: 42,
            identificatie: { x: 1 },
            opschorting: 'ja',
            verlenging: 'lang',
            einddatum: 20260215,
            startdatum: true,
            status: 12,
            _expand: 'nee',
          } as unknown as ZaakDetailInput['zaak'],
          zaaktype: { omschrijving: ['x'], doorlooptijd: 56, servicenorm: {} } as unknown as ZaakDetailInput['zaaktype'],
          statustypen: [{ url: 5, volgnummer: 'twee', omschrijving: null, informeren: 'nee' }] as unknown as ZaakDetailInput['statustypen'],
          statussen: [{ statustype: 5, datumStatusGezet: 12, statustoelichting: {} }] as unknown as ZaakDetailInput['statussen'],
          resultaat: 'geen' as unknown as ZaakDetailInput['resultaat'],
          resultaattype: 0 as unknown as ZaakDetailInput['resultaattype'],
          labels: 'labels' as unknown as ZaakDetailInput['labels'],
        }),
      'null zaaktype, resultaat, resultaattype and labels': () => input({ zaaktype: null, resultaat: null, resultaattype: null, labels: null }),
      'garbage dates and durations': () =>
        input({
          zaak: makeZaak({ startdatum: 'morgen', einddatumGepland: 'ooit', verlenging: { duur: 'lang', reden: null } }),
          zaaktype: makeZaaktype({ servicenorm: 'zes weken', doorlooptijd: 'P' }),
          statussen: [makeStatus(uuid(1), s1, 'gisteren'), makeStatus(uuid(2), s2, '')],
        }),
    };

    for (const [name, make] of Object.entries(cases)) {
      it(`on ${name}`, () => {
        let view: ZaakDetailView | undefined;
        expect(() => {
          view = toZaakDetailView(make());
        }).to.not.throw();
        expect(view?.title).to.be.a('string');
        expect(view?.timeline.steps).to.be.an('array');
        expect(() => JSON.stringify(view)).to.not.throw();
      });
    }

    it('a null zaak does not throw either', () => {
      expect(() => toZaakDetailView(input({ zaak: null as unknown as ZaakDetailInput['zaak'] }))).to.not.throw();
    });
  });
});
