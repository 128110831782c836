// `npm test`: installs, runs every project's tests (domain, libraries, etl, api, dashboard in headless
// Chromium, end-to-end) and ends with one line "N passed, N failed" totalling all of them.
import { spawnSync } from 'node:child_process';
import { ensureDependencies, findChromium, ROOT, runCaptured } from './lib.mjs';

ensureDependencies();
const chromium = findChromium();
if (chromium) process.env.CHROME_BIN = chromium;
else {
  console.error('Chromium not found: install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_BIN.');
}

/**
 * `npm audit` of the production dependencies: any high or critical advisory fails the run. When the
 * registry's audit endpoint does not answer (mirrors and snapshots often lack it) nothing can be
 * concluded either way, so the run goes on and says so instead of counting a pass.
 */
function audit() {
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: ROOT, encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = { error: { summary: result.stderr.trim() || `npm audit exited with ${result.status}` } };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const reason = report.message ?? report.error?.summary ?? 'no report';
    console.log(`\n⚠ Không kiểm tra được lỗ hổng thư viện (máy chủ audit không trả lời) / dependency audit NOT run: the registry's audit endpoint failed (${reason})`);
    return { passed: 0, failed: 0, line: 'audit skipped' };
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`\nnpm audit (production dependencies): ${JSON.stringify(counts)}`);
  if (serious > 0) console.log('High or critical advisories: run "npm audit --omit=dev" for the details / có lỗ hổng mức cao hoặc nghiêm trọng');
  return { passed: serious === 0 ? 1 : 0, failed: serious === 0 ? 0 : 1, line: `audit ${serious === 0 ? 'clean' : `${serious} high/critical`}` };
}
const audited = audit();

// The builds the end-to-end test needs run first, on an idle machine, so a build failure is reported
// as such and not interleaved with (or starved by) the test processes.
const build = await runCaptured('nx', ['run-many', '-t', 'build', '--parallel=1', '--outputStyle=static']);
if (build.code !== 0) {
  console.log('\nBuild failed (see above) / Biên dịch thất bại\n0 passed, 1 failed');
  process.exit(1);
}
const { code, output } = await runCaptured('nx', [
  'run-many', '-t', 'test', '--parallel=1', '--outputStyle=static', '--skip-nx-cache', '--excludeTaskDependencies',
]);

let passed = audited.passed;
let failed = audited.failed;
const projects = [audited.line];
for (const match of output.matchAll(/^([\w-]+): (\d+) passed, (\d+) failed$/gm)) {
  projects.push(`${match[1]} ${match[2]}/${Number(match[2]) + Number(match[3])}`);
  passed += Number(match[2]);
  failed += Number(match[3]);
}
if (code !== 0 && failed === 0) failed = 1; // a project that crashed before reporting still fails the run
if (!chromium) failed += 1;
console.log(`\n${projects.join(' · ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && code === 0 ? 0 : 1);
