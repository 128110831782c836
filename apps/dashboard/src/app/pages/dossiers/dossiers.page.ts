import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { formatNumber, formatPercent, hasActivity } from '@cchc/domain';
import { forkJoin } from 'rxjs';
import { ChartFigureComponent } from '../../charts/chart-figure';
import { channelChart, channelSummary, timelinessChart, timelinessSummary, type MonthlyDossiers } from '../../charts/dossier-charts';
import { ApiService, type DossierQuery } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState } from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { AgencyPickerComponent, agencyName } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { describePeriod, dossierFilters, homeDepartment } from '../../shared/dossier-filters/dossier-filters';
import { ExportComponent, type ExportColumn, type ExportTable } from '../../shared/export';
import { PeriodPickerComponent, type PeriodChoice } from '../../shared/period-picker';
import { StateViewComponent } from '../../shared/state-view';
import { DossierListComponent } from './dossier-list.component';
import { listFromParams, listParams, type ListCohort } from './dossier-list';

/**
 * Official statistics of one agency's dossiers for one period: the report table, charts, departments,
 * the procedures with late or overdue dossiers, and the list behind any late or overdue figure.
 */
@Component({
  selector: 'cchc-dossiers-page',
  imports: [
    AgencyPickerComponent,
    ChartFigureComponent,
    DataLinkComponent,
    DossierListComponent,
    ExportComponent,
    NgTemplateOutlet,
    PeriodPickerComponent,
    RouterLink,
    StateViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossiers.page.html',
  styleUrl: './dossiers.page.css',
})
export class DossiersPage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  protected readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  private readonly user = inject(AuthService).user;
  // a department head opens on their own department; the API lets them see the others of their agency too
  private readonly filters = dossierFilters(
    this.agencies,
    computed(() => homeDepartment(this.user())),
  );
  protected readonly query = this.filters.query;
  protected readonly departments = computed(() => this.agencies()?.find((a) => a.code === this.query()?.agency)?.departments ?? []);

  protected readonly period = computed(() => describePeriod(this.query(), this.i18n));
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });
  protected readonly list = computed(() => listFromParams(this.params()));

  private readonly state = loadLatest(this.query, (query) => this.load(query));
  protected readonly data = computed(() => dataOf(this.state()));
  protected readonly failure = computed(() => failureOf(this.state()));
  protected readonly view = computed(() => {
    if (!this.query()) return this.agencies()?.length === 0 ? 'no-agencies' : 'loading';
    const state = this.state();
    if (state.status !== 'ok') return state.status;
    return hasActivity(state.data.stats) ? 'ok' : 'empty';
  });

  private readonly months = computed<MonthlyDossiers>(() => ({
    periodLabel: this.period()?.label ?? '',
    rows: this.data()?.months.rows ?? [],
  }));
  protected readonly channel = computed(() => ({
    options: channelChart(this.months(), this.i18n.lang()),
    summary: channelSummary(this.months(), this.i18n.lang()),
  }));
  protected readonly timeliness = computed(() => ({
    options: timelinessChart(this.months(), this.i18n.lang()),
    summary: timelinessSummary(this.months(), this.i18n.lang()),
  }));

  /** The filters above the tables, written in the first rows of their exports. */
  private readonly exportFilters = computed(() => this.filtersOf(this.query()?.department));
  /** The open list's, whose department may be a breakdown row's. */
  protected readonly listFilters = computed(() => this.filtersOf(this.list()?.department ?? this.query()?.department));
  protected readonly officialExport = computed((): ExportTable | null => {
    const stats = this.data()?.stats;
    if (!stats) return null;
    const t = (key: MessageKey) => this.i18n.t(key);
    const column = (group: MessageKey, key: MessageKey): ExportColumn => ({ label: `${t(group)} — ${t(key)}`, width: 16 });
    return {
      name: `${t('dossiers.title')} ${this.query()?.agency} ${this.query()?.period}`,
      title: t('dossiers.tableCaption'),
      filters: this.exportFilters(),
      columns: [
        column('dossiers.received', 'dossiers.receivedInPeriod'),
        column('dossiers.received', 'dossiers.online'),
        column('dossiers.received', 'dossiers.directPostal'),
        column('dossiers.received', 'dossiers.carriedOver'),
        column('dossiers.resolved', 'dossiers.total'),
        column('dossiers.resolved', 'dossiers.early'),
        column('dossiers.resolved', 'dossiers.onTime'),
        column('dossiers.resolved', 'dossiers.late'),
        column('dossiers.pending', 'dossiers.total'),
        column('dossiers.pending', 'dossiers.withinDeadline'),
        column('dossiers.pending', 'dossiers.overdue'),
      ],
      rows: [
        [
          stats.received,
          stats.receivedOnline,
          stats.receivedDirect + stats.receivedPostal,
          stats.carriedOver,
          stats.resolved,
          stats.resolvedEarly,
          stats.resolvedOnTime,
          stats.resolvedLate,
          stats.pending,
          stats.pendingWithinDeadline,
          stats.pendingOverdue,
        ],
      ],
    };
  });
  protected readonly departmentExport = computed((): ExportTable | null => {
    const rows = this.data()?.departments.rows;
    if (!rows) return null;
    const t = (key: MessageKey) => this.i18n.t(key);
    const count = (key: MessageKey): ExportColumn => ({ label: t(key), width: 14 });
    const rate = (key: MessageKey): ExportColumn => ({ label: `${t(key)} (%)`, width: 16, numFmt: '0.00' });
    return {
      name: `${t('dossiers.byDepartment')} ${this.query()?.agency} ${this.query()?.period}`,
      title: `${t('dossiers.title')} — ${t('dossiers.byDepartment')}`,
      filters: this.exportFilters(),
      columns: [
        { label: t('common.department'), width: 36 },
        count('dossiers.received'),
        rate('dossiers.onlineRate'),
        count('dossiers.resolved'),
        count('dossiers.late'),
        rate('dossiers.onTimeRate'),
        count('dossiers.pending'),
        count('dossiers.overdue'),
      ],
      rows: rows.map((row) => [
        row.label || t('dossiers.noDepartment'),
        row.received,
        row.onlineRate,
        row.resolved,
        row.resolvedLate,
        row.onTimeRate,
        row.pending,
        row.pendingOverdue,
      ]),
    };
  });

  /** Procedures with late or overdue dossiers, most of those first: the ones to look into. */
  protected readonly troubledProcedures = computed(() =>
    (this.data()?.procedures.rows ?? [])
      .filter((row) => row.resolvedLate + row.pendingOverdue > 0)
      .sort((a, b) => b.resolvedLate + b.pendingOverdue - (a.resolvedLate + a.pendingOverdue) || a.key.localeCompare(b.key)),
  );
  protected readonly procedureExport = computed((): ExportTable | null => {
    if (!this.data()) return null;
    const t = (key: MessageKey) => this.i18n.t(key);
    return {
      name: `${t('dossiers.byProcedure')} ${this.query()?.agency} ${this.query()?.period}`,
      title: `${t('dossiers.title')} — ${t('dossiers.byProcedure')}`,
      filters: this.exportFilters(),
      columns: [
        { label: t('dossierList.procedureCode'), width: 12 },
        { label: t('dossierList.procedureName'), width: 48 },
        { label: t('dossiers.resolved'), width: 14 },
        { label: t('dossiers.late'), width: 14 },
        { label: t('dossiers.pending'), width: 14 },
        { label: t('dossiers.overdue'), width: 14 },
      ],
      rows: this.troubledProcedures().map((row) => [row.key, row.label, row.resolved, row.resolvedLate, row.pending, row.pendingOverdue]),
    };
  });

  private filtersOf(department: string | undefined): ExportTable['filters'] {
    const query = this.query();
    const period = this.period();
    const agency = this.agencies()?.find((a) => a.code === query?.agency);
    return [
      { label: this.i18n.t('common.agency'), value: agency ? agencyName(agency, this.i18n.lang()) : (query?.agency ?? '') },
      { label: this.i18n.t('period.legend'), value: period ? `${period.label} — ${period.window} (${period.kind})` : '' },
      { label: this.i18n.t('common.department'), value: department ?? this.i18n.t('common.allDepartments') },
    ];
  }

  /** The link that opens a figure's list, narrowed to a breakdown row's department or procedure; only for a non-zero figure. */
  protected listLink(cohort: ListCohort, count: number, narrow: { department?: string; procedure?: string } = {}) {
    return count > 0 ? listParams({ cohort, ...narrow }) : null;
  }
  protected openLabel(count: number): string {
    return this.i18n.t('dossiers.openList', { count: this.n(count) });
  }

  private load(query: DossierQuery) {
    return forkJoin({
      stats: this.api.dossierStats(query),
      months: this.api.dossierBreakdown(query, 'month'),
      departments: this.api.dossierBreakdown(query, 'department'),
      procedures: this.api.dossierBreakdown(query, 'procedure'),
    });
  }

  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected p(value: number | null): string {
    return formatPercent(value, this.i18n.lang());
  }
  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
  protected setAgency(agency: string): void {
    void this.filters.update({ agency, department: undefined });
  }
  protected setDepartment(department: string): void {
    void this.filters.update({ department: department || undefined });
  }
  protected setPeriod(choice: PeriodChoice): void {
    void this.filters.update(choice);
  }
}
