import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { testInstallation, type TestInstallation } from '@cchc/config';
import { createApp } from '../app/create-app';

export interface TestApp {
  app: NestExpressApplication;
  installation: TestInstallation;
  url: string;
  get<T>(path: string): Promise<{ status: number; body: T }>;
  upload<T>(file: string, fields?: Record<string, string>, name?: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/** The real application on a loopback port over a throw-away installation (embedded ClickHouse + SQLite). */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const installation = testInstallation(env);
  const app = await createApp(installation.config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const parse = async <T>(response: Response) => {
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') ? JSON.parse(text) : text) as T };
  };
  return {
    app,
    installation,
    url,
    get: async (path) => parse(await fetch(`${url}${path}`)),
    upload: async (file, fields = {}, name = basename(file)) => {
      const form = new FormData();
      form.append('file', new Blob([readFileSync(file)]), name);
      for (const [key, value] of Object.entries(fields)) form.append(key, value);
      return parse(await fetch(`${url}/api/etl/uploads`, { method: 'POST', body: form }));
    },
    close: async () => {
      await app.close();
      installation.dispose();
    },
  };
}
