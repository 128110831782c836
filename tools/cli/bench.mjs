// `npm run bench:etl`: builds the API (the stats endpoint is timed on the real build), then runs the
// benchmark from source. `npm run bench` runs every benchmark. bench:dashboard measures the production
// build of the dashboard too, so it is built with the API.
import { ensureDependencies, run } from './lib.mjs';

const BENCHES = {
  etl: 'tools/bench/src/etl.bench.ts',
  indices: 'tools/bench/src/indices.bench.ts',
  dashboard: 'tools/bench/src/dashboard.bench.ts',
  load: 'tools/bench/src/load.bench.ts',
};
const [name = 'all', ...args] = process.argv.slice(2);
const chosen = name === 'all' ? Object.keys(BENCHES) : [name];

ensureDependencies();
const projects = chosen.includes('dashboard') ? 'api,dashboard' : 'api';
if (run('nx', ['run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static']) !== 0) process.exit(1);
for (const bench of chosen) {
  if (!BENCHES[bench]) {
    console.error(`Unknown benchmark "${bench}" (have: ${Object.keys(BENCHES).join(', ')})`);
    process.exit(2);
  }
  const code = run(process.execPath, ['--require', '@swc-node/register', BENCHES[bench], ...args], {
    env: { SWC_NODE_PROJECT: 'tsconfig.base.json' },
  });
  if (code !== 0) process.exit(code);
}
