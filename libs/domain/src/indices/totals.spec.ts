import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFramework } from './validate-framework';
import { computeTotal, totalDisagreement } from './totals';

const leaf = (code: string, maxPoints: number, extra: object = {}) => ({
  code, nameVi: code, nameEn: code, maxPoints, direction: 'higher-better', source: 'survey', ...extra,
});

/** PAPI-like: three 1–10 dimensions, the second split into four sub-dimensions of 2.5. */
const papi = parseFramework(
  {
    family: 'papi', version: 'test', yearFrom: 2018, yearTo: null, scale: { min: 3, max: 30, decimals: 4 },
    direction: 'higher-better', aggregation: 'sum', confidence: 'verified',
    nodes: [
      leaf('participation', 10),
      {
        ...leaf('service-delivery', 10), aggregation: 'sum',
        children: [leaf('health', 2.5), leaf('education', 2.5), leaf('infrastructure', 2.5), leaf('law-and-order', 2.5)],
      },
      leaf('e-governance', 10),
    ],
  },
  'papi-test.json',
);

describe('computeTotal, sum (PAPI, PAR INDEX, 766)', () => {
  it('adds the dimensions', () => {
    // 5.1234 + 7.8486 + 3.01 = 15.982
    const result = computeTotal(papi, { participation: 5.1234, 'service-delivery': 7.8486, 'e-governance': 3.01 });
    assert.equal(result.total, 15.982);
    assert.deepEqual(result.missing, []);
  });
  it('derives a dimension from its sub-dimensions (Hà Nội 2023: 1.7029 + 1.9570 + 2.2548 + 1.9339 = 7.8486)', () => {
    const result = computeTotal(papi, {
      participation: 5, health: 1.7029, education: 1.957, infrastructure: 2.2548, 'law-and-order': 1.9339, 'e-governance': 3,
    });
    assert.equal(result.scores['service-delivery'], 7.8486);
    assert.equal(result.total, 15.8486); // 5 + 7.8486 + 3
  });
  it('prefers a published dimension score to its sub-dimensions and does not ask for them', () => {
    const result = computeTotal(papi, { participation: 5, 'service-delivery': 8, health: 1, 'e-governance': 3 });
    assert.equal(result.total, 16); // 5 + 8 + 3, the sub-dimension 1 ignored
    assert.deepEqual(result.missing, []);
    assert.equal(result.scores.health, 1);
    assert.equal(result.scores.education, null);
  });
  it('gives no total when a component is missing, listing the missing codes in framework order', () => {
    const result = computeTotal(papi, { 'e-governance': 3, health: 2, education: null });
    assert.equal(result.total, null);
    assert.deepEqual(result.missing, ['participation', 'education', 'infrastructure', 'law-and-order']);
    assert.equal(result.scores['service-delivery'], null);
  });
  it('treats zero as a score and null or absent as missing', () => {
    assert.equal(computeTotal(papi, { participation: 0, 'service-delivery': 0, 'e-governance': 0 }).total, 0);
    assert.deepEqual(computeTotal(papi, { participation: null, 'service-delivery': 0 }).missing, ['participation', 'e-governance']);
  });
  it('rounds the total to the framework decimals, half up', () => {
    // 1.00005 + 1 + 1 = 3.00005 → 3.0001 at 4 decimals
    assert.equal(computeTotal(papi, { participation: 1.00005, 'service-delivery': 1, 'e-governance': 1 }).total, 3.0001);
  });
  it('refuses a code the framework does not have, and a score that is not a number', () => {
    assert.throws(() => computeTotal(papi, { participaton: 5 }), /papi test: no node "participaton"/);
    assert.throws(() => computeTotal(papi, { participation: Number.NaN }), RangeError);
  });
});

describe('computeTotal, mean (SIPAS overall)', () => {
  const sipas = parseFramework(
    {
      family: 'sipas', version: 'test', yearFrom: 2017, yearTo: 2021, scale: { min: 0, max: 100, decimals: 2 },
      direction: 'higher-better', aggregation: 'mean', confidence: 'unverified',
      nodes: [leaf('access', 100), leaf('procedure', 100), leaf('result', 100)],
    },
    'sipas-test.json',
  );
  it('averages the elements and rounds once', () => {
    // (80 + 90 + 85.5) ÷ 3 = 85.1666… → 85.17
    assert.equal(computeTotal(sipas, { access: 80, procedure: 90, result: 85.5 }).total, 85.17);
  });
  it('has no total with an element missing', () => {
    assert.deepEqual(computeTotal(sipas, { access: 80, procedure: 90 }), {
      total: null,
      missing: ['result'],
      scores: { access: 80, procedure: 90, result: null },
    });
  });
});

describe('computeTotal, weighted sum (DDCI)', () => {
  const ddci = (weights: [number, number, number]) =>
    parseFramework(
      {
        family: 'ddci', version: 'test', yearFrom: 2019, yearTo: null, scale: { min: 10, max: 100, decimals: 2 },
        direction: 'higher-better', aggregation: 'weighted-sum', confidence: 'unverified',
        nodes: [
          leaf('c1', 10, { minPoints: 1, weight: weights[0] }),
          leaf('c2', 10, { minPoints: 1, weight: weights[1] }),
          leaf('c3', 10, { minPoints: 1, weight: weights[2] }),
        ],
      },
      'ddci-test.json',
    );
  it('weights each component as a share of its maximum and puts the sum on 100', () => {
    // 100 × (2 × 8/10 + 1 × 6/10 + 1 × 4/10) ÷ (2 + 1 + 1) = 100 × 2.6 ÷ 4 = 65
    assert.equal(computeTotal(ddci([2, 1, 1]), { c1: 8, c2: 6, c3: 4 }).total, 65);
  });
  it('reads weights as relative (0.5, 0.25, 0.25 is the same as 2, 1, 1)', () => {
    assert.equal(computeTotal(ddci([0.5, 0.25, 0.25]), { c1: 8, c2: 6, c3: 4 }).total, 65);
  });
  it('runs from 10 (all components at 1) to 100 (all at 10)', () => {
    assert.equal(computeTotal(ddci([3, 2, 1]), { c1: 1, c2: 1, c3: 1 }).total, 10);
    assert.equal(computeTotal(ddci([3, 2, 1]), { c1: 10, c2: 10, c3: 10 }).total, 100);
  });
});

describe('computeTotal rounds halves up even where binary arithmetic lands just below them', () => {
  const framework = (aggregation: string, decimals: number, extra: object) =>
    parseFramework(
      {
        family: 'ddci', version: 'test', yearFrom: 2019, yearTo: null, scale: { min: 1, max: 10, decimals },
        direction: 'higher-better', aggregation, confidence: 'unverified',
        nodes: [leaf('a', 10, { minPoints: 1, ...extra }), leaf('b', 10, { minPoints: 1, ...extra })],
      },
      'rounding-test.json',
    );
  it('a mean: (1 + 1.39) ÷ 2 = 1.195 → 1.2 (binary: 1.1949999999999998)', () => {
    assert.equal(computeTotal(framework('mean', 2, {}), { a: 1, b: 1.39 }).total, 1.2);
  });
  it('a weighted sum: 10 × (1 × 1/10 + 1 × 3.53/10) ÷ 2 = 2.265 → 2.27 (binary: 2.2649999999999997)', () => {
    assert.equal(computeTotal(framework('weighted-sum', 2, { weight: 1 }), { a: 1, b: 3.53 }).total, 2.27);
  });
});

describe('totalDisagreement (file total against computed, tolerance 0.01 by default)', () => {
  it('accepts a difference up to and including the tolerance', () => {
    assert.equal(totalDisagreement(80, 80), null);
    assert.equal(totalDisagreement(80, 80.01), null); // 80.01 − 80 is 0.01 exactly, not 0.010000000000005
    assert.equal(totalDisagreement(80, 79.99), null);
  });
  it('warns beyond the tolerance, with file − computed', () => {
    assert.deepEqual(totalDisagreement(80, 80.02), { computed: 80, file: 80.02, difference: 0.02 });
    assert.deepEqual(totalDisagreement(86.29, 85.29), { computed: 86.29, file: 85.29, difference: -1 });
  });
  it('takes another tolerance', () => {
    assert.equal(totalDisagreement(45, 45.5, 0.5), null);
    assert.deepEqual(totalDisagreement(45, 45.5001, 0.5), { computed: 45, file: 45.5001, difference: 0.5001 });
  });
  it('has nothing to compare when either total is missing', () => {
    assert.equal(totalDisagreement(null, 80), null);
    assert.equal(totalDisagreement(80, null), null);
  });
});
