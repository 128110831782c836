// Shared by the npm scripts: they run under tools/node.sh (Node >= 22.22 on PATH) from a plain shell.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = process.cwd();

export const CI_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? '' };

const STAMP = join(ROOT, 'node_modules', '.cchc-install-stamp');

function lockDigest() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) if (existsSync(join(ROOT, file))) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex');
}

/** `npm install` when package.json or the lockfile changed since the last install (not `npm ci`: see STACK.md G2). */
export function ensureDependencies() {
  const digest = lockDigest();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === digest) return;
  console.log('› Cài đặt thư viện / installing dependencies (npm install, ~2 min the first time)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: 'inherit', cwd: ROOT });
  if (result.status !== 0) {
    console.error('npm install failed');
    process.exit(result.status ?? 1);
  }
  writeFileSync(STAMP, lockDigest());
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options, env: { ...process.env, ...CI_ENV, ...options.env } });
  return result.status ?? 1;
}

/** Runs a command, echoing its output while keeping it for parsing. */
export function runCaptured(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, ...options, env: { ...process.env, ...CI_ENV, ...options.env } });
    let output = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk.toString();
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export function nxArgs(...args) {
  return ['nx', ...args];
}

/** Chromium for Karma and the end-to-end test: CHROME_BIN, or Debian's package. */
export function findChromium() {
  const candidates = [process.env.CHROME_BIN, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}
