import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LoginResponse } from '@cchc/domain';
import { testInstallation, type TestInstallation } from '@cchc/config';
import { createApp } from '../app/create-app';
import { DEMO_USERS } from '../app/auth/auth.service';

export interface Reply<T> {
  status: number;
  body: T;
}

export interface TestApp {
  app: NestExpressApplication;
  installation: TestInstallation;
  url: string;
  /** As the demo admin unless another token is given ('' for none). */
  get<T>(path: string, token?: string): Promise<Reply<T>>;
  send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body: unknown, token?: string): Promise<Reply<T>>;
  upload<T>(file: string, fields?: Record<string, string>, name?: string): Promise<Reply<T>>;
  /** A bearer token of one of the demo accounts. */
  tokenOf(username: string): Promise<string>;
  close(): Promise<void>;
}

/** The real application on a loopback port over a throw-away installation (embedded ClickHouse + SQLite). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const installation = testInstallation(env);
  const app = await createApp(installation.config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const parse = async <T>(response: Response): Promise<Reply<T>> => {
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? JSON.parse(text) : text) as T };
  };
  const tokens = new Map<string, Promise<string>>();
  const tokenOf = (username: string) => {
    const demo = DEMO_USERS.find((u) => u.username === username);
    if (!demo) throw new Error(`no demo user ${username}`);
    if (!tokens.has(username)) {
      tokens.set(
        username,
        fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: demo.password }) })
          .then((r) => r.json() as Promise<LoginResponse>)
          .then((r) => r.accessToken),
      );
    }
    return tokens.get(username)!;
  };
  const auth = async (token?: string): Promise<Record<string, string>> => {
    const bearer = token ?? (await tokenOf('admin'));
    return bearer === '' ? {} : { authorization: `Bearer ${bearer}` };
  };
  return {
    app,
    installation,
    url,
    tokenOf,
    get: async (path, token) => parse(await fetch(`${url}${path}`, { headers: await auth(token) })),
    send: async (method, path, body, token) =>
      parse(await fetch(`${url}${path}`, { method, headers: { ...(await auth(token)), 'content-type': 'application/json' }, body: JSON.stringify(body) })),
    upload: async (file, fields = {}, name = basename(file)) => {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(file)]), name);
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      return parse(await fetch(`${url}/api/etl/uploads`, { method: 'POST', body: form, headers: await auth() }));
    },
    close: async () => {
      await app.close();
      installation.dispose();
    },
  };
}
