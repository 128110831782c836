import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type AppConfig } from './config';

export interface TestInstallation {
  config: AppConfig;
  /** Removes the temporary data dir. */
  dispose(): void;
}

/**
 * A throw-away installation: its own data dir (embedded ClickHouse, SQLite, inbox), no scheduler.
 * Two data dirs are two independent installations, which is how tests isolate themselves.
 */
export function testInstallation(env: Record<string, string> = {}): TestInstallation {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-test-'));
  const config = loadConfig({ NODE_ENV: 'test', ETL_SCHEDULE: 'off', CCHC_DASHBOARD_DIR: '', ...env, CCHC_DATA_DIR: dataDir });
  return { config, dispose: () => rmSync(dataDir, { recursive: true, force: true }) };
}
