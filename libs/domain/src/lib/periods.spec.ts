import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { makePeriod, monthsOf, parsePeriod, periodContaining, periodLabelEn, periodLabelVi, PeriodError, previousPeriod, type PeriodKind } from './periods';
import { addDays, periodInstants } from './vietnam-time';

const window = (code: string, calendar = false) => {
  const p = parsePeriod(code, { calendar });
  return [p.from, p.to];
};

describe('official reporting periods (Decree 09/2019)', () => {
  it('year runs 15/12 of the previous year to 14/12', () => assert.deepEqual(window('2023'), ['2022-12-15', '2023-12-14']));
  it('first half runs 15/12 to 14/06 (seed 004)', () => assert.deepEqual(window('2023-H1'), ['2022-12-15', '2023-06-14']));
  it('second half runs 15/06 to 14/12', () => assert.deepEqual(window('2023-H2'), ['2023-06-15', '2023-12-14']));
  it('nine months run 15/12 to 14/09', () => assert.deepEqual(window('2023-9M'), ['2022-12-15', '2023-09-14']));
  it('quarters end on the 14th of their last month', () => {
    assert.deepEqual(window('2023-Q1'), ['2022-12-15', '2023-03-14']);
    assert.deepEqual(window('2023-Q2'), ['2023-03-15', '2023-06-14']);
    assert.deepEqual(window('2023-Q3'), ['2023-06-15', '2023-09-14']);
    assert.deepEqual(window('2023-Q4'), ['2023-09-15', '2023-12-14']);
  });
  it('month 06 runs 15/05 to 14/06; January crosses the year', () => {
    assert.deepEqual(window('2023-06'), ['2023-05-15', '2023-06-14']);
    assert.deepEqual(window('2024-01'), ['2023-12-15', '2024-01-14']);
    assert.deepEqual(window('2024-03'), ['2024-02-15', '2024-03-14']);
  });
});

describe('calendar periods', () => {
  it('cover whole months, leap February included', () => {
    assert.deepEqual(window('2024-02', true), ['2024-02-01', '2024-02-29']);
    assert.deepEqual(window('2023-02', true), ['2023-02-01', '2023-02-28']);
    assert.deepEqual(window('2023-Q4', true), ['2023-10-01', '2023-12-31']);
    assert.deepEqual(window('2023-H1', true), ['2023-01-01', '2023-06-30']);
    assert.deepEqual(window('2023-9M', true), ['2023-01-01', '2023-09-30']);
    assert.deepEqual(window('2023', true), ['2023-01-01', '2023-12-31']);
  });
});

describe('parsePeriod', () => {
  it('accepts lower case and spaces and gives the canonical code', () => {
    assert.equal(parsePeriod(' 2023-h1 ').code, '2023-H1');
    assert.equal(parsePeriod('2023-9m').code, '2023-9M');
  });
  for (const bad of ['2023-Q5', '2023-13', '2023-00', '23', '2023-H3', '1999', '2101', '', 'abc', '2023-Q1-2']) {
    it(`rejects "${bad}" with a bilingual message`, () => {
      assert.throws(() => parsePeriod(bad), (e: unknown) => e instanceof PeriodError && /Kỳ báo cáo không hợp lệ/.test(e.message) && /Invalid period/.test(e.message));
    });
  }
});

describe('period boundaries in Vietnam time', () => {
  const { start, endExclusive } = periodInstants(parsePeriod('2023-H1'));
  it('14/06 23:59 VN is inside the first half; 15/06 00:00 VN is outside', () => {
    const lastMinute = new Date('2023-06-14T23:59:00+07:00');
    const next = new Date('2023-06-15T00:00:00+07:00');
    assert.ok(lastMinute >= start && lastMinute < endExclusive);
    assert.ok(!(next < endExclusive));
  });
  it('starts at 15/12 00:00 VN, which is 14/12 17:00 UTC', () => {
    assert.equal(start.toISOString(), '2022-12-14T17:00:00.000Z');
  });
});

describe('periodContaining', () => {
  it('moves to the next official month on the 15th', () => {
    assert.equal(periodContaining('month', '2023-06-14').code, '2023-06');
    assert.equal(periodContaining('month', '2023-06-15').code, '2023-07');
    assert.equal(periodContaining('month', '2023-12-15').code, '2024-01');
    assert.equal(periodContaining('year', '2023-12-14').code, '2023');
    assert.equal(periodContaining('year', '2023-12-15').code, '2024');
    assert.equal(periodContaining('half', '2023-06-15').code, '2023-H2');
    assert.equal(periodContaining('quarter', '2023-03-14').code, '2023-Q1');
    assert.equal(periodContaining('quarter', '2023-03-15').code, '2023-Q2');
  });
  it('uses whole months for calendar periods', () => {
    assert.equal(periodContaining('month', '2023-06-15', { calendar: true }).code, '2023-06');
    assert.equal(periodContaining('half', '2023-06-30', { calendar: true }).code, '2023-H1');
  });
});

describe('months, previous period and labels', () => {
  it('lists the months of a period in order', () => {
    assert.deepEqual(monthsOf(parsePeriod('2023-H1')).map((m) => m.code), ['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    assert.equal(monthsOf(parsePeriod('2023')).length, 12);
    assert.equal(monthsOf(parsePeriod('2023-9M')).length, 9);
    assert.deepEqual(monthsOf(parsePeriod('2023-Q3')).map((m) => [m.from, m.to]).at(0), ['2023-06-15', '2023-07-14']);
  });
  it('steps back one period of the same kind', () => {
    assert.equal(previousPeriod(parsePeriod('2023-01')).code, '2022-12');
    assert.equal(previousPeriod(parsePeriod('2023-Q1')).code, '2022-Q4');
    assert.equal(previousPeriod(parsePeriod('2023-H2')).code, '2023-H1');
    assert.equal(previousPeriod(parsePeriod('2023-9M')).code, '2022-9M');
    assert.equal(previousPeriod(parsePeriod('2023')).code, '2022');
  });
  it('uses the official wording', () => {
    assert.equal(periodLabelVi(parsePeriod('2023-H1')), '6 tháng đầu năm 2023');
    assert.equal(periodLabelVi(parsePeriod('2023-H2')), '6 tháng cuối năm 2023');
    assert.equal(periodLabelVi(parsePeriod('2021-Q1')), 'quý I năm 2021');
    assert.equal(periodLabelVi(parsePeriod('2021-Q4')), 'quý IV năm 2021');
    assert.equal(periodLabelVi(parsePeriod('2023-9M')), '9 tháng năm 2023');
    assert.equal(periodLabelVi(parsePeriod('2023')), 'năm 2023');
    assert.equal(periodLabelVi(parsePeriod('2023-06')), 'tháng 6 năm 2023');
    assert.equal(periodLabelEn(parsePeriod('2023-H1')), 'first half of 2023');
    assert.equal(periodLabelEn(parsePeriod('2023-06')), 'June 2023');
  });
});

// Expected windows below are written out by hand from Decree 09/2019 and the calendar, not derived
// from the implementation, so that a shared mistake cannot pass unnoticed.
const OFFICIAL_MONTHS_2024: Array<[string, string, string]> = [
  ['2024-01', '2023-12-15', '2024-01-14'],
  ['2024-02', '2024-01-15', '2024-02-14'],
  ['2024-03', '2024-02-15', '2024-03-14'],
  ['2024-04', '2024-03-15', '2024-04-14'],
  ['2024-05', '2024-04-15', '2024-05-14'],
  ['2024-06', '2024-05-15', '2024-06-14'],
  ['2024-07', '2024-06-15', '2024-07-14'],
  ['2024-08', '2024-07-15', '2024-08-14'],
  ['2024-09', '2024-08-15', '2024-09-14'],
  ['2024-10', '2024-09-15', '2024-10-14'],
  ['2024-11', '2024-10-15', '2024-11-14'],
  ['2024-12', '2024-11-15', '2024-12-14'],
];
const CALENDAR_MONTHS: Record<string, Array<[string, string, string]>> = {
  '2023': [
    ['2023-01', '2023-01-01', '2023-01-31'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023-03', '2023-03-01', '2023-03-31'],
    ['2023-04', '2023-04-01', '2023-04-30'],
    ['2023-05', '2023-05-01', '2023-05-31'],
    ['2023-06', '2023-06-01', '2023-06-30'],
    ['2023-07', '2023-07-01', '2023-07-31'],
    ['2023-08', '2023-08-01', '2023-08-31'],
    ['2023-09', '2023-09-01', '2023-09-30'],
    ['2023-10', '2023-10-01', '2023-10-31'],
    ['2023-11', '2023-11-01', '2023-11-30'],
    ['2023-12', '2023-12-01', '2023-12-31'],
  ],
  '2024': [
    ['2024-01', '2024-01-01', '2024-01-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-03', '2024-03-01', '2024-03-31'],
    ['2024-04', '2024-04-01', '2024-04-30'],
    ['2024-05', '2024-05-01', '2024-05-31'],
    ['2024-06', '2024-06-01', '2024-06-30'],
    ['2024-07', '2024-07-01', '2024-07-31'],
    ['2024-08', '2024-08-01', '2024-08-31'],
    ['2024-09', '2024-09-01', '2024-09-30'],
    ['2024-10', '2024-10-01', '2024-10-31'],
    ['2024-11', '2024-11-01', '2024-11-30'],
    ['2024-12', '2024-12-01', '2024-12-31'],
  ],
};
const OFFICIAL_LONGER: Record<string, Array<[string, string, string]>> = {
  '2023': [
    ['2023-Q1', '2022-12-15', '2023-03-14'],
    ['2023-Q2', '2023-03-15', '2023-06-14'],
    ['2023-Q3', '2023-06-15', '2023-09-14'],
    ['2023-Q4', '2023-09-15', '2023-12-14'],
    ['2023-H1', '2022-12-15', '2023-06-14'],
    ['2023-H2', '2023-06-15', '2023-12-14'],
    ['2023-9M', '2022-12-15', '2023-09-14'],
    ['2023', '2022-12-15', '2023-12-14'],
  ],
  '2024': [
    ['2024-Q1', '2023-12-15', '2024-03-14'],
    ['2024-Q2', '2024-03-15', '2024-06-14'],
    ['2024-Q3', '2024-06-15', '2024-09-14'],
    ['2024-Q4', '2024-09-15', '2024-12-14'],
    ['2024-H1', '2023-12-15', '2024-06-14'],
    ['2024-H2', '2024-06-15', '2024-12-14'],
    ['2024-9M', '2023-12-15', '2024-09-14'],
    ['2024', '2023-12-15', '2024-12-14'],
  ],
};
const CALENDAR_LONGER: Record<string, Array<[string, string, string]>> = {
  '2023': [
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2023-Q2', '2023-04-01', '2023-06-30'],
    ['2023-Q3', '2023-07-01', '2023-09-30'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
    ['2023-H1', '2023-01-01', '2023-06-30'],
    ['2023-H2', '2023-07-01', '2023-12-31'],
    ['2023-9M', '2023-01-01', '2023-09-30'],
    ['2023', '2023-01-01', '2023-12-31'],
  ],
  '2024': [
    ['2024-Q1', '2024-01-01', '2024-03-31'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
    ['2024-Q3', '2024-07-01', '2024-09-30'],
    ['2024-Q4', '2024-10-01', '2024-12-31'],
    ['2024-H1', '2024-01-01', '2024-06-30'],
    ['2024-H2', '2024-07-01', '2024-12-31'],
    ['2024-9M', '2024-01-01', '2024-09-30'],
    ['2024', '2024-01-01', '2024-12-31'],
  ],
};
const officialMonths2023 = OFFICIAL_MONTHS_2024.map(([code, from, to]) => [code, from, to].map((s) => s.replace('2024', '2023').replace('2023-12-15', '2022-12-15')) as [string, string, string]);

describe('every window of a normal year (2023) and a leap year (2024)', () => {
  const cases: Array<[string, boolean, Array<[string, string, string]>]> = [
    ['official months 2023', false, officialMonths2023],
    ['official months 2024 (leap February changes nothing: windows end on the 14th)', false, OFFICIAL_MONTHS_2024],
    ['calendar months 2023', true, CALENDAR_MONTHS['2023']!],
    ['calendar months 2024 (29 February)', true, CALENDAR_MONTHS['2024']!],
    ['official quarters, halves, nine months, year 2023', false, OFFICIAL_LONGER['2023']!],
    ['official quarters, halves, nine months, year 2024', false, OFFICIAL_LONGER['2024']!],
    ['calendar quarters, halves, nine months, year 2023', true, CALENDAR_LONGER['2023']!],
    ['calendar quarters, halves, nine months, year 2024', true, CALENDAR_LONGER['2024']!],
  ];
  for (const [name, calendar, rows] of cases) {
    it(name, () => {
      for (const [code, from, to] of rows) {
        const p = parsePeriod(code, { calendar });
        assert.deepEqual([p.code, p.from, p.to, p.calendar], [code, from, to, calendar], code);
      }
    });
  }
  it('the 2023 table helper itself starts in December 2022', () => assert.deepEqual(officialMonths2023[0], ['2023-01', '2022-12-15', '2023-01-14']));
});

describe('parsePeriod fields', () => {
  it('fills kind, year and index', () => {
    assert.deepEqual(parsePeriod('2023-Q3'), { code: '2023-Q3', kind: 'quarter', year: 2023, index: 3, calendar: false, from: '2023-06-15', to: '2023-09-14' });
    assert.deepEqual(parsePeriod('2023-06', { calendar: true }), { code: '2023-06', kind: 'month', year: 2023, index: 6, calendar: true, from: '2023-06-01', to: '2023-06-30' });
    assert.deepEqual(parsePeriod('2023-H2'), { code: '2023-H2', kind: 'half', year: 2023, index: 2, calendar: false, from: '2023-06-15', to: '2023-12-14' });
    assert.deepEqual(parsePeriod('2023-9M'), { code: '2023-9M', kind: 'nine_months', year: 2023, index: null, calendar: false, from: '2022-12-15', to: '2023-09-14' });
    assert.deepEqual(parsePeriod('2023'), { code: '2023', kind: 'year', year: 2023, index: null, calendar: false, from: '2022-12-15', to: '2023-12-14' });
  });
  it('is official unless told otherwise', () => {
    assert.equal(parsePeriod('2023').calendar, false);
    assert.equal(parsePeriod('2023', {}).calendar, false);
    assert.equal(parsePeriod('2023', { calendar: false }).calendar, false);
  });
  it('accepts the ends of the year range and mixed case', () => {
    assert.equal(parsePeriod('2000').from, '1999-12-15');
    assert.equal(parsePeriod('2100-12').to, '2100-12-14');
    assert.equal(parsePeriod('2023-q4').code, '2023-Q4');
    assert.equal(parsePeriod('\t2023-12\n').code, '2023-12');
  });
  for (const bad of ['2023-Q0', '2023-H0', '2023-8M', '2023-6', '2023-M6', '2023-', '-2023', '+2023', '2023 -Q1', '2023-Q 1', '20231', '2023/Q1', '2023-01-01', 'Q1-2023', '２０２３']) {
    it(`rejects "${bad}"`, () => assert.throws(() => parsePeriod(bad), PeriodError));
  }
  it('names the input and the accepted forms in both languages', () => {
    assert.throws(() => parsePeriod('2023-Q5'), {
      name: 'PeriodError',
      message: 'Kỳ báo cáo không hợp lệ "2023-Q5" / Invalid period "2023-Q5": expected 2023, 2023-Q1..Q4, 2023-H1/H2, 2023-9M or 2023-01..12',
    });
    const error = new PeriodError('x');
    assert.ok(error instanceof Error);
    assert.equal(error.input, 'x');
  });
});

describe('makePeriod', () => {
  it('builds the same period as the code', () => {
    assert.deepEqual(makePeriod('half', 2023, 1), parsePeriod('2023-H1'));
    assert.deepEqual(makePeriod('month', 2024, 2, true), parsePeriod('2024-02', { calendar: true }));
  });
  it('ignores an index on a year or nine months', () => {
    assert.deepEqual(makePeriod('year', 2023, 4), parsePeriod('2023'));
    assert.deepEqual(makePeriod('nine_months', 2023, 1), parsePeriod('2023-9M'));
  });
  it('refuses impossible indexes and years', () => {
    for (const [kind, index] of [['month', 13], ['month', 0], ['quarter', 5], ['half', 3], ['month', null], ['quarter', 1.5]] as Array<[PeriodKind, number | null]>) {
      assert.throws(() => makePeriod(kind, 2023, index), PeriodError, `${kind} ${index}`);
    }
    assert.throws(() => makePeriod('year', 2023.5, null), PeriodError);
    assert.throws(() => makePeriod('year', 999, null), PeriodError);
  });
});

describe('periodContaining at the 14th/15th turnover', () => {
  const official: Array<[PeriodKind, string, string]> = [
    ['month', '2023-06-20', '2023-07'],
    ['month', '2023-01-14', '2023-01'],
    ['month', '2023-01-15', '2023-02'],
    ['month', '2023-12-14', '2023-12'],
    ['month', '2024-02-29', '2024-03'],
    ['month', '2024-02-14', '2024-02'],
    ['quarter', '2022-12-14', '2022-Q4'],
    ['quarter', '2022-12-15', '2023-Q1'],
    ['quarter', '2023-06-14', '2023-Q2'],
    ['quarter', '2023-06-15', '2023-Q3'],
    ['quarter', '2023-09-14', '2023-Q3'],
    ['quarter', '2023-09-15', '2023-Q4'],
    ['half', '2022-12-15', '2023-H1'],
    ['half', '2023-06-14', '2023-H1'],
    ['half', '2023-12-14', '2023-H2'],
    ['half', '2023-12-15', '2024-H1'],
    ['nine_months', '2022-12-15', '2023-9M'],
    ['nine_months', '2023-09-14', '2023-9M'],
    ['year', '2023-01-01', '2023'],
    ['year', '2023-12-20', '2024'],
    ['year', '2023-12-31', '2024'],
  ];
  for (const [kind, day, code] of official) {
    it(`official ${kind} containing ${day} is ${code}`, () => assert.equal(periodContaining(kind, day).code, code));
  }
  const calendar: Array<[PeriodKind, string, string]> = [
    ['month', '2023-12-31', '2023-12'],
    ['month', '2024-01-01', '2024-01'],
    ['month', '2024-02-29', '2024-02'],
    ['quarter', '2023-03-31', '2023-Q1'],
    ['quarter', '2023-04-01', '2023-Q2'],
    ['half', '2023-07-01', '2023-H2'],
    ['nine_months', '2023-09-30', '2023-9M'],
    ['year', '2023-12-31', '2023'],
  ];
  for (const [kind, day, code] of calendar) {
    it(`calendar ${kind} containing ${day} is ${code}`, () => {
      const p = periodContaining(kind, day, { calendar: true });
      assert.deepEqual([p.code, p.calendar], [code, true]);
    });
  }
  it('returns a period that really contains the day, for every day of 2023 and 2024 and every kind', () => {
    for (const calendar of [false, true]) {
      for (let day = '2023-01-01'; day <= '2024-12-31'; day = addDays(day, 1)) {
        for (const kind of ['month', 'quarter', 'half', 'nine_months', 'year'] as PeriodKind[]) {
          const p = periodContaining(kind, day, { calendar });
          if (kind === 'nine_months' && day > p.to) continue; // the gap after the nine months, checked below
          assert.ok(p.from <= day && day <= p.to, `${kind} ${calendar} ${day} → ${p.code} ${p.from}..${p.to}`);
          assert.equal(p.calendar, calendar);
        }
      }
    }
  });
  it('after the nine months (official 15/09–14/12) gives that year’s nine months, the latest started', () => {
    assert.equal(periodContaining('nine_months', '2023-09-15').code, '2023-9M');
    assert.equal(periodContaining('nine_months', '2023-12-14').code, '2023-9M');
    assert.equal(periodContaining('nine_months', '2023-12-15').code, '2024-9M');
    assert.equal(periodContaining('nine_months', '2023-10-01', { calendar: true }).code, '2023-9M');
  });
  for (const bad of ['2023-02-30', '2023-13-01', '14/06/2023', '2023-6-1', '']) {
    it(`refuses the non-date "${bad}"`, () => assert.throws(() => periodContaining('month', bad), RangeError));
  }
});

describe('monthsOf', () => {
  it('gives each official month of the first half, January crossing the year', () => {
    assert.deepEqual(monthsOf(parsePeriod('2024-H1')).map((m) => [m.code, m.from, m.to]), OFFICIAL_MONTHS_2024.slice(0, 6));
  });
  it('gives the calendar months of a leap-year quarter', () => {
    assert.deepEqual(monthsOf(parsePeriod('2024-Q1', { calendar: true })).map((m) => [m.code, m.from, m.to]), CALENDAR_MONTHS['2024']!.slice(0, 3));
  });
  it('a month is made of itself', () => assert.deepEqual(monthsOf(parsePeriod('2023-06')), [parsePeriod('2023-06')]));
  it('has 1, 3, 6, 9 and 12 months', () => {
    assert.deepEqual(['2023-06', '2023-Q2', '2023-H2', '2023-9M', '2023'].map((c) => monthsOf(parsePeriod(c)).length), [1, 3, 6, 9, 12]);
    assert.deepEqual(monthsOf(parsePeriod('2023-H2')).map((m) => m.index), [7, 8, 9, 10, 11, 12]);
  });
  it('tiles every period of 2023 and 2024 exactly, without gaps or overlaps', () => {
    for (const calendar of [false, true]) {
      for (const year of ['2023', '2024']) {
        for (const suffix of ['', '-Q1', '-Q2', '-Q3', '-Q4', '-H1', '-H2', '-9M', '-01', '-12']) {
          const period = parsePeriod(year + suffix, { calendar });
          const months = monthsOf(period);
          assert.equal(months[0]!.from, period.from);
          assert.equal(months.at(-1)!.to, period.to);
          months.slice(1).forEach((m, i) => assert.equal(m.from, addDays(months[i]!.to, 1), `${period.code} ${m.code}`));
          assert.ok(months.every((m) => m.kind === 'month' && m.calendar === calendar));
        }
      }
    }
  });
});

describe('previousPeriod', () => {
  it('steps back across year ends for every kind, keeping the calendar flag', () => {
    const rows: Array<[string, string]> = [['2024-03', '2024-02'], ['2024-Q3', '2024-Q2'], ['2024-H1', '2023-H2'], ['2024', '2023'], ['2024-9M', '2023-9M']];
    for (const calendar of [false, true]) {
      for (const [code, previous] of rows) {
        const p = previousPeriod(parsePeriod(code, { calendar }));
        assert.deepEqual(p, parsePeriod(previous, { calendar }));
      }
    }
  });
  it('ends the day before the period starts (except nine months, which do not follow each other)', () => {
    for (const calendar of [false, true]) {
      for (const code of ['2024-01', '2024-03', '2024-Q1', '2024-Q4', '2024-H1', '2024-H2', '2024']) {
        const period = parsePeriod(code, { calendar });
        assert.equal(addDays(previousPeriod(period).to, 1), period.from, `${code} ${calendar}`);
      }
    }
    assert.deepEqual([previousPeriod(parsePeriod('2023-9M')).from, previousPeriod(parsePeriod('2023-9M')).to], ['2021-12-15', '2022-09-14']);
  });
});

describe('labels', () => {
  it('names every month in both languages', () => {
    const en = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    for (let m = 1; m <= 12; m++) {
      const p = makePeriod('month', 2023, m);
      assert.equal(periodLabelVi(p), `tháng ${m} năm 2023`);
      assert.equal(periodLabelEn(p), `${en[m - 1]} 2023`);
    }
  });
  it('writes quarters with Roman numerals in Vietnamese and Qn in English', () => {
    assert.deepEqual([1, 2, 3, 4].map((q) => periodLabelVi(makePeriod('quarter', 2023, q))), ['quý I năm 2023', 'quý II năm 2023', 'quý III năm 2023', 'quý IV năm 2023']);
    assert.deepEqual([1, 2, 3, 4].map((q) => periodLabelEn(makePeriod('quarter', 2023, q))), ['Q1 2023', 'Q2 2023', 'Q3 2023', 'Q4 2023']);
  });
  it('writes halves, nine months and years in English', () => {
    assert.equal(periodLabelEn(parsePeriod('2023-H2')), 'second half of 2023');
    assert.equal(periodLabelEn(parsePeriod('2023-9M')), 'nine months of 2023');
    assert.equal(periodLabelEn(parsePeriod('2023')), 'year 2023');
    assert.equal(periodLabelEn(parsePeriod('2023-Q1')), 'Q1 2023');
  });
  it('labels calendar periods the same way (the window, not the wording, differs)', () => {
    assert.equal(periodLabelVi(parsePeriod('2023-H1', { calendar: true })), '6 tháng đầu năm 2023');
  });
});
