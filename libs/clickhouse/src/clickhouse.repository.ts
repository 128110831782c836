import type { ClickHouseClient } from '@clickhouse/client';
import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { MIGRATIONS, type Migration } from './migrations';
import { TABLES, qualified } from './tables';

export type QueryParams = Record<string, unknown>;

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
  ) {}

  table(name: string): string {
    return qualified(this.database, name);
  }

  async query<T>(query: string, params: QueryParams = {}): Promise<T[]> {
    const result = await this.client.query({ query, query_params: params, format: 'JSONEachRow' });
    return result.json<T>();
  }

  async command(query: string, params: QueryParams = {}): Promise<void> {
    await this.client.command({ query, query_params: params });
  }

  async insert(table: string, rows: readonly object[]): Promise<void> {
    if (rows.length === 0) return;
    await this.client.insert({ table: this.table(table), values: rows as object[], format: 'JSONEachRow' });
  }

  async tablesWithPrefix(prefix: string): Promise<string[]> {
    const rows = await this.query<{ name: string }>(
      'SELECT name FROM system.tables WHERE database = {db:String} AND startsWith(name, {prefix:String})',
      { db: this.database, prefix },
    );
    return rows.map((row) => row.name);
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
    await this.command(`CREATE DATABASE IF NOT EXISTS \`${this.database}\``);
    await this.command(
      `CREATE TABLE IF NOT EXISTS ${this.table(TABLES.migrations)}
       (id UInt32, name String, applied_at DateTime DEFAULT now()) ENGINE = MergeTree ORDER BY id`,
    );
    const done = new Set(
      (await this.query<{ id: number }>(`SELECT id FROM ${this.table(TABLES.migrations)}`)).map((row) => Number(row.id)),
    );
    const applied: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.id - b.id)) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements({ table: (name) => this.table(name) })) {
        await this.command(statement);
      }
      await this.insert(TABLES.migrations, [{ id: migration.id, name: migration.name }]);
      this.logger.log(`ClickHouse migration ${migration.id} (${migration.name}) applied`);
      applied.push(migration.id);
    }
    return applied;
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.close();
  }
}
