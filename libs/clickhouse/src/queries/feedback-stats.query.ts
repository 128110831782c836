import { TABLES } from '../tables';
import { committedLoadsSql, latestColumns, type StatsWindow } from './dossier-stats.query';

export interface FeedbackCountsRow {
  received: string;
  received_hotline1022: string;
  received_portal: string;
  received_direct: string;
  received_other: string;
  answered: string;
  answered_on_time: string;
  answered_late: string;
  open: string;
  open_overdue: string;
  rated_yes: string;
  rated_no: string;
}

/**
 * PAKN figures for one window with the dossier semantics: answered on time by calendar day against
 * the deadline (Vietnam time); open = received by the end and unanswered at the end, so a later export
 * gives the same figures; overdue = open with a deadline before the window's last day. Satisfaction
 * counts only answers given in the window whose citizen said yes or no.
 */
export function feedbackStatsSql(
  table: (name: string) => string,
  window: StatsWindow,
  department: string | undefined,
): { sql: string; params: Record<string, unknown> } {
  const sql = `
    SELECT
      countIf(in_window) AS received,
      countIf(in_window AND source = 'hotline1022') AS received_hotline1022,
      countIf(in_window AND source = 'portal') AS received_portal,
      countIf(in_window AND source = 'direct') AS received_direct,
      countIf(in_window AND source = 'other') AS received_other,
      countIf(answered_in_window) AS answered,
      countIf(answered_in_window AND toDate(assumeNotNull(answered_at)) <= toDate(due_at)) AS answered_on_time,
      countIf(answered_in_window AND toDate(assumeNotNull(answered_at)) > toDate(due_at)) AS answered_late,
      countIf(open_at_end) AS open,
      countIf(open_at_end AND toDate(due_at) < {lastDay:Date}) AS open_overdue,
      countIf(answered_in_window AND satisfied = 'yes') AS rated_yes,
      countIf(answered_in_window AND satisfied = 'no') AS rated_no
    FROM (
      SELECT
        *,
        received_at >= {start:DateTime('Asia/Ho_Chi_Minh')} AND received_at < {end:DateTime('Asia/Ho_Chi_Minh')} AS in_window,
        answered_at IS NOT NULL AND answered_at >= {start:DateTime('Asia/Ho_Chi_Minh')}
          AND answered_at < {end:DateTime('Asia/Ho_Chi_Minh')} AS answered_in_window,
        received_at < {end:DateTime('Asia/Ho_Chi_Minh')}
          AND (answered_at IS NULL OR answered_at >= {end:DateTime('Asia/Ho_Chi_Minh')}) AS open_at_end
      FROM (
        SELECT feedback_code, ${latestColumns(['source', 'received_at', 'due_at', 'answered_at', 'satisfied', 'department'], ['answered_at'])}
        FROM ${table(TABLES.feedback)}
        WHERE agency = {agency:String} AND load_id IN (${committedLoadsSql(table)})
        GROUP BY feedback_code
      )
      WHERE {department:String} = '' OR department = {department:String}
    )`;
  return { sql, params: { start: window.start, end: window.end, lastDay: window.lastDay, department: department ?? '' } };
}
