import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClickhouseClient } from './clickhouse.client';
import { ClickhouseRepository } from './clickhouse.repository';
import { MIGRATIONS } from './migrations';
import { TABLES } from './tables';

describe('ClickhouseRepository on the embedded engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-ch-'));
  let repository: ClickhouseRepository;

  before(() => {
    repository = new ClickhouseRepository(
      createClickhouseClient({ mode: 'embedded', path: join(dir, 'clickhouse'), database: 'cchc_test' }),
      'cchc_test',
      'embedded',
    );
  });
  after(async () => {
    await repository.onModuleDestroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every migration once, and again nothing', async () => {
    assert.deepEqual(await repository.migrate(), MIGRATIONS.map((m) => m.id));
    assert.deepEqual(await repository.migrate(), []);
    const tables = await repository.tablesWithPrefix('');
    for (const name of [TABLES.migrations, TABLES.loads, TABLES.dossiers]) assert.ok(tables.includes(name), name);
  });

  it('binds values as server-side parameters, so quotes in values stay data', async () => {
    const hostile = "x'); DROP TABLE cchc_test.dossiers; --";
    const [row] = await repository.query<{ v: string }>('SELECT {v:String} AS v', { v: hostile });
    assert.equal(row?.v, hostile);
    assert.ok((await repository.tablesWithPrefix('dossiers')).includes('dossiers'));
  });

  it('reports its health with the engine version', async () => {
    const health = await repository.health();
    assert.equal(health.ok, true);
    assert.match(health.version ?? '', /^\d+\.\d+/);
  });
});
