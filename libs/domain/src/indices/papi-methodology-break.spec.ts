// PAPI went from 6 dimensions (2011–2017, 6–60) to 8 (2018+, 10–80): a province's 2017 and 2018
// results are scored under different frameworks and must not be compared.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { frameworkFor } from './framework-lookup';
import { rankChange } from './rank-change';
import { computeTotal } from './totals';
import { parseFramework } from './validate-framework';

const load = (version: string) => {
  const file = `data/frameworks/papi/${version}.json`;
  return parseFramework(JSON.parse(readFileSync(join(__dirname, '../../../..', file), 'utf8')), file);
};
const frameworks = [load('2011-2017'), load('2018')];
const PROVINCES = ['LC', 'HUE', 'HN'];

const six = { participation: 5.1, transparency: 6.2, 'vertical-accountability': 5.3, 'control-of-corruption': 6.4, 'public-administrative-procedures': 7.1, 'public-service-delivery': 7.2 };
const eight2018 = { participation: 5, transparency: 6, 'vertical-accountability': 5.5, 'control-of-corruption': 6.5, 'public-administrative-procedures': 7, 'public-service-delivery': 7.5, 'environmental-governance': 4, 'e-governance': 3.5 };
const eight2019 = { ...eight2018, participation: 5.2504 };

describe('PAPI methodology break between 2017 and 2018', () => {
  const f2017 = frameworkFor(frameworks, 'papi', 2017)!;
  const f2018 = frameworkFor(frameworks, 'papi', 2018)!;
  const f2019 = frameworkFor(frameworks, 'papi', 2019)!;
  it('scores 2017 under the 6-dimension framework and 2018 on under the 8-dimension one', () => {
    assert.deepEqual([f2017.version, f2018.version, f2019.version], ['2011-2017', '2018', '2018']);
  });
  it('totals each year on its own scale', () => {
    // 5.1 + 6.2 + 5.3 + 6.4 + 7.1 + 7.2 = 37.3 (of 60)
    assert.equal(computeTotal(f2017, six).total, 37.3);
    // 5 + 6 + 5.5 + 6.5 + 7 + 7.5 + 4 + 3.5 = 45 (of 80)
    assert.equal(computeTotal(f2018, eight2018).total, 45);
  });
  it('gives a 2018 row with only the six old dimensions no total', () => {
    const result = computeTotal(f2018, six);
    assert.equal(result.total, null);
    assert.deepEqual(result.missing, ['environmental-governance', 'e-governance']);
  });
  it('refuses to compare 2017 with 2018, even for the same provinces', () => {
    const y2017 = { framework: f2017.version, peers: PROVINCES, rank: 2, total: 37.3 };
    const y2018 = { framework: f2018.version, peers: PROVINCES, rank: 1, total: 45 };
    assert.deepEqual(rankChange(y2017, y2018), {
      rank: { value: null, reason: 'methodology-changed' },
      score: { value: null, reason: 'methodology-changed' },
    });
  });
  it('compares 2018 with 2019', () => {
    // 45.2504 − 45 = 0.2504; rank 1 → 1
    const total2019 = computeTotal(f2019, eight2019).total;
    assert.equal(total2019, 45.2504);
    const y2018 = { framework: f2018.version, peers: PROVINCES, rank: 1, total: 45 };
    const y2019 = { framework: f2019.version, peers: PROVINCES, rank: 1, total: total2019 };
    assert.deepEqual(rankChange(y2018, y2019), { rank: { value: 0, reason: null }, score: { value: 0.2504, reason: null } });
  });
});
