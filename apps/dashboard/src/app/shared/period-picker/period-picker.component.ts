import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { makePeriod, parsePeriod, type PeriodKind } from '@cchc/domain';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';

export interface PeriodChoice {
  period: string;
  calendar: boolean;
}

const KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'nine_months', 'year'];
const PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, nine_months: 0, year: 0 };
const FIRST_YEAR = 2018;

/** The last month (1–12) a period covers, so a change of kind keeps the same stretch of the year. */
function lastMonth(kind: PeriodKind, index: number | null): number {
  if (kind === 'month') return index!;
  if (kind === 'quarter') return index! * 3;
  if (kind === 'half') return index! * 6;
  return kind === 'nine_months' ? 9 : 12;
}

/** Picks an official (Decree 09/2019) or calendar period and emits its code, e.g. 2023-H1. */
@Component({
  selector: 'cchc-period-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './period-picker.component.html',
  styleUrl: './period-picker.component.css',
})
export class PeriodPickerComponent {
  protected readonly i18n = inject(I18nService);
  readonly period = input.required<string>();
  readonly calendar = input(false);
  readonly changed = output<PeriodChoice>();

  protected readonly kinds = KINDS;
  protected readonly current = computed(() => parsePeriod(this.period()));
  protected readonly years = computed(() => {
    const last = Math.max(new Date().getFullYear(), this.current().year);
    const first = Math.min(FIRST_YEAR, this.current().year);
    return Array.from({ length: last - first + 1 }, (_, i) => last - i);
  });
  protected readonly indexes = computed(() => Array.from({ length: PER_YEAR[this.current().kind] }, (_, i) => i + 1));

  protected kindLabel(kind: PeriodKind): MessageKey {
    return `period.kind.${kind}`;
  }

  protected indexLabel(index: number): string {
    const kind = this.current().kind;
    if (kind === 'quarter') return ['I', 'II', 'III', 'IV'][index - 1]!;
    if (kind === 'half')
      return this.i18n.lang() === 'vi' ? (index === 1 ? '6 tháng đầu' : '6 tháng cuối') : index === 1 ? 'First half' : 'Second half';
    return String(index);
  }

  /** Keeps what still fits when the kind changes (month 8 → quarter 3 → half 2). */
  choose(change: { kind?: PeriodKind; year?: number; index?: number }): void {
    const now = this.current();
    const kind = change.kind ?? now.kind;
    const year = change.year ?? now.year;
    const count = PER_YEAR[kind];
    let index = change.index ?? now.index;
    if (kind !== now.kind) index = count === 0 ? null : Math.ceil(lastMonth(now.kind, now.index) / (12 / count));
    this.changed.emit({ period: makePeriod(kind, year, index, this.calendar()).code, calendar: this.calendar() });
  }

  setCalendar(calendar: boolean): void {
    this.changed.emit({ period: this.period(), calendar });
  }

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
}
