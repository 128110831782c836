import { TABLES } from '../tables';
import { committedLoadsSql, latestColumn } from './dossier-stats.query';

/** One node score of one unit as the newest committed load states it (values are Float64 or null). */
export interface ScoreRow {
  family: string;
  year: number;
  peer_group: string;
  framework_version: string;
  unit_code: string;
  unit_name: string;
  node_code: string;
  value: number | null;
  missing_reason: string;
}

/** A row as a load writes it: the read shape plus where it came from. */
export interface IndexScoreInsert extends ScoreRow {
  origin: 'published' | 'survey' | 'computed';
  source_line: number;
  load_id: string;
  version: number;
}

export interface ScoreRowsQuery {
  family: string;
  years: readonly number[];
  /** Empty: every peer group. */
  peerGroups: readonly string[];
}

/**
 * The scores of whole peer groups (ranks need every member). Within a load a repeated unit keeps its
 * last line, across loads the newest wins: argMax over (version, source_line).
 */
export function scoreRowsSql(table: (name: string) => string, query: ScoreRowsQuery): { sql: string; params: Record<string, unknown> } {
  const latest = (column: string, nullable = false) => latestColumn(column, nullable, '(version, source_line)');
  const sql = `
    SELECT family, year, peer_group, unit_code, node_code,
      ${latest('framework_version')}, ${latest('unit_name')}, ${latest('value', true)}, ${latest('missing_reason')}
    FROM ${table(TABLES.indexScores)}
    WHERE family = {family:String} AND year IN {years:Array(UInt16)}
      AND (empty({peerGroups:Array(String)}) OR has({peerGroups:Array(String)}, peer_group))
      AND load_id IN (${committedLoadsSql(table)})
    GROUP BY family, year, peer_group, unit_code, node_code
    ORDER BY year, peer_group, unit_code, node_code`;
  return { sql, params: { family: query.family, years: query.years, peerGroups: query.peerGroups } };
}

export interface UnitGroupRow {
  family: string;
  year: number;
  peer_group: string;
}

/** Where a unit has scores: family, year and peer group ({family:String} and {year:UInt16} may be '' / 0 for all). */
export function unitGroupsSql(table: (name: string) => string): string {
  return `
    SELECT DISTINCT family, year, peer_group
    FROM ${table(TABLES.indexScores)}
    WHERE unit_code = {unit:String}
      AND ({family:String} = '' OR family = {family:String})
      AND ({year:UInt16} = 0 OR year = {year:UInt16})
      AND load_id IN (${committedLoadsSql(table)})
    ORDER BY family, year, peer_group`;
}

/** The peer groups some units were ranked in one year: where to look for their previous ranks. */
export function peerGroupsOfUnitsSql(table: (name: string) => string): string {
  return `
    SELECT DISTINCT peer_group
    FROM ${table(TABLES.indexScores)}
    WHERE family = {family:String} AND year = {year:UInt16} AND has({units:Array(String)}, unit_code)
      AND load_id IN (${committedLoadsSql(table)})`;
}

/** Families and years with scores, for the index list. */
export function scoredYearsSql(table: (name: string) => string): string {
  return `
    SELECT family, groupUniqArray(year) AS years, groupUniqArray(peer_group) AS peer_groups
    FROM ${table(TABLES.indexScores)}
    WHERE load_id IN (${committedLoadsSql(table)})
    GROUP BY family`;
}
