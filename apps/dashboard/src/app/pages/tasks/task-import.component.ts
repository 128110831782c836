import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { formatNumber, type TaskImportResponse } from '@cchc/domain';
import { ApiService } from '../../core/api/api.service';
import { failureText, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { RowErrorsComponent } from '../../shared/row-errors';

/**
 * A provincial task plan (XLSX or CSV) in one go, every row under the same assigning document: how
 * many rows were read and tasks created, and the rows the API could not take, by line and reason.
 */
@Component({
  selector: 'cchc-task-import',
  imports: [RowErrorsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="card form" data-testid="task-import">
      <summary>{{ i18n.t('tasks.import') }}</summary>
      <form class="form-grid" #form (submit)="$event.preventDefault(); send(form)">
        <label class="wide">
          {{ i18n.t('tasks.import.file') }}
          <input type="file" name="file" accept=".csv,.tsv,.txt,.xlsx" required data-testid="task-import-file" (change)="pick($event)" />
        </label>
        <label class="wide">
          {{ i18n.t('tasks.form.document') }}
          <input
            type="text"
            name="document"
            maxlength="512"
            required
            autocomplete="off"
            placeholder="Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023"
            data-testid="task-import-document"
          />
        </label>
        <div class="form-actions wide">
          <button type="submit" class="primary" [disabled]="!file() || sending()">
            {{ sending() ? i18n.t('tasks.import.sending') : i18n.t('tasks.import.submit') }}
          </button>
          @if (failure(); as failure) {
            <span class="error" role="alert">{{ failureText(failure) }}</span>
          }
        </div>
      </form>
      @if (result(); as result) {
        <p class="result" role="status" data-testid="task-import-result">
          {{ i18n.t('tasks.import.result', { read: n(result.rowsRead), created: n(result.created), errors: n(result.errors.length) }) }}
        </p>
        @if (result.errors.length > 0) {
          <cchc-row-errors [errors]="result.errors" />
        }
      }
    </details>
  `,
  styleUrl: '../../shared/task-form/task-form.css',
})
export class TaskImportComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  readonly agency = input.required<string>();
  readonly imported = output<TaskImportResponse>();

  protected readonly file = signal<File | null>(null);
  protected readonly sending = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly result = signal<TaskImportResponse | null>(null);

  protected send(form: HTMLFormElement): void {
    const file = this.file();
    const document = String(new FormData(form).get('document') ?? '').trim();
    if (!file || !document || this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.result.set(null);
    this.api.importTasks(this.agency(), file, document).subscribe({
      next: (result) => {
        this.sending.set(false);
        this.result.set(result);
        form.reset();
        this.file.set(null);
        this.imported.emit(result);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  protected pick(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }
  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
}
