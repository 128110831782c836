import { Logger } from '@nestjs/common';
import type { RowError } from '@cchc/domain';
import { STAGING_PREFIX, type ClickhouseRepository } from '@cchc/clickhouse';
import type { HeaderMatch } from '../../profiles/header-match';
import { normalizeLabel } from '../../profiles/normalize';
import { watchFileRead } from '../../source/read-progress';
import type { RecordSource } from '../../source/record';
import type { KindHandler, PreparedLoad, ProgressSink } from '../kind-handler';
import { commitLoad, removeLoad } from '../loads';
import type { DerivedLoad, EngineKind } from './engine-kind';
import { STAGED_ERRORS_TYPE, typedSelect, type RowErrorReason } from './typed-select';

/** Row errors kept per load; the count of rejected rows is always exact. */
const MAX_ERRORS = 10_000;

/**
 * Grouping or sorting a file's keys (10M dossier codes) would otherwise hold them all in the process's
 * memory. Groups spill past 128 MiB: counting 10M hashed keys grew the process by 536 MiB at 256 and by
 * 186 at 128, in the same time (0,86 s).
 */
const SPILL = 'max_bytes_before_external_group_by = 134217728, max_bytes_before_external_sort = 268435456';

/**
 * The copy into the target writes parts of 128k rows from two threads: a 1M-row copy took 0,55 s
 * instead of 0,94 with one thread writing 32k-row parts (whose merges then also ran during the
 * aggregates), at the same peak memory. Its rows are unique per key (the last line of a repeated key is
 * chosen in SQL, and every kind's key is its table's sorting key), so the replacing pass the engine
 * runs on each inserted block finds nothing; without it a 2M-row copy took 0,79–0,84 s instead of
 * 1,19–1,48. bench:etl gives the engine's own ingest the same settings.
 */
export const TARGET_INSERT =
  'max_insert_block_size = 131072, min_insert_block_size_rows = 131072, min_insert_block_size_bytes = 0, max_insert_threads = 2, optimize_on_insert = 0';

/** It reads the staging table in small blocks, as the typing statement does. */
const COPY = `max_block_size = 32768, ${TARGET_INSERT}`;

export interface EngineLoad {
  loadId: string;
  version: number;
  defaultAgency: string | null;
  /** yyyy-MM-dd, Vietnam date of the load unless chosen. */
  asOf: string;
}

/**
 * Kinds whose files can be millions of rows: the engine parses each CSV chunk, types and validates
 * it in one INSERT … SELECT into a staging table of the load; rejected rows stay there with their
 * reasons. Commit copies the valid rows (the last line of a key within the file wins) into the
 * target table and marks the load committed; until then nothing is visible, and abort removes all.
 */
export class EngineHandler implements KindHandler {
  private readonly logger = new Logger(EngineHandler.name);
  private readonly staging: string;
  private readonly raw: string;
  private stagingCreated = false;
  /** From prepare: rows the commit makes visible, and whether no key repeats within the file. */
  private rowsLoaded = 0;
  private unique = false;
  /** From stage: what the staged error codes mean, and the rows staged and rejected. */
  private reasons: RowErrorReason[] = [];
  private staged = { rowsRead: 0, rowsRejected: 0 };

  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly kind: EngineKind,
    private readonly match: HeaderMatch,
    private readonly load: EngineLoad,
  ) {
    this.staging = `${STAGING_PREFIX}${load.loadId.replaceAll('-', '')}`;
    this.raw = `${this.staging}_raw`;
  }

  async stage(source: RecordSource, onProgress: ProgressSink): Promise<void> {
    const cellCount = this.match.columns.size === 0 ? 1 : Math.max(...this.match.columns.values()) + 1;
    const cells = Array.from({ length: cellCount }, (_, i) => `c${i}`);
    await this.createStaging(cells);
    const typed = typedSelect(this.kind, this.match, cellCount);
    this.reasons = typed.reasons;
    const params = { ...typed.params, default_agency: this.load.defaultAgency ?? '', as_of: this.load.asOf };
    const direct = this.clickhouse.readsLocalFiles ? await source.directFile() : null;
    if (direct) {
      // The engine reads the file itself and types it in the same statement: no text crosses into
      // JavaScript, and its progress is how much of the file our process has read.
      await onProgress({ rowsRead: 0, rowsRejected: 0, fraction: 0 });
      const watch = await watchFileRead(direct, onProgress);
      try {
        await this.clickhouse.insertFromFile(
          this.staging,
          typed.columns,
          (file) => typed.select(`(SELECT toUInt32(rowNumberInAllBlocks() + 2) AS line, * FROM ${file})`),
          { path: direct.path, delimiter: direct.delimiter, structure: cells.map((c) => `${c} String`).join(', ') },
          params,
        );
      } finally {
        await watch.stop();
      }
    } else {
      await this.stageChunks(source, cells, onProgress);
      await this.clickhouse.command(
        `INSERT INTO ${this.clickhouse.table(this.staging)} (${typed.columns.join(', ')}) ${typed.select(this.clickhouse.table(this.raw))}`,
        params,
      );
    }
    await this.clickhouse.command(`DROP TABLE IF EXISTS ${this.clickhouse.table(this.raw)}`);
    this.staged = await this.counts();
    await onProgress({ ...this.staged, fraction: 1 });
  }

  /**
   * Files the engine cannot read itself (another encoding, tab-separated, a spreadsheet, a remote
   * server) arrive as chunks of whole records, parsed by the engine into raw text cells; typing and
   * validation then run once over them all, far faster than per chunk on a parsed constant.
   */
  private async stageChunks(source: RecordSource, cells: readonly string[], onProgress: ProgressSink): Promise<void> {
    for await (const chunk of source.chunks()) {
      const lineNumbered = chunk.firstLine === null;
      const structure = [...(lineNumbered ? ['line UInt32'] : []), ...cells.map((c) => `${c} String`)].join(', ');
      await this.clickhouse.insertCsv(
        this.raw,
        ['line', ...cells],
        (csv) => (lineNumbered ? `SELECT * FROM ${csv}` : `SELECT {first_line:UInt32} + toUInt32(rowNumberInAllBlocks()), * FROM ${csv}`),
        { text: chunk.text, delimiter: chunk.delimiter, structure },
        { first_line: chunk.firstLine ?? 0 },
      );
      const [count] = await this.clickhouse.query<{ n: string }>(`SELECT count() AS n FROM ${this.clickhouse.table(this.raw)}`);
      await onProgress({ rowsRead: Number(count?.n ?? 0), rowsRejected: 0, fraction: chunk.fraction });
    }
  }

  async prepare(): Promise<PreparedLoad> {
    const staging = this.clickhouse.table(this.staging);
    const key = this.kind.key.join(', ');
    const { rowsRead, rowsRejected: invalid } = this.staged;
    const rowErrors = await this.clickhouse.query<{ line: number; errors: [number, string][] }>(
      `SELECT line, errors FROM ${staging} WHERE notEmpty(errors) ORDER BY line LIMIT {limit:UInt32}`,
      { limit: MAX_ERRORS },
    );
    const errors: RowError[] = rowErrors.flatMap((row) =>
      row.errors.map(([code, value]) => {
        const reason = this.reasons[Number(code) - 1]!;
        return { line: Number(row.line), column: reason.column, value, reasonVi: reason.reasonVi, reasonEn: reason.reasonEn };
      }),
    );
    // Rows sharing a key share its hash: with no hash repeated no key is, and the count is exact
    // without grouping the text keys (2M rows: 0,41 → 0,09 s). A repeated hash may be a collision: then the keys.
    const hashed = await this.keyCounts(`cityHash64(${key})`);
    const keys = Number(hashed.duplicates) === 0 ? hashed : await this.keyCounts(key);
    const repeated = Number(keys.duplicates) > 0;
    const duplicates = !repeated
      ? []
      : await this.clickhouse.query<{ code: string; line: number; kept: number }>(
          `SELECT code, line, kept FROM (
             SELECT any(${this.codeColumn()}) AS code, groupArray(line) AS lines, max(line) AS kept
             FROM ${staging} WHERE empty(errors) GROUP BY ${key} HAVING count() > 1
           ) ARRAY JOIN lines AS line WHERE line != kept ORDER BY line LIMIT {limit:UInt32}
           SETTINGS ${SPILL}`,
          { limit: MAX_ERRORS },
        );
    const codeLabel = this.match.labels.get(this.kind.codeField) ?? this.kind.codeField;
    for (const d of duplicates) {
      errors.push({
        line: Number(d.line),
        column: codeLabel,
        value: d.code,
        reasonVi: `Mã trùng trong tệp; giữ dòng ${d.kept}`,
        reasonEn: `Duplicate code in the file; line ${d.kept} kept`,
      });
    }
    errors.sort((a, b) => a.line - b.line);
    this.rowsLoaded = Number(keys.keys);
    this.unique = !repeated;
    return {
      rowsRead,
      rowsLoaded: this.rowsLoaded,
      rowsRejected: invalid + Number(keys.duplicates),
      errors,
      warnings: await this.unknownValues(),
    };
  }

  async commit(): Promise<void> {
    const columns = this.kind.columns.map((spec) => spec.column);
    const key = this.kind.key.join(', ');
    const staging = this.clickhouse.table(this.staging);
    // sorting the whole file to keep the last line of a repeated key is only paid for when one repeats
    const lastOfKey = this.unique ? '' : `ORDER BY ${key}, line DESC LIMIT 1 BY ${key}`;
    await this.clickhouse.command(
      `INSERT INTO ${this.clickhouse.table(this.kind.table)} (${columns.join(', ')}, source_line, load_id, version)
       SELECT ${columns.join(', ')}, line, {loadId:UUID}, {version:UInt64}
       FROM ${staging} WHERE empty(errors) ${lastOfKey}
       SETTINGS ${COPY}, ${SPILL}`,
      { loadId: this.load.loadId, version: this.load.version },
    );
    const perAgency = await this.clickhouse.query<{ agency: string; n: string }>(
      `SELECT agency, count() AS n FROM ${staging} WHERE empty(errors) GROUP BY agency ORDER BY agency`,
    );
    const agencies = perAgency.map((row) => row.agency);
    // rows per agency as staged (a repeated key counts each time): a bound for sizing derived work
    const derived = { loadId: this.load.loadId, version: this.load.version, agencies, rows: new Map(perAgency.map((row) => [row.agency, Number(row.n)])) };
    await this.kind.derived?.build(this.clickhouse, derived);
    await commitLoad(this.clickhouse, { loadId: this.load.loadId, kind: this.kind.kind, agency: agencies.join(','), rows: this.rowsLoaded });
    await this.dropStaging();
    await this.pruneDerived(derived);
  }

  /** Superseded generations are invisible already; failing to drop them costs space, not figures. */
  private async pruneDerived(load: DerivedLoad): Promise<void> {
    try {
      await this.kind.derived?.prune(this.clickhouse, load);
    } catch (error) {
      this.logger.warn(`Superseded rows derived from load ${load.loadId} stay until the next load: ${(error as Error).message}`);
    }
  }

  async abort(): Promise<void> {
    await this.dropStaging();
    await removeLoad(this.clickhouse, this.load.loadId);
  }

  /** Distinct values of `grouping` among the valid staged rows, and how many rows repeat one. */
  private async keyCounts(grouping: string): Promise<{ keys: string; duplicates: string }> {
    // grouped, not uniqExact: a GROUP BY spills to disk past SPILL, a set does not
    const [row] = await this.clickhouse.query<{ keys: string; duplicates: string }>(
      `SELECT count() AS keys, sum(n) - keys AS duplicates FROM (SELECT count() AS n FROM ${this.clickhouse.table(this.staging)} WHERE empty(errors) GROUP BY ${grouping})
       SETTINGS ${SPILL}`,
    );
    return row ?? { keys: '0', duplicates: '0' };
  }

  private codeColumn(): string {
    return this.kind.columns.find((spec) => spec.field === this.kind.codeField)?.column ?? this.kind.key[0]!;
  }

  private async counts(): Promise<{ rowsRead: number; rowsRejected: number }> {
    const [row] = await this.clickhouse.query<{ read: string; rejected: string }>(
      `SELECT count() AS read, countIf(notEmpty(errors)) AS rejected FROM ${this.clickhouse.table(this.staging)}`,
    );
    return { rowsRead: Number(row?.read ?? 0), rowsRejected: Number(row?.rejected ?? 0) };
  }

  private async unknownValues(): Promise<string[]> {
    const report = this.kind.reportUnknown;
    if (!report) return [];
    const values = await this.clickhouse.query<{ value: string; n: string }>(
      `SELECT ${report.column} AS value, count() AS n FROM ${this.clickhouse.table(this.staging)}
       WHERE empty(errors) AND value != '' GROUP BY value ORDER BY value LIMIT 1000`,
    );
    return values
      .filter((v) => !report.known.has(normalizeLabel(v.value)))
      .map((v) => `${report.labelVi} lạ "${v.value}" (${v.n} dòng) đã được giữ nguyên / Unknown ${report.labelEn} "${v.value}" kept (${v.n} rows)`);
  }

  /**
   * Log tables: a staging table is written once, read a few times and dropped, so a MergeTree's
   * sorting and background merges of its parts were wasted work competing for the same two cores
   * (a 1M-row load: staging 1,24 → 0,88 s, copy 0,76 → 0,65 s).
   */
  private async createStaging(cells: readonly string[]): Promise<void> {
    const columns = this.kind.columns.map((spec) => `${spec.column} ${spec.type}`);
    this.stagingCreated = true;
    await this.clickhouse.command(
      `CREATE TABLE IF NOT EXISTS ${this.clickhouse.table(this.raw)} (line UInt32, ${cells.map((c) => `${c} String`).join(', ')})
       ENGINE = Log`,
    );
    await this.clickhouse.command(
      `CREATE TABLE IF NOT EXISTS ${this.clickhouse.table(this.staging)}
       (line UInt32, ${columns.join(', ')}, errors ${STAGED_ERRORS_TYPE})
       ENGINE = Log`,
    );
  }

  private async dropStaging(): Promise<void> {
    if (!this.stagingCreated) return;
    await this.clickhouse.command(`DROP TABLE IF EXISTS ${this.clickhouse.table(this.raw)}`);
    await this.clickhouse.command(`DROP TABLE IF EXISTS ${this.clickhouse.table(this.staging)}`);
    this.stagingCreated = false;
  }
}
