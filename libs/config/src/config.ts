// Every tunable comes from an environment variable; this module is the only reader of process.env,
// so a wrong value stops the process at start with a message naming the variable.
import { isAbsolute, join, resolve } from 'node:path';

export type ClickhouseConfig =
  | { mode: 'embedded'; path: string; database: string }
  | { mode: 'server'; url: string; user: string; password: string; database: string; cluster: string | null };

export type RelationalConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  assetsDir: string;
  inboxDir: string;
  clickhouse: ClickhouseConfig;
  relational: RelationalConfig;
  /** Cron expression for the inbox scan, or null when switched off (tests, extra replicas). */
  etlSchedule: string | null;
  dashboardDir: string | null;
  logFormat: 'json' | 'text';
  uploadMaxBytes: number;
  /** Most bytes the inbox (waiting files, done/, failed/) may hold; null: no limit but the disk's. */
  inboxMaxBytes: number | null;
  /** Chromium that prints reports to PDF, or null when PDF export is switched off. */
  pdfBrowser: string | null;
  corsOrigin: string | null;
  auth: AuthConfig;
}

export interface AuthConfig {
  /** HMAC key of access tokens; null: a random key kept in the data dir (embedded installs only). */
  jwtSecret: string | null;
  tokenTtlSeconds: number;
  /** One demo account per role (development and embedded demos; never in production). */
  demoUsers: boolean;
  /** The first administrator, created at start when missing (production). */
  admin: { username: string; password: string } | null;
  /** Days without an update after which an unfinished task counts as stale. */
  staleDays: number;
  /** Cron of the daily overdue/stale check, or null when switched off. */
  taskCheckSchedule: string | null;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Cấu hình sai ${variable} / Invalid configuration ${variable}: ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

function read(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(env, name) ?? fallback;
  if (!allowed.includes(value as T)) throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = read(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected an integer between ${min} and ${max}, got "${text}"`);
  }
  return value;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const text = read(env, name);
  if (text === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new ConfigError(name, 'not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got "${parsed.protocol}"`);
  }
  return text;
}

function directory(env: Env, name: string, fallback: string, cwd: string): string {
  const text = read(env, name) ?? fallback;
  return isAbsolute(text) ? text : resolve(cwd, text);
}

// Five fields of seconds-precision cron or six; the scheduler validates the expression itself,
// this only catches obvious typos early with the variable's name.
const CRON_PATTERN = /^(\S+\s+){4,5}\S+$/;

export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDir = directory(env, 'CCHC_DATA_DIR', 'var', cwd);
  const database = read(env, 'CLICKHOUSE_DATABASE') ?? 'cchc';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(database)) {
    throw new ConfigError('CLICKHOUSE_DATABASE', 'use letters, digits and underscores only');
  }
  const clickhouseUrl = url(env, 'CLICKHOUSE_URL', ['http:', 'https:']);
  const clickhouse: ClickhouseConfig = clickhouseUrl
    ? {
        mode: 'server',
        url: clickhouseUrl,
        user: read(env, 'CLICKHOUSE_USER') ?? 'default',
        password: read(env, 'CLICKHOUSE_PASSWORD') ?? '',
        database,
        cluster: read(env, 'CLICKHOUSE_CLUSTER') ?? null,
      }
    : { mode: 'embedded', path: join(dataDir, 'clickhouse'), database };
  const cluster = read(env, 'CLICKHOUSE_CLUSTER');
  if (cluster !== undefined && !clickhouseUrl) throw new ConfigError('CLICKHOUSE_CLUSTER', 'a cluster needs CLICKHOUSE_URL (the embedded engine is one node)');
  if (cluster !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(cluster)) throw new ConfigError('CLICKHOUSE_CLUSTER', 'use letters, digits and underscores only');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const relational: RelationalConfig = databaseUrl
    ? { type: 'postgres', url: databaseUrl }
    : { type: 'sqlite', path: join(dataDir, 'cchc.sqlite') };

  const schedule = read(env, 'ETL_SCHEDULE') ?? '*/30 * * * * *';
  if (schedule !== 'off' && !CRON_PATTERN.test(schedule)) {
    throw new ConfigError('ETL_SCHEDULE', `expected a cron expression or "off", got "${schedule}"`);
  }
  const browserVariable = read(env, 'PDF_BROWSER') !== undefined ? 'PDF_BROWSER' : 'CHROME_BIN';
  const pdfBrowser = read(env, browserVariable) ?? '/usr/bin/chromium';
  if (pdfBrowser !== 'off' && !isAbsolute(pdfBrowser)) {
    throw new ConfigError(browserVariable, `expected an absolute path to Chromium or "off", got "${pdfBrowser}"`);
  }
  const dashboardDir = env['CCHC_DASHBOARD_DIR'] === undefined ? 'dist/apps/dashboard/browser' : read(env, 'CCHC_DASHBOARD_DIR');

  const jwtSecret = read(env, 'JWT_SECRET') ?? null;
  if (jwtSecret !== null && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'use at least 32 characters');
  if (nodeEnv === 'production' && jwtSecret === null) throw new ConfigError('JWT_SECRET', 'required in production');
  const adminUsername = read(env, 'ADMIN_USERNAME');
  const adminPassword = read(env, 'ADMIN_PASSWORD');
  if ((adminUsername === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(adminUsername === undefined ? 'ADMIN_USERNAME' : 'ADMIN_PASSWORD', 'set ADMIN_USERNAME and ADMIN_PASSWORD together');
  }
  if (adminPassword !== undefined && adminPassword.length < 12) throw new ConfigError('ADMIN_PASSWORD', 'use at least 12 characters');
  const demoUsers = oneOf(env, 'DEMO_USERS', ['on', 'off'] as const, nodeEnv === 'production' ? 'off' : 'on') === 'on';
  if (nodeEnv === 'production' && demoUsers) throw new ConfigError('DEMO_USERS', 'demo accounts have published passwords: not in production');
  const taskCheck = read(env, 'TASK_CHECK_SCHEDULE') ?? '0 0 6 * * *';
  if (taskCheck !== 'off' && !CRON_PATTERN.test(taskCheck)) {
    throw new ConfigError('TASK_CHECK_SCHEDULE', `expected a cron expression or "off", got "${taskCheck}"`);
  }

  return {
    env: nodeEnv,
    host: read(env, 'HOST') ?? '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    dataDir,
    assetsDir: directory(env, 'CCHC_ASSETS_DIR', 'data', cwd),
    inboxDir: join(dataDir, 'inbox'),
    clickhouse,
    relational,
    etlSchedule: schedule === 'off' ? null : schedule,
    dashboardDir: dashboardDir === undefined ? null : isAbsolute(dashboardDir) ? dashboardDir : resolve(cwd, dashboardDir),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'text'] as const, nodeEnv === 'production' ? 'json' : 'text'),
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_MB', 200, 1, 10_000) * 1024 * 1024,
    inboxMaxBytes: read(env, 'INBOX_MAX_BYTES') === undefined ? null : integer(env, 'INBOX_MAX_BYTES', 0, 1, Number.MAX_SAFE_INTEGER),
    pdfBrowser: pdfBrowser === 'off' ? null : pdfBrowser,
    corsOrigin: read(env, 'CORS_ORIGIN') ?? null,
    auth: {
      jwtSecret,
      tokenTtlSeconds: integer(env, 'TOKEN_TTL_MINUTES', 480, 5, 7 * 24 * 60) * 60,
      demoUsers,
      admin: adminUsername && adminPassword ? { username: adminUsername, password: adminPassword } : null,
      staleDays: integer(env, 'TASK_STALE_DAYS', 14, 1, 365),
      taskCheckSchedule: taskCheck === 'off' || nodeEnv === 'test' ? null : taskCheck,
    },
  };
}
