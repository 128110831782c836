// The league table's sorting and the units picked for the radar: pure, so the page only wires them.
import type { UnitIndexResult } from '@cchc/domain';

export type SortKey = 'rank' | 'unit' | 'total' | 'change';

export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** The order a column sorts in first: places from 1 and names A–Z, but the highest totals and the most places gained first. */
const FIRST_DESCENDING: Record<SortKey, boolean> = { rank: false, unit: false, total: true, change: true };

const VALUE: Record<SortKey, (unit: UnitIndexResult) => number | string | null> = {
  rank: (unit) => unit.rank,
  unit: (unit) => unit.unitName,
  total: (unit) => unit.total,
  change: (unit) => unit.rankChange,
};

/** A sorted copy; units without the value (unranked, not comparable) stay at the bottom both ways, ties in published order. */
export function sortUnits(units: readonly UnitIndexResult[], { key, descending }: Sort): UnitIndexResult[] {
  const value = VALUE[key];
  return [...units].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'vi') : x - Number(y);
    return descending ? -order : order;
  });
}

/** A click on a column heading: the same column the other way round, another column in its own first order. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: FIRST_DESCENDING[key] };
}

/** A radar with one unit compares nothing; with more than four it is unreadable. */
export const MIN_PICKS = 2;
export const MAX_PICKS = 4;

/**
 * The units on the radar: those the URL names (comma-separated) that are in the group, at most four;
 * else the first two of the ranking and the agency chosen on the other pages.
 */
export function pickUnits(asked: string | null, units: readonly UnitIndexResult[], agency: string | null): string[] {
  const codes = units.map((unit) => unit.unitCode);
  const named = [...new Set((asked ?? '').split(','))].filter((code) => codes.includes(code));
  if (named.length > 0) return named.slice(0, MAX_PICKS);
  const first = codes.slice(0, MIN_PICKS);
  return agency && codes.includes(agency) && !first.includes(agency) ? [...first, agency] : first;
}
