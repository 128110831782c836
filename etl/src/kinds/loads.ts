import type { EtlKind } from '@cchc/domain';
import { TABLES, type ClickhouseRepository } from '@cchc/clickhouse';

/** Tables that hold rows under a load id; an interrupted or aborted load is removed from each. */
const LOADED_TABLES = [TABLES.dossiers, TABLES.dossierDaily, TABLES.procedures, TABLES.feedback, TABLES.indexScores] as const;

export async function removeLoad(clickhouse: ClickhouseRepository, loadId: string): Promise<void> {
  for (const table of LOADED_TABLES) {
    await clickhouse.deleteRows(table, 'load_id = {loadId:UUID}', { loadId });
  }
}

/**
 * Makes a load's rows visible in one insert: readers only count rows of committed loads, so the load
 * appears whole or not at all. `agency` lists the agencies it touched (read by the agency picker).
 */
export async function commitLoad(clickhouse: ClickhouseRepository, load: { loadId: string; kind: EtlKind; agency: string; rows: number }): Promise<void> {
  await clickhouse.insert(TABLES.loads, [
    { load_id: load.loadId, kind: load.kind, agency: load.agency, status: 'committed', rows: load.rows, updated_at: Date.now() },
  ]);
}
