import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { formatNumber, TASK_STATUSES, vnDate, type TaskImportResponse, type TaskStatus, type TaskView } from '@cchc/domain';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState, sameKey } from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { mayManage, taskDepartments } from '../../core/auth/permissions';
import { I18nService, translator } from '../../core/i18n/i18n.service';
import { AgencyPickerComponent, agencyName } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { ExportComponent } from '../../shared/export';
import { AGENCY_KEY, pickAgency } from '../../shared/dossier-filters/dossier-filters';
import { StateViewComponent } from '../../shared/state-view';
import { TaskCardComponent, taskStatusKey } from '../../shared/task-card';
import { TaskFormComponent } from '../../shared/task-form';
import { taskTable } from '../../shared/tasks/task-export';
import { byDueDate, filterTasks, TASK_FLAGS, taskFilter, withTask, type TaskFlag } from '../../shared/tasks/tasks';
import { DepartmentScorecardComponent } from './department-scorecard.component';
import { TaskImportComponent } from './task-import.component';

type TaskParams = Partial<Record<'agency' | 'department' | 'status' | 'only', string | null>>;

/**
 * An agency's tasks with their "5 rõ": filtered by lead department, status, and overdue or stale
 * (all in the URL, so the overview can link to "the overdue ones"); updates, new tasks and plan
 * imports for the accounts that may make them; and, for those who hold departments to account, the
 * department scorecard.
 */
@Component({
  selector: 'cchc-tasks-page',
  imports: [
    AgencyPickerComponent,
    DataLinkComponent,
    DepartmentScorecardComponent,
    ExportComponent,
    StateViewComponent,
    TaskCardComponent,
    TaskFormComponent,
    TaskImportComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tasks.page.html',
})
export class TasksPage {
  protected readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });

  protected readonly statuses = TASK_STATUSES;
  protected readonly flags = TASK_FLAGS;

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  protected readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  protected readonly agency = computed(() => pickAgency(this.params().get('agency'), this.agencies(), localStorage.getItem(AGENCY_KEY)));
  private readonly agencyRecord = computed(() => this.agencies()?.find((a) => a.code === this.agency()));
  protected readonly agencyName = computed(() => {
    const agency = this.agencyRecord();
    return agency ? agencyName(agency, this.i18n.lang()) : (this.agency() ?? '');
  });
  protected readonly departments = computed(() => this.agencyRecord()?.departments ?? []);
  protected readonly filter = computed(
    () => ({ department: this.params().get('department') || null, ...taskFilter(this.params().get('status'), this.params().get('only')) }),
    { equal: sameKey },
  );

  /** Bumped after an import: the tasks it created are only known by asking again. */
  private readonly reload = signal(0);
  private readonly state = loadLatest(
    computed(
      () => {
        const agency = this.agency();
        return agency ? { agency, department: this.filter().department, reload: this.reload() } : null;
      },
      { equal: sameKey },
    ),
    ({ agency, department }) => this.api.tasks(agency, department ?? undefined),
  );
  /** The tasks as loaded, with those created or updated here since, as the API answered. */
  private readonly tasks = linkedSignal(() => dataOf(this.state()));
  protected readonly shown = computed(() => byDueDate(filterTasks(this.tasks() ?? [], this.filter())));
  protected readonly count = computed(() =>
    this.i18n.t('tasks.count', {
      shown: formatNumber(this.shown().length, this.i18n.lang()),
      total: formatNumber(this.tasks()?.length ?? 0, this.i18n.lang()),
    }),
  );

  /** The list as shown, under the agency and the three filters above it ("all" where none is chosen). */
  protected readonly tasksExport = computed(() => {
    const lang = this.i18n.lang();
    const t = translator(lang);
    const { department, status, only } = this.filter();
    return taskTable(
      this.shown(),
      {
        name: `${t('nav.tasks')} ${this.agency() ?? ''}`,
        title: t('tasks.title'),
        filters: [
          { label: t('common.agency'), value: this.agencyName() },
          { label: t('common.department'), value: department ?? t('common.allDepartments') },
          { label: t('tasks.status'), value: status ? t(taskStatusKey(status)) : t('tasks.allStatuses') },
          { label: t('tasks.only'), value: t(`tasks.only.${only ?? 'all'}`) },
        ],
      },
      lang,
      vnDate(new Date()),
    );
  });

  protected readonly failure = computed(() => failureOf(this.agenciesState()) ?? failureOf(this.state()));
  protected readonly view = computed(() => {
    if (this.failure()) return 'error';
    if (!this.agency()) return this.agencies()?.length === 0 ? 'no-agencies' : 'loading';
    const tasks = this.tasks();
    if (!tasks) return 'loading';
    if (tasks.length === 0) return 'empty';
    return this.shown().length === 0 ? 'no-match' : 'ok';
  });

  protected readonly manager = computed(() => mayManage(this.auth.user(), this.agency() ?? ''));
  protected readonly leads = computed(() => taskDepartments(this.auth.user(), this.agency() ?? '', this.departments()));
  protected readonly scorecard = computed(() => this.auth.hasRole('admin', 'director', 'inspector'));

  /** Bumped on every change made here: the department scorecard counts the tasks. */
  protected readonly edits = signal(0);

  protected put(task: TaskView): void {
    this.tasks.update((tasks) => withTask(tasks ?? [], task));
    this.edits.update((n) => n + 1);
  }
  protected imported(result: TaskImportResponse): void {
    if (result.created === 0) return;
    this.reload.update((n) => n + 1);
    this.edits.update((n) => n + 1);
  }

  protected statusLabel(status: TaskStatus): string {
    return this.i18n.t(taskStatusKey(status));
  }
  protected flagLabel(flag: TaskFlag): string {
    return this.i18n.t(`tasks.only.${flag}`);
  }
  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
  protected setAgency(agency: string): void {
    localStorage.setItem(AGENCY_KEY, agency);
    this.update({ agency, department: null });
  }
  /** Only what changed goes into the URL; an empty choice ("all") leaves it. */
  protected update(change: TaskParams): void {
    const queryParams = Object.fromEntries(Object.entries(change).map(([key, value]) => [key, value || null]));
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
