import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DossierBreakdownResponse, DossierStatsResponse, EtlJobDetail, EtlJobSummary } from '@cchc/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURE = join(process.cwd(), 'etl/src/testing/fixtures/dossiers-hand-count.csv');

describe('dossier statistics through upload → ETL → ClickHouse → API', () => {
  let t: TestApp;
  let job: EtlJobSummary;

  before(async () => {
    t = await startTestApp();
    const response = await t.upload<EtlJobSummary>(FIXTURE);
    assert.equal(response.status, 201);
    job = response.body;
  });
  after(() => t.close());

  it('records the load with exact row counts', () => {
    assert.equal(job.status, 'done');
    assert.equal(job.kind, 'dossiers');
    assert.equal(job.profile, 'canonical-dossiers');
    assert.deepEqual([job.rowsRead, job.rowsLoaded, job.rowsRejected], [12, 8, 4]);
  });

  it('reports each rejected row with its line, column and reason', async () => {
    const { body } = await t.get<EtlJobDetail>(`/api/etl/jobs/${job.id}`);
    assert.deepEqual(
      body.errors.map((e) => [e.line, e.column, e.value]),
      [
        [2, 'Mã hồ sơ', 'HS06'],
        [8, 'Ngày tiếp nhận', '31/02/2023 08:00'],
        [11, 'Hình thức nộp', 'Fax'],
        [12, 'Mã TTHC', ''],
      ],
    );
    const headers = { authorization: `Bearer ${await t.tokenOf('admin')}` };
    const csv = Buffer.from(await (await fetch(`${t.url}/api/etl/jobs/${job.id}/errors.csv`, { headers })).arrayBuffer());
    assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM for Excel');
    assert.match(csv.toString('utf8'), /\r\n8,Ngày tiếp nhận,31\/02\/2023 08:00,Ngày không hợp lệ/);
  });

  it('gives the hand-counted official H1 2023 figures', async () => {
    const { status, body } = await t.get<DossierStatsResponse>('/api/dossiers/stats?agency=SVHTTDL&period=2023-H1');
    assert.equal(status, 200);
    const { period, agency, filters, ...figures } = body;
    assert.equal(agency, 'SVHTTDL');
    assert.deepEqual(filters, {});
    assert.equal(period.code, '2023-H1');
    assert.deepEqual(figures, {
      from: '2022-12-15',
      to: '2023-06-14',
      received: 4,
      receivedOnline: 2,
      receivedDirect: 2,
      receivedPostal: 0,
      carriedOver: 2,
      resolved: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      pending: 3,
      pendingWithinDeadline: 1,
      pendingOverdue: 2,
      onlineRate: 50,
      onTimeRate: 66.67,
      digitizedRate: 100,
      signedRate: 100,
      paidOnlineRate: 25,
    });
  });

  it('filters by department and breaks down by month', async () => {
    const { body } = await t.get<DossierStatsResponse>(
      `/api/dossiers/stats?agency=SVHTTDL&period=2023-H1&department=${encodeURIComponent('Phòng Quản lý TDTT')}`,
    );
    assert.deepEqual([body.received, body.pending, body.pendingOverdue], [2, 2, 1]);
    const months = await t.get<DossierBreakdownResponse>('/api/dossiers/stats/breakdown?agency=SVHTTDL&period=2023-H1&by=month');
    assert.deepEqual(
      months.body.rows.map((r) => [r.key, r.received, r.resolved]),
      [
        ['2023-01', 1, 1],
        ['2023-02', 0, 1],
        ['2023-03', 1, 1],
        ['2023-04', 0, 0],
        ['2023-05', 0, 0],
        ['2023-06', 2, 0],
      ],
    );
  });

  it('gives calendar-period figures on request', async () => {
    const { body } = await t.get<DossierStatsResponse>('/api/dossiers/stats?agency=SVHTTDL&period=2023-H1&calendar=true');
    assert.deepEqual([body.from, body.to, body.received, body.carriedOver], ['2023-01-01', '2023-06-30', 5, 1]);
  });

  it('changes no figure when the same file is loaded again', async () => {
    const again = await t.upload<EtlJobSummary>(FIXTURE);
    assert.equal(again.body.status, 'skipped');
    const { body } = await t.get<DossierStatsResponse>('/api/dossiers/stats?agency=SVHTTDL&period=2023-H1');
    assert.deepEqual([body.received, body.resolved, body.pending], [4, 3, 3]);
  });

  it('lets a later export replace earlier versions of the same dossiers', async () => {
    const updated = join(t.installation.config.dataDir, 'later-export.csv');
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    // HS07's result moves from after the period (20/06) to inside it (12/06, late against 05/06)
    writeFileSync(updated, [lines[0], lines[9]!.replace('20/06/2023 10:00', '12/06/2023 10:00')].join('\n'));
    const load = await t.upload<EtlJobSummary>(updated);
    assert.equal(load.body.rowsLoaded, 1, JSON.stringify(load.body));
    const { body } = await t.get<DossierStatsResponse>('/api/dossiers/stats?agency=SVHTTDL&period=2023-H1');
    assert.deepEqual([body.received, body.resolved, body.resolvedLate, body.pending, body.pendingOverdue], [4, 4, 2, 2, 1]);
  });

  it('answers caller mistakes with 4xx JSON and a stable code', async () => {
    const badPeriod = await t.get<{ code: string; message: string }>('/api/dossiers/stats?agency=SVHTTDL&period=2023-Q5');
    assert.equal(badPeriod.status, 400);
    assert.equal(badPeriod.body.code, 'invalid_request');
    const unknown = await t.get<{ code: string }>('/api/dossiers/stats?agency=NOPE&period=2023');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'unknown_agency']);
    const month13 = await t.get<{ code: string }>('/api/dossiers/stats?agency=SVHTTDL&period=2023-13');
    assert.deepEqual([month13.status, month13.body.code], [400, 'invalid_period']);
  });
});
