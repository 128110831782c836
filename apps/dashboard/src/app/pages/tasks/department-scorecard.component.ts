import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { formatNumber, formatPercent, type DepartmentScorecardRow, type IndexFamilySummary } from '@cchc/domain';
import { formatScore, shortIndexName, type IndexName } from '../../charts/index-charts';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState, sameKey } from '../../core/api/load-state';
import { I18nService, translator, type MessageKey } from '../../core/i18n/i18n.service';
import { describePeriod, periodFromParams } from '../../shared/dossier-filters/dossier-filters';
import { ExportComponent, type ExportColumn, type ExportTable } from '../../shared/export';
import { PeriodPickerComponent, type PeriodChoice } from '../../shared/period-picker';
import { ariaSort, nextSort, sortRows, type Sort, type SortValues } from '../../shared/sort/sort';
import { StateViewComponent } from '../../shared/state-view';

export type ScorecardKey = 'department' | 'nodes' | 'lost' | 'tasks' | 'done' | 'overdue' | 'stale' | 'onTime';

const VALUES: SortValues<DepartmentScorecardRow, ScorecardKey> = {
  department: (row) => row.department,
  nodes: (row) => row.nodesOwned.length,
  lost: (row) => row.pointsLost,
  tasks: (row) => row.tasks.total,
  done: (row) => row.tasks.done,
  overdue: (row) => row.tasks.overdue,
  stale: (row) => row.tasks.stale,
  onTime: (row) => row.dossiers.onTimeRate,
};
/** Names A–Z and the lowest on-time rate first; every other column the largest first: what needs asking about on top. */
const FIRST_DESCENDING: Record<ScorecardKey, boolean> = {
  department: false,
  nodes: true,
  lost: true,
  tasks: true,
  done: true,
  overdue: true,
  stale: true,
  onTime: false,
};

/**
 * The inspector's table to "criticise and clarify the responsibility of individuals and collectives":
 * per department of the agency, the index nodes it leads and the points lost on them, its tasks, and
 * its dossiers' timeliness. Index, year and period live in the URL beside the task filters.
 */
@Component({
  selector: 'cchc-department-scorecard',
  imports: [RouterLink, ExportComponent, PeriodPickerComponent, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './department-scorecard.component.html',
})
export class DepartmentScorecardComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  readonly agency = input.required<string>();
  /** The agency's name in the page's language: the export says whose departments these are. */
  readonly agencyName = input.required<string>();
  /** Changes to the agency's tasks made on the page: each asks for the counts again. */
  readonly edits = input(0);

  private readonly familiesState = toSignal(loadState(this.api.indices()), { initialValue: LOADING });
  /** Points lost need scores: only families with some are offered. */
  protected readonly families = computed(() => (dataOf(this.familiesState()) ?? []).filter((f) => f.years.length > 0));
  protected readonly family = computed((): IndexFamilySummary | null => {
    const families = this.families();
    return families.find((f) => f.family === this.params().get('family')) ?? families[0] ?? null;
  });
  protected readonly years = computed(() => [...(this.family()?.years ?? [])].sort((a, b) => b - a));
  protected readonly year = computed(() => {
    const asked = Number(this.params().get('year'));
    return this.years().includes(asked) ? asked : (this.years()[0] ?? null);
  });
  protected readonly period = computed(() => periodFromParams(this.params()), { equal: sameKey });
  private readonly periodText = computed(() => describePeriod(this.period(), this.i18n));
  protected readonly caption = computed(() => {
    const family = this.family();
    return this.i18n.t('scorecard.caption', {
      index: family ? this.short(family) : '',
      year: this.year() ?? '',
      period: this.periodText()?.label ?? '',
    });
  });

  private readonly state = loadLatest(
    computed(
      () => {
        const family = this.family()?.family;
        const year = this.year();
        return family && year ? { agency: this.agency(), family, year, period: this.period(), edits: this.edits() } : null;
      },
      { equal: sameKey },
    ),
    ({ agency, family, year, period }) => this.api.departmentScorecard(agency, { family, year }, period),
  );
  protected readonly sort = signal<Sort<ScorecardKey>>({ key: 'lost', descending: true });
  protected readonly rows = computed(() => sortRows(dataOf(this.state())?.rows ?? [], this.sort(), VALUES));
  /** The table in the order it is sorted, under the agency, index, year and dossier period chosen above it. */
  protected readonly scorecardExport = computed((): ExportTable | null => {
    const family = this.family();
    const rows = this.rows();
    if (!family || rows.length === 0) return null;
    const t = translator(this.i18n.lang());
    const period = this.periodText();
    const column = (group: MessageKey, key: MessageKey, numFmt?: string): ExportColumn => ({
      label: `${t(group)} — ${t(key)}`,
      width: 16,
      ...(numFmt && { numFmt }),
    });
    return {
      name: `${t('scorecard.title')} ${this.agency()} ${this.short(family)} ${this.year() ?? ''}`,
      title: t('scorecard.title'),
      filters: [
        { label: t('common.agency'), value: this.agencyName() },
        { label: t('compare.family'), value: this.short(family) },
        { label: t('scorecard.year'), value: this.year() },
        { label: t('period.legend'), value: period ? `${period.label} — ${period.window} (${period.kind})` : '' },
      ],
      columns: [
        { label: t('common.department'), width: 36 },
        column('nav.indices', 'scorecard.col.nodes'),
        column('nav.indices', 'indices.col.lost', '0.00'),
        column('nav.tasks', 'dossiers.total'),
        column('nav.tasks', 'task.status.done'),
        column('nav.tasks', 'tasks.only.overdue'),
        column('nav.tasks', 'tasks.only.stale'),
        column('nav.dossiers', 'dossiers.resolved'),
        column('nav.dossiers', 'dossiers.onTimeRate', '0.00'),
        column('nav.dossiers', 'overview.pendingOverdue'),
      ],
      rows: rows.map((row) => [
        row.department,
        row.nodesOwned.length,
        row.pointsLost,
        row.tasks.total,
        row.tasks.done,
        row.tasks.overdue,
        row.tasks.stale,
        row.dossiers.resolved,
        row.dossiers.onTimeRate,
        row.dossiers.pendingOverdue,
      ]),
    };
  });
  protected readonly failure = computed(() => failureOf(this.familiesState()) ?? failureOf(this.state()));
  protected readonly view = computed(() => {
    if (this.failure()) return 'error';
    if (this.familiesState().status === 'ok' && this.families().length === 0) return 'no-scores';
    const state = this.state();
    if (state.status !== 'ok') return 'loading';
    return state.data.rows.length === 0 ? 'empty' : 'ok';
  });

  protected short(index: IndexName): string {
    return shortIndexName(index, this.i18n.lang());
  }
  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected p(value: number | null): string {
    return formatPercent(value, this.i18n.lang());
  }
  protected score(value: number): string {
    return formatScore(value, this.i18n.lang());
  }
  protected ariaSort(key: ScorecardKey): 'ascending' | 'descending' | null {
    return ariaSort(this.sort(), key);
  }
  protected sortBy(key: ScorecardKey): void {
    this.sort.update((sort) => nextSort(sort, key, FIRST_DESCENDING));
  }
  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
  protected setPeriod(choice: PeriodChoice): void {
    this.update({ period: choice.period, calendar: String(choice.calendar) });
  }
  protected update(change: Partial<Record<'family' | 'year' | 'period' | 'calendar', string | null>>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}
