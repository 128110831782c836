// `npm run bench:indices [-- --agencies N --years N]`: loads index scores at provincial scale through
// the ETL (34 provinces × 8 PAPI dimensions × 15 years, and N agencies × 40 PAR INDEX criteria × 10
// years in peer groups of 20), then times the scores, scorecard and trends endpoints of the built API.
import 'reflect-metadata';
import { cpSync, createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EtlPipelineService } from '@cchc/etl';
import type { EtlJobSummary } from '@cchc/domain';
import { startBuiltApi } from './built-api';
import { openEtlContext } from './etl-context';

const REQUESTS = 200;
const GROUP_SIZE = 20;
const CRITERIA = 5;
const argValue = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const agencies = Number(argValue('agencies') ?? 5_000);
const years = Number(argValue('years') ?? 10);
const keep = process.argv.includes('--keep');
const FIRST_YEAR = 2025 - years;

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

interface Field {
  code: string;
  maxPoints: number;
}

/**
 * The shipped PAR INDEX fields, each split into five criteria (40 leaves), in force over the
 * benchmark's years: the shape of a provincial index for departments with its sub-criteria.
 */
function benchParFramework(assets: string): Field[] {
  const shipped = JSON.parse(readFileSync(join(assets, 'frameworks/par/2022-2030.json'), 'utf8')) as { nodes: (Field & Record<string, unknown>)[] };
  const nodes = shipped.nodes.map((node) => ({
    ...node,
    aggregation: 'sum',
    children: Array.from({ length: CRITERIA }, (_, i) => ({
      code: `${node.code}.${i + 1}`,
      nameVi: `Tiêu chí ${i + 1}`,
      nameEn: `Criterion ${i + 1}`,
      maxPoints: node.maxPoints / CRITERIA,
      direction: 'higher-better',
      source: 'appraised',
    })),
  }));
  rmSync(join(assets, 'frameworks/par'), { recursive: true, force: true });
  cpSync(join(process.cwd(), 'data/frameworks/par/2022-2030.json'), join(assets, 'frameworks/par/bench.json'));
  const framework = { ...JSON.parse(readFileSync(join(assets, 'frameworks/par/bench.json'), 'utf8')), version: 'bench', yearFrom: FIRST_YEAR, yearTo: 2030, nodes };
  writeFileSync(join(assets, 'frameworks/par/bench.json'), JSON.stringify(framework, null, 2));
  return nodes.flatMap((node) => node.children);
}

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function* agencyScores(leaves: readonly Field[]): Generator<string> {
  yield 'unit_code,peer_group,year,node_code,score\n';
  let state = 12345;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
    for (let a = 1; a <= agencies; a++) {
      const group = `khoi-${pad(Math.ceil(a / GROUP_SIZE), 4)}`;
      let lines = '';
      for (const leaf of leaves) lines += `A${pad(a, 5)},${group},${year},${leaf.code},${(leaf.maxPoints * (0.6 + 0.4 * random())).toFixed(2)}\n`;
      yield lines;
    }
  }
}

function* provinceScores(): Generator<string> {
  const dims = ['participation', 'transparency', 'vertical-accountability', 'control-of-corruption', 'public-administrative-procedures', 'public-service-delivery', 'environmental-governance', 'e-governance'];
  yield `unit_code,unit_name,year,${dims.join(',')}\n`;
  for (let year = 2011; year <= 2025; year++) {
    for (let p = 1; p <= 34; p++) {
      const values = dims.map((_, i) => (i < 6 || year >= 2018 ? (4 + ((p * 7 + year * 3 + i * 5) % 50) / 10).toFixed(4) : ''));
      yield `P${pad(p, 2)},Tỉnh ${p},${year},${values.join(',')}\n`;
    }
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-indices-'));
  const assets = join(dir, 'assets');
  cpSync(join(process.cwd(), 'data/profiles'), join(assets, 'profiles'), { recursive: true });
  cpSync(join(process.cwd(), 'data/frameworks'), join(assets, 'frameworks'), { recursive: true });
  const leaves = benchParFramework(assets);
  const parCsv = join(dir, 'diem-par.csv');
  const papiCsv = join(dir, 'diem-papi.csv');
  const [, generateMs] = await timed(async () => {
    await write(parCsv, agencyScores(leaves));
    await write(papiCsv, provinceScores());
  });
  const parRows = agencies * leaves.length * years;
  console.log(`${parRows.toLocaleString('en-US')} agency criterion scores + ${(34 * 15).toLocaleString('en-US')} province rows generated in ${seconds(generateMs)} s (${dir})`);

  const env = { NODE_ENV: 'test', ETL_SCHEDULE: 'off', CCHC_DASHBOARD_DIR: '', CCHC_DATA_DIR: join(dir, 'data'), CCHC_ASSETS_DIR: assets };
  const context = await openEtlContext(env);
  const pipeline = context.get(EtlPipelineService);
  const check = (job: EtlJobSummary) => {
    if (job.status !== 'done' || job.rowsRejected > 0) throw new Error(`load failed: ${JSON.stringify(job)}`);
    return job;
  };
  const [papi, papiMs] = await timed(async () => check(await pipeline.load(papiCsv)));
  const [par, parMs] = await timed(async () => check(await pipeline.load(parCsv)));
  const peakRss = process.resourceUsage().maxRSS * 1024;
  await context.close();

  const timings = await endpointTimes(env);
  const out: [string, string, string][] = [
    ['PAPI wide file through the ETL', `${seconds(papiMs)} s`, `${papi.rowsLoaded} rows`],
    ['PAR INDEX long file through the ETL', `${seconds(parMs)} s`, `${Math.round(par.rowsLoaded / (parMs / 1000)).toLocaleString('en-US')} rows/s, ${par.rowsLoaded.toLocaleString('en-US')} rows`],
    ['peak RSS of the loading process', `${(peakRss / 2 ** 20).toFixed(0)} MiB`, ''],
  ];
  for (const [name, times] of timings) out.push([`${name} p50 / p95`, `${quantile(times, 0.5).toFixed(1)} / ${quantile(times, 0.95).toFixed(1)} ms`, `${REQUESTS} requests; target p95 ≤ 100`]);
  console.log(`\nbench:indices · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${agencies.toLocaleString('en-US')} agencies × ${leaves.length} criteria × ${years} years; 34 provinces × 8 × 15 years`);
  for (const [name, value, note] of out) console.log(`${name.padEnd(52)} ${value.padStart(16)}  ${note}`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

/** The built API on the loaded data: a warm-up, then sequential requests over loopback per endpoint. */
async function endpointTimes(env: Record<string, string>): Promise<[string, number[]][]> {
  const api = await startBuiltApi(env);
  const pick = (i: number, n: number) => 1 + ((i * 7919) % n);
  const year = (i: number) => FIRST_YEAR + 1 + (i % (years - 1));
  const endpoints: [string, (i: number) => string][] = [
    ['GET /api/indices/par/scores (one peer group)', (i) => `/indices/par/scores?year=${year(i)}&peerGroup=khoi-${pad(pick(i, agencies / GROUP_SIZE), 4)}`],
    ['GET /api/units/:code/scorecard (agency)', (i) => `/units/A${pad(pick(i, agencies), 5)}/scorecard?year=${year(i)}`],
    ['GET /api/indices/papi/scores (34 provinces)', (i) => `/indices/papi/scores?year=${2012 + (i % 14)}`],
    ['GET /api/units/:code/trends (PAPI, 15 years)', (i) => `/units/P${pad(pick(i, 34), 2)}/trends?family=papi`],
  ];
  try {
    const results: [string, number[]][] = [];
    for (const [name, path] of endpoints) {
      await api.get(path(0));
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const [status, ms] = await timed(() => api.get(path(i)));
        if (status !== 200) throw new Error(`${path(i)} answered ${status}`);
        times.push(ms);
      }
      results.push([name, times]);
    }
    return results;
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
