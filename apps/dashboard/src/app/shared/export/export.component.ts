import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { saveFile } from '../save-file/save-file';
import { tableCsv, tableXlsx, type ExportTable } from './table-export';

/** "Xuất": the table beside it as CSV or XLSX, with the filters it is shown under. */
@Component({
  selector: 'cchc-export',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="export no-print" role="group" [attr.aria-label]="i18n.t('export.label')">
      <span aria-hidden="true">{{ i18n.t('export.label') }}:</span>
      <button type="button" data-testid="export-csv" (click)="csv()">CSV</button>
      <button type="button" data-testid="export-xlsx" [disabled]="busy()" (click)="xlsx()">XLSX</button>
    </div>
  `,
  styles: `
    .export {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      margin: 0.25rem 0;
      font-size: 0.85rem;
      color: var(--muted);
    }
  `,
})
export class ExportComponent {
  protected readonly i18n = inject(I18nService);
  readonly table = input.required<ExportTable>();
  /** While exceljs loads and writes: a second click would save the file twice. */
  protected readonly busy = signal(false);

  protected csv(): void {
    const table = this.table();
    saveFile(tableCsv(table), `${table.name}.csv`);
  }

  protected async xlsx(): Promise<void> {
    const table = this.table();
    this.busy.set(true);
    try {
      saveFile(await tableXlsx(table), `${table.name}.xlsx`);
    } finally {
      this.busy.set(false);
    }
  }
}
