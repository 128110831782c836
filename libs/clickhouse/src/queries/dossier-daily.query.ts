import { TABLES } from '../tables';
import { latestDossiersSql } from './dossier-stats.query';

/** What happened to a dossier on a day; each event is counted on its own day. */
const EVENT = { received: 1, resolved: 2, overdueStarted: 3, overdueEnded: 4 } as const;

/**
 * Rebuilds the daily aggregates of {agency:String} as generation {generation:UInt64} stamped
 * {loadId:UUID}, from each dossier's latest version among committed loads and that load's own rows
 * (it is not committed yet: its commit mark makes rows and aggregates visible together).
 *
 * Days are Vietnam calendar days. A dossier that is or will be late (no result, or a result day after
 * its due day) is overdue from the day after its due day until its result day; counting those two
 * events up to a day gives the dossiers pending and overdue on it.
 */
export function refreshDossierDailySql(table: (name: string) => string): string {
  const e = EVENT;
  return `
    INSERT INTO ${table(TABLES.dossierDaily)}
    SELECT
      {agency:String} AS agency, {generation:UInt64} AS generation, {loadId:UUID} AS load_id,
      department, procedure_code, procedure_name, field, event.1 AS day,
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
        *,
        toDate(due_at) AS due_day,
        toDate(assumeNotNull(result_at)) AS result_day,
        result_at IS NOT NULL AS has_result
      FROM (${latestDossiersSql(table, { withLoad: true })})
    )
    ARRAY JOIN arrayFilter(x -> x.2 != 0, [
      (toDate(received_at), ${e.received}),
      (result_day, if(has_result, ${e.resolved}, 0)),
      (due_day + 1, if(NOT has_result OR result_day > due_day, ${e.overdueStarted}, 0)),
      (result_day, if(has_result AND result_day > due_day, ${e.overdueEnded}, 0))
    ]) AS event
    GROUP BY department, procedure_code, procedure_name, field, day`;
}
