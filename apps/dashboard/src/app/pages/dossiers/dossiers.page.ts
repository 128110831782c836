import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { formatNumber, formatPercent, hasActivity } from '@cchc/domain';
import { forkJoin } from 'rxjs';
import { ChartFigureComponent } from '../../charts/chart-figure';
import { channelChart, channelSummary, timelinessChart, timelinessSummary, type MonthlyDossiers } from '../../charts/dossier-charts';
import { ApiService, type DossierQuery } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { AgencyPickerComponent } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { describePeriod, dossierFilters } from '../../shared/dossier-filters/dossier-filters';
import { PeriodPickerComponent, type PeriodChoice } from '../../shared/period-picker';
import { StateViewComponent } from '../../shared/state-view';

/** Official statistics of one agency's dossiers for one period: the report table, charts, departments. */
@Component({
  selector: 'cchc-dossiers-page',
  imports: [AgencyPickerComponent, ChartFigureComponent, DataLinkComponent, PeriodPickerComponent, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossiers.page.html',
  styleUrl: './dossiers.page.css',
})
export class DossiersPage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  protected readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  private readonly filters = dossierFilters(this.agencies);
  protected readonly query = this.filters.query;
  protected readonly departments = computed(() => this.agencies()?.find((a) => a.code === this.query()?.agency)?.departments ?? []);

  protected readonly period = computed(() => describePeriod(this.query(), this.i18n));

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

  private load(query: DossierQuery) {
    return forkJoin({
      stats: this.api.dossierStats(query),
      months: this.api.dossierBreakdown(query, 'month'),
      departments: this.api.dossierBreakdown(query, 'department'),
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
