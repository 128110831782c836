import { latestDossiersSql, type StatsWindow } from './dossier-stats.query';

/** The dossiers behind one figure of the official table; each is counted there under the same name. */
export type DossierCohortSql = 'received' | 'resolved' | 'late' | 'pending' | 'overdue';

export interface DossierListSqlQuery {
  agency: string;
  window: StatsWindow;
  cohort: DossierCohortSql;
  department?: string;
  procedure?: string;
  field?: string;
  offset: number;
  limit: number;
}

/** One dossier as ClickHouse returns it: instants as Vietnam local 'YYYY-MM-DD hh:mm:ss' (the columns' zone), days as Int64 text. */
export interface DossierListRow {
  dossier_code: string;
  procedure_code: string;
  procedure_name: string;
  field: string;
  department: string;
  channel: 'online' | 'direct' | 'postal';
  received_at: string;
  due_at: string;
  result_at: string | null;
  standing: 'early' | 'on_time' | 'late' | 'pending' | 'overdue' | null;
  days_past_due: string | null;
}

// The cohorts by the official definitions, instant by instant — those the statistics' daily aggregates
// are proven equal to (dossier-daily.spec.ts) — so a list's total is the figure it drills from (the API
// tests hold the two against each other on the same data).
const RESOLVED = 'result_at IS NOT NULL AND result_at >= w_start AND result_at < w_end';
const PENDING = 'received_at < w_end AND (result_at IS NULL OR result_at >= w_end)';
const LATE_DAY = 'toDate(assumeNotNull(result_at)) > toDate(due_at)';
const OVERDUE_DAY = 'toDate(due_at) < w_last';
const COHORTS: Record<DossierCohortSql, string> = {
  received: 'received_at >= w_start AND received_at < w_end',
  resolved: RESOLVED,
  late: `${RESOLVED} AND ${LATE_DAY}`,
  pending: PENDING,
  overdue: `${PENDING} AND ${OVERDUE_DAY}`,
};

const FILTER_COLUMNS = { department: 'department', procedure: 'procedure_code', field: 'field' } as const;

/**
 * The cohort's dossiers at their latest committed version, with where each stood at the window's end:
 * resolved in the window early, on time or late (by Vietnam calendar day against the due day), or
 * still pending then, overdue when due before the window's last day. Days past due count to the
 * result day, or for a pending dossier to the last day. Most days past due first, then oldest.
 */
export function dossierListSql(
  table: (name: string) => string,
  query: DossierListSqlQuery,
): { page: string; total: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {
    agency: query.agency,
    start: query.window.start,
    end: query.window.end,
    lastDay: query.window.lastDay,
    offset: query.offset,
    limit: query.limit,
  };
  const where = [COHORTS[query.cohort]];
  for (const name of ['department', 'procedure', 'field'] as const) {
    const value = query[name];
    if (value === undefined) continue;
    where.push(`${FILTER_COLUMNS[name]} = {${name}:String}`);
    params[name] = value;
  }
  const cohort = `
    WITH
      {start:DateTime('Asia/Ho_Chi_Minh')} AS w_start,
      {end:DateTime('Asia/Ho_Chi_Minh')} AS w_end,
      {lastDay:Date} AS w_last
    SELECT
      dossier_code,
      procedure_code,
      procedure_name,
      field,
      department,
      channel,
      received_at,
      due_at,
      result_at,
      multiIf(
        ${RESOLVED} AND ${LATE_DAY}, 'late',
        ${RESOLVED} AND toDate(assumeNotNull(result_at)) = toDate(due_at), 'on_time',
        ${RESOLVED}, 'early',
        ${PENDING} AND ${OVERDUE_DAY}, 'overdue',
        ${PENDING}, 'pending',
        NULL
      ) AS standing,
      multiIf(
        standing = 'late', dateDiff('day', toDate(due_at), toDate(assumeNotNull(result_at))),
        standing = 'overdue', dateDiff('day', toDate(due_at), w_last),
        NULL
      ) AS days_past_due
    FROM (${latestDossiersSql(table)})
    WHERE ${where.join(' AND ')}`;
  const page = `
    SELECT *
    FROM (${cohort})
    ORDER BY days_past_due DESC NULLS LAST, received_at, dossier_code
    LIMIT {limit:UInt32} OFFSET {offset:UInt32}`;
  const total = `SELECT count() AS total FROM (${cohort})`;
  return { page, total, params };
}
