// Picks the methodology in force for a year among the loaded frameworks of all families.
import type { Framework, IndexFamily } from './framework';

/**
 * The framework of `family` whose year range contains `year`, or null when none does. Two that both
 * contain the year are a configuration error (which one scores would depend on load order), so it throws.
 */
export function frameworkFor(frameworks: readonly Framework[], family: IndexFamily, year: number): Framework | null {
  const matches = frameworks.filter(
    (framework) => framework.family === family && framework.yearFrom <= year && year <= (framework.yearTo ?? Infinity),
  );
  if (matches.length > 1) {
    const versions = matches.map((framework) => framework.version).join(', ');
    throw new Error(`${family} ${year}: frameworks ${versions} all cover the year`);
  }
  return matches[0] ?? null;
}
