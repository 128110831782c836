/**
 * numerator ÷ denominator as a percentage rounded half-up to 2 decimals, or null when there is no
 * base. Whole counts are divided in integer arithmetic (hundredths of a percent), so 353/428 gives
 * exactly 82.48 and 1/800 gives 0.13, with none of the drift of rounding a binary float.
 */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  if (!isCount(numerator) || !isCount(denominator)) return roundHalfUp((numerator / denominator) * 100, 2);
  const negative = numerator < 0 !== denominator < 0;
  const n = BigInt(Math.abs(numerator));
  const d = BigInt(Math.abs(denominator));
  // half-up on hundredths: floor((n·10000 + d/2) / d), kept integral by doubling both sides
  const hundredths = Number((n * 20_000n + d) / (2n * d));
  if (hundredths === 0) return 0;
  return (negative ? -hundredths : hundredths) / 100;
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value);
}

/**
 * Rounds half away from zero (-1.005 → -1.01, mirroring 1.005 → 1.01), so a sign change never
 * changes the magnitude shown. The shift goes through the decimal exponent of the number's shortest
 * string form: 1.005 is stored as 1.00499999…, and multiplying by 100 would round it down, whereas
 * "1.005e2" parses to exactly 100.5.
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value) || !Number.isInteger(decimals)) return value;
  const magnitude = Math.round(shift(Math.abs(value), decimals));
  const rounded = shift(magnitude, -decimals);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** value · 10^places done on the decimal string, also for values String() writes as 1e-7 or 1e+21. */
function shift(value: number, places: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + places}`);
}
