import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  formatNumber,
  formatPercent,
  hasActivity,
  vnDate,
  type CopyForwardResponse,
  type IndexFamilySummary,
  type NodeOwner,
  type OwnershipNode,
  type OwnershipResponse,
  type TaskView,
} from '@cchc/domain';
import { formatScore, nodeName, scoreDecimals, shortIndexName, trendSummary, type IndexName } from '../../charts/index-charts';
import { ApiService, type OwnershipKey } from '../../core/api/api.service';
import {
  dataOf,
  failureOf,
  failureText,
  loadLatest,
  LOADING,
  loadState,
  orNoScores,
  sameKey,
  toFailure,
  type Failure,
} from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { mayManage } from '../../core/auth/permissions';
import { I18nService, translator } from '../../core/i18n/i18n.service';
import { AgencyPickerComponent, agencyName } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { decimalsFormat, ExportComponent, type ExportCell, type ExportColumn, type ExportTable } from '../../shared/export';
import { AGENCY_KEY, describePeriod, periodFromParams, pickAgency } from '../../shared/dossier-filters/dossier-filters';
import { PeriodPickerComponent, type PeriodChoice } from '../../shared/period-picker';
import { SparklineComponent } from '../../shared/sparkline';
import { StateViewComponent } from '../../shared/state-view';
import { TaskCardComponent } from '../../shared/task-card';
import { taskTable } from '../../shared/tasks/task-export';
import { byDueDate, withTask } from '../../shared/tasks/tasks';
import { AssignFormComponent } from './assign-form.component';
import { DutyRosterComponent } from './duty-roster.component';
import { ownershipYear, ownershipYears, targetText } from './ownership';
import { IndexPickerComponent } from '../../shared/index-picker';

type MineParams = Partial<Record<'agency' | 'department' | 'family' | 'year' | 'period' | 'calendar', string | null>>;

/**
 * A department's own view: the index nodes it leads (target, achieved, points lost, the index's trend),
 * its tasks with one-click updates, and its dossiers of the period. A department head sees their own
 * department ("Chỉ số của tôi"); directors and admins pick one and also assign the nodes ("Phân công"):
 * the tree with owners, the unassigned highlighted, and last year's owners copied forward — and
 * who stands at the one-stop counter (the duty roster and leaves).
 */
@Component({
  selector: 'cchc-mine-page',
  imports: [
    AgencyPickerComponent,
    AssignFormComponent,
    DataLinkComponent,
    DutyRosterComponent,
    ExportComponent,
    IndexPickerComponent,
    PeriodPickerComponent,
    RouterLink,
    SparklineComponent,
    StateViewComponent,
    TaskCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mine.page.html',
  styleUrl: './mine.page.css',
})
export class MinePage {
  protected readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  private readonly familiesState = toSignal(loadState(this.api.indices()), { initialValue: LOADING });
  protected readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  protected readonly agency = computed(() => pickAgency(this.params().get('agency'), this.agencies(), localStorage.getItem(AGENCY_KEY)));
  protected readonly departments = computed(() => this.agencies()?.find((a) => a.code === this.agency())?.departments ?? []);
  protected readonly manager = computed(() => mayManage(this.auth.user(), this.agency() ?? ''));
  /** A department head's own department; a manager's pick, else the agency's first. */
  protected readonly department = computed(() => {
    if (!this.manager()) return this.auth.user()?.department ?? null;
    const asked = this.params().get('department');
    return this.departments().find((d) => d === asked) ?? this.departments()[0] ?? null;
  });

  protected readonly families = computed(() => dataOf(this.familiesState()) ?? []);
  /** The family asked for, else the first with scores (points lost to show), else the first. */
  protected readonly family = computed((): IndexFamilySummary | null => {
    const families = this.families();
    return (
      families.find((f) => f.family === this.params().get('family')) ?? families.find((f) => f.years.length > 0) ?? families[0] ?? null
    );
  });
  protected readonly years = computed(() => {
    const family = this.family();
    return family ? ownershipYears(family, new Date().getFullYear()) : [];
  });
  protected readonly year = computed(() => ownershipYear(Number(this.params().get('year')), this.years(), this.family()?.years ?? []));

  /** Bumped after a copy forward, which answers with codes only: the tree is asked for again. */
  private readonly reload = signal(0);
  protected readonly key = computed(
    (): OwnershipKey | null => {
      const family = this.family()?.family;
      const year = this.year();
      return family && year ? { family, year } : null;
    },
    { equal: sameKey },
  );
  private readonly ownershipState = loadLatest(
    computed(
      () => {
        const agency = this.agency();
        const key = this.key();
        return agency && key ? { agency, key, reload: this.reload() } : null;
      },
      { equal: sameKey },
    ),
    ({ agency, key }) => this.api.ownership(agency, key),
  );
  /** The tree as loaded, or as the last assignment answered it. */
  protected readonly ownership = linkedSignal((): OwnershipResponse | null => dataOf(this.ownershipState()));
  private readonly decimals = computed(() => scoreDecimals((this.ownership()?.nodes ?? []).flatMap((n) => [n.achieved, n.lost])));
  protected readonly mine = computed(() => (this.ownership()?.nodes ?? []).filter((n) => n.owner?.leadDepartment === this.department()));
  protected readonly ownershipFailure = computed(
    () => failureOf(this.agenciesState()) ?? failureOf(this.familiesState()) ?? failureOf(this.ownershipState()),
  );
  protected readonly ownershipView = computed(() => {
    if (this.ownershipFailure()) return 'error';
    if (this.agencies()?.length === 0) return 'no-agencies';
    if (this.familiesState().status === 'ok' && !this.family()) return 'no-families';
    return this.ownership() ? 'ok' : 'loading';
  });

  /** The agency's total in the family year by year: the line beside the nodes, when there are two years to join. */
  private readonly trendState = loadLatest(
    computed(
      () => {
        const agency = this.agency();
        const family = this.family()?.family;
        return agency && family ? { agency, family } : null;
      },
      { equal: sameKey },
    ),
    ({ agency, family }) => orNoScores(this.api.trends(agency, family)),
  );
  protected readonly trend = computed(() => {
    const points = dataOf(this.trendState())?.points ?? [];
    const family = this.family();
    if (!family || points.length < 2) return null;
    return {
      points: points.map((p) => ({ value: p.total, breakBefore: p.methodologyBreak })),
      label: trendSummary({ index: family, points }, this.i18n.lang()),
    };
  });

  private readonly tasksState = loadLatest(
    computed(
      () => {
        const agency = this.agency();
        const department = this.department();
        return agency && department ? { agency, department } : null;
      },
      { equal: sameKey },
    ),
    ({ agency, department }) => this.api.tasks(agency, department),
  );
  private readonly tasks = linkedSignal(() => dataOf(this.tasksState()));
  protected readonly myTasks = computed(() => byDueDate(this.tasks() ?? []));
  protected readonly tasksFailure = computed(() => failureOf(this.tasksState()));
  protected readonly tasksView = computed(() => {
    if (this.tasksFailure()) return 'error';
    const tasks = this.tasks();
    if (!tasks) return 'loading';
    return tasks.length === 0 ? 'empty' : 'ok';
  });

  protected readonly period = computed(() => periodFromParams(this.params()), { equal: sameKey });
  protected readonly periodText = computed(() => describePeriod(this.period(), this.i18n));
  private readonly dossiersState = loadLatest(
    computed(
      () => {
        const agency = this.agency();
        const department = this.department();
        return agency && department ? { agency, department, ...this.period() } : null;
      },
      { equal: sameKey },
    ),
    (query) => this.api.dossierStats(query),
  );
  protected readonly dossiers = computed(() => dataOf(this.dossiersState()));
  protected readonly dossiersFailure = computed(() => failureOf(this.dossiersState()));
  protected readonly dossiersView = computed(() => {
    const state = this.dossiersState();
    if (state.status !== 'ok') return state.status;
    return hasActivity(state.data) ? 'ok' : 'empty';
  });

  private readonly agencyName = computed(() => {
    const agency = this.agencies()?.find((a) => a.code === this.agency());
    return agency ? agencyName(agency, this.i18n.lang()) : (this.agency() ?? '');
  });
  /** The agency and the department the page is about: the first header rows of every file it exports. */
  private readonly departmentFilters = computed((): ExportTable['filters'] => {
    const t = translator(this.i18n.lang());
    return [
      { label: t('common.agency'), value: this.agencyName() },
      { label: t('common.department'), value: this.department() },
    ];
  });
  /** The index and year chosen; the node tables are about them. */
  private readonly indexFilters = computed((): ExportTable['filters'] => {
    const family = this.family();
    const t = translator(this.i18n.lang());
    return [
      { label: t('compare.family'), value: family ? this.short(family) : null },
      { label: t('period.year'), value: this.year() },
    ];
  });
  /** The score columns of both node tables, with the decimals the page shows. */
  private nodeColumns(): ExportColumn[] {
    const t = translator(this.i18n.lang());
    const numFmt = decimalsFormat(this.decimals());
    return [
      { label: t('indices.col.code'), width: 16 },
      { label: t('indices.col.name'), width: 50 },
      { label: t('owner.form.targetValue'), width: 14 },
      { label: t('indices.col.achieved'), numFmt },
      { label: t('indices.col.max'), numFmt },
      { label: t('indices.col.lost'), numFmt },
      { label: t('tasks.form.lead'), width: 28 },
      { label: t('owner.form.person'), width: 28 },
      { label: t('tasks.form.supporting'), width: 28 },
    ];
  }
  private nodeCells(node: OwnershipNode): ExportCell[] {
    const owner = node.owner;
    const lang = this.i18n.lang();
    return [
      node.code,
      nodeName(node, lang),
      owner ? targetText(owner.target, lang) : null,
      node.achieved,
      node.maxPoints,
      node.lost,
      owner?.leadDepartment ?? translator(lang)('indices.unassigned'),
      owner?.responsiblePerson ?? null,
      owner ? owner.supportingDepartments.join(', ') : null,
    ];
  }
  /** The whole tree with its owners, under the agency and index chosen: what a director assigns from. */
  protected readonly ownershipExport = computed((): ExportTable | null => {
    const tree = this.ownership();
    const family = this.family();
    if (!tree || !family) return null;
    const t = translator(this.i18n.lang());
    return {
      name: `${t('owner.title')} ${this.agency() ?? ''} ${this.short(family)} ${this.year() ?? ''}`,
      title: t('owner.tree', { index: this.indexLabel() }),
      filters: [{ label: t('common.agency'), value: this.agencyName() }, ...this.indexFilters()],
      columns: this.nodeColumns(),
      rows: tree.nodes.map((node) => this.nodeCells(node)),
    };
  });
  /** The nodes the department leads, under the agency, department and index chosen. */
  protected readonly mineExport = computed((): ExportTable | null => {
    const family = this.family();
    if (!family || this.mine().length === 0) return null;
    const t = translator(this.i18n.lang());
    return {
      name: `${t('nav.indices')} ${this.department() ?? ''} ${this.short(family)} ${this.year() ?? ''}`,
      title: t('mine.nodes', { department: this.department() ?? '', index: this.indexLabel() }),
      filters: [...this.departmentFilters(), ...this.indexFilters()],
      columns: this.nodeColumns(),
      rows: this.mine().map((node) => this.nodeCells(node)),
    };
  });
  /** The department's tasks as listed, nearest due first. */
  protected readonly tasksExport = computed(() => {
    const lang = this.i18n.lang();
    const t = translator(lang);
    const department = this.department() ?? '';
    return taskTable(
      this.myTasks(),
      { name: `${t('nav.tasks')} ${department}`, title: t('mine.tasks', { department }), filters: this.departmentFilters() },
      lang,
      vnDate(new Date()),
    );
  });

  protected readonly picked = signal<string | null>(null);
  protected readonly copying = signal(false);
  protected readonly copied = signal<CopyForwardResponse | null>(null);
  protected readonly copyFailure = signal<Failure | null>(null);

  protected readonly title = computed(() => {
    if (this.manager()) return this.i18n.t('owner.title');
    return this.i18n.t('mine.title', { department: this.department() ?? '' });
  });
  /** "PAR INDEX năm 2024": what the node tables are about. */
  protected readonly indexLabel = computed(() => {
    const family = this.family();
    return family ? this.i18n.t('mine.index', { index: this.short(family), year: this.year() ?? '' }) : '';
  });

  protected copyForward(): void {
    const agency = this.agency();
    const family = this.family()?.family;
    const year = this.year();
    if (!agency || !family || !year || this.copying()) return;
    this.copying.set(true);
    this.copied.set(null);
    this.copyFailure.set(null);
    this.api.copyForward(agency, family, year - 1, year).subscribe({
      next: (result) => {
        this.copying.set(false);
        this.copied.set(result);
        this.reload.update((n) => n + 1);
      },
      error: (error: unknown) => {
        this.copying.set(false);
        this.copyFailure.set(toFailure(error));
      },
    });
  }
  /** The tree row's button: the form above takes the node, and comes into view. */
  protected pick(code: string, form: HTMLElement): void {
    this.picked.set(code);
    form.scrollIntoView({ block: 'nearest' });
  }
  protected putTask(task: TaskView): void {
    this.tasks.update((tasks) => withTask(tasks ?? [], task));
  }

  protected short(index: IndexName): string {
    return shortIndexName(index, this.i18n.lang());
  }
  protected name(node: OwnershipNode): string {
    return nodeName(node, this.i18n.lang());
  }
  protected score(value: number | null): string {
    return formatScore(value, this.i18n.lang(), this.decimals());
  }
  protected target(owner: NodeOwner | null): string {
    return targetText(owner?.target ?? null, this.i18n.lang());
  }
  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected p(value: number | null): string {
    return formatPercent(value, this.i18n.lang());
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
  protected setAgency(agency: string): void {
    localStorage.setItem(AGENCY_KEY, agency);
    this.update({ agency, department: null });
  }
  protected setPeriod(choice: PeriodChoice): void {
    this.update({ period: choice.period, calendar: String(choice.calendar) });
  }
  protected update(change: MineParams): void {
    // what the last copy forward did is about the tree shown then
    this.copied.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}
