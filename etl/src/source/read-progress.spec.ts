import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClickhouseRepository } from '@cchc/clickhouse';
import type { StageProgress } from '../kinds/kind-handler';
import { openEtlTestContext, type EtlTestContext } from '../testing/etl-test-context';
import { watchFileRead } from './read-progress';

describe('watchFileRead: progress of a file the engine parses in one statement (embedded ClickHouse)', () => {
  let testContext: EtlTestContext;
  let clickhouse: ClickhouseRepository;
  before(async () => {
    testContext = await openEtlTestContext();
    ({ clickhouse } = testContext);
  });
  after(() => testContext.close());

  it('reports a rising share of the file read and of its rows while the statement runs, below 1, nothing after stop', async () => {
    const lines = 20_000;
    const path = join(testContext.installation.config.dataDir, 'slow.csv');
    writeFileSync(path, ['code,name', ...Array.from({ length: lines - 1 }, (_, i) => `HS${i},${'Thủ tục cấp phép biểu diễn nghệ thuật '.repeat(2)}`)].join('\n'));
    const file = { bytes: statSync(path).size, lines };
    const reports: StageProgress[] = [];
    const watch = await watchFileRead(file, (progress) => void reports.push(progress), 20);
    // read 16 KiB at a time, sleeping 25 ms per 500 rows: about a second for 2 MB
    await clickhouse.query(
      `SELECT count() FROM file({path:String}, 'CSV', 'code String, name String') WHERE sleepEachRow(0.00005) = 0
       SETTINGS input_format_parallel_parsing = 0, max_read_buffer_size = 16384, max_block_size = 500, max_threads = 1, storage_file_read_method = 'pread'`,
      { path },
    );
    await watch.stop();
    const afterStop = reports.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(reports.length, afterStop, 'nothing is reported after stop');
    const shares = reports.map((r) => r.fraction);
    assert.ok(shares.some((f) => f > 0.05 && f < 0.95), `a report part-way through the file: ${shares.join(', ')}`);
    assert.deepEqual(shares, [...shares].sort((a, b) => a - b), 'the share never goes back');
    assert.ok(shares.every((f) => f >= 0 && f <= 0.99), 'below 1 until the statement has ended');
    assert.ok(reports.every((r) => r.rowsRead === Math.round(r.fraction * (lines - 1))), 'rows estimated from the share of the lines');
  });
});
