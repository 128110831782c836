import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { percent, roundHalfUp } from './percent';

describe('percent (half-up, 2 decimals, on integer counts)', () => {
  it('reproduces the seed reports', () => {
    assert.equal(percent(353, 428), 82.48); // seed 004: online share
    assert.equal(percent(75, 428), 17.52); // seed 004: direct and postal
    assert.equal(percent(110, 118), 93.22); // seed 004: fully online procedures
  });
  it('rounds half up where the seed truncated (48/110 = 43.636… → 43.64, the seed wrote 43,63%)', () => {
    assert.equal(percent(48, 110), 43.64);
  });
  it('rounds exact halves up', () => {
    assert.equal(percent(1, 800), 0.13); // 0.125
    assert.equal(percent(1, 8), 12.5);
    assert.equal(percent(1, 3), 33.33);
    assert.equal(percent(2, 3), 66.67);
  });
  it('is null without a base and exact at the ends', () => {
    assert.equal(percent(0, 0), null);
    assert.equal(percent(0, 7), 0);
    assert.equal(percent(7, 7), 100);
  });
});

describe('roundHalfUp', () => {
  it('avoids binary floating-point traps', () => {
    assert.equal(roundHalfUp(1.005, 2), 1.01);
    assert.equal(roundHalfUp(2.675, 2), 2.68);
    assert.equal(roundHalfUp(-1.005, 2), -1.01);
    assert.equal(roundHalfUp(86.29, 1), 86.3);
  });
});

describe('percent, against exact rational arithmetic', () => {
  // Reference: half-up on hundredths with BigInt, written independently of the implementation.
  const reference = (n: number, d: number) => {
    const scaled = BigInt(n) * 10_000n;
    const q = scaled / BigInt(d);
    const r = scaled % BigInt(d);
    return Number(2n * r >= BigInt(d) ? q + 1n : q) / 100;
  };
  it('agrees for every n/d with d ≤ 400', () => {
    for (let d = 1; d <= 400; d++) {
      for (let n = 0; n <= d; n++) assert.equal(percent(n, d), reference(n, d), `${n}/${d}`);
    }
  });
  it('handles counts above 100% and large counts', () => {
    assert.equal(percent(3, 2), 150);
    assert.equal(percent(1_234_567, 7_654_321), 16.13);
    assert.equal(percent(2 ** 50, 3), reference(2 ** 50, 3));
  });
  it('keeps the sign of negative inputs, rounding away from zero, and never returns -0', () => {
    assert.equal(percent(-1, 8), -12.5);
    assert.equal(percent(-1, 800), -0.13);
    assert.ok(Object.is(percent(0, -5), 0));
    assert.ok(Object.is(percent(-1, 10_000_000), 0));
  });
  it('falls back to decimal rounding for non-integer inputs', () => {
    assert.equal(percent(0.5, 2), 25);
    assert.equal(percent(1.005, 100), 1.01);
  });
});

describe('roundHalfUp, more cases', () => {
  const rows: Array<[number, number, number]> = [
    [0.5, 0, 1],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-0.5, 0, -1],
    [-2.5, 0, -3],
    [1.45, 1, 1.5],
    [8.345, 2, 8.35],
    [1.255, 2, 1.26],
    [1.0049999, 2, 1],
    [43.636363, 2, 43.64],
    [-2.675, 2, -2.68],
    [123.456, 0, 123],
    [1255, -1, 1260],
    [1e-7, 2, 0],
    [5e-7, 6, 0.000001],
    [1e21, 2, 1e21],
    [1.23e-10, 12, 1.23e-10],
  ];
  for (const [value, decimals, expected] of rows) {
    it(`${value} at ${decimals} decimals → ${expected}`, () => assert.equal(roundHalfUp(value, decimals), expected));
  }
  it('never returns -0', () => assert.ok(Object.is(roundHalfUp(-0.001, 2), 0)));
  it('passes NaN and infinities through', () => {
    assert.ok(Number.isNaN(roundHalfUp(NaN, 2)));
    assert.equal(roundHalfUp(Infinity, 2), Infinity);
    assert.equal(roundHalfUp(-Infinity, 2), -Infinity);
  });
});
