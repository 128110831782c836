// DDCI from business-survey answers: answers → raw indicator values → 1–10 across the peer group →
// components → total out of 100 → rank within the block (khối).
import type { Framework, FrameworkNode } from './framework';
import { leafNodes } from './framework-tree';
import { normaliseAcrossPeers } from './ddci-normalise';
import { rankPeers, type PeerRank } from './ranking';
import { computeTotal } from './totals';
import { roundScore } from './round-score';

export interface IndicatorAnswer {
  unitCode: string;
  indicatorCode: string;
  /** One business's answer, or one published statistic ("hard" data): both are averaged per unit. */
  value: number;
}

export type IndicatorRejection = 'unknown-indicator' | 'unit-not-in-peer-group' | 'invalid-value';

export interface RejectedIndicatorAnswer {
  answer: IndicatorAnswer;
  reason: IndicatorRejection;
}

export interface DdciIndicator {
  code: string;
  answers: number;
  /** Mean of the answers, unrounded; null without answers. */
  raw: number | null;
  /** Normalised across the peer group, rounded to the framework's decimals. */
  score: number | null;
}

export interface DdciUnit extends PeerRank {
  indicators: DdciIndicator[];
  /** Top-level nodes, rounded to the framework's decimals. */
  components: Array<{ code: string; score: number | null }>;
  /** Indicators without answers: the unit gets no total and no rank. */
  missing: string[];
}

export interface DdciResult {
  /** Best first, as rankPeers orders them. */
  units: DdciUnit[];
  rejected: RejectedIndicatorAnswer[];
}

/**
 * `peers` is the block: every unit in it is normalised against the others and counted in peerCount.
 * Components and the total are built from unrounded indicator scores and rounded once.
 */
export function computeDdci(framework: Framework, peers: readonly string[], answers: Iterable<IndicatorAnswer>): DdciResult {
  const indicators = leafNodes(framework);
  const { sums, rejected } = sumAnswers(framework, indicators, new Set(peers), answers);
  const normalised = new Map(
    indicators.map((node) => {
      const raw = new Map(peers.map((unit) => [unit, meanOf(sums.get(key(unit, node.code)))]));
      const range = { low: node.minPoints ?? 0, high: node.maxPoints };
      return [node.code, { raw, scores: normaliseAcrossPeers(raw, range, node.negative ?? false) }] as const;
    }),
  );
  const { decimals } = framework.scale;
  const details = new Map(
    peers.map((unit) => {
      const given = Object.fromEntries(indicators.map((node) => [node.code, normalised.get(node.code)?.scores.get(unit) ?? null]));
      const { total, missing, scores } = computeTotal(framework, given);
      const rows = indicators.map((node): DdciIndicator => {
        const score = given[node.code];
        return {
          code: node.code,
          answers: sums.get(key(unit, node.code))?.count ?? 0,
          raw: normalised.get(node.code)?.raw.get(unit) ?? null,
          score: score === null ? null : roundScore(score, decimals),
        };
      });
      const components = framework.nodes.map((node) => ({ code: node.code, score: scores[node.code] }));
      return [unit, { total, indicators: rows, components, missing }] as const;
    }),
  );
  const ranks = rankPeers(
    peers.map((unitCode) => ({ unitCode, total: details.get(unitCode)?.total ?? null })),
    framework.direction,
  );
  const units = ranks.map((rank): DdciUnit => {
    const { indicators: rows, components, missing } = details.get(rank.unitCode)!;
    return { ...rank, indicators: rows, components, missing };
  });
  return { units, rejected };
}

interface Sum {
  total: number;
  count: number;
}

function sumAnswers(
  framework: Framework,
  indicators: readonly FrameworkNode[],
  peers: ReadonlySet<string>,
  answers: Iterable<IndicatorAnswer>,
): { sums: Map<string, Sum>; rejected: RejectedIndicatorAnswer[] } {
  const known = new Set(indicators.map((node) => node.code));
  const sums = new Map<string, Sum>();
  const rejected: RejectedIndicatorAnswer[] = [];
  for (const answer of answers) {
    const reason = rejectionOf(answer, known, peers, framework);
    if (reason) {
      rejected.push({ answer, reason });
      continue;
    }
    const sum = sums.get(key(answer.unitCode, answer.indicatorCode)) ?? { total: 0, count: 0 };
    sum.total += answer.value;
    sum.count++;
    sums.set(key(answer.unitCode, answer.indicatorCode), sum);
  }
  return { sums, rejected };
}

function rejectionOf(
  answer: IndicatorAnswer,
  indicators: ReadonlySet<string>,
  peers: ReadonlySet<string>,
  framework: Framework,
): IndicatorRejection | null {
  if (!indicators.has(answer.indicatorCode)) return 'unknown-indicator';
  if (!peers.has(answer.unitCode)) return 'unit-not-in-peer-group';
  // Any finite number, or a point of the framework's answer scale when it states one.
  const scale = framework.survey;
  const valid = Number.isFinite(answer.value) && (!scale || (answer.value >= scale.answerMin && answer.value <= scale.answerMax));
  return valid ? null : 'invalid-value';
}

function meanOf(sum: Sum | undefined): number | null {
  return sum ? sum.total / sum.count : null;
}

function key(unitCode: string, indicatorCode: string): string {
  return `${unitCode}\u0000${indicatorCode}`;
}
