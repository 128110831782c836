import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import type { AgencySummary, DossierStatsResponse, IndexScoresResponse, UnitScorecardResponse, UnitTrendsResponse } from '@cchc/domain';
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

  it('compares the units of an index side by side, and the agencies’ dossier rates', async () => {
    const api = async <T>(path: string) => (await (await fetch(`${product.url}${path}`)).json()) as T;
    const scores = await api<IndexScoresResponse>('/api/indices/par/scores?year=2022');
    const agencies = await api<AgencySummary[]>('/api/agencies');
    const rates = await Promise.all(
      agencies.map((a) => api<DossierStatsResponse>(`/api/dossiers/stats?agency=${a.code}&period=2024-H1&calendar=false`)),
    );
    const percent = (value: number | null) => `${value!.toFixed(2).replace('.', ',')}%`;

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${product.url}/so-sanh?agency=SVHTTDL&family=par&year=2022&period=2024-H1`);
    await page.waitForSelector('[data-testid="league-table"] tbody tr');
    const rows = page.locator('[data-testid="league-table"] tbody tr');
    assert.equal(await rows.count(), 15, 'the 15 sở of PAR INDEX 2022');
    assert.equal(scores.units.length, 15);
    const cells = async (row: ReturnType<typeof rows.nth>) => (await row.locator('td, th').allTextContents()).map((c) => c.trim());
    const first = await cells(rows.first());
    assert.deepEqual(first.slice(1, 4), ['1', scores.units[0]!.unitName, scores.units[0]!.total!.toFixed(2).replace('.', ',')]);
    const chosen = await cells(page.locator('[data-testid="league-table"] tr[aria-current="true"]'));
    assert.deepEqual(chosen.slice(1, 3), ['15', 'Sở Văn hóa, Thể thao và Du lịch'], 'the sample story: SVHTTDL last of 15 in 2022');

    const caption = (testid: string) => page.textContent(`[data-testid="${testid}"] figcaption`).then((text) => text?.trim() ?? '');
    await page.waitForSelector('[data-testid="heatmap"] figcaption');
    assert.match(await caption('heatmap'), /^PAR INDEX năm 2022: 15 đơn vị, 8 lĩnh vực;/);
    // the radar opens on the first two of the ranking and the chosen agency
    assert.match(
      await caption('radar'),
      new RegExp(`— ${scores.units[0]!.unitName}: .*; ${scores.units[1]!.unitName}: .*; Sở Văn hóa, Thể thao và Du lịch: `),
    );
    // one scatter point per agency, each with the API's rates
    const scatter = await caption('scatter');
    assert.ok(scatter.includes(`${agencies.length} cơ quan`), scatter);
    for (const [i, agency] of agencies.entries()) {
      assert.ok(
        scatter.includes(`${agency.code}: trực tuyến ${percent(rates[i]!.onlineRate)}, đúng hạn ${percent(rates[i]!.onTimeRate)}`),
        scatter,
      );
    }
    const drawn = () => ['heatmap', 'radar', 'scatter'].every((id) => document.querySelector(`[data-testid="${id}"] canvas`));
    await page.waitForFunction(drawn, undefined, { timeout: 15_000 });
    await page.waitForTimeout(1500); // let ECharts finish its entry animation before the screenshot
    await page.screenshot({ path: join(SCREENSHOTS, 'so-sanh.png'), fullPage: true });
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
    // the director's cards: the latest year with scores, and each card leads to the index page
    await page.waitForSelector('[data-family="par"] [data-testid="rank"]');
    assert.match((await page.textContent('#indices-title')) ?? '', /Chỉ số năm 2024 — Sở Văn hóa, Thể thao và Du lịch/);
    assert.equal((await page.textContent('[data-family="par"] [data-testid="rank"]'))?.trim(), '9/15');
    assert.equal(await page.getAttribute('[data-family="par"] h3 a', 'href'), '/chi-so?unit=SVHTTDL&year=2024&family=par');
    await page.screenshot({ path: join(SCREENSHOTS, 'tong-quan.png'), fullPage: true });
    await page.click('button.lang');
    assert.match((await page.textContent('h1')) ?? '', /Overview/);
  });
});
