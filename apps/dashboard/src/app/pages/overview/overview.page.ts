import { ChangeDetectionStrategy, ChangeDetectorRef, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { formatDate, formatNumber, formatPercent, hasActivity, type DutyDay, type UnitScorecardResponse } from '@cchc/domain';
import { concatMap, first, from } from 'rxjs';
import { scoredYears } from '../../charts/index-charts';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState, orNoScores, sameKey } from '../../core/api/load-state';
import { AuthService } from '../../core/auth/auth.service';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { agencyName } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { weekdayKey } from '../../shared/duty/weekdays';
import { describePeriod, dossierFilters } from '../../shared/dossier-filters/dossier-filters';
import { FilterStampComponent } from '../../shared/filter-stamp';
import { IndexCardComponent } from '../../shared/index-card';
import { StateViewComponent } from '../../shared/state-view';
import { overviewStamp } from './overview-stamp';

/**
 * Director overview: the agency's index results of its latest scored year, this period's dossiers,
 * the tasks the daily check found overdue or silent, and who is at the one-stop counter this week.
 * Printed, it carries its filters and the moment it was printed at the top.
 */
@Component({
  selector: 'cchc-overview-page',
  imports: [RouterLink, DataLinkComponent, FilterStampComponent, IndexCardComponent, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // the browser's own print command too, not only the button
  host: { '(window:beforeprint)': 'stampPrintTime()' },
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
})
export class OverviewPage {
  protected readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthService);
  private readonly api = inject(ApiService);
  private readonly changeDetector = inject(ChangeDetectorRef);

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  private readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  protected readonly query = dossierFilters(this.agencies).query;

  protected readonly agencyName = computed(() => {
    const agency = this.agencies()?.find((a) => a.code === this.query()?.agency);
    return agency ? agencyName(agency, this.i18n.lang()) : (this.query()?.agency ?? '');
  });
  protected readonly period = computed(() => describePeriod(this.query(), this.i18n));

  private readonly state = loadLatest(this.query, (query) => this.api.dossierStats(query));
  protected readonly stats = computed(() => dataOf(this.state()));
  protected readonly failure = computed(() => failureOf(this.state()));
  protected readonly view = computed(() => {
    if (!this.query()) return this.agencies()?.length === 0 ? 'empty' : 'loading';
    const state = this.state();
    if (state.status !== 'ok') return state.status;
    return hasActivity(state.data) ? 'ok' : 'empty';
  });

  private readonly familiesState = toSignal(loadState(this.api.indices()), { initialValue: LOADING });
  /**
   * The agency's scorecard of the latest year it has scores in: years are tried newest first and
   * one at a time, so the usual case (scores this year) costs one request.
   */
  private readonly scorecardState = loadLatest(
    computed(
      () => {
        const unit = this.query()?.agency;
        const families = dataOf(this.familiesState());
        return unit && families ? { unit, years: scoredYears(families) } : null;
      },
      { equal: sameKey },
    ),
    ({ unit, years }) =>
      from(years).pipe(
        concatMap((year) => orNoScores(this.api.scorecard(unit, year))),
        first((card): card is UnitScorecardResponse => card !== null, null),
      ),
  );
  protected readonly scorecard = computed(() => dataOf(this.scorecardState()));
  protected readonly indicesTitle = computed(() => {
    const year = this.scorecard()?.year;
    const agency = this.agencyName();
    return year ? this.i18n.t('overview.indices', { year, agency }) : `${this.i18n.t('nav.indices')} — ${agency}`;
  });
  protected readonly indicesFailure = computed(() => failureOf(this.familiesState()) ?? failureOf(this.scorecardState()));
  protected readonly indicesView = computed(() => {
    if (this.indicesFailure()) return 'error';
    if (!this.query()) return this.agencies()?.length === 0 ? 'empty' : 'loading';
    const state = this.scorecardState();
    if (state.status !== 'ok') return 'loading';
    return state.data ? 'ok' : 'empty';
  });

  private readonly agency = computed(() => this.query()?.agency ?? null);
  /** Today's notices, counted per task: the daily check records each task once per kind and day. */
  private readonly noticesState = loadLatest(this.agency, (agency) => this.api.notifications(agency));
  protected readonly notices = computed(() => {
    const notices = dataOf(this.noticesState());
    if (!notices) return null;
    const count = (kind: 'overdue' | 'stale') => new Set(notices.filter((n) => n.kind === kind).map((n) => n.taskId)).size;
    return { overdue: count('overdue'), stale: count('stale') };
  });
  protected readonly noticesFailure = computed(() => failureOf(this.noticesState()));

  private readonly dutyState = loadLatest(this.agency, (agency) => this.api.duty(agency));
  protected readonly duty = computed(() => dataOf(this.dutyState()));
  protected readonly dutyFailure = computed(() => failureOf(this.dutyState()));
  protected readonly dutyView = computed(() => {
    const state = this.dutyState();
    if (state.status !== 'ok') return state.status;
    return state.data.roster.length === 0 ? 'empty' : 'ok';
  });

  /** Who stands at the counter and why: the roster's officer, a named substitute or the backup for someone on leave, or nobody. */
  protected dutyReason(day: DutyDay): string {
    return this.i18n.t(`duty.reason.${day.reason}` satisfies MessageKey, { primary: day.primary ?? '' });
  }
  protected dayName(day: DutyDay): string {
    return `${this.i18n.t(weekdayKey(day.weekday))}, ${formatDate(day.date, this.i18n.lang())}`;
  }

  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected p(value: number | null): string {
    return formatPercent(value, this.i18n.lang());
  }
  protected readonly printedAt = signal(new Date());
  protected readonly stamp = computed(() =>
    overviewStamp(
      { agency: this.agencyName(), period: this.period(), indexYear: this.scorecard()?.year ?? null, printedAt: this.printedAt() },
      this.i18n.lang(),
    ),
  );
  /** Drawn at once: the browser lays the printout out right after this event, before a scheduled check would run. */
  protected stampPrintTime(): void {
    this.printedAt.set(new Date());
    this.changeDetector.detectChanges();
  }
  protected print(): void {
    window.print();
  }
}
