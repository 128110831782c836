import { addDays } from './vietnam-time';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year';

/** A reporting period; `from` and `to` are the first and last day (inclusive), Vietnam calendar. */
export interface ReportingPeriod {
  code: string;
  kind: PeriodKind;
  year: number;
  index: number | null;
  calendar: boolean;
  from: string;
  to: string;
}

export class PeriodError extends Error {
  override name = 'PeriodError';

  constructor(readonly input: string) {
    super(
      `Kỳ báo cáo không hợp lệ "${input}" / Invalid period "${input}": expected 2023, 2023-Q1..Q4, 2023-H1/H2, 2023-9M or 2023-01..12`,
    );
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

// How many indexed periods of each kind make up a year; 0 for the kinds that have no index.
const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, nine_months: 0, year: 0 };

/** Last month (1-12) and month count of a period; the index says which one within the year. */
function span(kind: PeriodKind, index: number | null): { lastMonth: number; months: number } {
  switch (kind) {
    case 'month':
      return { lastMonth: index!, months: 1 };
    case 'quarter':
      return { lastMonth: index! * 3, months: 3 };
    case 'half':
      return { lastMonth: index! * 6, months: 6 };
    case 'nine_months':
      return { lastMonth: 9, months: 9 };
    case 'year':
      return { lastMonth: 12, months: 12 };
  }
}

function codeOf(kind: PeriodKind, year: number, index: number | null): string {
  switch (kind) {
    case 'month':
      return `${year}-${pad(index!)}`;
    case 'quarter':
      return `${year}-Q${index}`;
    case 'half':
      return `${year}-H${index}`;
    case 'nine_months':
      return `${year}-9M`;
    case 'year':
      return `${year}`;
  }
}

/**
 * Builds a period. Official windows (Decree 09/2019) end on the 14th of the last month and start on
 * the 15th of the month before the first one; calendar windows are ordinary months.
 */
export function makePeriod(kind: PeriodKind, year: number, index: number | null, calendar = false): ReportingPeriod {
  const count = PER_YEAR[kind];
  // An index on a year or nine-month period carries no meaning (UI pickers may pass one); drop it
  // rather than fail, but an impossible month, quarter or half would yield a nonsense window.
  if (count === 0) index = null;
  // Codes and ISO dates assume four-digit years.
  const valid = Number.isInteger(year) && year >= 1000 && year <= 9999 && (count === 0 || (Number.isInteger(index) && index! >= 1 && index! <= count));
  if (!valid) throw new PeriodError(`${year}/${kind}/${index}`);
  const { lastMonth, months } = span(kind, index);
  const firstMonth = lastMonth - months + 1;
  let from: string;
  let to: string;
  if (calendar) {
    from = `${year}-${pad(firstMonth)}-01`;
    to = addDays(lastMonth === 12 ? `${year + 1}-01-01` : `${year}-${pad(lastMonth + 1)}-01`, -1);
  } else {
    from = firstMonth === 1 ? `${year - 1}-12-15` : `${year}-${pad(firstMonth - 1)}-15`;
    to = `${year}-${pad(lastMonth)}-14`;
  }
  return { code: codeOf(kind, year, index), kind, year, index, calendar, from, to };
}

export function parsePeriod(code: string, options: { calendar?: boolean } = {}): ReportingPeriod {
  const match = /^(\d{4})(?:-(?:(Q[1-4])|(H[12])|(9M)|(\d{2})))?$/i.exec(code.trim());
  const year = match ? Number(match[1]) : NaN;
  if (!match || year < 2000 || year > 2100) throw new PeriodError(code);
  const calendar = options.calendar ?? false;
  if (match[2]) return makePeriod('quarter', year, Number(match[2].slice(1)), calendar);
  if (match[3]) return makePeriod('half', year, Number(match[3].slice(1)), calendar);
  if (match[4]) return makePeriod('nine_months', year, null, calendar);
  if (match[5]) {
    const month = Number(match[5]);
    if (month < 1 || month > 12) throw new PeriodError(code);
    return makePeriod('month', year, month, calendar);
  }
  return makePeriod('year', year, null, calendar);
}

function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  // Date.UTC rolls 2023-02-31 over into March, so a real day is one that survives the round trip.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The month (official or calendar) that contains a day: official months turn over on the 15th. */
function monthContaining(isoDate: string, calendar: boolean): { year: number; month: number } {
  let year = Number(isoDate.slice(0, 4));
  let month = Number(isoDate.slice(5, 7));
  if (!calendar && Number(isoDate.slice(8, 10)) >= 15) {
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  return { year, month };
}

/**
 * The period of a kind that contains a day. Nine-month windows leave a gap (official 15/09–14/12,
 * calendar October–December): there the year's nine months, the latest one to have started, is
 * returned, because callers want "the current nine-month report" rather than an error.
 */
export function periodContaining(kind: PeriodKind, isoDate: string, options: { calendar?: boolean } = {}): ReportingPeriod {
  if (!isIsoDate(isoDate)) {
    throw new RangeError(`Ngày không hợp lệ "${isoDate}" / Invalid date "${isoDate}": expected YYYY-MM-DD`);
  }
  const calendar = options.calendar ?? false;
  const { year, month } = monthContaining(isoDate, calendar);
  switch (kind) {
    case 'month':
      return makePeriod('month', year, month, calendar);
    case 'quarter':
      return makePeriod('quarter', year, Math.ceil(month / 3), calendar);
    case 'half':
      return makePeriod('half', year, month <= 6 ? 1 : 2, calendar);
    case 'nine_months':
      return makePeriod('nine_months', year, null, calendar);
    case 'year':
      return makePeriod('year', year, null, calendar);
  }
}

/** The month periods, in order and with the same calendar flag, that tile the period exactly. */
export function monthsOf(period: ReportingPeriod): ReportingPeriod[] {
  const { lastMonth, months } = span(period.kind, period.index);
  return Array.from({ length: months }, (_, i) => makePeriod('month', period.year, lastMonth - months + 1 + i, period.calendar));
}

/** One step back within the same kind; nine months have one per year, so that is last year's. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  const { kind, year, index, calendar } = period;
  if (index === null) return makePeriod(kind, year - 1, null, calendar);
  return index > 1 ? makePeriod(kind, year, index - 1, calendar) : makePeriod(kind, year - 1, PER_YEAR[kind], calendar);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** Quarters are written in Roman numerals in Vietnamese documents (quý II). */
export function romanQuarter(index: number): string {
  return ROMAN[index - 1] ?? String(index);
}
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function periodLabelVi(period: ReportingPeriod): string {
  const { kind, year, index } = period;
  switch (kind) {
    case 'month':
      return `tháng ${index} năm ${year}`;
    case 'quarter':
      return `quý ${romanQuarter(index!)} năm ${year}`;
    case 'half':
      return `6 tháng ${index === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'nine_months':
      return `9 tháng năm ${year}`;
    case 'year':
      return `năm ${year}`;
  }
}

export function periodLabelEn(period: ReportingPeriod): string {
  const { kind, year, index } = period;
  switch (kind) {
    case 'month':
      return `${MONTHS_EN[index! - 1]} ${year}`;
    case 'quarter':
      return `Q${index} ${year}`;
    case 'half':
      return `${index === 1 ? 'first' : 'second'} half of ${year}`;
    case 'nine_months':
      return `nine months of ${year}`;
    case 'year':
      return `year ${year}`;
  }
}
