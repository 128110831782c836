// The league table's sorting and the units picked for the radar: pure, so the page only wires them.
import type { UnitIndexResult } from '@cchc/domain';
import { nextSort as nextSortOf, sortRows, type Sort as GenericSort, type SortValues } from '../../shared/sort/sort';

export type SortKey = 'rank' | 'unit' | 'total' | 'change';

export type Sort = GenericSort<SortKey>;

/** The order a column sorts in first: places from 1 and names A–Z, but the highest totals and the most places gained first. */
const FIRST_DESCENDING: Record<SortKey, boolean> = { rank: false, unit: false, total: true, change: true };

const VALUES: SortValues<UnitIndexResult, SortKey> = {
  rank: (unit) => unit.rank,
  unit: (unit) => unit.unitName,
  total: (unit) => unit.total,
  change: (unit) => unit.rankChange,
};

/** A sorted copy; units without the value (unranked, not comparable) stay at the bottom both ways, ties in published order. */
export function sortUnits(units: readonly UnitIndexResult[], sort: Sort): UnitIndexResult[] {
  return sortRows(units, sort, VALUES);
}

export function nextSort(current: Sort, key: SortKey): Sort {
  return nextSortOf(current, key, FIRST_DESCENDING);
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
