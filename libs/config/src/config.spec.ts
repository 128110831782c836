import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded stores under var/', () => {
    const config = loadConfig({}, '/srv/app');
    assert.deepEqual(config.clickhouse, { mode: 'embedded', path: '/srv/app/var/clickhouse', database: 'cchc' });
    assert.deepEqual(config.relational, { type: 'sqlite', path: '/srv/app/var/cchc.sqlite' });
    assert.equal(config.inboxDir, '/srv/app/var/inbox');
    assert.equal(config.port, 3000);
    assert.equal(config.etlSchedule, '*/30 * * * * *');
    assert.equal(config.logFormat, 'text');
  });

  it('moves all runtime state with CCHC_DATA_DIR', () => {
    const config = loadConfig({ CCHC_DATA_DIR: '/tmp/x' }, '/srv/app');
    assert.equal(config.dataDir, '/tmp/x');
    assert.equal(config.clickhouse.mode === 'embedded' && config.clickhouse.path, '/tmp/x/clickhouse');
  });

  it('uses servers when URLs are given', () => {
    const config = loadConfig({
      CLICKHOUSE_URL: 'http://ch:8123',
      CLICKHOUSE_PASSWORD: 's',
      DATABASE_URL: 'postgres://u@db/cchc',
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      ADMIN_USERNAME: 'admin',
      ADMIN_PASSWORD: 'a long admin password',
    });
    assert.deepEqual(config.clickhouse, { mode: 'server', url: 'http://ch:8123', user: 'default', password: 's', database: 'cchc', cluster: null });
    assert.deepEqual(config.relational, { type: 'postgres', url: 'postgres://u@db/cchc' });
    assert.equal(config.logFormat, 'json');
    assert.deepEqual([config.auth.demoUsers, config.auth.admin?.username], [false, 'admin']);
  });

  it('has demo accounts and a kept random token key by default, none of that in production', () => {
    const config = loadConfig({});
    assert.deepEqual([config.auth.demoUsers, config.auth.jwtSecret, config.auth.tokenTtlSeconds, config.auth.staleDays], [true, null, 8 * 3600, 14]);
    assert.throws(() => loadConfig({ NODE_ENV: 'production' }), (error: unknown) => error instanceof ConfigError && error.variable === 'JWT_SECRET');
    assert.throws(
      () => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), DEMO_USERS: 'on' }),
      (error: unknown) => error instanceof ConfigError && error.variable === 'DEMO_USERS',
    );
    // the variable named is the one missing
    assert.throws(() => loadConfig({ ADMIN_USERNAME: 'admin' }), (error: unknown) => error instanceof ConfigError && error.variable === 'ADMIN_PASSWORD');
    assert.throws(
      () => loadConfig({ ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'short' }),
      (error: unknown) => error instanceof ConfigError && error.variable === 'ADMIN_PASSWORD',
    );
  });

  it('runs on a ClickHouse cluster when CLICKHOUSE_CLUSTER names one', () => {
    const config = loadConfig({ CLICKHOUSE_URL: 'http://ch1:8123', CLICKHOUSE_CLUSTER: 'cchc_cluster' });
    assert.equal(config.clickhouse.mode === 'server' && config.clickhouse.cluster, 'cchc_cluster');
  });

  it('switches the scheduler off', () => {
    assert.equal(loadConfig({ ETL_SCHEDULE: 'off' }).etlSchedule, null);
  });

  it('limits the inbox only when INBOX_MAX_BYTES is set', () => {
    assert.equal(loadConfig({}).inboxMaxBytes, null);
    assert.equal(loadConfig({ INBOX_MAX_BYTES: '1048576' }).inboxMaxBytes, 1_048_576);
  });

  it('prints PDFs with PDF_BROWSER, else CHROME_BIN, else Debian\'s Chromium; "off" switches PDF export off', () => {
    assert.equal(loadConfig({}).pdfBrowser, '/usr/bin/chromium');
    assert.equal(loadConfig({ CHROME_BIN: '/opt/chrome/chrome' }).pdfBrowser, '/opt/chrome/chrome');
    assert.equal(loadConfig({ CHROME_BIN: '/opt/chrome/chrome', PDF_BROWSER: '/usr/lib/chromium/chromium' }).pdfBrowser, '/usr/lib/chromium/chromium');
    assert.equal(loadConfig({ PDF_BROWSER: 'off' }).pdfBrowser, null);
  });

  for (const [name, value] of [
    ['PORT', '70000'],
    ['PORT', 'abc'],
    ['NODE_ENV', 'staging'],
    ['CLICKHOUSE_URL', 'ch:8123'],
    ['CLICKHOUSE_URL', 'ftp://x'],
    ['DATABASE_URL', 'mysql://x'],
    ['CLICKHOUSE_DATABASE', 'a;drop'],
    ['ETL_SCHEDULE', 'hourly'],
    ['LOG_FORMAT', 'xml'],
    ['UPLOAD_MAX_MB', '0'],
    ['JWT_SECRET', 'short'],
    ['TASK_STALE_DAYS', '0'],
    ['TASK_CHECK_SCHEDULE', 'daily'],
    ['CLICKHOUSE_CLUSTER', 'c1'],
    ['INBOX_MAX_BYTES', '0'],
    ['INBOX_MAX_BYTES', '10MB'],
    ['PDF_BROWSER', 'chromium'],
    ['CHROME_BIN', 'chromium'],
  ] as const) {
    it(`names the variable when ${name}=${value} is wrong`, () => {
      assert.throws(
        () => loadConfig({ [name]: value }),
        (error: unknown) => error instanceof ConfigError && error.variable === name && error.message.includes(name),
      );
    });
  }
});
