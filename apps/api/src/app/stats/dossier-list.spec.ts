import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type {
  DossierBreakdownResponse,
  DossierCohort,
  DossierListResponse,
  DossierStats,
  DossierStatsResponse,
  EtlJobSummary,
} from '@cchc/domain';
import { generateSamples } from '@cchc/samples';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURE = join(process.cwd(), 'etl/src/testing/fixtures/dossiers-hand-count.csv');

/** The figure of the official table each list drills from. */
const FIGURE: Record<DossierCohort, keyof DossierStats> = {
  received: 'received',
  resolved: 'resolved',
  late: 'resolvedLate',
  pending: 'pending',
  overdue: 'pendingOverdue',
};
const COHORTS = Object.keys(FIGURE) as DossierCohort[];

describe('dossier lists behind the official figures', () => {
  let t: TestApp;
  const list = async (query: string) => {
    const reply = await t.get<DossierListResponse>(`/api/dossiers/list?${query}`);
    assert.equal(reply.status, 200, JSON.stringify(reply.body));
    return reply.body;
  };

  before(async () => {
    t = await startTestApp();
    assert.equal((await t.upload<EtlJobSummary>(FIXTURE)).body.status, 'done');
    // the synthetic Sở Y tế of the sample province: thousands of dossiers, late and overdue ones among them
    const { files } = await generateSamples({
      outDir: join(t.installation.config.dataDir, 'samples'),
      until: '2024-12-31',
      agencies: ['SYT'],
      kinds: ['agencies', 'dossiers'],
    });
    for (const file of files) assert.equal((await t.upload<EtlJobSummary>(file)).body.status, 'done', file);
  });
  after(() => t.close());

  it('lists the hand-counted late dossier of H1 2023 with its days past due, in Vietnam time', async () => {
    const body = await list('agency=SVHTTDL&period=2023-H1&status=late');
    assert.deepEqual(
      [body.agency, body.period.code, body.status, body.offset, body.limit, body.total],
      ['SVHTTDL', '2023-H1', 'late', 0, 50, 1],
    );
    assert.deepEqual(body.items, [
      {
        dossierCode: 'HS04',
        procedureCode: '1.000003',
        procedureName: 'Công nhận điểm du lịch',
        field: 'Du lịch',
        department: 'Phòng Quản lý Du lịch',
        channel: 'online',
        receivedAt: '2022-12-01T08:00:00+07:00',
        dueAt: '2022-12-10T17:00:00+07:00',
        resultAt: '2022-12-16T09:00:00+07:00',
        standing: 'late',
        daysPastDue: 6,
      },
    ]);
  });

  it('lists the overdue dossiers at the period end, most days past due first, counted to the last day', async () => {
    const body = await list('agency=SVHTTDL&period=2023-H1&status=overdue');
    // HS07 was resolved on 20/06, after the period: at its end it was pending, due 05/06
    assert.deepEqual(
      body.items.map((d) => [d.dossierCode, d.standing, d.daysPastDue, d.resultAt]),
      [
        ['HS05', 'overdue', 171, null],
        ['HS07', 'overdue', 9, '2023-06-20T10:00:00+07:00'],
      ],
    );
    const pending = await list('agency=SVHTTDL&period=2023-H1&status=pending');
    assert.deepEqual(
      pending.items.map((d) => [d.dossierCode, d.standing, d.daysPastDue]),
      [
        ['HS05', 'overdue', 171],
        ['HS07', 'overdue', 9],
        ['HS02', 'pending', null],
      ],
      'a dossier received at 23:59 on the last day is pending; one at 00:00 the next day is not in the period',
    );
  });

  it('pages through a cohort with the total of all its pages', async () => {
    const agency = 'agency=SYT&period=2023&status=resolved';
    const whole = await list(`${agency}&limit=1000`);
    assert.ok(whole.total > 100, `a year of resolved dossiers: ${whole.total}`);
    const first = await list(`${agency}&limit=40`);
    const second = await list(`${agency}&offset=40&limit=40`);
    assert.deepEqual([first.total, second.total, first.items.length, second.items.length], [whole.total, whole.total, 40, 40]);
    assert.deepEqual([...first.items, ...second.items], whole.items.slice(0, 80));
    const beyond = await list(`${agency}&offset=${whole.total}`);
    assert.deepEqual([beyond.total, beyond.items], [whole.total, []]);
  });

  it('gives as many dossiers as the statistics count, for every figure, period kind and filter', async () => {
    const departments = await t.get<DossierBreakdownResponse>('/api/dossiers/stats/breakdown?agency=SYT&period=2023&by=department');
    const procedures = await t.get<DossierBreakdownResponse>('/api/dossiers/stats/breakdown?agency=SYT&period=2023&by=procedure');
    const queries = [
      'agency=SYT&period=2023',
      'agency=SYT&period=2023-H1&calendar=true',
      'agency=SYT&period=2024-Q3',
      'agency=SYT&period=2023-06',
      `agency=SYT&period=2023&department=${encodeURIComponent(departments.body.rows[0]!.key)}`,
      `agency=SYT&period=2023&procedure=${encodeURIComponent(procedures.body.rows[0]!.key)}`,
      'agency=SVHTTDL&period=2023-H1',
    ];
    let late = 0;
    let overdue = 0;
    for (const query of queries) {
      const stats = (await t.get<DossierStatsResponse>(`/api/dossiers/stats?${query}`)).body;
      for (const cohort of COHORTS) {
        const body = await list(`${query}&status=${cohort}&limit=1000`);
        assert.equal(body.total, stats[FIGURE[cohort]], `${cohort} of ${query}`);
        assert.equal(body.items.length, Math.min(body.total, 1000), `${cohort} of ${query}: items`);
      }
      late += stats.resolvedLate;
      overdue += stats.pendingOverdue;
    }
    assert.ok(late > 0 && overdue > 0, `the samples hold late (${late}) and overdue (${overdue}) dossiers to compare`);
  });

  it('marks every listed dossier as its cohort counts it', async () => {
    const late = await list('agency=SYT&period=2023&status=late&limit=1000');
    assert.ok(late.items.every((d) => d.standing === 'late' && d.daysPastDue! > 0 && d.resultAt! > d.dueAt));
    const days = late.items.map((d) => d.daysPastDue!);
    assert.deepEqual(
      days,
      [...days].sort((a, b) => b - a),
      'most days past due first',
    );
    const received = await list('agency=SYT&period=2023-06&status=received&limit=1000');
    assert.ok(received.items.every((d) => d.receivedAt >= '2023-05-15' && d.receivedAt < '2023-06-15'));
  });

  it('answers caller mistakes with 400 and an unknown agency with 404', async () => {
    for (const query of [
      'agency=SYT&period=2023&status=lost',
      'agency=SYT&period=2023',
      'agency=SYT&period=2023&status=late&limit=1001',
      'agency=SYT&period=2023&status=late&offset=-1',
    ]) {
      const reply = await t.get<{ code: string }>(`/api/dossiers/list?${query}`);
      assert.deepEqual([reply.status, reply.body.code], [400, 'invalid_request'], query);
    }
    const unknown = await t.get<{ code: string }>('/api/dossiers/list?agency=NOPE&period=2023&status=late');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'unknown_agency']);
  });
});
