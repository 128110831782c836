import type { ReportingPeriod } from './periods';

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact for every
// date this tool handles and no time-zone database is needed (also in the browser bundle).
export const VN_UTC_OFFSET_MINUTES = 420;
const OFFSET_MS = VN_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Vietnamese calendar day (YYYY-MM-DD) of an instant. */
export function vnDate(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 Vietnam time of a calendar day. */
export function vnDayStart(isoDate: string): Date {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) - OFFSET_MS);
}

/**
 * The half-open instant range [start, endExclusive) of a period: comparing instants against the next
 * day's midnight, rather than against 23:59:59 of the last day, leaves no gap for sub-second times.
 */
export function periodInstants(period: ReportingPeriod): { start: Date; endExclusive: Date } {
  return { start: vnDayStart(period.from), endExclusive: vnDayStart(addDays(period.to, 1)) };
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date-time from an export, read as Vietnam local time; null for anything that is not a real moment. */
export function parseVnDateTime(text: string): Date | null {
  const value = text.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  let parts: [number, number, number, number, number, number];
  if (vn) parts = [+vn[3]!, +vn[2]!, +vn[1]!, +(vn[4] ?? 0), +(vn[5] ?? 0), +(vn[6] ?? 0)];
  else if (iso) parts = [+iso[1]!, +iso[2]!, +iso[3]!, +(iso[4] ?? 0), +(iso[5] ?? 0), +(iso[6] ?? 0)];
  else return null;
  const [year, month, day, hour, minute, second] = parts;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - OFFSET_MS);
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function vnDateTimeText(instant: Date): string {
  const local = new Date(instant.getTime() + OFFSET_MS);
  return `${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
