import type { RowError } from '@cchc/domain';
import type { RecordSource } from '../source/record';

export interface StageProgress {
  rowsRead: number;
  rowsRejected: number;
  /** Share of the file read, 0–1; 0 when unknown. */
  fraction: number;
}

/** Rows between progress reports of kinds read row by row. */
export const PROGRESS_EVERY = 10_000;

export type ProgressSink = (progress: StageProgress) => void | Promise<void>;

export interface PreparedLoad {
  rowsRead: number;
  /** Rows that will be visible once committed (after in-file de-duplication). */
  rowsLoaded: number;
  /** Rows rejected, exact even when `errors` is capped. */
  rowsRejected: number;
  /** Row errors in line order (capped). */
  errors: RowError[];
  warnings: string[];
}

/**
 * One kind's part of a load. The pipeline stages the whole source, prepares, then commits; any
 * failure calls abort, which must leave nothing of this load visible.
 */
export interface KindHandler {
  stage(source: RecordSource, onProgress: ProgressSink): Promise<void>;
  prepare(): Promise<PreparedLoad>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}
