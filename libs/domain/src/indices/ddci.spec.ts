import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFramework } from './validate-framework';
import { computeDdci, type IndicatorAnswer } from './ddci';

const indicator = (code: string, negative = false) => ({
  code, nameVi: code, nameEn: code, maxPoints: 10, minPoints: 1, direction: 'higher-better', source: 'survey',
  ...(negative ? { negative } : {}),
});
const component = (code: string, weight: number, children: object[]) => ({
  code, nameVi: code, nameEn: code, maxPoints: 10, minPoints: 1, weight, direction: 'higher-better', source: 'computed',
  aggregation: 'mean', children,
});
const ddci = (survey?: object) =>
  parseFramework(
    {
      family: 'ddci', version: 'test', yearFrom: 2019, yearTo: null, scale: { min: 10, max: 100, decimals: 2 },
      direction: 'higher-better', aggregation: 'weighted-sum', confidence: 'unverified',
      ...(survey ? { survey } : {}),
      nodes: [component('C1', 3, [indicator('i1'), indicator('i2', true)]), component('C2', 1, [indicator('i3')])],
    },
    'ddci-test.json',
  );

const a = (unitCode: string, indicatorCode: string, value: number): IndicatorAnswer => ({ unitCode, indicatorCode, value });

const PEERS = ['A', 'B', 'C', 'D'];
const ANSWERS = [
  a('A', 'i1', 4), a('A', 'i1', 2), a('B', 'i1', 5), a('C', 'i1', 1), a('C', 'i1', 1), a('C', 'i1', 1), a('D', 'i1', 2),
  a('A', 'i2', 10), a('B', 'i2', 30), a('C', 'i2', 20), a('C', 'i2', 40), a('D', 'i2', 10),
  a('A', 'i3', 7), a('B', 'i3', 7), a('C', 'i3', 7), // D has no answer for i3
  a('E', 'i1', 3), // E is not in the block
  a('A', 'i9', 1), // no such indicator
  a('B', 'i1', Number.NaN),
];

describe('computeDdci against a hand-computed block of four', () => {
  const result = computeDdci(ddci(), PEERS, ANSWERS);
  const unit = (code: string) => result.units.find((u) => u.unitCode === code)!;
  it('averages the answers into raw indicator values and normalises them across the block', () => {
    // i1 raw: A (4 + 2) ÷ 2 = 3, B 5, C 1, D 2 → 1 + 9 × (x − 1) ÷ 4: A 5.5, B 10, C 1, D 3.25
    // i2 raw (negative): A 10, B 30, C (20 + 40) ÷ 2 = 30, D 10 → 1 + 9 × (30 − x) ÷ 20: A 10, B 1, C 1, D 10
    // i3 raw: 7, 7, 7, none → all equal: 10, 10, 10, null
    assert.deepEqual(unit('A').indicators, [
      { code: 'i1', answers: 2, raw: 3, score: 5.5 },
      { code: 'i2', answers: 1, raw: 10, score: 10 },
      { code: 'i3', answers: 1, raw: 7, score: 10 },
    ]);
    assert.deepEqual(unit('C').indicators.map((i) => [i.raw, i.score]), [[1, 1], [30, 1], [7, 10]]);
    assert.deepEqual(unit('D').indicators.map((i) => [i.answers, i.raw, i.score]), [[1, 2, 3.25], [1, 10, 10], [0, null, null]]);
  });
  it('takes each component as the mean of its indicators', () => {
    // C1: A (5.5 + 10) ÷ 2 = 7.75; B (10 + 1) ÷ 2 = 5.5; C (1 + 1) ÷ 2 = 1; D (3.25 + 10) ÷ 2 = 6.625 → 6.63
    assert.deepEqual(
      PEERS.map((code) => unit(code).components),
      [
        [{ code: 'C1', score: 7.75 }, { code: 'C2', score: 10 }],
        [{ code: 'C1', score: 5.5 }, { code: 'C2', score: 10 }],
        [{ code: 'C1', score: 1 }, { code: 'C2', score: 10 }],
        [{ code: 'C1', score: 6.63 }, { code: 'C2', score: null }],
      ],
    );
  });
  it('weights the components into a total out of 100', () => {
    // total = 100 × (3 × C1/10 + 1 × C2/10) ÷ 4
    // A: 100 × (2.325 + 1) ÷ 4 = 83.125 → 83.13;  B: 100 × (1.65 + 1) ÷ 4 = 66.25;  C: 100 × (0.3 + 1) ÷ 4 = 32.5
    assert.deepEqual(PEERS.map((code) => unit(code).total), [83.13, 66.25, 32.5, null]);
  });
  it('ranks within the block and leaves the unit with a missing indicator unranked', () => {
    assert.deepEqual(
      result.units.map((u) => [u.unitCode, u.rank, u.peerCount, u.rankedCount, u.percentile, u.quartileGroup, u.missing]),
      [
        ['A', 1, 4, 3, 100, 'highest', []],
        ['B', 2, 4, 3, 50, 'high-average', []],
        ['C', 3, 4, 3, 0, 'lowest', []],
        ['D', null, 4, 3, null, null, ['i3']],
      ],
    );
  });
  it('reports the answers it could not use', () => {
    assert.deepEqual(
      result.rejected.map(({ answer, reason }) => [answer.unitCode, answer.indicatorCode, reason]),
      [['E', 'i1', 'unit-not-in-peer-group'], ['A', 'i9', 'unknown-indicator'], ['B', 'i1', 'invalid-value']],
    );
  });
});

describe('computeDdci, edge cases', () => {
  it('gives a block that answered identically the top score everywhere, and ties them all first', () => {
    const answers = PEERS.flatMap((unit) => [a(unit, 'i1', 3), a(unit, 'i2', 3), a(unit, 'i3', 3)]);
    const result = computeDdci(ddci(), PEERS, answers);
    assert.deepEqual(result.units.map((u) => [u.total, u.rank]), [[100, 1], [100, 1], [100, 1], [100, 1]]);
  });
  it("rejects answers off the framework's survey scale when it has one", () => {
    const result = computeDdci(ddci({ answerMin: 1, answerMax: 5, satisfiedFrom: 4 }), ['A'], [a('A', 'i1', 5), a('A', 'i1', 6), a('A', 'i1', 0.5)]);
    assert.deepEqual(result.rejected.map((r) => [r.answer.value, r.reason]), [[6, 'invalid-value'], [0.5, 'invalid-value']]);
    assert.deepEqual(result.units[0].indicators[0], { code: 'i1', answers: 1, raw: 5, score: 10 });
  });
  it('ranks nobody when nobody answered', () => {
    const result = computeDdci(ddci(), ['A', 'B'], []);
    assert.deepEqual(result.units.map((u) => [u.unitCode, u.total, u.rank, u.peerCount]), [['A', null, null, 2], ['B', null, null, 2]]);
  });
});
