// `npm run bench:etl [-- --rows N | --sizes N,N,N]`: the dossier ETL against the engine's own CSV ingest
// of the same file, peak memory, and the stats endpoint against the bare SQL it runs. Prints figures and
// ratios; with several sizes, also how each cost grows against the rows.
import 'reflect-metadata';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ClickhouseRepository, dossierStatsSql } from '@cchc/clickhouse';
import { addDays, parsePeriod, type ReportingPeriod } from '@cchc/domain';
import { EtlPipelineService, TARGET_INSERT } from '@cchc/etl';
import { startBuiltApi } from './built-api';
import { openEtlContext } from './etl-context';
import { DEPARTMENTS, writeDossierCsv } from './generate-dossiers';

const AGENCIES = 20;
const REQUESTS = 200;
const argValue = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
};
const sizes = (argValue('sizes') ?? argValue('rows') ?? '2000000').split(',').map(Number);
const keep = process.argv.includes('--keep');

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

/**
 * The i-th question: an official month of 2021–2025, whole or one department's, so 200 requests ask
 * 200 different questions and time the query, not the API's kept answers.
 */
function question(i: number): { period: ReportingPeriod; department: string | undefined } {
  const month = i % 60;
  const period = parsePeriod(`${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`);
  const choice = Math.floor(i / 60) % (DEPARTMENTS.length + 1);
  return { period, department: choice === 0 ? undefined : DEPARTMENTS[choice - 1] };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
}

interface Measured {
  rows: number;
  pipelineMs: number;
  sqlP50: number;
  apiP50: number;
}

async function measure(rows: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  const csv = join(dir, 'dossiers.csv');
  const [bytes, generateMs] = await timed(async () => writeDossierCsv(csv, rows, AGENCIES));
  writeFileSync(
    join(dir, 'agencies.csv'),
    ['Mã cơ quan,Tên cơ quan', ...Array.from({ length: AGENCIES }, (_, i) => `A${String(i + 1).padStart(2, '0')},Cơ quan ${i + 1}`)].join('\n'),
  );
  console.log(`${rows.toLocaleString('en-US')} dossiers, ${(bytes / 2 ** 20).toFixed(0)} MiB CSV generated in ${seconds(generateMs)} s (${dir})`);

  const context = await openEtlContext({ CCHC_DATA_DIR: join(dir, 'data') });
  const clickhouse = context.get(ClickhouseRepository);
  const pipeline = context.get(EtlPipelineService);

  await pipeline.load(join(dir, 'agencies.csv'));
  const rssBefore = process.memoryUsage().rss;
  const [job, pipelineMs] = await timed(() => pipeline.load(csv));
  const peakRss = process.resourceUsage().maxRSS * 1024;
  if (job.status !== 'done' || job.rowsLoaded !== rows) throw new Error(`pipeline load did not finish: ${JSON.stringify(job)}`);

  // The usual load after the first: a later, smaller export into agencies that already have dossiers,
  // whose aggregates are rebuilt from each dossier's latest version (the first load built them from
  // its own rows). Another seed: other agencies per code, so mostly new dossiers, some replaced.
  const later = join(dir, 'later.csv');
  const laterRows = Math.max(1, Math.round(rows / 10));
  writeDossierCsv(later, laterRows, AGENCIES, 2);
  const [laterJob, laterMs] = await timed(() => pipeline.load(later));
  if (laterJob.status !== 'done') throw new Error(`later export did not load: ${JSON.stringify(laterJob)}`);

  // The engine alone, after the pipeline so the peak RSS above is the pipeline's own: its CSV parser
  // reads the file (pread, as the pipeline does) and converts dates and vocabularies in SQL. It starts
  // once the merges of the pipeline's parts have finished, so that they do not slow it down. Twice: with
  // the engine's default insert settings, and with those the pipeline's own copy uses (two threads
  // writing 128k-row parts), which on 2 cores make it nearly twice as fast. The ratio takes the faster.
  const [, quietMs] = await timed(() => untilNoMerges(clickhouse));
  const nativeDefaultMs = await nativeIngestMs(clickhouse, csv, '');
  const nativeMs = await nativeIngestMs(clickhouse, csv, TARGET_INSERT);
  const fastestNativeMs = Math.min(nativeMs, nativeDefaultMs);

  // The bare SQL behind the stats endpoint, on the engine directly, for the same questions.
  const sqlTimes: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const { period, department } = question(i);
    const window = { key: period.code, start: `${period.from} 00:00:00`, end: `${addDays(period.to, 1)} 00:00:00`, firstDay: period.from, lastDay: period.to };
    const { sql, params } = dossierStatsSql((name) => clickhouse.table(name), { agency: 'A07', windows: [window], ...(department ? { department } : {}) });
    sqlTimes.push((await timed(() => clickhouse.query(sql, params)))[1]);
  }
  await context.close();

  const print = (rowsOut: string[][]) => {
    for (const [name, value, note] of rowsOut) console.log(`${name!.padEnd(52)} ${value!.padStart(16)}  ${note}`);
  };
  console.log(`\nbench:etl · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · file ${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB`);
  // printed before the API starts, so a failing endpoint run still leaves the load's figures
  print([
    ['rows', rows.toLocaleString('en-US'), ''],
    ['engine ingest (native CSV parse), default settings', `${seconds(nativeDefaultMs)} s`, `${rate(rows, nativeDefaultMs)} rows/s`],
    ['engine ingest, two insert threads, 128k-row parts', `${seconds(nativeMs)} s`, `${rate(rows, nativeMs)} rows/s`],
    ['ETL pipeline (staging, validation, dedup, commit)', `${seconds(pipelineMs)} s`, `${rate(rows, pipelineMs)} rows/s`],
    [
      'ratio pipeline / native (the faster ingest)',
      (fastestNativeMs / pipelineMs).toFixed(2),
      `target ≥ 0.50; against the default settings ${(nativeDefaultMs / pipelineMs).toFixed(2)}; native started after ${seconds(quietMs)} s of merges`,
    ],
    [
      `later export, ${laterRows.toLocaleString('en-US')} rows into the same agencies`,
      `${seconds(laterMs)} s`,
      `${rate(laterRows, laterMs)} rows/s; ratio to the native rate ${(laterRows / laterMs / (rows / fastestNativeMs)).toFixed(2)}`,
    ],
    ['peak RSS of the process (engine in-process)', `${(peakRss / 2 ** 20).toFixed(0)} MiB`, `before load ${(rssBefore / 2 ** 20).toFixed(0)} MiB; target ≤ 1024`],
    ['stats SQL on the engine p50 / p95', `${quantile(sqlTimes, 0.5).toFixed(1)} / ${quantile(sqlTimes, 0.95).toFixed(1)} ms`, `${REQUESTS} runs`],
  ]);
  const apiTimes = await endpointTimes(join(dir, 'data'));
  print([
    ['GET /api/dossiers/stats p50 / p95', `${quantile(apiTimes, 0.5).toFixed(1)} / ${quantile(apiTimes, 0.95).toFixed(1)} ms`, `${REQUESTS} requests`],
    ['API overhead ratio (p50 endpoint / p50 SQL)', (quantile(apiTimes, 0.5) / quantile(sqlTimes, 0.5)).toFixed(2), ''],
  ]);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return { rows, pipelineMs, sqlP50: quantile(sqlTimes, 0.5), apiP50: quantile(apiTimes, 0.5) };
}

/** The engine's CSV parser reading the file into a table shaped like the dossiers, with `settings` added. */
async function nativeIngestMs(clickhouse: ClickhouseRepository, csv: string, settings: string): Promise<number> {
  const native = clickhouse.table('bench_native');
  await clickhouse.command(`DROP TABLE IF EXISTS ${native}`);
  await clickhouse.command(`CREATE TABLE ${native} AS ${clickhouse.table('dossiers')}`);
  const cells = Array.from({ length: 15 }, (_, i) => `c${i} String`).join(', ');
  const at = (c: string) => `parseDateTimeOrNull(${c}, '%d/%m/%Y %H:%i', 'Asia/Ho_Chi_Minh')`;
  const [, ms] = await timed(() =>
    clickhouse.command(
      `INSERT INTO ${native} SELECT c4, c0, c1, c2, c3, c5,
         transform(c6, ['Trực tuyến', 'Trực tiếp', 'Bưu chính'], ['online', 'direct', 'postal'], 'online'),
         assumeNotNull(${at('c7')}), assumeNotNull(${at('c8')}), ${at('c9')}, c10, c11 = 'Có', c12 = 'Có', c13 = 'Có', 'citizen',
         rowNumberInAllBlocks() + 2, generateUUIDv4(), 1
       FROM file({path:String}, 'CSV', '${cells}')
       SETTINGS input_format_csv_skip_first_lines = 1, storage_file_read_method = 'pread'${settings ? `, ${settings}` : ''}`,
      { path: csv },
    ),
  );
  await clickhouse.command(`DROP TABLE ${native}`);
  return ms;
}

/** Background merges of the parts a load wrote, waited for up to a minute. */
async function untilNoMerges(clickhouse: ClickhouseRepository): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    const [row] = await clickhouse.query<{ n: string }>('SELECT count() AS n FROM system.merges');
    if (Number(row?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Each size in a fresh process would be fairer to memory; one process keeps the run short, so RSS is a running peak. */
async function main(): Promise<void> {
  const results: Measured[] = [];
  for (const rows of sizes) results.push(await measure(rows));
  if (results.length < 2) return;
  console.log('\ngrowth (each size against the previous one)');
  for (let i = 1; i < results.length; i++) {
    const [a, b] = [results[i - 1]!, results[i]!];
    const factor = (x: number, y: number) => `×${(y / x).toFixed(2)}`;
    console.log(
      `${a.rows.toLocaleString('en-US')} → ${b.rows.toLocaleString('en-US')} rows (${factor(a.rows, b.rows)}): ` +
        `pipeline ${factor(a.pipelineMs, b.pipelineMs)}, stats SQL p50 ${factor(a.sqlP50, b.sqlP50)}, endpoint p50 ${factor(a.apiP50, b.apiP50)}`,
    );
  }
}

/** The built API on the loaded data: one warm-up, then sequential requests over loopback, each a new question (no kept answer). */
async function endpointTimes(dataDir: string): Promise<number[]> {
  const api = await startBuiltApi({ CCHC_DATA_DIR: dataDir });
  try {
    await api.get('/dossiers/stats?agency=A07&period=2024-H1');
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const { period, department } = question(i);
      const path = `/dossiers/stats?agency=A07&period=${period.code}${department ? `&department=${encodeURIComponent(department)}` : ''}`;
      const [status, ms] = await timed(() => api.get(path));
      if (status !== 200) throw new Error(`stats answered ${status}`);
      times.push(ms);
    }
    return times;
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
