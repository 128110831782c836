/**
 * Cluster mode (CLICKHOUSE_CLUSTER): every table of a migration becomes a replicated local table on
 * each node plus a Distributed table of the original name over them, so the rest of the code keeps
 * reading and inserting by the names it knows.
 */

/** Local tables carry this suffix; the Distributed table keeps the plain name. */
export const LOCAL_SUFFIX = '_local';

/**
 * Rows that replace each other must meet on one shard: the latest version of a dossier, feedback or
 * catalogue entry is chosen per agency, an index score per peer group, a load mark per load.
 */
const SHARDING: Record<string, string> = {
  dossiers: 'cityHash64(agency)',
  dossier_daily: 'cityHash64(agency)',
  procedures: 'cityHash64(agency)',
  feedback: 'cityHash64(agency)',
  index_scores: 'cityHash64(family, year, peer_group)',
  etl_loads: 'cityHash64(load_id)',
  schema_migrations: 'id',
};

const CREATE = /^\s*CREATE TABLE IF NOT EXISTS (`[^`]+`)\.`([^`]+)` \(([\s\S]*)\)\s*ENGINE\s*=\s*(\w+)(?:\(([^)]*)\))?\s*([\s\S]*)$/;

const ADD_COLUMNS = /^\s*ALTER TABLE (`[^`]+`)\.`([^`]+)` ((?:ADD COLUMN [\s\S]*))$/;

export function clusterStatements(statement: string, cluster: string): string[] {
  const added = ADD_COLUMNS.exec(statement);
  if (added) {
    // the Distributed table mirrors its local tables' columns, so both get them
    const [, database, name, change] = added as unknown as [string, string, string, string];
    return [`${name}${LOCAL_SUFFIX}`, name].map((target) => `ALTER TABLE ${database}.\`${target}\` ON CLUSTER \`${cluster}\` ${change}`);
  }
  const match = CREATE.exec(statement);
  if (!match) throw new Error(`cluster mode: not a CREATE TABLE or ADD COLUMN statement it knows how to distribute: ${statement.slice(0, 80)}`);
  const [, database, name, columns, engine, engineArgs, rest] = match as unknown as [string, string, string, string, string, string | undefined, string];
  const sharding = SHARDING[name];
  if (!sharding) throw new Error(`cluster mode: no sharding key for table ${name}`);
  const local = `${name}${LOCAL_SUFFIX}`;
  const zooPath = `'/clickhouse/tables/{shard}/${database.replaceAll('`', '')}/${local}'`;
  const replicatedArgs = [zooPath, `'{replica}'`, ...(engineArgs?.trim() ? [engineArgs.trim()] : [])].join(', ');
  return [
    `CREATE TABLE IF NOT EXISTS ${database}.\`${local}\` ON CLUSTER \`${cluster}\` (${columns}) ENGINE = Replicated${engine}(${replicatedArgs}) ${rest.trim()}`,
    `CREATE TABLE IF NOT EXISTS ${database}.\`${name}\` ON CLUSTER \`${cluster}\` AS ${database}.\`${local}\` ` +
      `ENGINE = Distributed(\`${cluster}\`, ${database.replaceAll('`', "'")}, '${local}', ${sharding})`,
  ];
}
