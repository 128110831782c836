import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFramework } from './validate-framework';
import { pointsLost } from './points-lost';

const node = (code: string, maxPoints: number, extra: object = {}) => ({
  code, nameVi: `Lĩnh vực ${code}`, nameEn: `Field ${code}`, maxPoints, direction: 'higher-better', source: 'appraised', ...extra,
});
const base = { version: 'test', yearFrom: 2022, yearTo: null, direction: 'higher-better', confidence: 'unverified' };

describe('pointsLost, where points add up (PAR INDEX)', () => {
  const par = parseFramework(
    {
      ...base, family: 'par', scale: { min: 0, max: 35, decimals: 2 }, aggregation: 'sum',
      nodes: [
        node('steering', 12),
        node('institutions', 9),
        { ...node('procedures', 14), aggregation: 'sum', children: [node('procedures.1', 8), node('procedures.2', 6)] },
      ],
    },
    'par-test.json',
  );
  it('lists max − achieved per node, largest loss first, with parent and depth', () => {
    // steering 12 − 10.5 = 1.5; institutions 9 − 9 = 0; procedures.1 8 − 5.75 = 2.25; procedures.2 6 − 5.25 = 0.75;
    // procedures (derived 5.75 + 5.25 = 11) 14 − 11 = 3
    const lost = pointsLost(par, { steering: 10.5, institutions: 9, 'procedures.1': 5.75, 'procedures.2': 5.25 });
    assert.deepEqual(
      lost.map((l) => [l.code, l.parentCode, l.depth, l.maxPoints, l.achieved, l.lost, l.lostOfTotal]),
      [
        ['procedures', null, 0, 14, 11, 3, 3],
        ['procedures.1', 'procedures', 1, 8, 5.75, 2.25, 2.25],
        ['steering', null, 0, 12, 10.5, 1.5, 1.5],
        ['procedures.2', 'procedures', 1, 6, 5.25, 0.75, 0.75],
        ['institutions', null, 0, 9, 9, 0, 0],
      ],
    );
    assert.deepEqual([lost[2].nameVi, lost[2].nameEn], ['Lĩnh vực steering', 'Field steering']);
  });
  it('takes the loss exactly (12 − 11.7 = 0.3) and keeps framework order between equal losses', () => {
    const lost = pointsLost(par, { steering: 11.7, institutions: 8.7, procedures: 14 });
    assert.deepEqual(lost.map((l) => [l.code, l.lost]), [['steering', 0.3], ['institutions', 0.3], ['procedures', 0]]);
  });
  it('leaves out nodes without a score', () => {
    assert.deepEqual(pointsLost(par, { steering: 12 }).map((l) => l.code), ['steering']);
  });
});

describe('pointsLost, weighted (DDCI) and averaged (SIPAS)', () => {
  it('sorts by what the loss costs the total, not by the raw loss', () => {
    const ddci = parseFramework(
      {
        ...base, family: 'ddci', scale: { min: 10, max: 100, decimals: 2 }, aggregation: 'weighted-sum',
        nodes: [node('heavy', 10, { minPoints: 1, weight: 3 }), node('light', 10, { minPoints: 1, weight: 1 })],
      },
      'ddci-test.json',
    );
    // heavy: 10 − 5 = 5 points, each worth 100 × 3 ÷ (4 × 10) = 7.5 of the total → 37.5
    // light: 10 − 2 = 8 points, each worth 100 × 1 ÷ (4 × 10) = 2.5 → 20
    assert.deepEqual(
      pointsLost(ddci, { heavy: 5, light: 2 }).map((l) => [l.code, l.lost, l.lostOfTotal]),
      [['heavy', 5, 37.5], ['light', 8, 20]],
    );
  });
  it('divides by the number of elements under a mean', () => {
    const sipas = parseFramework(
      {
        ...base, family: 'sipas', scale: { min: 0, max: 100, decimals: 2 }, aggregation: 'mean',
        nodes: [node('a', 100), node('b', 100), node('c', 100), node('d', 100)],
      },
      'sipas-test.json',
    );
    // a: 100 − 70 = 30 → 30 ÷ 4 = 7.5 of the overall index; b: 100 − 95 = 5 → 1.25
    const lost = pointsLost(sipas, { a: 70, b: 95, c: 100, d: 100 });
    assert.deepEqual(lost.slice(0, 2).map((l) => [l.code, l.lost, l.lostOfTotal]), [['a', 30, 7.5], ['b', 5, 1.25]]);
  });
  it('leaves out lower-better nodes', () => {
    const par = parseFramework(
      {
        ...base, family: 'par', scale: { min: 0, max: 20, decimals: 2 }, aggregation: 'sum',
        nodes: [node('earned', 10), node('deductions', 10, { direction: 'lower-better' })],
      },
      'par-test.json',
    );
    assert.deepEqual(pointsLost(par, { earned: 6, deductions: 2 }).map((l) => l.code), ['earned']);
  });
});
