// Ranks the units of one peer group (khối) by their totals, the way results are published: "15/15".
import type { Direction } from './framework';
import { percent } from '../lib/percent';

export type QuartileGroup = 'highest' | 'high-average' | 'low-average' | 'lowest';

export interface PeerScore {
  unitCode: string;
  /** null: no total (a component was missing, or the publisher gave none). */
  total: number | null;
}

export interface PeerRank extends PeerScore {
  /** Competition ranking: ties share the best place and the next place is skipped (1, 2, 2, 4). */
  rank: number | null;
  /**
   * Every member of the peer group, ranked or not, so "15/15" reads like the published rank even in
   * a year where one member has no total. The caller decides membership; rankedCount says how many
   * actually have a place.
   */
  peerCount: number;
  rankedCount: number;
  /** Share of the other ranked units this one is not behind, in %: 100 for the best, 0 for the worst. */
  percentile: number | null;
  quartileGroup: QuartileGroup | null;
}

/**
 * Ranks a peer group and returns it best first, ties and then unranked units by unit code. A
 * duplicate unit or a total that is not a finite number is a caller's bug and throws.
 */
export function rankPeers(scores: readonly PeerScore[], direction: Direction = 'higher-better'): PeerRank[] {
  assertRankable(scores);
  const better = (a: number, b: number) => (direction === 'higher-better' ? b - a : a - b);
  const ranked = scores
    .filter((score): score is { unitCode: string; total: number } => score.total !== null)
    .sort((a, b) => better(a.total, b.total) || byCode(a, b));
  const unranked = scores.filter((score) => score.total === null).sort(byCode);
  const peerCount = scores.length;
  const rankedCount = ranked.length;
  let rank = 0;
  const places = ranked.map((score, index): PeerRank => {
    if (index === 0 || score.total !== ranked[index - 1].total) rank = index + 1;
    return {
      ...score,
      rank,
      peerCount,
      rankedCount,
      percentile: rankedCount === 1 ? 100 : percent(rankedCount - rank, rankedCount - 1),
      quartileGroup: quartileGroupOf(rank, rankedCount),
    };
  });
  const rest = unranked.map(
    (score): PeerRank => ({ ...score, rank: null, peerCount, rankedCount, percentile: null, quartileGroup: null }),
  );
  return [...places, ...rest];
}

/**
 * PAPI's four groups: at or above the 75th percentile, 50th–75th, 25th–50th, below the 25th. A unit
 * at or above the p-th percentile score (interpolated as Excel's PERCENTILE.INC) is exactly a unit
 * whose percentile is at least p, so the test runs on integers and never on a rounded percentile.
 */
export function quartileGroupOf(rank: number, rankedCount: number): QuartileGroup {
  if (atOrAbovePercentile(rank, rankedCount, 75)) return 'highest';
  if (atOrAbovePercentile(rank, rankedCount, 50)) return 'high-average';
  if (atOrAbovePercentile(rank, rankedCount, 25)) return 'low-average';
  return 'lowest';
}

/** (rankedCount − rank) ÷ (rankedCount − 1) ≥ p ÷ 100, without dividing; a lone unit is at the top. */
export function atOrAbovePercentile(rank: number, rankedCount: number, p: number): boolean {
  if (rankedCount === 1) return true;
  return 100 * (rankedCount - rank) >= p * (rankedCount - 1);
}

function assertRankable(scores: readonly PeerScore[]): void {
  const seen = new Set<string>();
  for (const { unitCode, total } of scores) {
    if (seen.has(unitCode)) throw new Error(`rankPeers: unit ${unitCode} appears twice`);
    seen.add(unitCode);
    if (total !== null && !Number.isFinite(total)) throw new RangeError(`rankPeers: unit ${unitCode} has total ${total}`);
  }
}

function byCode(a: PeerScore, b: PeerScore): number {
  return a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0;
}
