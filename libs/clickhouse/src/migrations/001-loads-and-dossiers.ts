import { TABLES } from '../tables';
import type { Migration } from './migration';

/**
 * Dossiers are versioned rows: a later load of the same agency + dossier code replaces earlier ones
 * (ReplacingMergeTree on `version` = load sequence), and queries pick the latest committed version
 * themselves so figures are right before merges happen. Every row keeps its `load_id` so a load can be
 * removed and re-run. Ordered agency first, as every dashboard query filters by agency.
 *
 * `etl_loads` lists committed loads; queries only read rows of committed loads, so a load that dies
 * half-way through its final copy never shows.
 */
export const loadsAndDossiers: Migration = {
  id: 1,
  name: 'loads and dossiers',
  statements: ({ table }) => [
    `CREATE TABLE IF NOT EXISTS ${table(TABLES.loads)} (
      load_id UUID,
      kind LowCardinality(String),
      agency LowCardinality(String),
      status LowCardinality(String),
      rows UInt64,
      updated_at DateTime64(3, 'UTC')
    ) ENGINE = ReplacingMergeTree(updated_at) ORDER BY load_id`,
    `CREATE TABLE IF NOT EXISTS ${table(TABLES.dossiers)} (
      agency LowCardinality(String),
      dossier_code String,
      procedure_code LowCardinality(String),
      procedure_name LowCardinality(String),
      field LowCardinality(String),
      department LowCardinality(String),
      channel Enum8('online' = 1, 'direct' = 2, 'postal' = 3),
      received_at DateTime('Asia/Ho_Chi_Minh'),
      due_at DateTime('Asia/Ho_Chi_Minh'),
      result_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
      status LowCardinality(String),
      signed Bool,
      digitized Bool,
      paid_online Bool,
      applicant Enum8('unknown' = 0, 'citizen' = 1, 'business' = 2),
      source_line UInt32,
      load_id UUID,
      version UInt64
    ) ENGINE = ReplacingMergeTree(version) ORDER BY (agency, dossier_code)`,
  ],
};
