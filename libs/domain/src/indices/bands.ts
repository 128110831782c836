// Puts a ranked unit in its framework's band: by percentile for quartile bands (PAPI), by total for
// threshold bands (PAR INDEX group A ≥ 90%, B 80–<90%).
import type { BandGroup, FrameworkBands } from './framework';
import { atOrAbovePercentile, type PeerRank } from './ranking';

/** The best group whose lower bound the unit reaches, or null (no total, or below every threshold). */
export function bandOf(bands: FrameworkBands, unit: Pick<PeerRank, 'total' | 'rank' | 'rankedCount'>): BandGroup | null {
  const { total, rank, rankedCount } = unit;
  if (total === null || rank === null) return null;
  const reaches = (group: BandGroup) =>
    bands.kind === 'quartile' ? atOrAbovePercentile(rank, rankedCount, group.from) : total >= group.from;
  return bands.groups.find(reaches) ?? null;
}
