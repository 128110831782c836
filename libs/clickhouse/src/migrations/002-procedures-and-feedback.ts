import { TABLES } from '../tables';
import type { Migration } from './migration';

/**
 * Procedure catalogues are dated snapshots per agency (a catalogue changes by decision of the
 * province, and figures for a past period must use the catalogue of that time). Feedback follows
 * the dossier pattern: latest committed load wins per agency + code.
 */
export const proceduresAndFeedback: Migration = {
  id: 2,
  name: 'procedures and feedback',
  statements: ({ table }) => [
    `CREATE TABLE IF NOT EXISTS ${table(TABLES.procedures)} (
      agency LowCardinality(String),
      as_of Date,
      procedure_code String,
      procedure_name String,
      field LowCardinality(String),
      level Enum8('province' = 1, 'district' = 2, 'commune' = 3),
      online_level Enum8('none' = 0, 'partial' = 1, 'full' = 2),
      has_fee Bool,
      online_payment Bool,
      source_line UInt32,
      load_id UUID,
      version UInt64
    ) ENGINE = ReplacingMergeTree(version) ORDER BY (agency, as_of, procedure_code)`,
    `CREATE TABLE IF NOT EXISTS ${table(TABLES.feedback)} (
      agency LowCardinality(String),
      feedback_code String,
      source Enum8('other' = 0, 'hotline1022' = 1, 'portal' = 2, 'direct' = 3),
      department LowCardinality(String),
      received_at DateTime('Asia/Ho_Chi_Minh'),
      due_at DateTime('Asia/Ho_Chi_Minh'),
      answered_at Nullable(DateTime('Asia/Ho_Chi_Minh')),
      satisfied Enum8('unknown' = 0, 'yes' = 1, 'no' = 2),
      source_line UInt32,
      load_id UUID,
      version UInt64
    ) ENGINE = ReplacingMergeTree(version) ORDER BY (agency, feedback_code)`,
  ],
};
