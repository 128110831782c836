import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { NewTask, TaskView } from '@cchc/domain';
import { ApiService } from '../../core/api/api.service';
import { failureText, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';

/** The form's fields as the API takes them; empty optional fields are left out, evidence is one link or note per line. */
export function newTaskFrom(form: FormData, agency: string): NewTask {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const startDate = text('startDate');
  return {
    agency,
    content: text('content'),
    leadDepartment: text('leadDepartment'),
    leadPerson: text('leadPerson'),
    supportingDepartments: form.getAll('supporting').map(String),
    ...(startDate ? { startDate } : {}),
    dueDate: text('dueDate'),
    accountableHead: text('accountableHead'),
    deliverable: text('deliverable'),
    evidence: text('evidence')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    assigningDocument: text('assigningDocument'),
  };
}

/**
 * A new task with its "5 rõ" and the document that assigns it. The lead departments offered are the
 * ones the account may give tasks to (a department head: their own); the browser checks the required
 * fields, the API the rest.
 */
@Component({
  selector: 'cchc-task-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-form.component.html',
  styleUrl: './task-forms.css',
})
export class TaskFormComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  readonly agency = input.required<string>();
  /** Lead departments the account may choose. */
  readonly leads = input.required<readonly string[]>();
  /** Every department of the agency, to support. */
  readonly departments = input.required<readonly string[]>();
  readonly created = output<TaskView>();

  protected readonly sending = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly done = signal(false);

  protected create(form: HTMLFormElement): void {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.done.set(false);
    this.api.createTask(newTaskFrom(new FormData(form), this.agency())).subscribe({
      next: (task) => {
        this.sending.set(false);
        this.done.set(true);
        form.reset();
        this.created.emit(task);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
}
