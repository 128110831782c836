// ISO weekdays (1 = Monday … 7 = Sunday, as the duty roster counts them) in words.
import type { MessageKey } from '../../core/i18n/i18n.service';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The API takes and gives only 1–7 (DutySlotDto), so the fallback is never reached in practice. */
export function weekdayKey(weekday: number): MessageKey {
  return `weekday.${WEEKDAYS.find((day) => day === weekday) ?? 1}`;
}
