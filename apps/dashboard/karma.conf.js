// Karma in headless Chromium. As root (CI) Chromium needs --no-sandbox; the network flags keep it from
// calling out of a closed network (STACK.md G10, G12). The summary reporter prints the one line the
// root test command sums: "dashboard: N passed, N failed".
const { existsSync } = require('node:fs');

const chrome = process.env.CHROME_BIN || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chrome) {
  throw new Error('Chromium not found: install it with "apt-get install -y chromium" (Debian/Ubuntu) or set CHROME_BIN.');
}
process.env.CHROME_BIN = chrome;

function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  let passed = 0;
  let failed = 0;
  this.onSpecComplete = (_browser, result) => {
    if (result.skipped) return;
    if (result.success) passed++;
    else failed++;
  };
  this.onBrowserError = () => failed++;
  this.onRunComplete = () => this.write(`dashboard: ${passed} passed, ${failed} failed\n`);
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher'), { 'reporter:summary': ['type', SummaryReporter] }],
    client: { jasmine: { random: false }, clearContext: false },
    reporters: ['progress', 'summary'],
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    },
    singleRun: true,
    restartOnFileChange: false,
    browserNoActivityTimeout: 120000,
  });
};
