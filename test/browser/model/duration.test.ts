// CONTRACT 4.5: "ISO 8601 durations in days, weeks, months and years."
import { expect } from '@open-wc/testing';
import { addIsoDuration, parseIsoDuration } from '../../../src/model/duration.js';

describe('parseIsoDuration', () => {
  it('parses days: P30D', () => {
    expect(parseIsoDuration('P30D')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 30 });
  });

  it('parses weeks: P6W', () => {
    expect(parseIsoDuration('P6W')).to.deep.equal({ years: 0, months: 0, weeks: 6, days: 0 });
  });

  it('parses months: P2M', () => {
    expect(parseIsoDuration('P2M')).to.deep.equal({ years: 0, months: 2, weeks: 0, days: 0 });
  });

  it('parses years: P1Y', () => {
    expect(parseIsoDuration('P1Y')).to.deep.equal({ years: 1, months: 0, weeks: 0, days: 0 });
  });

  it('parses every date component together: P1Y2M3W4D', () => {
    expect(parseIsoDuration('P1Y2M3W4D')).to.deep.equal({ years: 1, months: 2, weeks: 3, days: 4 });
  });

  it('parses multi-digit values: P12M and P365D', () => {
    expect(parseIsoDuration('P12M')).to.deep.equal({ years: 0, months: 12, weeks: 0, days: 0 });
    expect(parseIsoDuration('P365D')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 365 });
  });

  it('parses a zero duration P0D', () => {
    expect(parseIsoDuration('P0D')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 0 });
  });

  it('accepts a time part that is zero: P1DT0H, P1DT0H0M0S, P2WT0M', () => {
    expect(parseIsoDuration('P1DT0H')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 1 });
    expect(parseIsoDuration('P1DT0H0M0S')).to.deep.equal({ years: 0, months: 0, weeks: 0, days: 1 });
    expect(parseIsoDuration('P2WT0M')).to.deep.equal({ years: 0, months: 0, weeks: 2, days: 0 });
  });

  it('rejects a non-zero time part: P1DT12H, PT1H, PT30M, P1DT0H1S', () => {
    expect(parseIsoDuration('P1DT12H')).to.equal(null);
    expect(parseIsoDuration('PT1H')).to.equal(null);
    expect(parseIsoDuration('PT30M')).to.equal(null);
    expect(parseIsoDuration('P1DT0H1S')).to.equal(null);
  });

  it('rejects empty, bare "P", and missing values', () => {
    expect(parseIsoDuration('')).to.equal(null);
    expect(parseIsoDuration('P')).to.equal(null);
    expect(parseIsoDuration(null)).to.equal(null);
    expect(parseIsoDuration(undefined)).to.equal(null);
  });

  it('rejects negative durations: -P1D, P-1D', () => {
    expect(parseIsoDuration('-P1D')).to.equal(null);
    expect(parseIsoDuration('P-1D')).to.equal(null);
  });

  it('rejects garbage: "30", "30 dagen", "P30", "D30P", "P1D2M" (wrong order), "P30DX", "PT", "P1Y1Y"', () => {
    for (const value of ['30', '30 dagen', 'P30', 'D30P', 'P1D2M', 'P30DX', 'XP30D', 'PT', 'P1Y1Y', 'P1.5D', 'P1W2']) {
      expect(parseIsoDuration(value), value).to.equal(null);
    }
  });

  it('rejects a "T" with no time component after it: P1DT (invalid ISO 8601)', () => {
    expect(parseIsoDuration('P1DT')).to.equal(null);
    expect(parseIsoDuration('P6WT')).to.equal(null);
  });

  it('does not throw on a non-string value cast through unknown', () => {
    expect(parseIsoDuration(30 as unknown as string)).to.equal(null);
    expect(parseIsoDuration({} as unknown as string)).to.equal(null);
  });
});

describe('addIsoDuration', () => {
  it('adds days: 2026-01-01 + P30D = 2026-01-31', () => {
    expect(addIsoDuration('2026-01-01', 'P30D')).to.equal('2026-01-31');
  });

  it('adds weeks: 2026-01-01 + P6W = 2026-02-12', () => {
    expect(addIsoDuration('2026-01-01', 'P6W')).to.equal('2026-02-12');
  });

  it('adds months on the calendar, not as 30 days: 2026-01-15 + P2M = 2026-03-15', () => {
    expect(addIsoDuration('2026-01-15', 'P2M')).to.equal('2026-03-15');
  });

  it('adds years: 2026-03-10 + P1Y = 2027-03-10', () => {
    expect(addIsoDuration('2026-03-10', 'P1Y')).to.equal('2027-03-10');
  });

  it('adds a combined duration: 2026-01-10 + P1Y2M3W4D = 2027-04-04', () => {
    // 2026-01-10 + 1Y2M = 2027-03-10; + 3W4D (25 days) = 2027-04-04
    expect(addIsoDuration('2026-01-10', 'P1Y2M3W4D')).to.equal('2027-04-04');
  });

  it('clamps to the end of a shorter month: 2026-01-31 + P1M = 2026-02-28', () => {
    expect(addIsoDuration('2026-01-31', 'P1M')).to.equal('2026-02-28');
  });

  it('clamps to 29 February in a leap year: 2028-01-31 + P1M = 2028-02-29', () => {
    expect(addIsoDuration('2028-01-31', 'P1M')).to.equal('2028-02-29');
  });

  it('clamps 31 March + P1M to 30 April', () => {
    expect(addIsoDuration('2026-03-31', 'P1M')).to.equal('2026-04-30');
  });

  it('clamps 29 February + P1Y to 28 February', () => {
    expect(addIsoDuration('2028-02-29', 'P1Y')).to.equal('2029-02-28');
  });

  it('crosses a year boundary with days: 2026-12-15 + P30D = 2027-01-14', () => {
    expect(addIsoDuration('2026-12-15', 'P30D')).to.equal('2027-01-14');
  });

  it('crosses a year boundary with months: 2026-11-30 + P3M = 2027-02-28', () => {
    expect(addIsoDuration('2026-11-30', 'P3M')).to.equal('2027-02-28');
  });

  it('is not thrown off by daylight saving time changes (Europe/Amsterdam)', () => {
    // Summer time starts 2026-03-29, ends 2026-10-25.
    expect(addIsoDuration('2026-03-20', 'P14D')).to.equal('2026-04-03');
    expect(addIsoDuration('2026-03-29', 'P1D')).to.equal('2026-03-30');
    expect(addIsoDuration('2026-10-20', 'P2W')).to.equal('2026-11-03');
    expect(addIsoDuration('2026-10-25', 'P1D')).to.equal('2026-10-26');
  });

  it('adds a zero duration: the same date', () => {
    expect(addIsoDuration('2026-05-05', 'P0D')).to.equal('2026-05-05');
  });

  it('uses the date part of a date-time', () => {
    expect(addIsoDuration('2026-03-10T10:00:00Z', 'P1D')).to.equal('2026-03-11');
    expect(addIsoDuration('2026-03-10T10:00:00.123456+01:00', 'P1M')).to.equal('2026-04-10');
  });

  it('accepts a parsed CalendarDuration', () => {
    expect(addIsoDuration('2026-01-31', { years: 0, months: 1, weeks: 0, days: 0 })).to.equal('2026-02-28');
    expect(addIsoDuration('2026-01-01', { years: 1, months: 0, weeks: 1, days: 1 })).to.equal('2027-01-09');
  });

  it('accepts a duration with a zero time part: 2026-01-01 + P1DT0H = 2026-01-02', () => {
    expect(addIsoDuration('2026-01-01', 'P1DT0H')).to.equal('2026-01-02');
  });

  it('returns null for an invalid duration', () => {
    expect(addIsoDuration('2026-01-01', 'P1DT12H')).to.equal(null);
    expect(addIsoDuration('2026-01-01', 'P')).to.equal(null);
    expect(addIsoDuration('2026-01-01', '')).to.equal(null);
    expect(addIsoDuration('2026-01-01', '-P1D')).to.equal(null);
    expect(addIsoDuration('2026-01-01', 'garbage')).to.equal(null);
    expect(addIsoDuration('2026-01-01', null)).to.equal(null);
    expect(addIsoDuration('2026-01-01', undefined)).to.equal(null);
  });

  it('returns null for an invalid or missing date', () => {
    expect(addIsoDuration(null, 'P1D')).to.equal(null);
    expect(addIsoDuration(undefined, 'P1D')).to.equal(null);
    expect(addIsoDuration('', 'P1D')).to.equal(null);
    expect(addIsoDuration('gisteren', 'P1D')).to.equal(null);
    expect(addIsoDuration('2026-13-01', 'P1D')).to.equal(null);
    expect(addIsoDuration('2026-02-30', 'P1D')).to.equal(null);
    expect(addIsoDuration('2026-00-10', 'P1D')).to.equal(null);
  });

  it('always answers in YYYY-MM-DD', () => {
    const result = addIsoDuration('2026-09-09T23:59:59Z', 'P1Y2M3W4D');
    expect(result).to.match(/^\d{4}-\d{2}-\d{2}$/);
    // 2027-11-09 + 25 days
    expect(result).to.equal('2027-12-04');
  });
});
