import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { RelationalConfig } from '@cchc/config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** Schema comes from migrations on both engines; `synchronize` stays off everywhere. */
export function dataSourceOptions(config: RelationalConfig): DataSourceOptions {
  const common = { entities: ENTITIES, migrations: MIGRATIONS, migrationsRun: true, synchronize: false } as const;
  if (config.type === 'postgres') return { type: 'postgres', url: config.url, ...common };
  mkdirSync(dirname(config.path), { recursive: true });
  // WAL lets the dashboard read while a load writes its job rows.
  return { type: 'better-sqlite3', database: config.path, enableWAL: true, ...common };
}

export async function openDataSource(config: RelationalConfig): Promise<DataSource> {
  return new DataSource(dataSourceOptions(config)).initialize();
}
