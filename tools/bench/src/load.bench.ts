// `npm run bench:load [-- --rows N --clients N --seconds N]`: N concurrent clients (default 50) on the
// dashboard's main endpoints for a bounded time (default 60 s) against the built API over loopback,
// with N dossiers loaded (default 1,000,000). Prints throughput, latency quantiles and errors.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EtlPipelineService } from '@cchc/etl';
import { startBuiltApi } from './built-api';
import { openEtlContext } from './etl-context';
import { writeDossierCsv } from './generate-dossiers';

const AGENCIES = 20;
const argValue = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const rows = argValue('rows', 1_000_000);
const clients = argValue('clients', 50);
const seconds = argValue('seconds', 60);
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;

/** What the dashboard asks for when a director opens the overview and the dossier page of an agency. */
function endpoint(i: number): string {
  const agency = `A${String(1 + (i % AGENCIES)).padStart(2, '0')}`;
  const period = ['2024-H1', '2023', '2024-Q3', '2025-06'][i % 4]!;
  const paths = [
    `/dossiers/stats?agency=${agency}&period=${period}`,
    `/dossiers/stats/breakdown?agency=${agency}&period=${period}&by=month`,
    `/dossiers/stats/breakdown?agency=${agency}&period=${period}&by=department`,
    `/agencies`,
  ];
  return paths[Math.floor(i / AGENCIES) % paths.length]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-load-'));
  const csv = join(dir, 'dossiers.csv');
  writeDossierCsv(csv, rows, AGENCIES);
  writeFileSync(
    join(dir, 'agencies.csv'),
    ['Mã cơ quan,Tên cơ quan,Phòng', ...Array.from({ length: AGENCIES }, (_, i) => `A${String(i + 1).padStart(2, '0')},Cơ quan ${i + 1},Văn phòng;Phòng Một cửa`)].join('\n'),
  );
  const context = await openEtlContext({ CCHC_DATA_DIR: join(dir, 'data') });
  const pipeline = context.get(EtlPipelineService);
  await pipeline.load(join(dir, 'agencies.csv'));
  const job = await pipeline.load(csv);
  await context.close();
  if (job.status !== 'done') throw new Error(`load failed: ${JSON.stringify(job)}`);

  const api = await startBuiltApi({ CCHC_DATA_DIR: join(dir, 'data') });
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < until) {
          const started = performance.now();
          const status = await api.get(endpoint(next++)).catch(() => 0);
          times.push(performance.now() - started);
          if (status !== 200) errors++;
        }
      }),
    );
  } finally {
    api.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const out: [string, string, string][] = [
    ['requests', times.length.toLocaleString('en-US'), `${clients} clients, ${seconds} s`],
    ['throughput', `${(times.length / seconds).toFixed(0)} req/s`, ''],
    ['latency p50 / p95 / p99', `${quantile(times, 0.5).toFixed(0)} / ${quantile(times, 0.95).toFixed(0)} / ${quantile(times, 0.99).toFixed(0)} ms`, 'target p95 ≤ 300 ms'],
    ['errors', String(errors), 'target 0'],
  ];
  console.log(`\nbench:load · ${new Date().toISOString().slice(0, 10)} · node ${process.version} · ${rows.toLocaleString('en-US')} dossiers, ${AGENCIES} agencies`);
  for (const [name, value, note] of out) console.log(`${name.padEnd(30)} ${value.padStart(22)}  ${note}`);
  if (errors > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
