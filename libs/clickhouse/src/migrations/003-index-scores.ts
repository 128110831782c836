import { TABLES } from '../tables';
import type { Migration } from './migration';

/**
 * Index scores in long form: one row per unit, year, peer group and framework node, so every family
 * and every yearly methodology fits one table. A missing value is a NULL with its reason, never 0.
 * A file's own total and rank are kept under the reserved codes `_total` and `_rank` to compare with
 * the computed ones. Like dossiers, the newest committed load wins per key. Reads go by peer group (the
 * key's prefix) or by unit (a bloom filter skips the granules without it).
 */
export const indexScores: Migration = {
  id: 3,
  name: 'index scores',
  statements: ({ table }) => [
    `CREATE TABLE IF NOT EXISTS ${table(TABLES.indexScores)} (
      family LowCardinality(String),
      year UInt16,
      peer_group LowCardinality(String),
      framework_version LowCardinality(String),
      unit_code String,
      unit_name String,
      node_code LowCardinality(String),
      value Nullable(Float64),
      missing_reason String,
      origin Enum8('published' = 1, 'survey' = 2, 'computed' = 3),
      source_line UInt32,
      load_id UUID,
      version UInt64,
      INDEX unit_idx unit_code TYPE bloom_filter GRANULARITY 4
    ) ENGINE = ReplacingMergeTree(version) ORDER BY (family, year, peer_group, unit_code, node_code)`,
  ],
};
