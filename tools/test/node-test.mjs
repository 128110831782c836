// Runs one project's node:test specs (TypeScript through @swc-node/register, which keeps decorator
// metadata for Nest DI) and ends with the "<project>: N passed, N failed" line that tools/cli/test.mjs sums.
import { globSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';

const [projectDir, ...extra] = process.argv.slice(2);
if (!projectDir) {
  console.error('usage: node tools/test/node-test.mjs <project-dir> [pattern]');
  process.exit(2);
}
const pattern = extra[0] ?? '**/*.spec.ts';
const files = globSync(join(projectDir, pattern), { exclude: (f) => f.includes('node_modules') }).sort();
const project = process.env.CCHC_TEST_PROJECT ?? basename(projectDir);
if (files.length === 0) {
  console.log(`${project}: 0 passed, 0 failed`);
  process.exit(0);
}
const specConfig = join(projectDir, 'tsconfig.spec.json');
const result = spawnSync(
  process.execPath,
  [
    '--require', '@swc-node/register',
    '--test',
    `--test-concurrency=${process.env.CCHC_TEST_CONCURRENCY ?? 2}`,
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    `--test-reporter=${resolve('tools/test/summary-reporter.mjs')}`, '--test-reporter-destination=stdout',
    ...files,
  ],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      CCHC_TEST_PROJECT: project,
      SWC_NODE_PROJECT: existsSync(specConfig) ? specConfig : 'tsconfig.base.json',
    },
  },
);
process.exit(result.status ?? 1);
