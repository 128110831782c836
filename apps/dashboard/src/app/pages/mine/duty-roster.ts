// The duty roster's forms as the API takes them: pure, so the component only wires them.
import type { DutySlot, Leave } from '@cchc/domain';

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** An empty end date is "until further notice". */
export function slotFrom(form: FormData): DutySlot {
  return {
    weekday: Number(text(form, 'weekday')),
    primary: text(form, 'primary'),
    backup: text(form, 'backup'),
    validFrom: text(form, 'validFrom'),
    validTo: text(form, 'validTo') || null,
  };
}

/** Without a substitute the slot's backup steps in. */
export function leaveFrom(form: FormData): Leave {
  return { officer: text(form, 'officer'), from: text(form, 'from'), to: text(form, 'to'), substitute: text(form, 'substitute') || null };
}

/** Everyone the roster names, for the leave form to suggest. */
export function rosterOfficers(roster: readonly DutySlot[]): string[] {
  return [...new Set(roster.flatMap((slot) => [slot.primary, slot.backup]))].sort((a, b) => a.localeCompare(b, 'vi'));
}
