import { TABLES } from '../tables';

/** A reporting window in Vietnam time: [start, end) as local 'YYYY-MM-DD 00:00:00', plus its first and last day. */
export interface StatsWindow {
  key: string;
  start: string;
  end: string;
  firstDay: string;
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

/**
 * The agencies committed loads of {kind:String} touched, from the loads' own lists (a few rows per
 * file, never a scan of the facts).
 */
export function loadedAgenciesSql(table: (name: string) => string): string {
  return `SELECT DISTINCT arrayJoin(splitByChar(',', agency)) AS agency FROM ${table(TABLES.loads)} FINAL
     WHERE status = 'committed' AND kind = {kind:String} AND agency != ''`;
}

/** Changes whenever a load commits, the only way facts change: a version for cached answers. */
export function dataVersionSql(table: (name: string) => string): string {
  return `SELECT toString(count()) || '/' || toString(max(updated_at)) AS version FROM ${table(TABLES.loads)}`;
}

/**
 * A column at its row's newest version by {by}, under its own name (rows are grouped by their key).
 * Aggregates skip NULLs, so a nullable column also takes whether the newest value is NULL: a result
 * date a later export cleared must read as cleared, not as the earlier date.
 */
export function latestColumn(column: string, nullable: boolean, by = 'version'): string {
  const latest = `argMax(${column}, ${by})`;
  return `${nullable ? `if(argMax(isNull(${column}), ${by}), NULL, ${latest})` : latest} AS ${column}`;
}

/** Several columns at their newest version; `nullable` names those that may be NULL. */
export function latestColumns(columns: readonly string[], nullable: readonly string[] = []): string {
  return columns.map((column) => latestColumn(column, nullable.includes(column))).join(', ');
}

/** A dossier's columns that a later export may change; the latest version of each is read. */
export const DOSSIER_COLUMNS = [
  'procedure_code',
  'procedure_name',
  'field',
  'department',
  'channel',
  'received_at',
  'due_at',
  'result_at',
  'digitized',
  'signed',
  'paid_online',
] as const;

const DOSSIER_NULLABLE = ['result_at'] as const;

/**
 * Each dossier of {agency:String} at its newest version among committed loads (argMax on version), so
 * a later export replaces an earlier one before any merge. `withLoad` also reads the rows of
 * {loadId:UUID}, a load about to commit.
 */
export function latestDossiersSql(table: (name: string) => string, options: { withLoad?: boolean } = {}): string {
  const loads = `load_id IN (${committedLoadsSql(table)})${options.withLoad ? ' OR load_id = {loadId:UUID}' : ''}`;
  return `
      SELECT dossier_code, ${latestColumns(DOSSIER_COLUMNS, DOSSIER_NULLABLE)}
      FROM ${table(TABLES.dossiers)}
      WHERE agency = {agency:String} AND (${loads})
      GROUP BY dossier_code`;
}

/**
 * The versions {loadId:UUID} replaces in the agencies {agencies:Array(String)}: the newest committed
 * version of each dossier the load has a row of, found through the table's (agency, dossier_code) key.
 */
export function replacedDossiersSql(table: (name: string) => string): string {
  const dossiers = table(TABLES.dossiers);
  return `
      SELECT agency, dossier_code, ${latestColumns(DOSSIER_COLUMNS, DOSSIER_NULLABLE)}
      FROM ${dossiers}
      WHERE agency IN {agencies:Array(String)} AND load_id IN (${committedLoadsSql(table)})
        AND (agency, dossier_code) IN (SELECT agency, dossier_code FROM ${dossiers} WHERE agency IN {agencies:Array(String)} AND load_id = {loadId:UUID})
      GROUP BY agency, dossier_code`;
}

/**
 * Rows of the visible aggregates of the agencies `scope` selects, for statistics to sum: every committed
 * generation from each agency's newest base on, counts times their sign (migration 005).
 */
function visibleDailySql(table: (name: string) => string, scope: string): string {
  const daily = table(TABLES.dossierDaily);
  const committed = `load_id IN (${committedLoadsSql(table)})`;
  return `
    SELECT agency, base, department, procedure_code, procedure_name, field, day,
      ${DAY_COUNTS.map((c) => `sign * ${c} AS ${c}`).join(', ')}
    FROM ${daily}
    INNER JOIN (
      SELECT agency, max(generation) AS base_generation FROM ${daily} WHERE ${scope} AND base AND ${committed} GROUP BY agency
    ) AS bases USING agency
    WHERE ${scope} AND ${committed} AND generation >= base_generation`;
}

/** Rows of {agency:String}'s visible aggregates. */
export function currentDailySql(table: (name: string) => string): string {
  return visibleDailySql(table, 'agency = {agency:String}');
}

/** Rows of the visible aggregates of the agencies {agencies:Array(String)}. */
export function currentDailyOfAgenciesSql(table: (name: string) => string): string {
  return visibleDailySql(table, 'agency IN {agencies:Array(String)}');
}

/** The per-day counts of the daily aggregates (migration 004), read under a d_ prefix so the sums keep their names. */
export const DAY_COUNTS = [
  'received',
  'received_online',
  'received_direct',
  'received_postal',
  'digitized',
  'signed',
  'paid_online',
  'resolved',
  'resolved_early',
  'resolved_on_time',
  'resolved_late',
  'overdue_started',
  'overdue_ended',
] as const;

const GROUP_COLUMNS = { department: 'department', procedure: 'procedure_code', field: 'field' } as const;

/**
 * The official one-stop-shop figures for one or more windows, summed from the agency's daily
 * aggregates (dossier-daily.query.ts). Windows are whole Vietnam days [first, last]:
 * - received, digitised, signed, paid: receipt day in the window; resolved by timeliness: result day in it;
 * - carried over = received before the first day − resolved before it (a result never precedes receipt);
 * - pending at the end = received up to the last day − resolved up to it;
 * - pending and overdue at the end (due day before the last day, no result by its end) = overdue
 *   periods started up to the last day − those ended up to it.
 * Windows are array-joined so a year's twelve months cost one pass.
 */
export function dossierStatsSql(table: (name: string) => string, query: DossierStatsSqlQuery): { sql: string; params: Record<string, unknown> } {
  const filters: string[] = [];
  const params: Record<string, unknown> = {
    agency: query.agency,
    keys: query.windows.map((w) => w.key),
    firstDays: query.windows.map((w) => w.firstDay),
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
    SELECT
      window,
      ${group} AS group,
      ${groupLabel} AS group_label,
      sumIf(d_received, in_window) AS received,
      sumIf(d_received_online, in_window) AS received_online,
      sumIf(d_received_direct, in_window) AS received_direct,
      sumIf(d_received_postal, in_window) AS received_postal,
      sumIf(d_received, day < w_first) - sumIf(d_resolved, day < w_first) AS carried_over,
      sumIf(d_resolved, in_window) AS resolved,
      sumIf(d_resolved_early, in_window) AS resolved_early,
      sumIf(d_resolved_on_time, in_window) AS resolved_on_time,
      sumIf(d_resolved_late, in_window) AS resolved_late,
      sumIf(d_received, day <= w_last) - sumIf(d_resolved, day <= w_last) AS pending,
      sumIf(d_overdue_started, day <= w_last) - sumIf(d_overdue_ended, day <= w_last) AS pending_overdue,
      sumIf(d_digitized, in_window) AS digitized,
      sumIf(d_signed, in_window) AS signed,
      sumIf(d_paid_online, in_window) AS paid_online
    FROM (
      SELECT
        department, procedure_code, procedure_name, field, day,
        ${DAY_COUNTS.map((name) => `${name} AS d_${name}`).join(', ')},
        w.1 AS window, w.2 AS w_first, w.3 AS w_last, day >= w_first AND day <= w_last AS in_window
      FROM (${currentDailySql(table)})
      ARRAY JOIN arrayZip({keys:Array(String)}, {firstDays:Array(Date)}, {lastDays:Array(Date)}) AS w
      ${filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : ''}
    )
    GROUP BY window, group
    ORDER BY window, group`;
  return { sql, params };
}
