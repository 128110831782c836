// Year-on-year change of one unit's rank and score, or the reason there is none to show.
import { exactDifference } from './exact-difference';

export interface YearResult {
  /** Version of the framework the score was computed under. */
  framework: string;
  /** Unit codes of the peer group the rank was computed in. */
  peers: readonly string[];
  rank: number | null;
  total: number | null;
}

export type NoChangeReason = 'no-previous' | 'methodology-changed' | 'peer-group-changed' | 'not-ranked' | 'no-total';

export type YearChange = { value: number; reason: null } | { value: null; reason: NoChangeReason };

export interface RankChange {
  /** Places gained: 11th → 15th is −4 ("giảm 04 bậc"). */
  rank: YearChange;
  score: YearChange;
}

/**
 * A rank is measured against the peers and a score against the framework, so a changed peer group
 * voids only the rank change, and a changed framework voids both. Peer groups are compared by
 * membership, not by name, because their names are dated ("khối sở 2022", "khối sở 2023").
 */
export function rankChange(previous: YearResult | null, current: YearResult): RankChange {
  if (!previous) return { rank: none('no-previous'), score: none('no-previous') };
  if (previous.framework !== current.framework) {
    return { rank: none('methodology-changed'), score: none('methodology-changed') };
  }
  const score = previous.total === null || current.total === null
    ? none('no-total')
    : some(exactDifference(current.total, previous.total));
  if (!samePeers(previous.peers, current.peers)) return { rank: none('peer-group-changed'), score };
  const rank = previous.rank === null || current.rank === null ? none('not-ranked') : some(previous.rank - current.rank);
  return { rank, score };
}

function samePeers(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((code) => right.has(code));
}

function some(value: number): YearChange {
  return { value, reason: null };
}

function none(reason: NoChangeReason): YearChange {
  return { value: null, reason };
}
