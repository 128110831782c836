// DDCI's min–max normalisation of one indicator across the units of a peer group.

export interface ScoreRange {
  low: number;
  high: number;
}

/**
 * Puts each unit's raw value on [low, high]: the worst unit of the group gets `low`, the best `high`,
 * the others in proportion. A negative indicator (informal charges) is inverted: the lowest raw value
 * is the best. Units without a value stay null and do not move the ends.
 *
 * When every unit has the same value, all get `high`: min–max only measures the distance from the
 * worst unit, and here no unit is behind any other; `low` would punish a whole block for doing
 * equally well, and any constant leaves the ranks unchanged.
 */
export function normaliseAcrossPeers(
  raw: ReadonlyMap<string, number | null>,
  range: ScoreRange,
  negative: boolean,
): Map<string, number | null> {
  const values = [...raw.values()].filter((value): value is number => value !== null);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const scores = new Map<string, number | null>();
  for (const [unit, value] of raw) {
    if (value === null) scores.set(unit, null);
    else if (max === min) scores.set(unit, range.high);
    else {
      const position = negative ? (max - value) / (max - min) : (value - min) / (max - min);
      scores.set(unit, range.low + position * (range.high - range.low));
    }
  }
  return scores;
}
