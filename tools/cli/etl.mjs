// `npm run etl -- <command>`: the ETL CLI from source (swc keeps decorator metadata for Nest DI).
import { ensureDependencies, run } from './lib.mjs';

ensureDependencies();
process.exit(
  run(process.execPath, ['--require', '@swc-node/register', 'etl/src/cli/main.ts', ...process.argv.slice(2)], {
    env: { SWC_NODE_PROJECT: 'tsconfig.base.json' },
  }),
);
