import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import type { EtlJobDetail, EtlJobSummary, IndexFamilySummary, UnitSummary, IndexScoresResponse, UnitScorecardResponse, UnitTrendsResponse } from '@cchc/domain';
import { runCli } from '../../testing/cli';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');

describe('index scores: wide and long loads → totals, ranks, changes, scorecard, trends', () => {
  let t: TestApp;
  let par: EtlJobSummary;
  let papi: EtlJobSummary;

  before(async () => {
    t = await startTestApp();
    par = (await t.upload<EtlJobSummary>(join(FIXTURES, 'par-scores-wide.csv'), { family: 'par', peerGroup: 'so-tinh-mau' })).body;
    papi = (await t.upload<EtlJobSummary>(join(FIXTURES, 'papi-scores-long.csv'), { family: 'papi' })).body;
  });
  after(() => t.close());

  it('loads the wide file, rejects bad rows with line, column and reason, and warns on disagreeing totals and ranks', async () => {
    assert.deepEqual([par.kind, par.status, par.rowsRead, par.rowsLoaded, par.rowsRejected], ['scores', 'done', 11, 8, 3], JSON.stringify(par));
    const { body } = await t.get<EtlJobDetail>(`/api/etl/jobs/${par.id}`);
    assert.deepEqual(
      body.errors.map((e) => [e.line, e.column, e.value, e.reasonEn]),
      [
        [6, 'year', '2011', 'No par framework for this year'],
        [7, 'Chỉ đạo, điều hành', 'abc', 'Score is not a number'],
        [8, 'Chỉ đạo, điều hành', '13', 'Outside the scale 0–12'],
      ],
    );
    assert.match(par.message ?? '', /SGDDT \(dòng\/line 4\): 78 ≠ 77/);
    assert.match(par.message ?? '', /SYT \(dòng\/line 3\): 3 ≠ 2/);
    assert.doesNotMatch(par.message ?? '', /SVHTTDL/);
  });

  it('ranks within the peer group with shared places and keeps units without a total as unranked peers', async () => {
    const { status, body } = await t.get<IndexScoresResponse>('/api/indices/par/scores?year=2022');
    assert.equal(status, 200);
    assert.deepEqual(body.peerGroups, [{ code: 'so-tinh-mau', name: 'PAR 2022' }]);
    assert.deepEqual(
      body.units.map((u) => [u.unitCode, u.total, u.rank, u.peerCount, u.missing, u.fileTotal, u.fileRank]),
      [
        ['SVHTTDL', 85, 1, 4, [], 85, 1],
        ['SGDDT', 77, 2, 4, [], 78, 2],
        ['SYT', 77, 2, 4, [], 77, 3],
        ['STC', null, null, 4, ['impact'], null, null],
      ],
    );
    assert.equal(body.units[0]!.unitName, 'Sở Văn hóa, Thể thao và Du lịch');
  });

  it('gives rank and score changes against the previous year, and bands', async () => {
    const { body } = await t.get<IndexScoresResponse>('/api/indices/par/scores?year=2023&peerGroup=so-tinh-mau');
    assert.deepEqual(
      body.units.map((u) => [u.unitCode, u.total, u.rank, u.rankChange, u.rankChangeReason, u.scoreChange, u.band?.code ?? null]),
      [
        ['SYT', 90, 1, 1, null, 13, 'A'],
        ['SVHTTDL', 83, 2, -1, null, -2, 'B'],
        ['STC', 80, 3, null, 'not-ranked', null, 'B'],
        ['SGDDT', 75, 4, -2, null, -2, null],
      ],
    );
    assert.equal(body.units[2]!.scoreChangeReason, 'no-total');
  });

  it('shows where a unit lost its points, largest loss first', async () => {
    const { status, body } = await t.get<UnitScorecardResponse>('/api/units/SVHTTDL/scorecard?year=2023');
    assert.equal(status, 200);
    const [parCard] = body.families;
    assert.equal(parCard!.family, 'par');
    assert.deepEqual([parCard!.result.total, parCard!.result.rank, parCard!.result.peerCount], [83, 2, 4]);
    assert.deepEqual(
      parCard!.nodes.map((n) => [n.code, n.maxPoints, n.achieved, n.lost]),
      [
        ['impact', 22, 16, 6],
        ['steering', 12, 10, 2],
        ['procedure-reform', 14, 12, 2],
        ['civil-service-reform', 13, 11, 2],
        ['e-government', 14, 12, 2],
        ['institutional-reform', 9, 8, 1],
        ['organisation-reform', 8, 7, 1],
        ['public-finance-reform', 8, 7, 1],
      ],
    );
    const stc = await t.get<UnitScorecardResponse>('/api/units/STC/scorecard?year=2022');
    const impact = stc.body.families[0]!.nodes.find((n) => n.code === 'impact')!;
    assert.deepEqual([impact.achieved, impact.missingReason], [null, 'Để trống trong tệp / blank in the file']);
    assert.equal(stc.body.families[0]!.nodes.at(-1)!.code, 'impact', 'missing nodes come last');
  });

  it('loads the long form and breaks the trend where the PAPI methodology changed', async () => {
    assert.deepEqual([papi.status, papi.rowsRead, papi.rowsLoaded, papi.rowsRejected], ['done', 30, 28, 2], JSON.stringify(papi));
    const { body: detail } = await t.get<EtlJobDetail>(`/api/etl/jobs/${papi.id}`);
    assert.deepEqual(detail.errors.map((e) => [e.line, e.value]), [
      [30, 'e-governance-typo'],
      [31, 'environmental-governance'],
    ]);
    const trend = await t.get<UnitTrendsResponse>('/api/units/X/trends?family=papi');
    assert.deepEqual(
      trend.body.points.map((p) => [p.year, p.total, p.rank, p.peerCount, p.frameworkVersion, p.methodologyBreak, p.breakReason]),
      [
        [2017, 36, 1, 2, '2011-2017', false, null],
        [2018, 40, 2, 2, '2018', true, 'methodology-changed'],
      ],
    );
    const scores = await t.get<IndexScoresResponse>('/api/indices/papi/scores?year=2018');
    assert.deepEqual(
      scores.body.units.map((u) => [u.unitCode, u.rank, u.quartileGroup, u.band?.code, u.rankChange, u.rankChangeReason]),
      [
        ['Y', 1, 'highest', 'highest', null, 'methodology-changed'],
        ['X', 2, 'lowest', 'lowest', null, 'methodology-changed'],
      ],
    );
  });

  it('lists families with their frameworks and loaded years, and serves a framework', async () => {
    const { body } = await t.get<IndexFamilySummary[]>('/api/indices');
    const byFamily = new Map(body.map((f) => [f.family, f]));
    assert.deepEqual(byFamily.get('par')!.years, [2022, 2023]);
    assert.deepEqual(byFamily.get('papi')!.years, [2017, 2018]);
    assert.deepEqual(byFamily.get('papi')!.frameworks.map((f) => f.version), ['2011-2017', '2018']);
    const framework = await t.get<{ version: string; nodes: unknown[] }>('/api/indices/papi/frameworks/2016');
    assert.deepEqual([framework.status, framework.body.version, framework.body.nodes.length], [200, '2011-2017', 6]);
  });

  it('answers unknown families, units and years with 4xx JSON', async () => {
    const family = await t.get<{ code: string }>('/api/indices/nope/scores?year=2022');
    assert.equal(family.status, 400);
    const year = await t.get<{ code: string }>('/api/indices/par/frameworks/2005');
    assert.deepEqual([year.status, year.body.code], [404, 'no_framework']);
    const unit = await t.get<{ code: string }>('/api/units/NOPE/scorecard?year=2022');
    assert.deepEqual([unit.status, unit.body.code], [404, 'no_scores']);
    const group = await t.get<{ code: string }>('/api/indices/par/scores?year=2022&peerGroup=other');
    assert.deepEqual([group.status, group.body.code], [404, 'unknown_peer_group']);
    const unlabelled = join(t.installation.config.dataDir, 'diem-2019.csv');
    writeFileSync(unlabelled, 'unit_code,year,node_code,score\nX,2019,participation,5\n');
    const noFamily = await t.upload<EtlJobSummary>(unlabelled);
    assert.equal(noFamily.body.status, 'failed');
    assert.match(noFamily.body.message ?? '', /index family .* or a file name that says it/);
    const named = await t.upload<EtlJobSummary>(unlabelled, {}, 'papi-2019.csv');
    assert.deepEqual([named.body.kind, named.body.status, named.body.rowsLoaded], ['scores', 'done', 1]);
  });

  it('reads a wide score sheet from XLSX, columns named in Vietnamese', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('PAPI 2024');
    sheet.addRow(['Mã đơn vị', 'Tên đơn vị', 'Năm', 'Tham gia của người dân ở cấp cơ sở', 'Công khai, minh bạch', 'Trách nhiệm giải trình với người dân', 'Kiểm soát tham nhũng', 'Thủ tục hành chính công', 'Cung ứng dịch vụ công', 'Quản trị môi trường', 'Quản trị điện tử']);
    sheet.addRow(['LCH', 'Lai Châu', 2024, 5.1, 5.2, 5.3, 6.4, 7.5, 7.6, 3.7, 4.8]);
    sheet.addRow(['DTH', 'Đồng Tháp', 2024, 5, 5, 5, 6, 7, 7, 4, 5]);
    const path = join(t.installation.config.dataDir, 'papi-2024.xlsx');
    await workbook.xlsx.writeFile(path);
    const { body: job } = await t.upload<EtlJobSummary>(path);
    assert.deepEqual([job.kind, job.status, job.rowsLoaded, job.rowsRejected], ['scores', 'done', 2, 0], job.message ?? '');
    const { body } = await t.get<IndexScoresResponse>('/api/indices/papi/scores?year=2024');
    // 5,1 + 5,2 + 5,3 + 6,4 + 7,5 + 7,6 + 3,7 + 4,8 = 45,6 against 5 + 5 + 5 + 6 + 7 + 7 + 4 + 5 = 44
    assert.deepEqual(body.units.map((u) => [u.unitCode, u.total, u.rank, u.peerCount]), [
      ['LCH', 45.6, 1, 2],
      ['DTH', 44, 2, 2],
    ]);
  });

  it('keeps units with their validity and successor, as the 2025 merger needs', async () => {
    const load = await t.upload<EtlJobSummary>(join(FIXTURES, 'provinces-merger.csv'));
    assert.deepEqual([load.body.kind, load.body.status, load.body.rowsLoaded, load.body.rowsRejected], ['agencies', 'done', 5, 3]);
    const { body: detail } = await t.get<EtlJobDetail>(`/api/etl/jobs/${load.body.id}`);
    assert.deepEqual(detail.errors.map((e) => [e.line, e.column]), [
      [7, 'Hiệu lực từ'],
      [8, 'Loại'],
      [9, 'Hiệu lực đến'],
    ]);
    const { body } = await t.get<UnitSummary[]>('/api/units');
    const bacGiang = body.find((u) => u.code === 'BGI')!;
    assert.deepEqual([bacGiang.kind, bacGiang.validTo, bacGiang.successorCode], ['province', '2025-06-30', 'BNI']);
    assert.deepEqual(
      body.filter((u) => u.kind === 'province' && u.validTo === null).map((u) => u.code),
      ['BNI', 'DTH', 'LCH'],
    );
  });

  it('prints the scores endpoint JSON from the CLI, and a ranked table', async () => {
    const endpoint = (await t.get<IndexScoresResponse>('/api/indices/par/scores?year=2023')).body;
    await t.app.close(); // one process at a time on the embedded engine
    const dataDir = t.installation.config.dataDir;
    const json = runCli(dataDir, 'scores', '--family', 'par', '--year', '2023', '--json');
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), endpoint);
    const table = runCli(dataDir, 'scores', '--family', 'par', '--year', '2023');
    assert.match(table.stdout, /2\/4\s+SVHTTDL\s+Sở Văn hóa, Thể thao và Du lịch\s+83,00\s+-1\s+Nhóm B/);
  });
});
