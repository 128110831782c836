import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bandOf } from './bands';
import type { FrameworkBands } from './framework';

const group = (code: string, from: number) => ({ code, nameVi: code, nameEn: code, from });

describe('bandOf, threshold bands (PAR INDEX group A ≥ 90%, B 80–<90%)', () => {
  const bands: FrameworkBands = { kind: 'threshold', groups: [group('A', 90), group('B', 80)] };
  const band = (total: number | null) => bandOf(bands, { total, rank: total === null ? null : 1, rankedCount: 1 })?.code ?? null;
  it('puts a total on the lower bound in that band', () => {
    assert.equal(band(96.17), 'A'); // Hải Phòng 2024
    assert.equal(band(90), 'A');
    assert.equal(band(90.02), 'A'); // Sơn La 2024
    assert.equal(band(89.99), 'B');
    assert.equal(band(80), 'B');
  });
  it('is null below every band and without a total', () => {
    assert.equal(band(79.99), null);
    assert.equal(band(null), null);
  });
});

describe('bandOf, quartile bands (PAPI)', () => {
  const bands: FrameworkBands = {
    kind: 'quartile',
    groups: [group('highest', 75), group('high-average', 50), group('low-average', 25), group('lowest', 0)],
  };
  it('uses the exact percentile of the rank: 5 units at 100, 75, 50, 25, 0', () => {
    const codes = [1, 2, 3, 4, 5].map((rank) => bandOf(bands, { total: 50 - rank, rank, rankedCount: 5 })?.code);
    assert.deepEqual(codes, ['highest', 'highest', 'high-average', 'low-average', 'lowest']);
  });
  it('is null for an unranked unit', () => {
    assert.equal(bandOf(bands, { total: null, rank: null, rankedCount: 5 }), null);
  });
});
