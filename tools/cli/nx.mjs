import { ensureDependencies, run } from './lib.mjs';

ensureDependencies();
process.exit(run('nx', process.argv.slice(2)));
