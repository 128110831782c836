import { randomUUID } from 'node:crypto';
import { committedLoadsSql, loadedAgenciesSql, refreshDossierDailySql, TABLES, type ClickhouseRepository } from '@cchc/clickhouse';
import type { DerivedTable } from '../engine/engine-kind';
import { commitLoad } from '../loads';

/**
 * The statistics' daily aggregates follow the dossiers: a load rebuilds those of the agencies it
 * touched before its commit mark (which makes both visible at once) and drops the generations it
 * superseded after it.
 */
export const DOSSIER_DAILY: DerivedTable = {
  // one agency at a time: memory follows the largest agency, not the whole file
  async build(clickhouse, load) {
    const sql = refreshDossierDailySql((name) => clickhouse.table(name));
    for (const agency of load.agencies) {
      await clickhouse.command(sql, { agency, loadId: load.loadId, generation: load.version });
    }
  },
  // a delete costs about a second whatever it matches, so a first load of its agencies skips it
  async prune(clickhouse, load) {
    const superseded = 'agency IN {agencies:Array(String)} AND generation < {generation:UInt64}';
    const params = { agencies: load.agencies, generation: load.version };
    const [found] = await clickhouse.query<{ n: string }>(`SELECT count() AS n FROM ${clickhouse.table(TABLES.dossierDaily)} WHERE ${superseded}`, params);
    if (Number(found?.n ?? 0) > 0) await clickhouse.deleteRows(TABLES.dossierDaily, superseded, params);
  },
};

/**
 * Dossiers loaded before the aggregates existed (an upgraded installation) get theirs built once, as
 * a load of their own so a crash half-way leaves nothing visible. Returns the agencies built.
 */
export async function backfillDossierDaily(clickhouse: ClickhouseRepository): Promise<string[]> {
  const table = (name: string) => clickhouse.table(name);
  // the loads' agency lists, not a scan of every dossier: this runs at each start
  const missing = await clickhouse.query<{ agency: string }>(
    `SELECT agency FROM (${loadedAgenciesSql(table)})
     WHERE agency NOT IN (SELECT DISTINCT agency FROM ${table(TABLES.dossierDaily)} WHERE load_id IN (${committedLoadsSql(table)}))
     ORDER BY agency`,
    { kind: 'dossiers' },
  );
  const agencies = missing.map((row) => row.agency);
  if (agencies.length === 0) return [];
  const load = { loadId: randomUUID(), version: Date.now() * 1000, agencies };
  await DOSSIER_DAILY.build(clickhouse, load);
  await commitLoad(clickhouse, { loadId: load.loadId, kind: 'dossiers', agency: '', rows: 0 });
  return agencies;
}
