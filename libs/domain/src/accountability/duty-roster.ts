// Who staffs the one-stop counter (Bộ phận Một cửa) on a given day: a primary and a backup officer
// per weekday for a date range, and substitutes while someone is on leave (seed 001).

export interface DutySlot {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  primary: string;
  backup: string;
  /** yyyy-MM-dd, inclusive; validTo null = until further notice. */
  validFrom: string;
  validTo: string | null;
}

export interface Leave {
  officer: string;
  from: string;
  to: string;
  /** Named stand-in; without one the slot's backup steps in. */
  substitute: string | null;
}

export type DutyReason = 'primary' | 'substitute' | 'backup' | 'nobody';

export interface DutyDay {
  date: string;
  weekday: number;
  primary: string | null;
  backup: string | null;
  /** Who is actually at the counter, and why it is them. */
  onDuty: string | null;
  reason: DutyReason;
}

export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

function onLeave(leaves: readonly Leave[], officer: string, date: string): Leave | undefined {
  return leaves.find((l) => l.officer === officer && l.from <= date && date <= l.to);
}

/** The slot in force that day (the most recently started one wins when ranges overlap). */
export function dutyOn(roster: readonly DutySlot[], leaves: readonly Leave[], date: string): DutyDay {
  const weekday = isoWeekday(date);
  const slot = roster
    .filter((s) => s.weekday === weekday && s.validFrom <= date && (s.validTo === null || date <= s.validTo))
    .sort((a, b) => (a.validFrom < b.validFrom ? 1 : a.validFrom > b.validFrom ? -1 : 0))[0];
  if (!slot) return { date, weekday, primary: null, backup: null, onDuty: null, reason: 'nobody' };
  const base = { date, weekday, primary: slot.primary, backup: slot.backup };
  const leave = onLeave(leaves, slot.primary, date);
  if (!leave) return { ...base, onDuty: slot.primary, reason: 'primary' };
  if (leave.substitute && !onLeave(leaves, leave.substitute, date)) return { ...base, onDuty: leave.substitute, reason: 'substitute' };
  if (!onLeave(leaves, slot.backup, date)) return { ...base, onDuty: slot.backup, reason: 'backup' };
  return { ...base, onDuty: null, reason: 'nobody' };
}
