import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoginResponse } from '@cchc/domain';
import { generateSamples } from '@cchc/samples';

/** The demo accounts the API creates on the embedded default (README), by username. */
export const DEMO_PASSWORDS = {
  admin: 'admin@demo',
  giamdoc: 'giamdoc@demo',
  truongphong: 'truongphong@demo',
  thanhtra: 'thanhtra@demo',
} as const;
export type DemoUser = keyof typeof DEMO_PASSWORDS;

export interface RunningProduct {
  url: string;
  dataDir: string;
  /** GET an API path signed in as a demo user (admin unless said), for the figures a page must show. */
  api<T>(path: string, user?: DemoUser): Promise<T>;
  /** A change the pages do not make at once (the daily task check, a whole week's roster), as a demo user (admin unless said). */
  send<T>(method: 'POST' | 'PUT', path: string, body: unknown, user?: DemoUser): Promise<T>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(check: () => Promise<boolean> | boolean, seconds: number, what: string): Promise<void> {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    if (await Promise.resolve(check()).catch(() => false)) return;
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * The built product as `npm start` runs it (dist/apps/api serving dist/apps/dashboard), over a fresh
 * data dir whose inbox holds synthetic samples for the given agencies, loaded by the real ETL.
 */
export async function startProduct(agencies: string[]): Promise<RunningProduct> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
  const inbox = join(dataDir, 'inbox');
  await generateSamples({ outDir: inbox, until: '2024-12-31', agencies, kinds: ['agencies', 'dossiers', 'procedures', 'feedback', 'scores'] });
  const port = await freePort();
  const api: ChildProcess = spawn(process.execPath, ['dist/apps/api/main.js'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, CCHC_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ETL_SCHEDULE: '*/2 * * * * *', NODE_ENV: 'development' },
  });
  const url = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${url}/api/health`)).ok, 90, 'the API health check');
  await until(() => readdirSync(inbox, { withFileTypes: true }).every((entry) => !entry.isFile()), 120, 'the inbox to be loaded');
  // one sign-in per user: a token outlasts the run
  const tokens = new Map<DemoUser, Promise<string>>();
  const token = (user: DemoUser) => {
    const pending = tokens.get(user) ?? signIn(url, user);
    tokens.set(user, pending);
    return pending;
  };
  const call = async <T>(user: DemoUser, path: string, init: RequestInit = {}): Promise<T> => {
    const headers = { Authorization: `Bearer ${await token(user)}`, 'Content-Type': 'application/json' };
    const response = await fetch(`${url}${path}`, { ...init, headers });
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} as ${user}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  return {
    url,
    dataDir,
    api: <T>(path: string, user: DemoUser = 'admin') => call<T>(user, path),
    send: <T>(method: 'POST' | 'PUT', path: string, body: unknown, user: DemoUser = 'admin') =>
      call<T>(user, path, { method, body: JSON.stringify(body) }),
    stop: async () => {
      api.kill('SIGTERM');
      await new Promise((resolve) => api.once('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function signIn(url: string, user: DemoUser): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: user, password: DEMO_PASSWORDS[user] }),
  });
  if (!response.ok) throw new Error(`sign-in of ${user}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as LoginResponse).accessToken;
}
