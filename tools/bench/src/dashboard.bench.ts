// `npm run bench:dashboard`: the production build's initial JS (gzip), and in headless Chromium against
// the built product on sample data, the time from navigation start to the first chart's canvas.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import { generateSamples } from '@cchc/samples';
import { startBuiltApi } from './built-api';

const BROWSER_DIR = 'dist/apps/dashboard/browser';
const RUNS = 10;
const INITIAL_TARGET_KB = 350;
const FIRST_CHART_TARGET_MS = 1500;
/**
 * The overview shows figures and index cards but no chart: the dossier page is where a director's first
 * chart is drawn. 2024 is within the samples, so the page has activity to chart.
 */
const CHART_PATH = '/ho-so?period=2024';

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

/** Entry scripts and modulepreloads of index.html, then every file they import statically: what loads before any route. */
function initialScripts(): string[] {
  const html = readFileSync(join(BROWSER_DIR, 'index.html'), 'utf8');
  // attributes come in any order: each tag is read whole, then asked for its kind and its file
  const tags = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map(([tag]) => tag);
  const pending = tags
    .filter((tag) => /\btype="module"/.test(tag) || /\brel="modulepreload"/.test(tag))
    .flatMap((tag) => /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1] ?? []);
  const seen = new Set<string>();
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(BROWSER_DIR, file), 'utf8');
    // `import(` is lazy and left out; esbuild writes chunk imports as "./chunk-….js" beside the importer
    for (const [, spec] of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']\.\/([^"']+)["']/g)) pending.push(spec!);
  }
  return [...seen];
}

/** Signs in as the director through the real sign-in page; returns the session the tab then holds. */
async function directorSession(context: BrowserContext, url: string): Promise<Record<string, string>> {
  const page = await context.newPage();
  await page.goto(`${url}/dang-nhap`);
  await page.fill('[data-testid="username"]', 'giamdoc');
  await page.fill('[data-testid="password"]', 'giamdoc@demo');
  await page.click('button[type="submit"]');
  await page.waitForURL((address) => address.pathname === '/');
  const session = await page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
  await page.close();
  return session;
}

async function firstChartTimes(url: string): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_BIN'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const session = await directorSession(context, url);
    // the session lives in sessionStorage, which a new tab does not inherit: each fresh page gets it before the app starts
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries)) sessionStorage.setItem(key, value);
    }, session);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`${url}${CHART_PATH}`);
      // performance.now() counts from the navigation start; polled every frame, as the canvas is painted on one.
      // A string: the bench compiles without the DOM types.
      const handle = await page.waitForFunction("document.querySelector('cchc-chart-figure canvas') ? performance.now() : 0", null, {
        polling: 'raf',
        timeout: 30_000,
      });
      times.push((await handle.jsonValue()) as number);
      await page.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const scripts = initialScripts();
  const gzipBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(BROWSER_DIR, file)), { level: 9 }).length, 0);
  const rawBytes = scripts.reduce((sum, file) => sum + readFileSync(join(BROWSER_DIR, file)).length, 0);

  const dataDir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const inbox = join(dataDir, 'inbox');
  await generateSamples({ outDir: inbox, until: '2024-12-31', agencies: ['SVHTTDL', 'STP'], kinds: ['agencies', 'dossiers', 'scores'] });
  // the product as `npm start` runs it: the API serves the built dashboard, and its ETL schedule loads the inbox
  const api = await startBuiltApi({ CCHC_DATA_DIR: dataDir, CCHC_DASHBOARD_DIR: BROWSER_DIR, ETL_SCHEDULE: '*/2 * * * * *' });
  let times: number[];
  try {
    for (let i = 0; readdirSync(inbox, { withFileTypes: true }).some((entry) => entry.isFile()); i++) {
      if (i > 600) throw new Error('the inbox was not loaded');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    times = await firstChartTimes(api.url);
  } finally {
    api.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }

  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const out = [
    [
      'initial JS (gzip)',
      `${(gzipBytes / 1000).toFixed(1)} kB`,
      `${scripts.length} files, ${(rawBytes / 1000).toFixed(0)} kB raw; target ≤ ${INITIAL_TARGET_KB}`,
    ],
    [
      `first chart ${CHART_PATH} p50 / p95`,
      `${ms(quantile(times, 0.5))} / ${ms(quantile(times, 0.95))}`,
      `${RUNS} fresh pages; target ≤ ${FIRST_CHART_TARGET_MS}`,
    ],
    ['first chart max', ms(Math.max(...times)), ''],
  ];
  console.log(`\nbench:dashboard · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${availableParallelism()} cores`);
  for (const [name, value, note] of out) console.log(`${name!.padEnd(52)} ${value!.padStart(16)}  ${note}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
