// `npm start`: install, build, create the embedded stores, load the synthetic sample data through the
// real ETL (inbox), start the API serving the dashboard, and print where to open it.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { CI_ENV, ensureDependencies, run } from './lib.mjs';

ensureDependencies();
const dataDir = resolve(process.env.CCHC_DATA_DIR ?? 'var');
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
const inbox = join(dataDir, 'inbox');
const samplesMarker = join(dataDir, '.samples-loaded');

console.log('› Build API + dashboard (nx)…');
if (run('nx', ['run-many', '-t', 'build', '--projects=api,dashboard', '--outputStyle=static']) !== 0) process.exit(1);

if (!existsSync(samplesMarker) && process.env.CCHC_SAMPLES !== 'off') {
  console.log('› Tạo dữ liệu mẫu tổng hợp / generating synthetic sample data into the inbox…');
  mkdirSync(inbox, { recursive: true });
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const code = run(process.execPath, ['--require', '@swc-node/register', 'data/samples/generator/main.ts', '--out', inbox, '--until', today], {
    env: { SWC_NODE_PROJECT: 'tsconfig.base.json' },
  });
  if (code !== 0) process.exit(code);
}

const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: { ...process.env, ...CI_ENV, CCHC_DATA_DIR: dataDir, PORT: port, HOST: host },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));

const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(check, seconds) {
  for (let i = 0; i < seconds * 2; i++) {
    if (await check().catch(() => false)) return true;
    await sleep(500);
  }
  return false;
}
const inboxEmpty = () => !existsSync(inbox) || readdirSync(inbox, { withFileTypes: true }).every((e) => !e.isFile());

if (!(await waitFor(async () => (await fetch(`${url}/api/health`)).ok, 120))) {
  console.error(`API did not become healthy at ${url}/api/health`);
} else {
  if (!inboxEmpty()) console.log('› Đang nạp dữ liệu mẫu qua ETL / loading the sample data through the ETL…');
  await waitFor(async () => inboxEmpty(), 600);
  writeFileSync(samplesMarker, new Date().toISOString());
  console.log(`
  ┌──────────────────────────────────────────────────────────────┐
    CCHC Index Tracker đang chạy / is running
    Mở / open:        ${url}
    API docs:         ${url}/api/docs
    Dữ liệu / data:   ${dataDir}  (thả tệp vào / drop files into ${inbox})
    Tài khoản dùng thử / demo logins (tên / mật khẩu · username / password):
      admin       / admin@demo        quản trị / administrator
      giamdoc     / giamdoc@demo      Giám đốc Sở VHTTDL / director
      truongphong / truongphong@demo  Trưởng phòng Quản lý Văn hóa / department head
      thanhtra    / thanhtra@demo     Thanh tra tỉnh / inspector (read-only, every agency)
    Dừng / stop:      Ctrl+C
  └──────────────────────────────────────────────────────────────┘`);
}
