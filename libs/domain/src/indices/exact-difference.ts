// Differences of decimal figures without binary noise: 86.29 − 84.1 is 2.19, not 2.1900000000000117.
import { roundHalfUp } from '../lib/percent';

/** a − b, exact for inputs of up to 12 decimals: such a difference has no more decimals than its inputs. */
export function exactDifference(a: number, b: number): number {
  return roundHalfUp(a - b, Math.max(decimalsOf(a), decimalsOf(b)));
}

function decimalsOf(value: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(12, Math.max(0, fraction - Number(exponent)));
}
