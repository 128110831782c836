import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rankChange, type YearResult } from './rank-change';

const BLOCK = Array.from({ length: 15 }, (_, i) => `S${i + 1}`);
const year = (rank: number | null, total: number | null, over: Partial<YearResult> = {}): YearResult => ({
  framework: '2022-2030',
  peers: BLOCK,
  rank,
  total,
  ...over,
});

describe('rankChange', () => {
  it('reproduces the seed: 11/15 in 2021, 15/15 in 2022 is four places down', () => {
    // 11 − 15 = −4 ("giảm 04 bậc"); 80.5 − 84.75 = −4.25
    assert.deepEqual(rankChange(year(11, 84.75), year(15, 80.5)), {
      rank: { value: -4, reason: null },
      score: { value: -4.25, reason: null },
    });
  });
  it('takes score differences exactly (86.29 − 84.1 = 2.19, not 2.1900000000000117)', () => {
    assert.equal(rankChange(year(30, 84.1), year(24, 86.29)).score.value, 2.19);
    assert.equal(rankChange(year(1, 45.2504), year(1, 45.0)).score.value, -0.2504);
  });
  it('is zero, not null, for an unchanged rank and score', () => {
    assert.deepEqual(rankChange(year(3, 70), year(3, 70)), { rank: { value: 0, reason: null }, score: { value: 0, reason: null } });
  });
  it('compares peer groups by membership, whatever the order', () => {
    const reversed = year(2, 71, { peers: [...BLOCK].reverse() });
    assert.deepEqual(rankChange(year(5, 70), reversed).rank, { value: 3, reason: null });
  });
  it('voids only the rank change when the peer group changed (a unit left the block)', () => {
    assert.deepEqual(rankChange(year(5, 70), year(4, 72, { peers: BLOCK.slice(1) })), {
      rank: { value: null, reason: 'peer-group-changed' },
      score: { value: 2, reason: null },
    });
    assert.equal(rankChange(year(5, 70), year(4, 72, { peers: [...BLOCK.slice(1), 'NEW'] })).rank.reason, 'peer-group-changed');
  });
  it('voids both when the methodology changed, even if the peers changed too', () => {
    const change = rankChange(year(20, 37.3, { framework: '2011-2017' }), year(18, 45, { framework: '2018', peers: BLOCK.slice(2) }));
    assert.deepEqual(change, {
      rank: { value: null, reason: 'methodology-changed' },
      score: { value: null, reason: 'methodology-changed' },
    });
  });
  it('says why when there is no previous year, no rank or no total', () => {
    assert.deepEqual(rankChange(null, year(1, 90)), {
      rank: { value: null, reason: 'no-previous' },
      score: { value: null, reason: 'no-previous' },
    });
    assert.deepEqual(rankChange(year(null, null), year(1, 90)), {
      rank: { value: null, reason: 'not-ranked' },
      score: { value: null, reason: 'no-total' },
    });
    assert.deepEqual(rankChange(year(2, 88), year(null, null)), {
      rank: { value: null, reason: 'not-ranked' },
      score: { value: null, reason: 'no-total' },
    });
  });
});
