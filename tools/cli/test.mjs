// `npm test`: installs, runs every project's tests (domain, libraries, etl, api, dashboard in headless
// Chromium, end-to-end) and ends with one line "N passed, N failed" totalling all of them.
import { ensureDependencies, findChromium, runCaptured } from './lib.mjs';

ensureDependencies();
const chromium = findChromium();
if (chromium) process.env.CHROME_BIN = chromium;
else {
  console.error('Chromium not found: install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_BIN.');
}

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

let passed = 0;
let failed = 0;
const projects = [];
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
