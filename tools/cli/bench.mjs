// `npm run bench:etl`: builds the API (the stats endpoint is timed on the real build), then runs the
// benchmark from source. `npm run bench` runs every benchmark — the ETL at three sizes for the growth
// of its costs — and ends with one table of every figure. bench:dashboard measures the production
// build of the dashboard too, so it is built with the API.
import { ensureDependencies, run, runCaptured } from './lib.mjs';

const BENCHES = {
  etl: 'tools/bench/src/etl.bench.ts',
  indices: 'tools/bench/src/indices.bench.ts',
  dashboard: 'tools/bench/src/dashboard.bench.ts',
  load: 'tools/bench/src/load.bench.ts',
};
/** With `npm run bench`: 1M and 10M dossiers for the stats endpoint, and a middle size for the growth. */
const ALL_ARGS = { etl: ['--sizes', '1000000,3000000,10000000'] };
const [name = 'all', ...args] = process.argv.slice(2);
const all = name === 'all';
const chosen = all ? Object.keys(BENCHES) : [name];
for (const bench of chosen) {
  if (!BENCHES[bench]) {
    console.error(`Unknown benchmark "${bench}" (have: ${Object.keys(BENCHES).join(', ')})`);
    process.exit(2);
  }
}

ensureDependencies();
const projects = chosen.includes('dashboard') ? 'api,dashboard' : 'api';
if (run('nx', ['run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static']) !== 0) process.exit(1);

/** A benchmark's figures: its header lines ("bench:… · date · …") and the aligned figure (or growth) lines after each. */
function figures(output) {
  const lines = [];
  let inTable = false;
  for (const line of output.split('\n')) {
    if (/^bench:\w+ · /.test(line) || /^growth \(/.test(line)) {
      lines.push('', line);
      inTable = true;
    } else if (inTable && (/^\S.*\S {2,}\S/.test(line) || line.includes(' → '))) lines.push(line);
    else inTable = false;
  }
  return lines;
}

const summary = [];
for (const bench of chosen) {
  const benchArgs = all ? (ALL_ARGS[bench] ?? []) : args;
  const { code, output } = await runCaptured(process.execPath, ['--require', '@swc-node/register', BENCHES[bench], ...benchArgs], {
    env: { SWC_NODE_PROJECT: 'tsconfig.base.json' },
  });
  summary.push(...figures(output));
  if (code !== 0) {
    summary.push('', `bench:${bench} failed (exit ${code})`);
    if (!all) process.exit(code);
  }
}
if (all) {
  console.log(`\n${'═'.repeat(96)}\nnpm run bench · all figures`);
  for (const line of summary) console.log(line);
}
