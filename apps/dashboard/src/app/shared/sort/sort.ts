// Sortable tables (league table, department scorecard): pure, so the pages only wire the clicks.

export interface Sort<K extends string> {
  key: K;
  descending: boolean;
}

/** How each column reads a row; null is "no value". */
export type SortValues<T, K extends string> = Readonly<Record<K, (row: T) => number | string | null>>;

/** A sorted copy; rows without the value stay at the bottom both ways, ties in the given order, names in Vietnamese order. */
export function sortRows<T, K extends string>(rows: readonly T[], { key, descending }: Sort<K>, values: SortValues<T, K>): T[] {
  const value = values[key];
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'string' ? x.localeCompare(String(y), 'vi') : x - Number(y);
    return descending ? -order : order;
  });
}

/** A click on a column heading: the same column the other way round, another column in its own first order. */
export function nextSort<K extends string>(current: Sort<K>, key: K, firstDescending: Readonly<Record<K, boolean>>): Sort<K> {
  return current.key === key ? { key, descending: !current.descending } : { key, descending: firstDescending[key] };
}

/** The heading's aria-sort: only the sorted column has one. */
export function ariaSort<K extends string>(sort: Sort<K>, key: K): 'ascending' | 'descending' | null {
  return sort.key !== key ? null : sort.descending ? 'descending' : 'ascending';
}
