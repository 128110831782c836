import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAcrossPeers } from './ddci-normalise';

const ONE_TO_TEN = { low: 1, high: 10 };
const scores = (raw: Record<string, number | null>, negative = false, range = ONE_TO_TEN) =>
  Object.fromEntries(normaliseAcrossPeers(new Map(Object.entries(raw)), range, negative));

describe('normaliseAcrossPeers (min–max onto 1–10)', () => {
  it('puts the worst unit on 1, the best on 10 and the rest in proportion', () => {
    // 1 + 9 × (x − 2) ÷ (6 − 2): 2 → 1, 4 → 5.5, 6 → 10, 3 → 3.25
    assert.deepEqual(scores({ a: 2, b: 4, c: 6, d: 3 }), { a: 1, b: 5.5, c: 10, d: 3.25 });
  });
  it('inverts a negative indicator: the lowest raw value is the best', () => {
    // 1 + 9 × (6 − x) ÷ (6 − 2)
    assert.deepEqual(scores({ a: 2, b: 4, c: 6, d: 3 }, true), { a: 10, b: 5.5, c: 1, d: 7.75 });
  });
  it('leaves units without a value null, and they do not move the ends', () => {
    assert.deepEqual(scores({ a: 2, b: null, c: 6 }), { a: 1, b: null, c: 10 });
  });
  it('gives every unit the top score when all values are equal, either direction', () => {
    assert.deepEqual(scores({ a: 7, b: 7, c: 7 }), { a: 10, b: 10, c: 10 });
    assert.deepEqual(scores({ a: 7, b: 7, c: null }, true), { a: 10, b: 10, c: null });
  });
  it('gives a lone unit the top score, and nobody a score when nobody has a value', () => {
    assert.deepEqual(scores({ a: 0.4, b: null }), { a: 10, b: null });
    assert.deepEqual(scores({ a: null, b: null }), { a: null, b: null });
  });
  it('uses the range it is given', () => {
    assert.deepEqual(scores({ a: 0, b: 0.25, c: 1 }, false, { low: 0, high: 100 }), { a: 0, b: 25, c: 100 });
  });
});
