import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { DossierStatsResponse } from '@cchc/domain';
import { startProduct, type RunningProduct } from './product';

const SCREENSHOTS = join(process.cwd(), 'tmp', 'e2e');
const CHROMIUM = process.env['CHROME_BIN'] ?? '/usr/bin/chromium';

describe('the started product (end to end)', () => {
  let product: RunningProduct;
  let browser: Browser;

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    product = await startProduct(['SVHTTDL', 'STP']);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  after(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('shows the dossier page with the API’s figures and rendered charts', async () => {
    const stats = (await (await fetch(`${product.url}/api/dossiers/stats?agency=SVHTTDL&period=2023-H1`)).json()) as DossierStatsResponse;
    assert.ok(stats.received > 300, `sample volume for SVHTTDL H1 2023: ${stats.received}`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${product.url}/ho-so?agency=SVHTTDL&period=2023-H1`);
    await page.waitForSelector('[data-testid="received"]');
    assert.equal((await page.textContent('[data-testid="received"]'))?.trim(), stats.received.toLocaleString('de-DE'));
    const rate = stats.onlineRate!.toFixed(2).replace('.', ',') + '%';
    assert.equal((await page.textContent('[data-testid="online-rate"]'))?.trim(), rate);
    await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 2, undefined, { timeout: 15_000 });
    assert.equal(await page.locator('select').nth(1).inputValue(), 'half', 'the period picker shows the URL period');
    await page.waitForTimeout(1500); // let ECharts finish its entry animation before the screenshot
    await page.screenshot({ path: join(SCREENSHOTS, 'ho-so.png'), fullPage: true });
  });

  it('lists the sample loads on the data page', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${product.url}/du-lieu`);
    await page.waitForSelector('table.jobs');
    const files = await page.locator('table.jobs tbody th').allTextContents();
    assert.ok(files.some((name) => name.includes('dossiers-SVHTTDL.csv')), files.join(', '));
    await page.screenshot({ path: join(SCREENSHOTS, 'du-lieu.png'), fullPage: true });
  });

  it('opens on the overview in Vietnamese and switches to English', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${product.url}/?agency=SVHTTDL&period=2024`);
    await page.waitForSelector('.kpis');
    assert.match((await page.textContent('h1')) ?? '', /Tổng quan/);
    await page.screenshot({ path: join(SCREENSHOTS, 'tong-quan.png'), fullPage: true });
    await page.click('button.lang');
    assert.match((await page.textContent('h1')) ?? '', /Overview/);
  });
});
