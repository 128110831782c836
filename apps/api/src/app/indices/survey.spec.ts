import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EtlJobDetail, EtlJobSummary, IndexScoresResponse, UnitScorecardResponse } from '@cchc/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');

describe('raw survey answers → SIPAS and DDCI scores (hand-computed fixtures)', () => {
  let t: TestApp;
  let sipas: EtlJobSummary;
  let ddci: EtlJobSummary;

  before(async () => {
    t = await startTestApp();
    sipas = (await t.upload<EtlJobSummary>(join(FIXTURES, 'sipas-answers.csv'), { family: 'sipas' })).body;
    ddci = (await t.upload<EtlJobSummary>(join(FIXTURES, 'ddci-answers.csv'), { family: 'ddci' })).body;
  });
  after(() => t.close());

  it('counts satisfied answers per element and reports the answers it could not count', async () => {
    assert.deepEqual([sipas.kind, sipas.status, sipas.rowsRead, sipas.rowsLoaded, sipas.rowsRejected], ['survey', 'done', 19, 15, 4], JSON.stringify(sipas));
    const { body: detail } = await t.get<EtlJobDetail>(`/api/etl/jobs/${sipas.id}`);
    assert.deepEqual(
      detail.errors.map((e) => [e.line, e.reasonEn]),
      [
        [17, 'The respondent already answered this question'],
        [18, 'Question not in the framework'],
        [19, 'Answer outside the scale'],
        [20, 'No framework for this year'],
      ],
    );
    const { body } = await t.get<IndexScoresResponse>('/api/indices/sipas/scores?year=2020');
    assert.deepEqual(
      body.units.map((u) => [u.unitCode, u.unitName, u.total, u.rank, u.peerCount]),
      [
        ['U2', 'Sở Hai', 100, 1, 2],
        ['U1', 'Sở Một', 70, 2, 2],
      ],
    );
    const card = await t.get<UnitScorecardResponse>('/api/units/U1/scorecard?year=2020');
    const achieved = Object.fromEntries(card.body.families[0]!.nodes.map((n) => [n.code, n.achieved]));
    assert.deepEqual(achieved, { access: 100, procedure: 50, 'civil-servant': 50, result: 100, 'feedback-handling': 50 });
  });

  it('normalises business-survey indicators 1–10 across the block, inverted where lower is better', async () => {
    assert.deepEqual([ddci.status, ddci.rowsRead, ddci.rowsLoaded, ddci.rowsRejected], ['done', 8, 7, 1], JSON.stringify(ddci));
    const scoreOf = async (unit: string) => {
      const card = await t.get<UnitScorecardResponse>(`/api/units/${unit}/scorecard?year=2019`);
      const nodes = card.body.families.find((f) => f.family === 'ddci')!.nodes;
      return ['transparency.documents', 'time-cost.procedure-days'].map((code) => nodes.find((n) => n.code === code)!.achieved);
    };
    assert.deepEqual(await scoreOf('A'), [5.5, 10]);
    assert.deepEqual(await scoreOf('B'), [10, 5.5]);
    assert.deepEqual(await scoreOf('C'), [1, 1]);
    const { body } = await t.get<IndexScoresResponse>('/api/indices/ddci/scores?year=2019');
    // most indicators were not surveyed: no unit gets a total, and none a rank
    assert.ok(body.units.every((u) => u.total === null && u.rank === null && u.peerCount === 3 && u.missing.length > 0));
  });

  it('refuses survey answers for a family that is not computed from a survey', async () => {
    const file = join(t.installation.config.dataDir, 'khao-sat.csv');
    writeFileSync(file, 'unit_code,period,indicator_code,value\nA,2019,participation,3\n');
    const { body } = await t.upload<EtlJobSummary>(file, { family: 'papi' });
    assert.equal(body.status, 'failed');
    assert.match(body.message ?? '', /SIPAS or DDCI only/);
  });
});
