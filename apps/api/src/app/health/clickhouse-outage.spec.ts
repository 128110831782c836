import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiError, EtlJobSummary, HealthResponse } from '@cchc/domain';
import { ClickhouseUnavailableError } from '@cchc/clickhouse';
import { InboxService } from '@cchc/etl';
import { startTestApp, type TestApp } from '../../testing/test-app';

/** A port nothing listens on: bound by the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** A real ClickHouse server binary: Debian's package ships clickhouse-server, the official one `clickhouse server`. */
const SERVER_BINARIES: { path: string; args: string[] }[] = [
  { path: '/usr/sbin/clickhouse-server', args: [] },
  { path: '/usr/bin/clickhouse-server', args: [] },
  { path: '/usr/bin/clickhouse', args: ['server'] },
];
const serverBinary = SERVER_BINARIES.find((binary) => existsSync(binary.path)) ?? null;

/** Starts a throw-away ClickHouse server with its HTTP interface on `port`, data in a temporary dir. */
function startClickhouseServer(binary: { path: string; args: string[] }, port: number): { process: ChildProcess; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-clickhouse-'));
  writeFileSync(
    join(dir, 'users.xml'),
    `<yandex><profiles><default/></profiles><quotas><default/></quotas>
      <users><default><password/><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users></yandex>`,
  );
  writeFileSync(
    join(dir, 'config.xml'),
    `<yandex><logger><level>warning</level><console>1</console></logger>
      <http_port>${port}</http_port><listen_host>127.0.0.1</listen_host>
      <path>${dir}/data/</path><tmp_path>${dir}/tmp/</tmp_path><user_files_path>${dir}/files/</user_files_path>
      <users_config>${dir}/users.xml</users_config><default_profile>default</default_profile>
      <default_database>default</default_database><mark_cache_size>5368709</mark_cache_size></yandex>`,
  );
  const child = spawn(binary.path, [...binary.args, `--config-file=${join(dir, 'config.xml')}`], { cwd: dir, stdio: 'ignore' });
  return { process: child, dir };
}

describe('ClickHouse server unreachable: 503 with a clear message, and back without a restart', () => {
  let port: number;
  let t: TestApp;
  let server: { process: ChildProcess; dir: string } | null = null;

  before(async () => {
    port = await closedPort();
    // the API starts although the server is away (migrations are retried in the background)
    t = await startTestApp({ CLICKHOUSE_URL: `http://127.0.0.1:${port}` });
  });

  after(async () => {
    await t.close();
    if (server) {
      server.process.kill();
      rmSync(server.dir, { recursive: true, force: true });
    }
  });

  it('health answers 503 and says ClickHouse is down, in Vietnamese and English', async () => {
    const { status, body } = await t.get<HealthResponse>('/api/health', '');
    assert.equal(status, 503);
    assert.equal(body.status, 'degraded');
    assert.equal(body.clickhouse.ok, false);
    assert.equal(body.clickhouse.mode, 'server');
    assert.equal(body.clickhouse.error, `${ClickhouseUnavailableError.vi} / ${ClickhouseUnavailableError.en}`);
    assert.equal(body.relational.ok, true);
  });

  it('a data endpoint answers 503 clickhouse_unavailable with both messages, not 500', async () => {
    const { status, body } = await t.get<ApiError>('/api/indices');
    assert.equal(status, 503);
    assert.deepEqual(body, {
      statusCode: 503,
      code: 'clickhouse_unavailable',
      message: 'Không kết nối được kho dữ liệu phân tích (ClickHouse); vui lòng thử lại sau ít phút.',
      messageEn: 'The analytics store (ClickHouse) cannot be reached; please try again in a few minutes.',
    });
  });

  it('files dropped in the inbox wait there instead of failing one by one into failed/', async () => {
    const inbox = t.installation.config.inboxDir;
    copyFileSync(join(process.cwd(), 'etl/src/testing/fixtures/dossiers-hand-count.csv'), join(inbox, 'dossiers.csv'));
    assert.deepEqual(await t.app.get(InboxService).scan(), []);
    assert.deepEqual(readdirSync(inbox).sort(), ['done', 'dossiers.csv', 'failed']);
    assert.deepEqual(readdirSync(join(inbox, 'failed')), []);
    assert.deepEqual((await t.get<EtlJobSummary[]>('/api/etl/jobs')).body, []);
  });

  it(
    'when a real ClickHouse server comes up on that address, the same process reports it healthy',
    { skip: serverBinary ? false : 'no ClickHouse server binary here (apt-get install clickhouse-server): recovery against a real server not run' },
    async () => {
      server = startClickhouseServer(serverBinary!, port);
      let health = await t.get<HealthResponse>('/api/health', '');
      // waits for the server to listen; bounded so a server that never starts fails the test
      for (let attempt = 0; attempt < 300 && health.status !== 200; attempt++) {
        assert.equal(server.process.exitCode, null, 'the ClickHouse server exited');
        await new Promise((resolve) => setTimeout(resolve, 100));
        health = await t.get<HealthResponse>('/api/health', '');
      }
      assert.equal(health.status, 200);
      assert.equal(health.body.clickhouse.ok, true);
      assert.match(health.body.clickhouse.version ?? '', /^\d+\.\d+/);
      // The request reaches the server again. Whether it then succeeds depends on the schema: Debian's
      // packaged server (18.16) predates DateTime64, so the migrations cannot apply there.
      const data = await t.get<ApiError>('/api/indices');
      assert.notEqual(data.body.code, 'clickhouse_unavailable');
    },
  );
});
