import { TABLES } from '../tables';
import { committedLoadsSql, currentDailySql, latestColumns, type StatsWindow } from './dossier-stats.query';

export interface ProcedureCountsRow {
  total: string;
  level_province: string;
  level_district: string;
  level_commune: string;
  online_full: string;
  online_partial: string;
  online_none: string;
  with_fees: string;
  with_online_payment: string;
  full_online_with_dossiers: string;
}

/**
 * The catalogue a period is judged by is the agency's newest committed snapshot dated on or before
 * the period's last day: a catalogue published after the period must not rewrite its figures.
 */
export function catalogueAsOfSql(table: (name: string) => string): string {
  return `
    SELECT toString(max(as_of)) AS snapshot, count() AS rows
    FROM ${table(TABLES.procedures)}
    WHERE agency = {agency:String} AND as_of <= {lastDay:Date} AND load_id IN (${committedLoadsSql(table)})`;
}

/**
 * Catalogue figures of one snapshot ({asOf:Date}) plus how many fully-online procedures received at
 * least one online dossier in the window — the "48/110 thủ tục có phát sinh hồ sơ" of the reports.
 */
export function procedureStatsSql(table: (name: string) => string, window: StatsWindow, asOf: string): { sql: string; params: Record<string, unknown> } {
  const sql = `
    WITH catalogue AS (
      SELECT procedure_code, ${latestColumns(['level', 'online_level', 'has_fee', 'online_payment'])}
      FROM ${table(TABLES.procedures)}
      WHERE agency = {agency:String} AND as_of = {asOf:Date} AND load_id IN (${committedLoadsSql(table)})
      GROUP BY procedure_code
    ),
    with_online_dossiers AS (
      SELECT procedure_code
      FROM (${currentDailySql(table)})
      WHERE day >= {firstDay:Date} AND day <= {lastDay:Date}
      GROUP BY procedure_code HAVING sum(received_online) > 0
    )
    SELECT
      count() AS total,
      countIf(level = 'province') AS level_province,
      countIf(level = 'district') AS level_district,
      countIf(level = 'commune') AS level_commune,
      countIf(online_level = 'full') AS online_full,
      countIf(online_level = 'partial') AS online_partial,
      countIf(online_level = 'none') AS online_none,
      countIf(has_fee) AS with_fees,
      countIf(has_fee AND online_payment) AS with_online_payment,
      countIf(online_level = 'full' AND procedure_code IN (SELECT procedure_code FROM with_online_dossiers)) AS full_online_with_dossiers
    FROM catalogue`;
  return { sql, params: { asOf, firstDay: window.firstDay, lastDay: window.lastDay } };
}
