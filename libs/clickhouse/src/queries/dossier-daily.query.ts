import { TABLES } from '../tables';
import { currentDailyOfAgenciesSql, DAY_COUNTS, DOSSIER_COLUMNS, latestDossiersSql, replacedDossiersSql } from './dossier-stats.query';

/** What happened to a dossier on a day; each event is counted on its own day. */
const EVENT = { received: 1, resolved: 2, overdueStarted: 3, overdueEnded: 4 } as const;

const NAMES = 'agency, department, procedure_code, procedure_name, field';
const DAY_DIMENSIONS = 'department, procedure_code, procedure_name, field, day';
const DIMENSIONS = `${NAMES}, day`;

/**
 * How a load writes daily aggregates, as generation {generation:UInt64} stamped {loadId:UUID} (the load
 * is not committed yet: its commit mark makes rows and aggregates visible together). Three write a
 * base, the agency's whole figures; `delta` writes only what the load changed (migration 005):
 * - `load`: agencies {agencies:Array(String)} no committed load has touched, from the load's own rows.
 *   It holds each of their dossiers once (the commit keeps the last line of a repeated key), so no
 *   version has to be chosen, and several agencies go in one statement.
 * - `delta`: agencies {agencies:Array(String)} with visible aggregates: the events of the load's rows
 *   (sign 1) and of the versions they replace (sign -1: the latest committed version of each of the
 *   load's dossiers, found through the table's key). Its cost follows the load alone.
 * - `change`: the same agencies, their visible rows and the load's changes summed into a new base, so
 *   readers stop summing a growing pile of deltas.
 * - `latest`: {agency:String} from each dossier's latest version among committed loads and the load;
 *   for an agency with dossiers but no aggregates yet (an upgraded installation).
 */
export type DailySource = 'load' | 'delta' | 'change' | 'latest';

/**
 * Grouping by the five names was most of an aggregate's cost: the engine serialises several text keys
 * per row. Their 64-bit hash and the day are one fixed-size key (a 1M-row load: 1,31 → 0,82 s); the
 * names are joined back from the few thousand distinct ones. Two different names sharing a hash would
 * merge their counts, so a second hash of each name group must agree, or the statement fails (and the
 * load with it) instead of writing a wrong figure; with a few thousand groups that is about one chance
 * in 10^12 per load. The join reads the dossiers twice, cheap for a load's own rows; versions chosen by
 * a grouping of their own (replaced, latest) are grouped by their names instead, as computing them
 * twice cost more than the hash saved (a 200k-row later export: +0,2 s).
 */
type NamesGrouping = 'hashed' | 'by names';

const NAMES_KEY = `cityHash64(${NAMES})`;
const NAMES_CHECK = `farmHash64(${NAMES})`;

/**
 * Days are Vietnam calendar days. A dossier that is or will be late (no result, or a result day after
 * its due day) is overdue from the day after its due day until its result day; counting those two
 * events up to a day gives the dossiers pending and overdue on it.
 */
function eventCountsSql(dossiers: string, grouping: NamesGrouping): string {
  const e = EVENT;
  const key = grouping === 'hashed' ? 'names_key' : NAMES;
  const counts = `
      SELECT
        ${key}, event.1 AS day,
        countIf(event.2 = ${e.received}) AS received,
        countIf(event.2 = ${e.received} AND channel = 'online') AS received_online,
        countIf(event.2 = ${e.received} AND channel = 'direct') AS received_direct,
        countIf(event.2 = ${e.received} AND channel = 'postal') AS received_postal,
        countIf(event.2 = ${e.received} AND digitized) AS digitized,
        countIf(event.2 = ${e.received} AND signed) AS signed,
        countIf(event.2 = ${e.received} AND paid_online) AS paid_online,
        countIf(event.2 = ${e.resolved}) AS resolved,
        countIf(event.2 = ${e.resolved} AND result_day < due_day) AS resolved_early,
        countIf(event.2 = ${e.resolved} AND result_day = due_day) AS resolved_on_time,
        countIf(event.2 = ${e.resolved} AND result_day > due_day) AS resolved_late,
        countIf(event.2 = ${e.overdueStarted}) AS overdue_started,
        countIf(event.2 = ${e.overdueEnded}) AS overdue_ended
      FROM (
        SELECT
          *,${grouping === 'hashed' ? `\n          ${NAMES_KEY} AS names_key,` : ''}
          toDate(due_at) AS due_day,
          toDate(assumeNotNull(result_at)) AS result_day,
          result_at IS NOT NULL AS has_result
        FROM (${dossiers})
      )
      ARRAY JOIN arrayFilter(x -> x.2 != 0, [
        (toDate(received_at), ${e.received}),
        (result_day, if(has_result, ${e.resolved}, 0)),
        (due_day + 1, if(NOT has_result OR result_day > due_day, ${e.overdueStarted}, 0)),
        (result_day, if(has_result AND result_day > due_day, ${e.overdueEnded}, 0))
      ]) AS event
      GROUP BY ${key}, day`;
  if (grouping === 'by names') return counts;
  return `
    SELECT ${NAMES}, day, ${DAY_COUNTS.join(', ')}
    FROM (${counts}) AS counts
    INNER JOIN (
      SELECT names_key, ${NAMES.split(', ').map((n) => `any(${n}) AS ${n}`).join(', ')}
      FROM (SELECT *, ${NAMES_KEY} AS names_key, ${NAMES_CHECK} AS names_check FROM (${dossiers}))
      GROUP BY names_key
      HAVING throwIf(min(names_check) != max(names_check), 'dossier_daily: two name groups share a hash') = 0
    ) AS names USING names_key`;
}

/** Day counts as signed terms under a d_ prefix, to be summed with others. */
function termsSql(counts: string, sign: 1 | -1): string {
  return `SELECT ${DIMENSIONS}, ${DAY_COUNTS.map((c) => `${sign === 1 ? '' : '-'}toInt64(${c}) AS d_${c}`).join(', ')} FROM (${counts})`;
}

export function refreshDossierDailySql(table: (name: string) => string, source: DailySource): string {
  const stamp = (sign: 1 | -1, base: boolean) => `{generation:UInt64} AS generation, {loadId:UUID} AS load_id, ${sign} AS sign, ${base} AS base`;
  const loadRows = (agencies: string) =>
    `SELECT agency, ${DOSSIER_COLUMNS.join(', ')} FROM ${table(TABLES.dossiers)} WHERE load_id = {loadId:UUID} AND agency IN ${agencies}`;
  const insert = (select: string) =>
    `INSERT INTO ${table(TABLES.dossierDaily)} (agency, generation, load_id, sign, base, ${DAY_DIMENSIONS}, ${DAY_COUNTS.join(', ')}) ${select}`;
  const counts = (events: string, sign: 1 | -1, base: boolean) =>
    `SELECT agency, ${stamp(sign, base)}, ${DAY_DIMENSIONS}, ${DAY_COUNTS.join(', ')} FROM (${events})`;
  const ofLoad = eventCountsSql(loadRows('{agencies:Array(String)}'), 'hashed');
  const ofReplaced = eventCountsSql(replacedDossiersSql(table), 'by names');
  switch (source) {
    case 'load':
      return insert(counts(ofLoad, 1, true));
    case 'latest':
      return insert(counts(eventCountsSql(`SELECT {agency:String} AS agency, * FROM (${latestDossiersSql(table, { withLoad: true })})`, 'by names'), 1, true));
    case 'delta':
      return insert(`${counts(ofLoad, 1, false)} UNION ALL ${counts(ofReplaced, -1, false)}`);
    case 'change': {
      return insert(`
        SELECT agency, ${stamp(1, true)}, ${DAY_DIMENSIONS}, ${DAY_COUNTS.map((c) => `sum(d_${c}) AS ${c}`).join(', ')}
        FROM (
          ${termsSql(currentDailyOfAgenciesSql(table), 1)}
          UNION ALL ${termsSql(ofLoad, 1)}
          UNION ALL ${termsSql(ofReplaced, -1)}
        )
        GROUP BY ${DIMENSIONS}
        HAVING received != 0 OR resolved != 0 OR overdue_started != 0 OR overdue_ended != 0`);
    }
  }
}
