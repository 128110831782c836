import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { formatNumber, type RowError } from '@cchc/domain';
import { I18nService } from '../../core/i18n/i18n.service';

/** Rows a file could not give, by line, column, value and reason: the same report for a data load and a task plan. */
@Component({
  selector: 'cchc-row-errors',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table class="errors" data-testid="row-errors">
        <thead>
          <tr>
            <th scope="col">{{ i18n.t('data.col.line') }}</th>
            <th scope="col">{{ i18n.t('data.col.column') }}</th>
            <th scope="col">{{ i18n.t('data.col.value') }}</th>
            <th scope="col">{{ i18n.t('data.col.reason') }}</th>
          </tr>
        </thead>
        <tbody>
          @for (error of errors(); track $index) {
            <tr>
              <td>{{ line(error) }}</td>
              <td class="text">{{ error.column }}</td>
              <td class="text">{{ error.value }}</td>
              <td class="text">{{ i18n.lang() === 'vi' ? error.reasonVi : error.reasonEn }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class RowErrorsComponent {
  protected readonly i18n = inject(I18nService);
  readonly errors = input.required<readonly RowError[]>();

  protected line(error: RowError): string {
    return formatNumber(error.line, this.i18n.lang());
  }
}
