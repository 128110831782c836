import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFramework } from './validate-framework';
import { computeSipas, type SurveyAnswer } from './sipas';

const element = (code: string, questions: string[]) => ({
  code, nameVi: code, nameEn: code, maxPoints: 100, direction: 'higher-better', source: 'survey', questions,
});
const sipas = (survey?: object) =>
  parseFramework(
    {
      family: 'sipas', version: 'test', yearFrom: 2017, yearTo: 2021, scale: { min: 0, max: 100, decimals: 2 },
      direction: 'higher-better', aggregation: 'mean', confidence: 'unverified',
      ...(survey ? { survey } : {}),
      nodes: [element('E1', ['q1', 'q2']), element('E2', ['q3']), element('E3', ['q4'])],
    },
    'sipas-test.json',
  );

const answer = (respondentId: string, questionCode: string, value: number, unitCode = 'U1'): SurveyAnswer => ({
  respondentId, unitCode, questionCode, answer: value,
});

/** Three respondents of unit U1, with the invalid answers interleaved, and one respondent of U0. */
const ANSWERS: SurveyAnswer[] = [
  answer('r1', 'q1', 6), // off the scale, rejected before the valid answer below, which then counts
  answer('r1', 'q1', 5), answer('r1', 'q2', 4), answer('r1', 'q3', 3), answer('r1', 'q4', 3),
  answer('r2', 'q1', 4), answer('r2', 'q2', 2), answer('r2', 'q3', 4), answer('r2', 'q4', 2),
  answer('r2', 'q9', 4), // no such question
  answer('r3', 'q3', 0), // off the scale
  answer('r3', 'q1', 3), answer('r3', 'q2', 5), answer('r3', 'q3', 5), answer('r3', 'q4', 1),
  answer('r1', 'q2', 4.5), // not a scale point
  answer('r1', 'q1', 1), // r1 already answered q1 for U1
  answer('r9', 'q1', 4, 'U0'), answer('r9', 'q3', 5, 'U0'),
];

describe('computeSipas, threshold 4 on 1–5', () => {
  const result = computeSipas(sipas({ answerMin: 1, answerMax: 5, satisfiedFrom: 4 }), ANSWERS);
  const u1 = result.units.find((unit) => unit.unitCode === 'U1');
  it('counts the share of answers at or above 4 per element', () => {
    // E1: q1 5, 4, 3 and q2 4, 2, 5 → 5, 4, 4, 5 satisfied = 4 of 6 = 66.666… → 66.67
    // E2: q3 3, 4, 5 → 2 of 3 → 66.67 (the 3 is below the threshold, the 4 on it)
    // E3: q4 3, 2, 1 → 0 of 3 → 0
    assert.deepEqual(u1?.elements, [
      { code: 'E1', answers: 6, satisfied: 4, pct: 66.67 },
      { code: 'E2', answers: 3, satisfied: 2, pct: 66.67 },
      { code: 'E3', answers: 3, satisfied: 0, pct: 0 },
    ]);
  });
  it('averages the exact element shares and rounds once', () => {
    // (2/3 + 2/3 + 0) ÷ 3 × 100 = 400/9 = 44.444… → 44.44; the rounded elements would give 44.45
    assert.equal(u1?.overallPct, 44.44);
    assert.deepEqual(u1?.missing, []);
    assert.equal(u1?.respondents, 3);
  });
  it('reports invalid answers with their reason and does not count them', () => {
    assert.deepEqual(
      result.rejected.map(({ answer: a, reason }) => [a.respondentId, a.questionCode, a.answer, reason]),
      [
        ['r1', 'q1', 6, 'answer-out-of-scale'],
        ['r2', 'q9', 4, 'unknown-question'],
        ['r3', 'q3', 0, 'answer-out-of-scale'],
        ['r1', 'q2', 4.5, 'answer-out-of-scale'],
        ['r1', 'q1', 1, 'duplicate-answer'],
      ],
    );
  });
  it('gives a unit with an unanswered element no overall index, sorted by unit code', () => {
    // U0: E1 1 of 1, E2 1 of 1, E3 no answers
    assert.deepEqual(result.units[0], {
      unitCode: 'U0',
      respondents: 1,
      elements: [
        { code: 'E1', answers: 1, satisfied: 1, pct: 100 },
        { code: 'E2', answers: 1, satisfied: 1, pct: 100 },
        { code: 'E3', answers: 0, satisfied: 0, pct: null },
      ],
      overallPct: null,
      missing: ['E3'],
    });
    assert.deepEqual(result.units.map((unit) => unit.unitCode), ['U0', 'U1']);
  });
});

describe('computeSipas, the threshold comes from the framework', () => {
  it('counts answers from 3 when the framework says so', () => {
    const u1 = computeSipas(sipas({ answerMin: 1, answerMax: 5, satisfiedFrom: 3 }), ANSWERS).units[1];
    // E1: 5, 4, 3, 4, 2, 5 → 5 of 6 = 83.33; E2: 3, 4, 5 → 3 of 3 = 100; E3: 3, 2, 1 → 1 of 3 = 33.33
    // overall (5/6 + 1 + 1/3) ÷ 3 × 100 = 13/18 × 100 = 72.222… → 72.22
    assert.deepEqual(u1.elements.map((e) => e.pct), [83.33, 100, 33.33]);
    assert.equal(u1.overallPct, 72.22);
  });
  it('falls back to 4 on a 1–5 scale when the framework states none', () => {
    const u1 = computeSipas(sipas(), ANSWERS).units[1];
    assert.deepEqual(u1.elements.map((e) => e.pct), [66.67, 66.67, 0]);
  });
  it('accepts a wider scale: 7 is valid on 1–7 and satisfied from 5', () => {
    const result = computeSipas(sipas({ answerMin: 1, answerMax: 7, satisfiedFrom: 5 }), [
      answer('a', 'q1', 7), answer('b', 'q1', 5), answer('c', 'q1', 4), answer('d', 'q1', 8),
    ]);
    // 7 and 5 satisfied, 4 not, 8 rejected: 2 of 3 = 66.67
    assert.deepEqual(result.units[0].elements[0], { code: 'E1', answers: 3, satisfied: 2, pct: 66.67 });
    assert.deepEqual(result.rejected.map((r) => r.reason), ['answer-out-of-scale']);
  });
  it('returns no units for no answers', () => {
    assert.deepEqual(computeSipas(sipas(), []), { units: [], rejected: [] });
  });
});
