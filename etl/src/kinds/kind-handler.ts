import type { RowError } from '@cchc/domain';
import type { SourceRecord } from '../source/record';

export interface PreparedLoad {
  /** Rows that will be visible once committed (after in-file de-duplication). */
  rowsLoaded: number;
  /** Row errors found only once the whole file was seen (e.g. duplicates within the file). */
  errors: RowError[];
  errorCount: number;
  warnings: string[];
}

/**
 * One kind's part of a load. The pipeline feeds records, then prepares, then commits; any failure
 * calls abort, which must leave nothing of this load visible.
 */
export interface KindHandler {
  add(record: SourceRecord): Promise<RowError[]>;
  prepare(): Promise<PreparedLoad>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}
