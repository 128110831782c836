// A unit's total from its component scores, by the framework's own aggregation rules, and the check
// of a total carried by a score file against it.
import type { Aggregation, Framework, FrameworkNode } from './framework';
import { flattenNodes } from './framework-tree';
import { exactDifference } from './exact-difference';
import { roundScore } from './round-score';

/** Scores by node code; null or absent means not known (never zero). */
export type NodeScores = Readonly<Record<string, number | null | undefined>>;

export interface UnitTotal {
  /** Rounded to the framework's decimals; null when any score it needs is missing. */
  total: number | null;
  /** Codes the total needed and did not get: leaves, or nodes given neither a score nor children. */
  missing: string[];
  /**
   * Every node's score, as given or else derived from its children (rounded to the framework's
   * decimals for display; the total is built from the unrounded values), null when not known.
   */
  scores: Record<string, number | null>;
}

/**
 * A node's given score wins over its children's: a published dimension score is the official one, and
 * a file may carry only the top level. Codes outside the framework throw: the loader maps headers to
 * codes, so an unknown code here is a mapping bug, not data to skip silently.
 */
export function computeTotal(framework: Framework, given: NodeScores): UnitTotal {
  assertScores(framework, given);
  const exact = new Map<string, number | null>();
  const missing: string[] = [];
  const scoreOf = (node: FrameworkNode, needed: boolean): number | null => {
    const value = given[node.code] ?? null;
    const children = node.children ?? [];
    const childScores = children.map((child) => scoreOf(child, needed && value === null));
    let score = value;
    if (score === null && node.aggregation && childScores.every((s): s is number => s !== null)) {
      score = aggregate(node.aggregation, children, childScores, node.maxPoints);
    }
    if (score === null && needed && children.length === 0) missing.push(node.code);
    exact.set(node.code, score);
    return score;
  };
  const topScores = framework.nodes.map((node) => scoreOf(node, true));
  const { decimals, max } = framework.scale;
  const complete = topScores.every((s): s is number => s !== null);
  const total = complete ? roundScore(aggregate(framework.aggregation, framework.nodes, topScores, max), decimals) : null;
  const scores: Record<string, number | null> = {};
  for (const [code, score] of exact) {
    const isGiven = given[code] !== null && given[code] !== undefined;
    scores[code] = score === null || isGiven ? score : roundScore(score, decimals);
  }
  return { total, missing, scores };
}

export interface TotalDisagreement {
  computed: number;
  file: number;
  /** file − computed */
  difference: number;
}

/**
 * The file's total against the computed one, when both exist and they differ by more than the
 * tolerance. The difference is taken exactly, so 80.01 against 80 sits on a 0.01 tolerance, not past it.
 */
export function totalDisagreement(
  computed: number | null,
  file: number | null,
  tolerance = 0.01,
): TotalDisagreement | null {
  if (computed === null || file === null) return null;
  const difference = exactDifference(file, computed);
  return Math.abs(difference) > tolerance ? { computed, file, difference } : null;
}

function aggregate(rule: Aggregation, nodes: readonly FrameworkNode[], scores: readonly number[], max: number): number {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  if (rule === 'sum') return sum(scores);
  if (rule === 'mean') return sum(scores) / scores.length;
  // validated: every child of a weighted-sum has a weight
  const weights = nodes.map((node) => node.weight ?? 0);
  const shares = scores.map((score, i) => (weights[i] * score) / nodes[i].maxPoints);
  return (max * sum(shares)) / sum(weights);
}

function assertScores(framework: Framework, given: NodeScores): void {
  const codes = new Set(flattenNodes(framework).map((entry) => entry.node.code));
  for (const [code, value] of Object.entries(given)) {
    if (!codes.has(code)) throw new RangeError(`${framework.family} ${framework.version}: no node "${code}"`);
    if (value !== null && value !== undefined && !Number.isFinite(value)) {
      throw new RangeError(`${framework.family} ${framework.version}: node "${code}" has score ${value}`);
    }
  }
}
