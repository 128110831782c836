import { spawn } from 'node:child_process';

export interface BuiltApi {
  /** The origin it listens on, e.g. http://127.0.0.1:3912. */
  url: string;
  /** GET with the demo administrator's token; resolves to the status after reading the body. */
  get(path: string): Promise<number>;
  stop(): void;
}

/** The built API (dist/apps/api) on a loopback port over a data dir, signed in as the demo admin. */
export async function startBuiltApi(env: Record<string, string>): Promise<BuiltApi> {
  const port = 3900 + Math.floor(Math.random() * 500);
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: { ...process.env, ETL_SCHEDULE: 'off', CCHC_DASHBOARD_DIR: '', ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  api.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}/api`;
  try {
    for (let i = 0; ; i++) {
      if (api.exitCode !== null || i > 300) throw new Error(`the API did not start (exit ${api.exitCode}): ${stderr}`);
      if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const login = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'admin@demo' }),
    });
    if (!login.ok) throw new Error(`sign-in failed: ${login.status}`);
    const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    return {
      url: `http://127.0.0.1:${port}`,
      get: async (path) => {
        const response = await fetch(`${base}${path}`, { headers });
        await response.arrayBuffer();
        return response.status;
      },
      stop: () => api.kill(),
    };
  } catch (error) {
    api.kill();
    throw error;
  }
}
