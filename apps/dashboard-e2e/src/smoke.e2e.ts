import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { DossierStatsResponse, UnitScorecardResponse, UnitTrendsResponse } from '@cchc/domain';
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

  it('shows where an agency stands on the indices and why', async () => {
    const api = async <T>(path: string) => (await (await fetch(`${product.url}${path}`)).json()) as T;
    const scorecard = await api<UnitScorecardResponse>('/api/units/SVHTTDL/scorecard?year=2022');
    const par = scorecard.families.find((f) => f.family === 'par')!;
    const trend = await api<UnitTrendsResponse>('/api/units/SVHTTDL/trends?family=par');

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${product.url}/chi-so?unit=SVHTTDL&year=2022&family=par`);
    const figure = (testid: string) => page.textContent(`[data-family="par"] [data-testid="${testid}"]`).then((text) => text?.trim());
    await page.waitForSelector('[data-family="par"] [data-testid="rank"]');
    assert.equal(await figure('rank'), '15/15', 'the sample story: SVHTTDL last of 15 in 2022');
    assert.equal(await figure('total'), `${par.result.total!.toFixed(2).replace('.', ',')} điểm`);
    if (trend.points.some((p) => p.year === 2021)) {
      // 2021 was scored under the previous PAR INDEX methodology: the page must not compare across it
      assert.equal(await figure('rank-change'), 'không so sánh được: đổi phương pháp');
    }
    assert.equal(await page.locator('[data-testid="peer-table"] tbody tr').count(), par.result.peerCount);
    assert.match((await page.textContent('[data-testid="peer-table"] tr[aria-current="true"]')) ?? '', /Sở Văn hóa, Thể thao và Du lịch/);
    await page.waitForFunction(() => document.querySelectorAll('cchc-chart-figure canvas').length >= 2, undefined, { timeout: 15_000 });
    await page.waitForTimeout(1500); // let ECharts finish its entry animation before the screenshot
    await page.screenshot({ path: join(SCREENSHOTS, 'chi-so.png'), fullPage: true });
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
