import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { OfficialTable, ReportCheckResponse } from '@cchc/domain';
import { ApiService } from '../../core/api/api.service';
import { toFailure, type Failure } from '../../core/api/load-state';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { StateViewComponent } from '../../shared/state-view';
import { ConsistencyComponent } from './consistency.component';

type Field = keyof OfficialTable;

/**
 * The columns of Biểu II.06a, grouped as the form prints them. The direct column is the combined
 * "direct and postal" one, as most reports print it; the API then leaves receivedPostal out.
 */
const GROUPS: readonly { legend: MessageKey; fields: readonly { field: Field; label: MessageKey; rate?: true }[] }[] = [
  {
    legend: 'dossiers.received',
    fields: [
      { field: 'received', label: 'dossiers.receivedInPeriod' },
      { field: 'receivedOnline', label: 'dossiers.online' },
      { field: 'receivedDirect', label: 'dossiers.directPostal' },
      { field: 'carriedOver', label: 'dossiers.carriedOver' },
    ],
  },
  {
    legend: 'dossiers.resolved',
    fields: [
      { field: 'resolved', label: 'dossiers.total' },
      { field: 'resolvedEarly', label: 'dossiers.early' },
      { field: 'resolvedOnTime', label: 'dossiers.onTime' },
      { field: 'resolvedLate', label: 'dossiers.late' },
      { field: 'returnedOrWithdrawn', label: 'reports.check.returned' },
    ],
  },
  {
    legend: 'dossiers.pending',
    fields: [
      { field: 'pending', label: 'dossiers.total' },
      { field: 'pendingWithinDeadline', label: 'dossiers.withinDeadline' },
      { field: 'pendingOverdue', label: 'dossiers.overdue' },
    ],
  },
  {
    legend: 'reports.check.rates',
    fields: [
      { field: 'onlineRate', label: 'dossiers.onlineRate', rate: true },
      { field: 'directPostalRate', label: 'reports.check.directPostalRate', rate: true },
      { field: 'onTimeRate', label: 'dossiers.onTimeRate', rate: true },
      { field: 'lateRate', label: 'reports.check.lateRate', rate: true },
    ],
  },
];

/** A rate typed the Vietnamese way (82,48) or the English way (82.48); blank is "not in the table". */
export function parseFigure(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? undefined : Number(trimmed);
}

/** "Kiểm tra số liệu tự nhập": an official table typed from a report, checked by the API as the report's own figures are. */
@Component({
  selector: 'cchc-check-form',
  imports: [ConsistencyComponent, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './check-form.component.html',
  styleUrl: './check-form.component.css',
})
export class CheckFormComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  protected readonly groups = GROUPS;

  protected readonly checking = signal(false);
  protected readonly result = signal<ReportCheckResponse | null>(null);
  protected readonly failure = signal<Failure | null>(null);

  protected check(form: HTMLFormElement): void {
    const data = new FormData(form);
    const table: OfficialTable = {};
    for (const { field } of GROUPS.flatMap((group) => group.fields)) {
      const value = parseFigure(String(data.get(field) ?? ''));
      if (value !== undefined) table[field] = value;
    }
    this.checking.set(true);
    this.result.set(null);
    this.failure.set(null);
    this.api.checkReport(table).subscribe({
      next: (result) => {
        this.checking.set(false);
        this.result.set(result);
      },
      error: (error: unknown) => {
        this.checking.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }
}
