import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quartileGroupOf, rankPeers, type PeerRank, type QuartileGroup } from './ranking';

const row = (ranked: PeerRank) => [ranked.unitCode, ranked.rank, ranked.percentile, ranked.quartileGroup];

describe('rankPeers: ties and missing units', () => {
  it('gives ties the same rank and skips the next places (1, 2, 2, 4)', () => {
    const ranks = rankPeers([
      { unitCode: 'D', total: 70 },
      { unitCode: 'B', total: 80 },
      { unitCode: 'A', total: 90 },
      { unitCode: 'C', total: 80 },
    ]);
    assert.deepEqual(ranks.map((r) => [r.unitCode, r.rank]), [['A', 1], ['B', 2], ['C', 2], ['D', 4]]);
  });
  it('gives a whole tied group rank 1', () => {
    const ranks = rankPeers([{ unitCode: 'X', total: 5 }, { unitCode: 'Y', total: 5 }, { unitCode: 'Z', total: 5 }]);
    assert.deepEqual(ranks.map((r) => r.rank), [1, 1, 1]);
  });
  it('leaves units without a total unranked and last, but counts them as peers ("x/15")', () => {
    const ranks = rankPeers([
      { unitCode: 'QN', total: null },
      { unitCode: 'HN', total: 42.5 },
      { unitCode: 'BD', total: null },
      { unitCode: 'HUE', total: 46.04 },
    ]);
    assert.deepEqual(ranks.map((r) => [r.unitCode, r.rank, r.peerCount, r.rankedCount]), [
      ['HUE', 1, 4, 2],
      ['HN', 2, 4, 2],
      ['BD', null, 4, 2],
      ['QN', null, 4, 2],
    ]);
    assert.deepEqual(row(ranks[2]), ['BD', null, null, null]);
  });
  it('counts a zero total as a score, not as missing', () => {
    const ranks = rankPeers([{ unitCode: 'A', total: 0 }, { unitCode: 'B', total: null }]);
    assert.deepEqual(ranks.map((r) => r.rank), [1, null]);
  });
  it('ranks ascending when lower is better', () => {
    const ranks = rankPeers([{ unitCode: 'A', total: 3 }, { unitCode: 'B', total: 1 }, { unitCode: 'C', total: 2 }], 'lower-better');
    assert.deepEqual(ranks.map((r) => [r.unitCode, r.rank]), [['B', 1], ['C', 2], ['A', 3]]);
  });
  it('is empty for an empty peer group', () => assert.deepEqual(rankPeers([]), []));
  it('reproduces the seed: last of 15 in the department block is 15/15', () => {
    const block = Array.from({ length: 15 }, (_, i) => ({ unitCode: `S${String(i + 1).padStart(2, '0')}`, total: 95 - i }));
    const last = rankPeers(block).find((r) => r.unitCode === 'S15');
    assert.deepEqual([last?.rank, last?.peerCount], [15, 15]);
  });
  it('refuses a unit listed twice and a total that is not a number', () => {
    assert.throws(() => rankPeers([{ unitCode: 'A', total: 1 }, { unitCode: 'A', total: 2 }]), /unit A appears twice/);
    assert.throws(() => rankPeers([{ unitCode: 'A', total: Number.NaN }]), RangeError);
    assert.throws(() => rankPeers([{ unitCode: 'A', total: Infinity }]), RangeError);
  });
});

describe('rankPeers: percentile and quartile boundaries', () => {
  const distinct = (n: number) => rankPeers(Array.from({ length: n }, (_, i) => ({ unitCode: `U${i + 1}`, total: n - i })));
  it('5 units land exactly on 100, 75, 50, 25, 0: a boundary belongs to the upper group', () => {
    // percentile = (5 − rank) ÷ (5 − 1) × 100: 4/4, 3/4, 2/4, 1/4, 0/4
    assert.deepEqual(distinct(5).map(row), [
      ['U1', 1, 100, 'highest'],
      ['U2', 2, 75, 'highest'],
      ['U3', 3, 50, 'high-average'],
      ['U4', 4, 25, 'low-average'],
      ['U5', 5, 0, 'lowest'],
    ]);
  });
  it('4 units: thirds, one per group', () => {
    // 3/3 = 100, 2/3 = 66.67, 1/3 = 33.33, 0/3 = 0
    assert.deepEqual(distinct(4).map(row), [
      ['U1', 1, 100, 'highest'],
      ['U2', 2, 66.67, 'high-average'],
      ['U3', 3, 33.33, 'low-average'],
      ['U4', 4, 0, 'lowest'],
    ]);
  });
  it('a single ranked unit is at the top; two units are at 100 and 0', () => {
    assert.deepEqual(distinct(1).map(row), [['U1', 1, 100, 'highest']]);
    assert.deepEqual(distinct(2).map(row), [['U1', 1, 100, 'highest'], ['U2', 2, 0, 'lowest']]);
  });
  it('ties share the better percentile', () => {
    // 90, 80, 80, 70 → ranks 1, 2, 2, 4; the tied pair is ahead of 2 of the 3 others: 2/3 = 66.67
    const ranks = rankPeers([
      { unitCode: 'A', total: 90 },
      { unitCode: 'B', total: 80 },
      { unitCode: 'C', total: 80 },
      { unitCode: 'D', total: 70 },
    ]);
    assert.deepEqual(ranks.map(row), [
      ['A', 1, 100, 'highest'],
      ['B', 2, 66.67, 'high-average'],
      ['C', 2, 66.67, 'high-average'],
      ['D', 4, 0, 'lowest'],
    ]);
  });
  it('percentiles are taken among ranked units only', () => {
    // 3 ranked of 4 peers: (3 − rank) ÷ 2 → 100, 50, 0
    const ranks = rankPeers([{ unitCode: 'A', total: 3 }, { unitCode: 'B', total: 2 }, { unitCode: 'C', total: 1 }, { unitCode: 'N', total: null }]);
    assert.deepEqual(ranks.map((r) => r.percentile), [100, 50, 0, null]);
  });
  it('decides the group on the exact share, not on the percentile rounded for display', () => {
    // 20,002 units: rank 5,002 is ahead of 15,000 of 20,001 others = 74.99625…%, shown as 75 but below the 75th;
    // rank 5,001 is ahead of 15,001 = 75.0012…%
    const ranks = distinct(20_002);
    assert.deepEqual(row(ranks[5000]), ['U5001', 5001, 75, 'highest']);
    assert.deepEqual(row(ranks[5001]), ['U5002', 5002, 75, 'high-average']);
  });
  it('quartileGroupOf agrees at each boundary', () => {
    // 9 units: (9 − rank) ÷ 8 → rank 3 = 75, rank 5 = 50, rank 7 = 25
    const groups: Array<[number, QuartileGroup]> = [
      [1, 'highest'], [3, 'highest'], [4, 'high-average'], [5, 'high-average'],
      [6, 'low-average'], [7, 'low-average'], [8, 'lowest'], [9, 'lowest'],
    ];
    for (const [rank, group] of groups) assert.equal(quartileGroupOf(rank, 9), group, `rank ${rank}`);
  });
});

describe('rankPeers: quartile groups agree with PAPI percentile cut-offs (Excel PERCENTILE.INC)', () => {
  // Reference written independently: a unit is in the highest group when its score is at or above
  // the 75th percentile of the scores, interpolated between order statistics.
  const percentileInc = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  };
  const expected = (values: number[], x: number): QuartileGroup =>
    x >= percentileInc(values, 0.75) ? 'highest'
      : x >= percentileInc(values, 0.5) ? 'high-average'
        : x >= percentileInc(values, 0.25) ? 'low-average'
          : 'lowest';
  let seed = 20_240_417;
  const random = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  it('for 2,000 random peer groups of 1–14 units with many ties', () => {
    for (let trial = 0; trial < 2000; trial++) {
      const size = 1 + random(14);
      const totals = Array.from({ length: size }, () => random(6));
      const ranks = rankPeers(totals.map((total, i) => ({ unitCode: `U${i}`, total })));
      for (const r of ranks) assert.equal(r.quartileGroup, expected(totals, r.total as number), `${totals} → ${r.total}`);
    }
  });
  it('and, negated, for lower-is-better groups', () => {
    for (let trial = 0; trial < 500; trial++) {
      const totals = Array.from({ length: 1 + random(10) }, () => random(5));
      const ranks = rankPeers(totals.map((total, i) => ({ unitCode: `U${i}`, total })), 'lower-better');
      const negated = totals.map((t) => -t);
      for (const r of ranks) assert.equal(r.quartileGroup, expected(negated, -(r.total as number)));
    }
  });
});
