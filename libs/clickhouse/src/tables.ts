// Table names live in one place; SQL elsewhere refers to them through `table()` so the configured
// database prefix is applied everywhere the same way.
export const TABLES = {
  migrations: 'schema_migrations',
  loads: 'etl_loads',
  dossiers: 'dossiers',
  dossierDaily: 'dossier_daily',
  procedures: 'procedures',
  feedback: 'feedback',
  indexScores: 'index_scores',
} as const;

export type TableName = (typeof TABLES)[keyof typeof TABLES];

/** Staging tables hold one load each until it commits; the prefix lets start-up find leftovers. */
export const STAGING_PREFIX = 'stg_';

export function qualified(database: string, table: string): string {
  return `\`${database}\`.\`${table}\``;
}
