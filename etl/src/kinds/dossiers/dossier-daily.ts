import { randomUUID } from 'node:crypto';
import { committedLoadsSql, loadedAgenciesSql, refreshDossierDailySql, TABLES, type ClickhouseRepository, type QueryParams } from '@cchc/clickhouse';
import type { DerivedTable } from '../engine/engine-kind';
import { commitLoad } from '../loads';

/**
 * The statistics' daily aggregates follow the dossiers: a load rebuilds those of the agencies it
 * touched before its commit mark (which makes both visible at once) and drops the generations it
 * superseded after it.
 *
 * Dossiers aggregated per statement from a load's own rows. Their groups stay in memory until the
 * statement ends, and past SPILL they go to disk: 500k dossiers per statement crossed it and took twice
 * as long (1,1 s against 0,5 s when held in memory); 250k stay under it. All 2M dossiers of a file at
 * once had taken a load's peak from 0,96 to 1,6 GiB.
 */
const ROWS_PER_BUILD = 250_000;

/** Grouping one agency too large for a batch spills to disk past this; two threads write the result. */
const SPILL = 'max_bytes_before_external_group_by = 268435456, max_insert_threads = 2';

export const DOSSIER_DAILY: DerivedTable = {
  // Agencies no committed load has touched: from this load's own rows, several per statement.
  // The others one at a time, so memory follows the largest agency, not the whole file.
  async build(clickhouse, load) {
    const table = (name: string) => clickhouse.table(name);
    const among = { agencies: load.agencies };
    const seen = await agencySet(clickhouse, `SELECT agency FROM (${loadedAgenciesSql(table)}) WHERE agency IN {agencies:Array(String)}`, { ...among, kind: 'dossiers' });
    const aggregated = await agencySet(
      clickhouse,
      `SELECT DISTINCT agency FROM ${table(TABLES.dossierDaily)} WHERE agency IN {agencies:Array(String)} AND load_id IN (${committedLoadsSql(table)})`,
      among,
    );
    const params = { loadId: load.loadId, generation: load.version };
    const fromLoad = `${refreshDossierDailySql(table, 'load')} SETTINGS ${SPILL}`;
    for (const agencies of batches(load.agencies.filter((agency) => !seen.has(agency)), load.rows)) {
      await clickhouse.command(fromLoad, { ...params, agencies });
    }
    for (const agency of load.agencies.filter((a) => seen.has(a))) {
      const source = aggregated.has(agency) ? 'change' : 'latest';
      await clickhouse.command(`${refreshDossierDailySql(table, source)} SETTINGS ${SPILL}`, { ...params, agency });
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

async function agencySet(clickhouse: ClickhouseRepository, sql: string, params: QueryParams): Promise<Set<string>> {
  return new Set((await clickhouse.query<{ agency: string }>(sql, params)).map((row) => row.agency));
}

/** Consecutive agencies whose rows add up to at most ROWS_PER_BUILD (one agency alone may exceed it); unknown sizes go one by one. */
function batches(agencies: readonly string[], rows: ReadonlyMap<string, number> | undefined): string[][] {
  const result: string[][] = [];
  let size = Infinity;
  for (const agency of agencies) {
    const n = rows?.get(agency) ?? ROWS_PER_BUILD;
    if (size + n > ROWS_PER_BUILD) {
      result.push([]);
      size = 0;
    }
    result[result.length - 1]!.push(agency);
    size += n;
  }
  return result;
}
