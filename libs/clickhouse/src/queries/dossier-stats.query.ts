import { TABLES } from '../tables';

/** A reporting window in Vietnam time: [start, end) as local 'YYYY-MM-DD 00:00:00', plus its last day. */
export interface StatsWindow {
  key: string;
  start: string;
  end: string;
  lastDay: string;
}

export interface DossierStatsSqlQuery {
  agency: string;
  windows: readonly StatsWindow[];
  department?: string;
  procedure?: string;
  field?: string;
  groupBy?: 'department' | 'procedure' | 'field';
}

/** Raw counts as ClickHouse returns them (UInt64 quoted as strings). */
export interface DossierCountsRow {
  window: string;
  group: string;
  group_label: string;
  received: string;
  received_online: string;
  received_direct: string;
  received_postal: string;
  carried_over: string;
  resolved: string;
  resolved_early: string;
  resolved_on_time: string;
  resolved_late: string;
  pending: string;
  pending_overdue: string;
  digitized: string;
  signed: string;
  paid_online: string;
}

/** Committed loads only: a load that is staging, aborted or half-committed never counts. */
export function committedLoadsSql(table: (name: string) => string): string {
  return `SELECT load_id FROM ${table(TABLES.loads)} FINAL WHERE status = 'committed'`;
}

/** Each column at the row's newest version, under its own name (rows are grouped by their key). */
export function latestColumns(columns: readonly string[]): string {
  return columns.map((column) => `argMax(${column}, version) AS ${column}`).join(', ');
}

/**
 * Each dossier of {agency:String} at its newest version among committed loads (argMax on version), so
 * a later export replaces an earlier one before any merge.
 */
export function latestDossiersSql(table: (name: string) => string): string {
  const columns = ['procedure_code', 'procedure_name', 'field', 'department', 'channel', 'received_at', 'due_at', 'result_at', 'digitized', 'signed', 'paid_online'];
  return `
      SELECT dossier_code, ${latestColumns(columns)}
      FROM ${table(TABLES.dossiers)}
      WHERE agency = {agency:String} AND load_id IN (${committedLoadsSql(table)})
      GROUP BY dossier_code`;
}

const GROUP_COLUMNS = { department: 'department', procedure: 'procedure_code', field: 'field' } as const;

/**
 * The official one-stop-shop figures for one or more windows in one scan.
 *
 * Timeliness compares calendar days in the columns' zone (Asia/Ho_Chi_Minh): toDate(result) vs toDate(due).
 * Windows are array-joined so a year's twelve months cost one pass over the agency's rows.
 */
export function dossierStatsSql(table: (name: string) => string, query: DossierStatsSqlQuery): { sql: string; params: Record<string, unknown> } {
  const filters: string[] = [];
  const params: Record<string, unknown> = {
    agency: query.agency,
    keys: query.windows.map((w) => w.key),
    starts: query.windows.map((w) => w.start),
    ends: query.windows.map((w) => w.end),
    lastDays: query.windows.map((w) => w.lastDay),
  };
  for (const name of ['department', 'procedure', 'field'] as const) {
    const value = query[name];
    if (value === undefined) continue;
    filters.push(`${GROUP_COLUMNS[name]} = {${name}:String}`);
    params[name] = value;
  }
  const group = query.groupBy ? GROUP_COLUMNS[query.groupBy] : `''`;
  const groupLabel = query.groupBy === 'procedure' ? 'any(procedure_name)' : group;
  const sql = `
    WITH latest AS (${latestDossiersSql(table)})
    SELECT
      window,
      ${group} AS group,
      ${groupLabel} AS group_label,
      countIf(in_window) AS received,
      countIf(in_window AND channel = 'online') AS received_online,
      countIf(in_window AND channel = 'direct') AS received_direct,
      countIf(in_window AND channel = 'postal') AS received_postal,
      countIf(received_at < w_start AND (result_at IS NULL OR result_at >= w_start)) AS carried_over,
      countIf(resolved_in_window) AS resolved,
      countIf(resolved_in_window AND toDate(assumeNotNull(result_at)) < toDate(due_at)) AS resolved_early,
      countIf(resolved_in_window AND toDate(assumeNotNull(result_at)) = toDate(due_at)) AS resolved_on_time,
      countIf(resolved_in_window AND toDate(assumeNotNull(result_at)) > toDate(due_at)) AS resolved_late,
      countIf(pending_at_end) AS pending,
      countIf(pending_at_end AND toDate(due_at) < w_last) AS pending_overdue,
      countIf(in_window AND digitized) AS digitized,
      countIf(in_window AND signed) AS signed,
      countIf(in_window AND paid_online) AS paid_online
    FROM (
      SELECT
        *,
        w.1 AS window,
        w.2 AS w_start,
        w.3 AS w_end,
        w.4 AS w_last,
        received_at >= w_start AND received_at < w_end AS in_window,
        result_at IS NOT NULL AND result_at >= w_start AND result_at < w_end AS resolved_in_window,
        received_at < w_end AND (result_at IS NULL OR result_at >= w_end) AS pending_at_end
      FROM latest
      ARRAY JOIN arrayZip(
        {keys:Array(String)},
        {starts:Array(DateTime('Asia/Ho_Chi_Minh'))},
        {ends:Array(DateTime('Asia/Ho_Chi_Minh'))},
        {lastDays:Array(Date)}
      ) AS w
      ${filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : ''}
    )
    GROUP BY window, group
    ORDER BY window, group`;
  return { sql, params };
}
