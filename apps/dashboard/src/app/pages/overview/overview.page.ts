import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { formatNumber, formatPercent, hasActivity } from '@cchc/domain';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { agencyName } from '../../shared/agency-picker';
import { describePeriod, dossierFilters } from '../../shared/dossier-filters/dossier-filters';
import { StateViewComponent } from '../../shared/state-view';

/** Director overview; index cards join it as the index data lands. For now: this period's dossiers. */
@Component({
  selector: 'cchc-overview-page',
  imports: [RouterLink, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview.page.html',
  styleUrl: './overview.page.css',
})
export class OverviewPage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);

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

  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected p(value: number | null): string {
    return formatPercent(value, this.i18n.lang());
  }
  protected print(): void {
    window.print();
  }
}
