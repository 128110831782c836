// Rounding of computed scores (weighted sums, means, ratio × max ÷ threshold) for display and ranking.
import { roundHalfUp } from '../lib/percent';

/**
 * Half-up to `decimals`, after clearing the binary noise arithmetic leaves below 1e-9: 4.35 × 3 ÷ 2
 * comes out as 6.5249999999999995 and must still show as 6.53, the way it is worked out on paper.
 */
export function roundScore(value: number, decimals: number): number {
  return roundHalfUp(roundHalfUp(value, 9), decimals);
}
