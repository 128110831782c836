import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { NewTask, TaskEdit, TaskView } from '@cchc/domain';
import type { Observable } from 'rxjs';
import { ApiService } from '../../core/api/api.service';
import { failureText, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';

/** Every field of the form as the API takes it: evidence is one link or note per line, an empty start date is none. */
export function taskFieldsFrom(form: FormData): Required<TaskEdit> {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  return {
    content: text('content'),
    leadDepartment: text('leadDepartment'),
    leadPerson: text('leadPerson'),
    supportingDepartments: form.getAll('supporting').map(String),
    startDate: text('startDate') || null,
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

/** A new task leaves out the start date it does not have. */
export function newTaskFrom(form: FormData, agency: string): NewTask {
  const { startDate, ...fields } = taskFieldsFrom(form);
  return { agency, ...fields, ...(startDate ? { startDate } : {}) };
}

/**
 * A task's "5 rõ" and the document that assigns it: a new task, or — given `task` — the same fields
 * filled in to edit it. The lead departments offered are the ones the account may give tasks to (a
 * department head: their own); the browser checks the required fields, the API the rest.
 */
@Component({
  selector: 'cchc-task-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-form.component.html',
  styleUrl: './task-form.css',
})
export class TaskFormComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  readonly agency = input.required<string>();
  /** Lead departments the account may choose. */
  readonly leads = input.required<readonly string[]>();
  /** Every department of the agency, to support. */
  readonly departments = input.required<readonly string[]>();
  /** The task to edit; none for a new one. */
  readonly task = input<TaskView | null>(null);
  readonly saved = output<TaskView>();

  /** Create and edit forms can share a page (the list's cards), so their test ids differ. */
  protected readonly prefix = computed(() => (this.task() ? 'task-edit' : 'task-form'));
  protected readonly labels = computed(() => {
    const edit = this.task() !== null;
    const key = (create: MessageKey, change: MessageKey) => this.i18n.t(edit ? change : create);
    return {
      title: key('tasks.create', 'tasks.edit'),
      submit: key('tasks.form.submit', 'tasks.form.save'),
      done: key('tasks.form.created', 'tasks.form.saved'),
    };
  });

  protected readonly evidence = computed(() => this.task()?.evidence.join('\n') ?? '');

  protected readonly sending = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly done = signal(false);

  protected submit(form: HTMLFormElement): void {
    if (this.sending()) return;
    const task = this.task();
    const data = new FormData(form);
    const request: Observable<TaskView> = task
      ? this.api.editTask(task.id, taskFieldsFrom(data))
      : this.api.createTask(newTaskFrom(data, this.agency()));
    this.sending.set(true);
    this.failure.set(null);
    this.done.set(false);
    request.subscribe({
      next: (saved) => {
        this.sending.set(false);
        this.done.set(true);
        // a new task's form empties for the next one; an edited one keeps showing the task as saved
        if (!task) form.reset();
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  protected id(field: string): string {
    return `${this.prefix()}-${field}`;
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
}
