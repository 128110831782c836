import { randomUUID } from 'node:crypto';
import {
  committedLoadsSql,
  currentDailyOfAgenciesSql,
  loadedAgenciesSql,
  refreshDossierDailySql,
  TABLES,
  type ClickhouseRepository,
  type DailySource,
  type QueryParams,
} from '@cchc/clickhouse';
import type { DerivedTable } from '../engine/engine-kind';
import { commitLoad } from '../loads';

/**
 * Dossiers aggregated per statement from a load's own rows. Their groups stay in memory until the
 * statement ends, and past SPILL they go to disk: 500k dossiers per statement crossed it and took twice
 * as long (1,1 s against 0,5 s when held in memory); 250k stay under it. All 2M dossiers of a file at
 * once had taken a load's peak from 0,96 to 1,6 GiB.
 */
const ROWS_PER_BUILD = 250_000;

/** Rewriting a base regroups its agencies' visible rows: about as many groups as 250k dossiers make. */
const AGGREGATE_ROWS_PER_CHANGE = 360_000;

/**
 * A later export writes a delta while its agency's deltas are under this share of the base rows, else a
 * new base: readers sum a base and the deltas since, and exports rewrite a base only now and then.
 */
const DELTA_SHARE = 0.25;

/** Grouping one agency too large for a batch spills to disk past this; two threads write the result. */
const SPILL = 'max_bytes_before_external_group_by = 268435456, max_insert_threads = 2';

/**
 * The statistics' daily aggregates follow the dossiers: a load writes those of the agencies it touched
 * before its commit mark (which makes both visible at once) and drops the generations a new base
 * superseded after it.
 */
export const DOSSIER_DAILY: DerivedTable = {
  // Agencies no committed load has touched: a base from this load's own rows; those with aggregates: a
  // delta, or a new base once their deltas have grown. Several agencies per statement, in batches that
  // keep the groups in memory. Agencies with dossiers but no aggregates one at a time.
  async build(clickhouse, load) {
    const table = (name: string) => clickhouse.table(name);
    const among = { agencies: load.agencies };
    const seen = await agencySet(clickhouse, `SELECT agency FROM (${loadedAgenciesSql(table)}) WHERE agency IN {agencies:Array(String)}`, { ...among, kind: 'dossiers' });
    const visible = await clickhouse.query<{ agency: string; base_rows: string; delta_rows: string }>(
      `SELECT agency, countIf(base) AS base_rows, countIf(NOT base) AS delta_rows FROM (${currentDailyOfAgenciesSql(table)}) GROUP BY agency`,
      among,
    );
    const aggregated = visible.filter((row) => seen.has(row.agency));
    const rebased = aggregated.filter((row) => Number(row.delta_rows) >= DELTA_SHARE * Number(row.base_rows));
    const params = { loadId: load.loadId, generation: load.version };
    const run = async (source: DailySource, batched: string[][]) => {
      for (const agencies of batched) await clickhouse.command(`${refreshDossierDailySql(table, source)} SETTINGS ${SPILL}`, { ...params, agencies });
    };
    await run('load', batches(load.agencies.filter((agency) => !seen.has(agency)), load.rows, ROWS_PER_BUILD));
    const deltas = aggregated.filter((row) => !rebased.includes(row)).map((row) => row.agency);
    await run('delta', batches(deltas, load.rows, ROWS_PER_BUILD));
    const aggregateRows = new Map(rebased.map((row) => [row.agency, Number(row.base_rows) + Number(row.delta_rows)]));
    await run('change', batches([...aggregateRows.keys()], aggregateRows, AGGREGATE_ROWS_PER_CHANGE));
    const withRows = new Set(visible.map((row) => row.agency));
    for (const agency of load.agencies.filter((a) => seen.has(a) && !withRows.has(a))) {
      await clickhouse.command(`${refreshDossierDailySql(table, 'latest')} SETTINGS ${SPILL}`, { ...params, agency });
    }
  },
  // Generations before a new base are superseded; deltas supersede nothing. A delete costs about a
  // second whatever it matches, so it only runs when there is something to drop.
  async prune(clickhouse, load) {
    const daily = clickhouse.table(TABLES.dossierDaily);
    const rebased = await agencySet(
      clickhouse,
      `SELECT DISTINCT agency FROM ${daily} WHERE agency IN {agencies:Array(String)} AND generation = {generation:UInt64} AND base`,
      { agencies: load.agencies, generation: load.version },
    );
    const superseded = 'agency IN {agencies:Array(String)} AND generation < {generation:UInt64}';
    const params = { agencies: [...rebased], generation: load.version };
    const [found] = await clickhouse.query<{ n: string }>(`SELECT count() AS n FROM ${daily} WHERE ${superseded}`, params);
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

/** Consecutive agencies whose rows add up to at most `limit` (one agency alone may exceed it); unknown sizes go one by one. */
function batches(agencies: readonly string[], rows: ReadonlyMap<string, number> | undefined, limit: number): string[][] {
  const result: string[][] = [];
  let size = Infinity;
  for (const agency of agencies) {
    const n = rows?.get(agency) ?? limit;
    if (size + n > limit) {
      result.push([]);
      size = 0;
    }
    result[result.length - 1]!.push(agency);
    size += n;
  }
  return result;
}
