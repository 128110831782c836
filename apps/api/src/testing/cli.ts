import { spawnSync } from 'node:child_process';

/** Runs `npm run etl -- …` as tools/cli/etl.mjs does, against a test installation's data dir. */
export function runCli(dataDir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--require', '@swc-node/register', 'etl/src/cli/main.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'test', ETL_SCHEDULE: 'off', CCHC_DATA_DIR: dataDir },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
