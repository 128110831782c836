import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClickhouseRepository, createClickhouseClient, TABLES } from '@cchc/clickhouse';
import { ResultCache } from './result-cache';

describe('ResultCache: answers kept until a load commits (embedded engine)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-cache-'));
  let clickhouse: ClickhouseRepository;
  let computed: string[];
  const compute = (label: string) => async () => {
    computed.push(label);
    return { label, at: computed.length };
  };
  const commit = (loadId: string) =>
    clickhouse.insert(TABLES.loads, [{ load_id: loadId, kind: 'dossiers', agency: 'SVHTTDL', status: 'committed', rows: 1, updated_at: Date.now() }]);

  before(async () => {
    clickhouse = new ClickhouseRepository(createClickhouseClient({ mode: 'embedded', path: join(dir, 'clickhouse'), database: 'cchc_cache' }), 'cchc_cache', 'embedded');
    await clickhouse.migrate();
  });
  after(async () => {
    await clickhouse.onModuleDestroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes a question once per data version, and again after a commit', async () => {
    const cache = new ResultCache(clickhouse);
    computed = [];
    const first = await cache.get(['stats', 'SVHTTDL', '2023-H1'], compute('a'));
    const repeat = await cache.get(['stats', 'SVHTTDL', '2023-H1'], compute('a'));
    assert.deepEqual(repeat, first);
    await cache.get(['stats', 'SVHTTDL', '2023-H2'], compute('b'));
    assert.deepEqual(computed, ['a', 'b'], 'a repeated question is answered from the cache, another one is computed');

    await commit('11111111-1111-4111-8111-111111111111');
    const after = await cache.get(['stats', 'SVHTTDL', '2023-H1'], compute('a'));
    assert.deepEqual(computed, ['a', 'b', 'a'], 'a commit makes kept answers stale');
    assert.notDeepEqual(after, first);
  });

  it('shares one computation between concurrent askers and forgets a failure', async () => {
    const cache = new ResultCache(clickhouse);
    computed = [];
    const answers = await Promise.all(Array.from({ length: 5 }, () => cache.get(['breakdown'], compute('c'))));
    assert.equal(new Set(answers).size, 1);
    assert.deepEqual(computed, ['c']);
    await assert.rejects(cache.get(['failing'], () => Promise.reject(new Error('engine busy'))), /engine busy/);
    assert.deepEqual(await cache.get(['failing'], compute('d')), { label: 'd', at: 2 }, 'a failed answer is not kept');
  });
});
