import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { formatDate, TASK_STATUSES, vnDate, type TaskStatus, type TaskView } from '@cchc/domain';
import { ApiService } from '../../core/api/api.service';
import { failureText, toFailure, type Failure } from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { mayUpdateTask, taskDepartments } from '../../core/auth/permissions';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { TaskFormComponent } from '../task-form';
import { daysBetween } from '../tasks/tasks';

export function taskStatusKey(status: TaskStatus): MessageKey {
  return `task.status.${status}`;
}

/**
 * One task and its "5 rõ" — who, what, when, who answers for it, what it delivers — with the document
 * that assigned it. Overdue and stale are said in words beside the colour. Whoever may change the
 * task posts a status and a comment in one go, and — when the page knows the agency's departments —
 * edits its "5 rõ"; the card shows the API's answer and hands it on.
 */
@Component({
  selector: 'cchc-task-card',
  imports: [TaskFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-card.component.html',
  styleUrl: './task-card.component.css',
})
export class TaskCardComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  private readonly auth = inject(AuthService);
  readonly task = input.required<TaskView>();
  /** The agency's departments, to move the task to or have support it; without them the card offers no edit. */
  readonly departments = input<readonly string[]>([]);
  readonly updated = output<TaskView>();

  protected readonly statuses = TASK_STATUSES;
  protected readonly editable = computed(() => mayUpdateTask(this.auth.user(), this.task()));
  /** The lead departments the account may hand the task to, as when creating one. */
  protected readonly leads = computed(() => taskDepartments(this.auth.user(), this.task().agencyCode, this.departments()));
  private readonly today = vnDate(new Date());
  protected readonly overdueDays = computed(() => daysBetween(this.task().dueDate, this.today));
  protected readonly silentDays = computed(() => daysBetween(this.task().lastUpdate, this.today));
  protected readonly latest = computed(() => this.task().updates.at(-1) ?? null);

  /** The status to post: the task's own until another is picked, and again once the task changes. */
  protected readonly status = linkedSignal<TaskStatus>(() => this.task().status);
  protected readonly comment = signal('');
  protected readonly sending = signal(false);
  protected readonly failure = signal<Failure | null>(null);

  protected post(): void {
    const comment = this.comment().trim();
    if (!comment || this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.api.updateTask(this.task().id, { status: this.status(), comment }).subscribe({
      next: (task) => {
        this.sending.set(false);
        this.comment.set('');
        this.updated.emit(task);
      },
      error: (error: unknown) => {
        this.sending.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  protected statusLabel(status: TaskStatus): string {
    return this.i18n.t(taskStatusKey(status));
  }
  protected date(iso: string): string {
    return formatDate(iso, this.i18n.lang());
  }
  /** Evidence is text plus links; only web addresses become links. */
  protected isLink(evidence: string): boolean {
    return /^https?:\/\//i.test(evidence);
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
  protected pickStatus(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.status.set(TASK_STATUSES.find((s) => s === value) ?? this.task().status);
  }
  protected typed(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
}
