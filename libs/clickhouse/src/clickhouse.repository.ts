import { Readable } from 'node:stream';
import type { ClickHouseClient, ClickHouseSettings } from '@clickhouse/client';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { reachingClickhouse } from './clickhouse.client';
import { MIGRATIONS, type Migration } from './migrations';
import { clusterStatements, LOCAL_SUFFIX } from './migrations/cluster-ddl';
import { TABLES, qualified } from './tables';

export type QueryParams = Record<string, unknown>;

/** CSV text handed to the engine to parse, and how to read it. */
export interface CsvInput {
  text: string;
  delimiter: string;
  /** Column list of the text, e.g. `c0 String, c1 String`; built by the caller from its own names. */
  structure: string;
}

export interface ClickhouseHealth {
  ok: boolean;
  mode: 'embedded' | 'server';
  version: string | null;
  error: string | null;
}

/**
 * The only class that talks to ClickHouse. SQL takes user values through `{name:Type}` server-side
 * parameters only; table names come from TABLES via `table()`.
 */
export class ClickhouseRepository implements OnModuleDestroy {
  private readonly logger = new Logger(ClickhouseRepository.name);

  constructor(
    private readonly client: ClickHouseClient,
    readonly database: string,
    readonly mode: 'embedded' | 'server',
    /** CLICKHOUSE_CLUSTER: tables are replicated per shard under Distributed tables (cluster-ddl.ts). */
    readonly cluster: string | null = null,
  ) {}

  table(name: string): string {
    return qualified(this.database, name);
  }

  // Calls that can reach a server go through reachingClickhouse, so an unreachable one surfaces as one error type (503).
  async query<T>(query: string, params: QueryParams = {}): Promise<T[]> {
    return reachingClickhouse(async () => {
      const result = await this.client.query({ query, query_params: params, format: 'JSONEachRow' });
      return result.json<T>();
    });
  }

  async command(query: string, params: QueryParams = {}): Promise<void> {
    await reachingClickhouse(() => this.client.command({ query, query_params: params }));
  }

  async insert(table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    await reachingClickhouse(() => this.client.insert({ table: this.table(table), values: rows as object[], format: 'JSONEachRow' }));
  }

  /**
   * `INSERT INTO into (columns) <select(source)>` where `source` is a table expression over the CSV text: the
   * engine parses the text itself, which is several times faster than rows parsed in JavaScript. An
   * embedded engine takes the text as a query parameter; a server streams it as the request body.
   */
  async insertCsv(
    into: string,
    columns: readonly string[],
    select: (source: string) => string,
    csv: CsvInput,
    params: QueryParams = {},
  ): Promise<void> {
    const target = `${this.table(into)} (${columns.join(', ')})`;
    // The engine's CSV reader refuses a tab delimiter; the custom format reads the same quoting with it.
    // It wants every row, the last too, to end in exactly '\n'.
    const custom = csv.delimiter === '\t';
    const format = custom ? 'CustomSeparated' : 'CSV';
    const text = custom ? `${csv.text.replaceAll('\r\n', '\n').replace(/\n?$/, '\n')}` : csv.text;
    const clickhouse_settings = { ...csvSettings(csv.delimiter), input_format_csv_skip_first_lines: '0' };
    const structure = quoted(csv.structure);
    if (this.mode === 'embedded') {
      await this.client.command({
        query: `INSERT INTO ${target} ${select(`format(${format}, ${structure}, {__csv:String})`)}`,
        query_params: { ...params, __csv: text },
        clickhouse_settings,
      });
      return;
    }
    await reachingClickhouse(() =>
      this.client.exec({
        query: `INSERT INTO ${target} ${select(`input(${structure})`)} FORMAT ${format}`,
        query_params: params,
        values: Readable.from([text]),
        clickhouse_settings,
      }),
    );
  }

  async tablesWithPrefix(prefix: string): Promise<string[]> {
    const rows = await this.query<{ name: string }>(
      'SELECT name FROM system.tables WHERE database = {db:String} AND startsWith(name, {prefix:String})',
      { db: this.database, prefix },
    );
    return rows.map((row) => row.name);
  }

  /**
   * INSERT … SELECT over a local CSV file read by the embedded engine itself (`file()`), the header
   * skipped: no bytes cross into JavaScript. Only the embedded engine shares our filesystem, and its
   * CSV reader takes ',' or ';' — callers check `readsLocalFiles` and the delimiter.
   */
  async insertFromFile(
    into: string,
    columns: readonly string[],
    select: (source: string) => string,
    file: { path: string; delimiter: string; structure: string },
    params: QueryParams = {},
  ): Promise<void> {
    if (!this.readsLocalFiles || file.delimiter === '\t') throw new Error('insertFromFile: the engine cannot read this file directly');
    await this.client.command({
      query: `INSERT INTO ${this.table(into)} (${columns.join(', ')}) ${select(`file({__path:String}, 'CSV', ${quoted(file.structure)})`)}`,
      query_params: { ...params, __path: file.path },
      clickhouse_settings: { ...csvSettings(file.delimiter), input_format_csv_skip_first_lines: '1' },
    });
  }

  get readsLocalFiles(): boolean {
    return this.mode === 'embedded';
  }

  async health(): Promise<ClickhouseHealth> {
    try {
      const [row] = await this.query<{ version: string }>('SELECT version() AS version');
      return { ok: true, mode: this.mode, version: row?.version ?? null, error: null };
    } catch (error) {
      return { ok: false, mode: this.mode, version: null, error: (error as Error).message };
    }
  }

  /** Applies the migrations not yet recorded; each statement is idempotent, so a crash mid-way is safe. */
  async migrate(migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
    const onCluster = this.cluster ? ` ON CLUSTER \`${this.cluster}\`` : '';
    await this.command(`CREATE DATABASE IF NOT EXISTS \`${this.database}\`${onCluster}`);
    for (const statement of this.ddl(
      `CREATE TABLE IF NOT EXISTS ${this.table(TABLES.migrations)} (id UInt32, name String, applied_at DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY id`,
    )) {
      await this.command(statement);
    }
    const done = new Set(
      (await this.query<{ id: number }>(`SELECT id FROM ${this.table(TABLES.migrations)}`)).map((row) => Number(row.id)),
    );
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements({ table: (name) => this.table(name) }).flatMap((s) => this.ddl(s))) {
        await this.command(statement);
      }
      await this.insert(TABLES.migrations, [{ id: migration.id, name: migration.name }]);
      this.logger.log(`ClickHouse migration ${migration.id} (${migration.name}) applied`);
      applied.push(migration.id);
    }
    return applied;
  }

  /** Lightweight delete; on a cluster it runs on every replica's local table (a Distributed table takes none). */
  async deleteRows(table: string, where: string, params: QueryParams): Promise<void> {
    const target = this.cluster ? `${this.table(`${table}${LOCAL_SUFFIX}`)} ON CLUSTER \`${this.cluster}\`` : this.table(table);
    await this.command(`DELETE FROM ${target} WHERE ${where}`, params);
  }

  private ddl(statement: string): string[] {
    return this.cluster ? clusterStatements(statement, this.cluster) : [statement];
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.close();
  }
}

/**
 * Every CSV read states all of these: the embedded connection keeps a query's settings for the
 * queries after it, so one left out would be whatever the last load used.
 */
function csvSettings(delimiter: string): ClickHouseSettings {
  return {
    format_csv_delimiter: delimiter === '\t' ? ',' : delimiter,
    format_custom_escaping_rule: 'CSV',
    format_custom_field_delimiter: '\t',
    format_custom_row_after_delimiter: '\n',
    input_format_csv_allow_variable_number_of_columns: 1,
    input_format_custom_allow_variable_number_of_columns: 1,
    input_format_csv_empty_as_default: 1,
    // one parsing thread keeps rows in file order, which the line numbers of errors rely on
    input_format_parallel_parsing: 0,
  };
}

/** A structure string as a SQL string literal. */
function quoted(structure: string): string {
  return `'${structure.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}
