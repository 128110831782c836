/**
 * Days are UTC midnights standing for Vietnamese calendar days, and times are minutes after midnight
 * in Vietnam time: the exports carry local wall-clock text, so no zone arithmetic is needed.
 */
export const DAY = 86_400_000;
export const OPEN = 7 * 60 + 30;
export const CLOSE = 17 * 60;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
export const isoOf = (day: number): string => new Date(day).toISOString().slice(0, 10);

/**
 * Public holidays close to the official schedules (Tết breaks, Hùng Kings' day, 30/4, 1/5, 2/9) so the
 * one-stop shop is quiet when real ones are; weekend compensation days are left out.
 */
const HOLIDAY_RANGES: readonly [string, string][] = [
  ['2021-02-10', '2021-02-16'],
  ['2021-04-21', '2021-04-21'],
  ['2021-09-02', '2021-09-03'],
  ['2022-01-31', '2022-02-04'],
  ['2022-04-11', '2022-04-11'],
  ['2022-09-01', '2022-09-02'],
  ['2023-01-20', '2023-01-26'],
  ['2023-05-01', '2023-05-03'],
  ['2023-09-01', '2023-09-04'],
  ['2024-02-08', '2024-02-14'],
  ['2024-04-18', '2024-04-18'],
  ['2024-04-29', '2024-05-01'],
  ['2024-09-02', '2024-09-03'],
  ['2025-01-27', '2025-01-31'],
  ['2025-04-07', '2025-04-07'],
  ['2025-04-30', '2025-05-02'],
  ['2025-09-01', '2025-09-02'],
  ['2026-02-16', '2026-02-20'],
  ['2026-04-27', '2026-04-27'],
  ['2026-04-30', '2026-05-01'],
  ['2026-08-31', '2026-09-02'],
  ['2027-02-04', '2027-02-10'],
  ['2027-04-16', '2027-04-16'],
  ['2027-04-30', '2027-05-03'],
  ['2027-09-02', '2027-09-03'],
];
const FIXED_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'];

const holidays = new Set<number>();
for (const [from, to] of HOLIDAY_RANGES) for (let day = dayOf(from); day <= dayOf(to); day += DAY) holidays.add(day);

export function isWorkingDay(day: number): boolean {
  const weekday = new Date(day).getUTCDay();
  if (weekday === 0 || weekday === 6 || holidays.has(day)) return false;
  return !FIXED_HOLIDAYS.includes(isoOf(day).slice(5));
}

export function addWorkingDays(day: number, count: number): number {
  let current = day;
  for (let added = 0; added < count;) {
    current += DAY;
    if (isWorkingDay(current)) added++;
  }
  return current;
}

/** Years since 2021-01-01 as a fraction, for the yearly curves of a profile. */
export const yearsSince2021 = (day: number): number => (day - dayOf('2021-01-01')) / (365.25 * DAY);

/** dd/MM/yyyy HH:mm, as the one-stop software exports it. */
export function exportText(day: number, minutes: number): string {
  const d = new Date(day);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** yymmdd, as in national dossier codes such as 000.00.12.H18-230614-0001. */
export function compactDate(day: number): string {
  const d = new Date(day);
  return `${pad(d.getUTCFullYear() % 100)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** Receipt-like time: mornings busier than afternoons, nothing over lunch or after closing. */
export function officeMinute(random: () => number): number {
  return random() < 0.6 ? OPEN + Math.floor(random() * 240) : 13 * 60 + 30 + Math.floor(random() * 210);
}
