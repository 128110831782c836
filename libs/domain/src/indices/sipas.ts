// SIPAS-style satisfaction from raw survey answers: per unit, the share of satisfied answers for each
// service element, and the overall index by the framework's aggregation (a mean of elements).
import type { Framework, FrameworkNode, SurveyScale } from './framework';
import { flattenNodes } from './framework-tree';
import { computeTotal } from './totals';
import { percent } from '../lib/percent';

/**
 * Five-level answers (1 very dissatisfied … 5 very satisfied), satisfied from 4. [UNVERIFIED] in
 * DOMAIN.md: used only when a framework states no survey scale of its own.
 */
export const DEFAULT_SURVEY_SCALE: SurveyScale = { answerMin: 1, answerMax: 5, satisfiedFrom: 4 };

export interface SurveyAnswer {
  respondentId: string;
  unitCode: string;
  questionCode: string;
  answer: number;
}

export type SurveyRejection = 'unknown-question' | 'answer-out-of-scale' | 'duplicate-answer';

export interface RejectedSurveyAnswer {
  answer: SurveyAnswer;
  reason: SurveyRejection;
}

export interface ElementSatisfaction {
  code: string;
  answers: number;
  satisfied: number;
  /** satisfied ÷ answers in %, half-up to 2 decimals; null without answers. */
  pct: number | null;
}

export interface UnitSatisfaction {
  unitCode: string;
  /** Distinct respondents with at least one counted answer. */
  respondents: number;
  elements: ElementSatisfaction[];
  /** From the exact element shares, rounded once, so the overall carries no double rounding. */
  overallPct: number | null;
  /** Elements without a single counted answer. */
  missing: string[];
}

export interface SipasResult {
  /** By unit code. */
  units: UnitSatisfaction[];
  rejected: RejectedSurveyAnswer[];
}

/**
 * Answers to questions the framework does not list, off the scale or non-integer, or repeating a
 * respondent's earlier answer to the same question are rejected with their reason and not counted.
 */
export function computeSipas(framework: Framework, answers: Iterable<SurveyAnswer>): SipasResult {
  const scale = framework.survey ?? DEFAULT_SURVEY_SCALE;
  const elements = flattenNodes(framework)
    .map((entry) => entry.node)
    .filter((node) => node.questions);
  const elementOf = new Map(elements.flatMap((node) => (node.questions ?? []).map((q) => [q, node] as const)));
  const tallies = new Map<string, UnitTally>();
  const rejected: RejectedSurveyAnswer[] = [];
  for (const answer of answers) {
    const element = elementOf.get(answer.questionCode);
    if (!element) {
      rejected.push({ answer, reason: 'unknown-question' });
      continue;
    }
    if (!onScale(answer.answer, scale)) {
      rejected.push({ answer, reason: 'answer-out-of-scale' });
      continue;
    }
    const tally = tallies.get(answer.unitCode) ?? newTally(tallies, answer.unitCode);
    const key = `${answer.respondentId}\u0000${answer.questionCode}`;
    if (tally.answered.has(key)) {
      rejected.push({ answer, reason: 'duplicate-answer' });
      continue;
    }
    tally.answered.add(key);
    tally.respondents.add(answer.respondentId);
    const counts = tally.byElement.get(element.code) ?? { answers: 0, satisfied: 0 };
    counts.answers++;
    if (answer.answer >= scale.satisfiedFrom) counts.satisfied++;
    tally.byElement.set(element.code, counts);
  }
  const units = [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitCode, tally]) => unitSatisfaction(framework, elements, unitCode, tally));
  return { units, rejected };
}

interface UnitTally {
  answered: Set<string>;
  respondents: Set<string>;
  byElement: Map<string, { answers: number; satisfied: number }>;
}

function newTally(tallies: Map<string, UnitTally>, unitCode: string): UnitTally {
  const tally: UnitTally = { answered: new Set(), respondents: new Set(), byElement: new Map() };
  tallies.set(unitCode, tally);
  return tally;
}

function unitSatisfaction(
  framework: Framework,
  elements: readonly FrameworkNode[],
  unitCode: string,
  tally: UnitTally,
): UnitSatisfaction {
  const shares: Record<string, number | null> = {};
  const rows = elements.map((node): ElementSatisfaction => {
    const { answers, satisfied } = tally.byElement.get(node.code) ?? { answers: 0, satisfied: 0 };
    shares[node.code] = answers === 0 ? null : (satisfied / answers) * 100;
    return { code: node.code, answers, satisfied, pct: percent(satisfied, answers) };
  });
  const { total, missing } = computeTotal(framework, shares);
  return { unitCode, respondents: tally.respondents.size, elements: rows, overallPct: total, missing };
}

function onScale(answer: number, scale: SurveyScale): boolean {
  return Number.isInteger(answer) && answer >= scale.answerMin && answer <= scale.answerMax;
}
