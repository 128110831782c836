import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFramework } from './validate-framework';
import { estimateD766 } from './d766';

const leaf = (code: string, maxPoints: number, threshold: number) => ({
  code, nameVi: code, nameEn: code, maxPoints, direction: 'higher-better', source: 'computed', threshold,
});
const group = (code: string, maxPoints: number, children: object[]) => ({
  code, nameVi: code, nameEn: code, maxPoints, direction: 'higher-better', source: 'computed', aggregation: 'sum', children,
});
const small = parseFramework(
  {
    family: 'd766', version: 'test', yearFrom: 2022, yearTo: null, scale: { min: 0, max: 30, decimals: 2 },
    direction: 'higher-better', aggregation: 'sum', confidence: 'unverified',
    nodes: [group('G1', 20, [leaf('a', 12, 80), leaf('b', 8, 100)]), group('G2', 10, [leaf('c', 10, 50)])],
  },
  'd766-test.json',
);
const pointsOf = (ratios: Record<string, number | null>) =>
  estimateD766(small, ratios).groups.flatMap((group) => group.leaves.map((l) => l.points));

describe('estimateD766: points = min(max, ratio × max ÷ threshold)', () => {
  it('scales below the threshold', () => {
    // a: 60 × 12 ÷ 80 = 9;  b: 75 × 8 ÷ 100 = 6;  c: 33.33 × 10 ÷ 50 = 6.666 → 6.67
    const estimate = estimateD766(small, { a: 60, b: 75, c: 33.33 });
    assert.deepEqual(estimate.groups.map((g) => [g.code, g.points, g.estimatedMaxPoints, g.maxPoints]), [
      ['G1', 15, 20, 20], // 9 + 6
      ['G2', 6.67, 10, 10],
    ]);
    assert.deepEqual([estimate.estimate, estimate.total, estimate.estimatedMaxPoints, estimate.maxPoints], [true, 21.67, 30, 30]);
    assert.deepEqual(estimate.notEstimated, []);
  });
  it('gives full points exactly at the threshold and caps them above it', () => {
    // a: 79 × 12 ÷ 80 = 11.85; 80 → 12; 100 → 15 uncapped, capped at 12. c: 50 → 10; 99 → 19.8, capped at 10
    assert.deepEqual(pointsOf({ a: 79, b: 100, c: 50 }), [11.85, 8, 10]);
    assert.deepEqual(pointsOf({ a: 80, b: 99.99, c: 99 }), [12, 8, 10]); // b: 99.99 × 8 ÷ 100 = 7.9992 → 8
    assert.deepEqual(pointsOf({ a: 100, b: 0, c: 0 }), [12, 0, 0]);
  });
  it('estimates only what was measured and says which leaves were not', () => {
    const estimate = estimateD766(small, { a: 40, c: null });
    // a: 40 × 12 ÷ 80 = 6
    assert.deepEqual(estimate.groups.map((g) => [g.points, g.estimatedMaxPoints]), [[6, 12], [0, 0]]);
    assert.deepEqual([estimate.total, estimate.estimatedMaxPoints, estimate.notEstimated], [6, 12, ['b', 'c']]);
    assert.deepEqual(estimate.groups[1].leaves, [{ code: 'c', ratio: null, threshold: 50, maxPoints: 10, points: null }]);
  });
  it('refuses a ratio outside 0–100 and a leaf the framework does not have', () => {
    assert.throws(() => estimateD766(small, { a: 100.01 }), /ratio of "a" is 100.01/);
    assert.throws(() => estimateD766(small, { a: -1 }), RangeError);
    assert.throws(() => estimateD766(small, { a: Number.NaN }), RangeError);
    assert.throws(() => estimateD766(small, { G1: 50 }), /no sub-indicator "G1"/);
  });
});

describe('estimateD766 with the shipped Decision 766 framework', () => {
  const file = 'data/frameworks/d766/2022.json';
  const d766 = parseFramework(JSON.parse(readFileSync(join(__dirname, '../../../..', file), 'utf8')), file);
  it('gives 100 when every ratio is 100%', () => {
    const all = Object.fromEntries(d766.nodes.flatMap((g) => g.children ?? []).map((l) => [l.code, 100]));
    const estimate = estimateD766(d766, all);
    assert.deepEqual(estimate.groups.map((g) => g.points), [18, 20, 22, 22, 18]);
    assert.deepEqual([estimate.total, estimate.estimatedMaxPoints], [100, 100]);
  });
  it('estimates an agency from its dossier statistics (seed 004 figures)', () => {
    const estimate = estimateD766(d766, {
      'dossiers-on-time': 97.3, // 97.3 × 20 ÷ 100 = 19.46
      'dossiers-online': 82.48, // above 50% → 6 of 6
      'procedures-online': 93.22, // above 80% → 4 of 4
      'dossiers-digitised': 75, // 75 × 6 ÷ 80 = 5.625 → 5.63
      'dossiers-paid-online': 12.5, // 12.5 × 4 ÷ 100 = 0.5
    });
    assert.deepEqual(
      estimate.groups.map((g) => [g.code, g.points, g.estimatedMaxPoints]),
      [['transparency', 0, 0], ['progress', 19.46, 20], ['digitisation', 5.63, 6], ['online', 10.5, 14], ['satisfaction', 0, 0]],
    );
    // 19.46 + 5.63 + 6 + 4 + 0.5 = 35.59 of 20 + 6 + 6 + 4 + 4 = 40 measurable points
    assert.deepEqual([estimate.total, estimate.estimatedMaxPoints, estimate.notEstimated.length], [35.59, 40, 13]);
  });
  it('halves the online-share points at half its 50% threshold', () => {
    const online = estimateD766(d766, { 'dossiers-online': 25 }).groups[3].leaves.find((l) => l.code === 'dossiers-online');
    assert.equal(online?.points, 3); // 25 × 6 ÷ 50
  });
});
