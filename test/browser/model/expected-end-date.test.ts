// CONTRACT 4.5: expected end date.
import { expect } from '@open-wc/testing';
import { expectedEndDate } from '../../../src/model/expected-end-date.js';
import { makeZaak, makeZaaktype } from './fixtures.js';

describe('expectedEndDate (CONTRACT 4.5)', () => {
  const zaaktype = makeZaaktype({ servicenorm: 'P4W', doorlooptijd: 'P8W' });

  it('takes einddatumGepland first', () => {
    const zaak = makeZaak({ startdatum: '2026-01-12', einddatumGepland: '2026-02-20', uiterlijkeEinddatumAfdoening: '2026-03-09' });
    expect(expectedEndDate(zaak, zaaktype)).to.equal('2026-02-20');
  });

  it('takes uiterlijkeEinddatumAfdoening when there is no einddatumGepland', () => {
    const zaak = makeZaak({ startdatum: '2026-01-12', einddatumGepland: null, uiterlijkeEinddatumAfdoening: '2026-03-09' });
    expect(expectedEndDate(zaak, zaaktype)).to.equal('2026-03-09');
  });

  it('computes startdatum + servicenorm when neither date is set', () => {
    // 2026-01-12 + 4 weeks
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12' }), zaaktype)).to.equal('2026-02-09');
  });

  it('computes startdatum + doorlooptijd when there is no servicenorm', () => {
    // 2026-01-12 + 8 weeks
    const type = makeZaaktype({ servicenorm: null, doorlooptijd: 'P8W' });
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12' }), type)).to.equal('2026-03-09');
  });

  it('computes with month durations and clamping: 2026-01-31 + P1M = 2026-02-28', () => {
    const type = makeZaaktype({ servicenorm: null, doorlooptijd: 'P1M' });
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-31' }), type)).to.equal('2026-02-28');
  });

  it('adds verlenging.duur to a computed date (servicenorm)', () => {
    const zaak = makeZaak({ startdatum: '2026-01-12', verlenging: { reden: 'Advies welstandscommissie', duur: 'P6W' } });
    // 2026-01-12 + 4 weeks + 6 weeks = 2026-01-12 + 70 days
    expect(expectedEndDate(zaak, zaaktype)).to.equal('2026-03-23');
  });

  it('adds verlenging.duur to a computed date (doorlooptijd)', () => {
    const type = makeZaaktype({ servicenorm: null, doorlooptijd: 'P8W' });
    const zaak = makeZaak({ startdatum: '2026-01-12', verlenging: { reden: 'Advies', duur: 'P30D' } });
    // 2026-03-09 + 30 days
    expect(expectedEndDate(zaak, type)).to.equal('2026-04-08');
  });

  it('does NOT add verlenging.duur to einddatumGepland', () => {
    const zaak = makeZaak({ startdatum: '2026-01-12', einddatumGepland: '2026-02-20', verlenging: { reden: 'Advies', duur: 'P6W' } });
    expect(expectedEndDate(zaak, zaaktype)).to.equal('2026-02-20');
  });

  it('does NOT add verlenging.duur to uiterlijkeEinddatumAfdoening', () => {
    const zaak = makeZaak({ startdatum: '2026-01-12', uiterlijkeEinddatumAfdoening: '2026-03-09', verlenging: { reden: 'Advies', duur: 'P6W' } });
    expect(expectedEndDate(zaak, zaaktype)).to.equal('2026-03-09');
  });

  it('ignores a verlenging without duur', () => {
    const zaak = makeZaak({ startdatum: '2026-01-12', verlenging: { reden: 'Advies', duur: null } });
    expect(expectedEndDate(zaak, zaaktype)).to.equal('2026-02-09');
  });

  it('is null while suspended (opschorting.indicatie true), even with einddatumGepland', () => {
    const suspended = { indicatie: true, reden: 'Wacht op aanvullende gegevens' };
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12', opschorting: suspended }), zaaktype)).to.equal(null);
    expect(expectedEndDate(makeZaak({ einddatumGepland: '2026-02-20', opschorting: suspended }), zaaktype)).to.equal(null);
    expect(expectedEndDate(makeZaak({ uiterlijkeEinddatumAfdoening: '2026-03-09', opschorting: suspended }), zaaktype)).to.equal(null);
  });

  it('is computed normally when opschorting.indicatie is false or opschorting is missing', () => {
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12', opschorting: { indicatie: false, reden: '' } }), zaaktype)).to.equal('2026-02-09');
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12', opschorting: null }), zaaktype)).to.equal('2026-02-09');
  });

  it('is null for a closed zaak (einddatum set)', () => {
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12', einddatum: '2026-02-01' }), zaaktype)).to.equal(null);
    expect(expectedEndDate(makeZaak({ einddatumGepland: '2026-02-20', einddatum: '2026-02-01' }), zaaktype)).to.equal(null);
  });

  it('is null when nothing is known', () => {
    expect(expectedEndDate(makeZaak({ startdatum: null }), makeZaaktype({ servicenorm: null, doorlooptijd: null }))).to.equal(null);
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12' }), makeZaaktype({ servicenorm: null, doorlooptijd: null }))).to.equal(null);
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12' }), null)).to.equal(null);
    expect(expectedEndDate(makeZaak({ startdatum: '2026-01-12' }), undefined)).to.equal(null);
  });

  it('is null without a startdatum to compute from', () => {
    expect(expectedEndDate(makeZaak({ startdatum: null }), zaaktype)).to.equal(null);
  });

  it('uses the planned dates without any zaaktype', () => {
    expect(expectedEndDate(makeZaak({ einddatumGepland: '2026-02-20' }), null)).to.equal('2026-02-20');
    expect(expectedEndDate(makeZaak({ uiterlijkeEinddatumAfdoening: '2026-03-09' }), null)).to.equal('2026-03-09');
  });

  it('answers YYYY-MM-DD', () => {
    expect(expectedEndDate(makeZaak({ startdatum: '2026-12-15' }), makeZaaktype({ servicenorm: 'P30D' }))).to.equal('2027-01-14');
  });

  it('does not throw on malformed input', () => {
    const broken = { startdatum: 12, opschorting: 'ja', verlenging: 'lang', einddatum: undefined } as unknown as Parameters<typeof expectedEndDate>[0];
    expect(() => expectedEndDate(broken, { servicenorm: 7 } as unknown as Parameters<typeof expectedEndDate>[1])).to.not.throw();
  });
});
