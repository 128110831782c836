import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { EtlJobSummary, IndexScoresResponse, UnitScorecardResponse, UnitTrendsResponse } from '@cchc/domain';
import { generateSamples } from '@cchc/samples';
import { startTestApp, type TestApp } from '../../testing/test-app';

describe("the sample province's published scores, loaded as the quick start loads them", () => {
  let t: TestApp;
  let jobs: EtlJobSummary[];

  before(async () => {
    t = await startTestApp();
    const { files } = await generateSamples({ outDir: join(t.installation.config.dataDir, 'samples'), kinds: ['scores', 'surveys'] });
    // no family given: each file says it in its name, as files dropped in the inbox do
    jobs = [];
    for (const file of files) jobs.push((await t.upload<EtlJobSummary>(file)).body);
  });
  after(() => t.close());

  it('loads every score file whole', () => {
    assert.deepEqual(
      jobs.map((job) => [job.fileName, job.kind, job.status, job.rowsRejected, job.message]),
      [
        ['scores-par-TM.csv', 'scores', 'done', 0, null],
        ['scores-ddci-TM.csv', 'scores', 'done', 0, null],
        ['scores-sipas-TM.csv', 'scores', 'done', 0, null],
        ['scores-papi-VN.csv', 'scores', 'done', 0, null],
        ['survey-sipas-TM-2021.csv', 'survey', 'done', 0, null],
        ['survey-ddci-TM-2025.csv', 'survey', 'done', 0, null],
      ],
    );
  });

  it("tells the seeds' story: PAR INDEX 11/15 in 2021, 15/15 in 2022 under the new methodology", async () => {
    const trend = await t.get<UnitTrendsResponse>('/api/units/SVHTTDL/trends?family=par');
    const points = new Map(trend.body.points.map((p) => [p.year, p]));
    assert.deepEqual([points.get(2021)!.rank, points.get(2021)!.peerCount], [11, 15]);
    assert.deepEqual([points.get(2022)!.rank, points.get(2022)!.peerCount, points.get(2022)!.breakReason], [15, 15, 'methodology-changed']);
    const scores = await t.get<IndexScoresResponse>('/api/indices/par/scores?year=2022');
    const culture = scores.body.units.find((u) => u.unitCode === 'SVHTTDL')!;
    assert.deepEqual([culture.rank, culture.peerCount, culture.rankChange, culture.rankChangeReason], [15, 15, null, 'methodology-changed']);
  });

  it('DDCI 13/21 in 2022, then 19/20 in a smaller block whose rank change is not compared', async () => {
    const card = await t.get<UnitScorecardResponse>('/api/units/SVHTTDL/scorecard?year=2023');
    const ddci = card.body.families.find((f) => f.family === 'ddci')!.result;
    assert.deepEqual([ddci.rank, ddci.peerCount, ddci.rankChange, ddci.rankChangeReason], [19, 20, null, 'peer-group-changed']);
    const before2023 = await t.get<IndexScoresResponse>('/api/indices/ddci/scores?year=2022');
    const culture = before2023.body.units.find((u) => u.unitCode === 'SVHTTDL')!;
    assert.deepEqual([culture.rank, culture.peerCount], [13, 21]);
  });

  it("shows where Sở VHTTDL lost its 2022 PAR INDEX points: e-government, procedures and public finance first among the fields' shares", async () => {
    const card = await t.get<UnitScorecardResponse>('/api/units/SVHTTDL/scorecard?year=2022');
    const par = card.body.families.find((f) => f.family === 'par')!;
    const share = (code: string) => {
      const node = par.nodes.find((n) => n.code === code)!;
      return node.lost! / node.maxPoints;
    };
    const weakest = ['e-government', 'procedure-reform', 'public-finance-reform'];
    const others = par.nodes.filter((n) => !weakest.includes(n.code)).map((n) => share(n.code));
    for (const code of weakest) assert.ok(share(code) > Math.max(...others), `${code} loses a larger share than any other field`);
  });

  it('computes SIPAS 2021 and DDCI 2025 from the raw answers, with totals and ranks for every unit', async () => {
    const sipas = await t.get<IndexScoresResponse>('/api/indices/sipas/scores?year=2021');
    assert.equal(sipas.body.units.length, 20);
    assert.ok(sipas.body.units.every((u) => u.total !== null && u.rank !== null));
    const culture = sipas.body.units.find((u) => u.unitCode === 'SVHTTDL')!;
    assert.ok(culture.total! > 74 && culture.total! < 86, `SIPAS around 80%: ${culture.total}`);
    const ddci = await t.get<IndexScoresResponse>('/api/indices/ddci/scores?year=2025');
    assert.equal(ddci.body.units.length, 20);
    assert.ok(ddci.body.units.every((u) => u.total !== null && u.total >= 10 && u.total <= 100));
  });
});
