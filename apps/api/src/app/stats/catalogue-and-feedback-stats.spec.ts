import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { D766EstimateResponse, DossierStatsResponse, EtlJobSummary, FeedbackStatsResponse, ProcedureStatsResponse } from '@cchc/domain';
import { runCli as cli } from '../../testing/cli';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');

describe('procedure catalogue and feedback statistics (hand-counted fixtures, API and CLI)', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
    const uploads = [
      await t.upload<EtlJobSummary>(join(FIXTURES, 'dossiers-hand-count.csv')),
      await t.upload<EtlJobSummary>(join(FIXTURES, 'procedures-hand-count.csv'), { agency: 'SVHTTDL', asOf: '2023-01-01' }),
      await t.upload<EtlJobSummary>(join(FIXTURES, 'feedback-hand-count.csv')),
    ];
    for (const { status, body } of uploads) assert.deepEqual([status, body.status], [201, 'done'], JSON.stringify(body));
    assert.deepEqual(
      uploads.map(({ body }) => [body.kind, body.rowsLoaded, body.rowsRejected]),
      [
        ['dossiers', 8, 4],
        ['procedures', 6, 1],
        ['feedback', 8, 1],
      ],
    );
  });
  after(() => t.close());

  it('counts the catalogue in force at the end of H1 2023', async () => {
    const { status, body } = await t.get<ProcedureStatsResponse>('/api/procedures/stats?agency=SVHTTDL&period=2023-H1');
    assert.equal(status, 200);
    const { period, ...figures } = body;
    assert.equal(period.code, '2023-H1');
    assert.deepEqual(figures, {
      agency: 'SVHTTDL',
      from: '2022-12-15',
      to: '2023-06-14',
      catalogueAsOf: '2023-01-01',
      total: 6,
      byLevel: { province: 4, district: 1, commune: 1 },
      online: { full: 4, partial: 1, none: 1 },
      withFees: 3,
      withOnlinePayment: 2,
      onlinePaymentRate: 66.67,
      fullOnlineShare: 80,
      fullOnlineWithDossiers: 1,
      fullOnlineWithDossiersRate: 25,
    });
  });

  it('judges each period by its own catalogue snapshot', async () => {
    const later = join(t.installation.config.dataDir, 'danh-muc-2023-07.csv');
    // from July the province moves 1.000003 to fully online and withdraws 1.000005 and 1.000006
    writeFileSync(
      later,
      [
        'Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC trực tuyến,"Có phí, lệ phí",Thanh toán trực tuyến',
        '1.000001,Cấp giấy phép biểu diễn,Văn hóa,Cấp tỉnh,Toàn trình,Có,Có',
        '1.000002,Cấp giấy chứng nhận thể thao,Thể thao,Cấp tỉnh,Toàn trình,Không,Không',
        '1.000003,Công nhận điểm du lịch,Du lịch,Cấp tỉnh,Toàn trình,Có,Có',
        '1.000004,Đăng ký câu lạc bộ thể thao,Thể thao,Cấp huyện,Toàn trình,Có,Có',
      ].join('\n'),
    );
    const load = await t.upload<EtlJobSummary>(later, { agency: 'SVHTTDL', asOf: '2023-07-01' });
    assert.equal(load.body.status, 'done', JSON.stringify(load.body));
    const h1 = await t.get<ProcedureStatsResponse>('/api/procedures/stats?agency=SVHTTDL&period=2023-H1');
    assert.deepEqual([h1.body.catalogueAsOf, h1.body.total, h1.body.online.full], ['2023-01-01', 6, 4]);
    const year = await t.get<ProcedureStatsResponse>('/api/procedures/stats?agency=SVHTTDL&period=2023');
    assert.deepEqual([year.body.catalogueAsOf, year.body.total, year.body.online.full, year.body.fullOnlineShare], ['2023-07-01', 4, 4, 100]);
    assert.deepEqual([year.body.withFees, year.body.withOnlinePayment], [3, 3]);
    const before = await t.get<ProcedureStatsResponse>('/api/procedures/stats?agency=SVHTTDL&period=2022-H1');
    assert.deepEqual([before.body.catalogueAsOf, before.body.total, before.body.fullOnlineShare], [null, 0, null]);
  });

  it('counts feedback by the dossier rules: receipt, answer by calendar day, open at the end', async () => {
    const { status, body } = await t.get<FeedbackStatsResponse>('/api/feedback/stats?agency=SVHTTDL&period=2023-H1');
    assert.equal(status, 200);
    const { period, ...figures } = body;
    assert.equal(period.code, '2023-H1');
    assert.deepEqual(figures, {
      agency: 'SVHTTDL',
      department: null,
      from: '2022-12-15',
      to: '2023-06-14',
      received: 6,
      receivedBySource: { hotline1022: 3, portal: 1, direct: 1, other: 1 },
      answered: 4,
      answeredOnTime: 3,
      answeredLate: 1,
      open: 3,
      openWithinDeadline: 2,
      openOverdue: 1,
      onTimeRate: 75,
      satisfactionRate: 66.67,
    });
    const department = await t.get<FeedbackStatsResponse>(`/api/feedback/stats?agency=SVHTTDL&period=2023-H1&department=${encodeURIComponent('Phòng Quản lý Văn hóa')}`);
    assert.deepEqual([department.body.received, department.body.open, department.body.openOverdue, department.body.answered], [2, 2, 1, 0]);
  });

  it('estimates Decision 766 from the same figures, capped at each maximum and labelled as an estimate', async () => {
    const { status, body } = await t.get<D766EstimateResponse>('/api/indices/d766/estimate?agency=SVHTTDL&period=2023-H1&calendar=false');
    assert.equal(status, 200);
    assert.equal(body.estimate, true);
    const points = Object.fromEntries(body.groups.flatMap((g) => g.leaves).map((leaf) => [leaf.code, leaf.points]));
    assert.deepEqual(points, {
      'procedures-published-on-time': null,
      'procedures-updated-on-time': null,
      'procedures-complete': null,
      'dossiers-synchronised': null,
      'dossiers-on-time': 13.33, // on time 66,67% × 20 ÷ 100
      'results-electronic': 4, // signed 100% × 4 ÷ 100
      'dossiers-digitised': 6, // 100% × 6 ÷ 80 = 7,5 → capped at 6
      'digitised-data-reused': null,
      'dossiers-linked-to-citizen-store': null,
      'population-database-used': null,
      'procedures-online': 4, // 5 of 6 online = 83,33% × 4 ÷ 80 = 4,17 → capped at 4
      'online-services-used': 1, // 1 of 4 fully online received dossiers: 25% × 4 ÷ 100
      'dossiers-online': 6, // 50% × 6 ÷ 50
      'procedures-payment-integrated': 3.33, // 66,67% × 4 ÷ 80 = 3,3335 → 3,33
      'dossiers-paid-online': 1, // 25% × 4 ÷ 100
      'feedback-on-time': 4.5, // 75% × 6 ÷ 100
      'feedback-satisfaction': 4, // 66,67% × 6 ÷ 100 = 4,0002 → 4,00
      'procedure-satisfaction': null,
    });
    // 13,33 + (4 + 6) + (4 + 1 + 6 + 3,33 + 1) + (4,5 + 4) out of 20 + 10 + 22 + 12 measurable points
    assert.deepEqual([body.total, body.estimatedMaxPoints, body.maxPoints], [47.16, 64, 100]);
    assert.equal(body.frameworkVersion, '2022');
    assert.match(body.sources['dossiers-on-time']!, /trước hạn và đúng hạn/);
    const calendar = await t.get<D766EstimateResponse>('/api/indices/d766/estimate?agency=SVHTTDL&period=2023-H1');
    assert.deepEqual([calendar.body.period.from, calendar.body.period.to], ['2023-01-01', '2023-06-30']);
  });

  it('rejects caller mistakes on the new endpoints with 4xx JSON', async () => {
    const unknown = await t.get<{ code: string }>('/api/procedures/stats?agency=NOPE&period=2023');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'unknown_agency']);
    const badPeriod = await t.get<{ code: string }>('/api/feedback/stats?agency=SVHTTDL&period=2023-H3');
    assert.equal(badPeriod.status, 400);
  });

  it('prints from the CLI exactly the JSON of each endpoint, and a readable table without --json', async () => {
    const endpoints = {
      dossiers: (await t.get<DossierStatsResponse>('/api/dossiers/stats?agency=SVHTTDL&period=2023-H1')).body,
      procedures: (await t.get<ProcedureStatsResponse>('/api/procedures/stats?agency=SVHTTDL&period=2023-H1')).body,
      feedback: (await t.get<FeedbackStatsResponse>('/api/feedback/stats?agency=SVHTTDL&period=2023-H1')).body,
    };
    // the embedded engine admits one process: the API lets go of the data dir before the CLI opens it
    await t.app.close();
    const dataDir = t.installation.config.dataDir;
    const run = (command: string) => cli(dataDir, command, '--agency', 'SVHTTDL', '--period', '2023-H1', '--json');
    for (const [command, expected] of [
      ['stats', endpoints.dossiers],
      ['procedures-stats', endpoints.procedures],
      ['feedback-stats', endpoints.feedback],
    ] as const) {
      const printed = run(command);
      assert.equal(printed.status, 0, printed.stderr);
      assert.deepEqual(JSON.parse(printed.stdout), expected, command);
    }
    const table = cli(dataDir, 'procedures-stats', '--agency', 'SVHTTDL', '--period', '2023-H1');
    assert.equal(table.status, 0, table.stderr);
    assert.match(table.stdout, /6 tháng đầu năm 2023 \(15\/12\/2022 – 14\/06\/2023\)/);
    assert.match(table.stdout, /Tỷ lệ toàn trình \/ fully online share\s+80,00%/);
    assert.match(table.stdout, /Toàn trình có phát sinh hồ sơ \/ fully online with dossiers\s+1\/4 \(25,00%\)/);
    const unknown = cli(dataDir, 'stats', '--agency', 'NOPE', '--period', '2023');
    assert.deepEqual([unknown.status, unknown.stderr.trim()], [1, 'Không có cơ quan "NOPE"\nUnknown agency "NOPE"']);
  });
});
