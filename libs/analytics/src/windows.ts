import { addDays, parsePeriod, type ReportingPeriod, type StatsQuery } from '@cchc/domain';
import type { StatsWindow } from '@cchc/clickhouse';

/** A period as the half-open Vietnam-time window the SQL counts in: [first day 00:00, day after last 00:00). */
export function windowOf(period: ReportingPeriod): StatsWindow {
  return { key: period.code, start: `${period.from} 00:00:00`, end: `${addDays(period.to, 1)} 00:00:00`, firstDay: period.from, lastDay: period.to };
}

export function periodOf(query: StatsQuery): ReportingPeriod {
  return parsePeriod(query.period, { calendar: query.calendar ?? false });
}
