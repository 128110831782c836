import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { IndexFamilySummary, IndexScoresResponse, UnitIndexResult } from '@cchc/domain';
import { forkJoin } from 'rxjs';
import { ChartFigureComponent } from '../../charts/chart-figure';
import {
  heatmapChart,
  heatmapHeight,
  heatmapSummary,
  radarChart,
  radarSummary,
  scatterChart,
  scatterSummary,
  unitComponents,
  type ComponentData,
  type RatesData,
} from '../../charts/compare-charts';
import { formatScore, rankChangeText, scoreDecimals, shortIndexName, type IndexName } from '../../charts/index-charts';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState, orNullOn, requestAll, sameKey } from '../../core/api/load-state';
import { I18nService, translator } from '../../core/i18n/i18n.service';
import { agencyName } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { ExportComponent, rankingCells, rankingColumns, type ExportTable } from '../../shared/export';
import { describePeriod, dossierFilters } from '../../shared/dossier-filters/dossier-filters';
import { PeriodPickerComponent, type PeriodChoice } from '../../shared/period-picker';
import { ariaSort } from '../../shared/sort/sort';
import { StateViewComponent } from '../../shared/state-view';
import { MAX_PICKS, MIN_PICKS, nextSort, pickUnits, sortUnits, type Sort, type SortKey } from './league';
import { IndexPickerComponent } from '../../shared/index-picker';

/** What the URL can say besides the agency and period of the dossier pages; the page fills in what it leaves out. */
type CompareParams = Partial<Record<'family' | 'year' | 'group' | 'units' | 'period' | 'calendar', string>>;

/**
 * The inspector's view: the units of one index, year and peer group side by side (league table,
 * components heatmap, radar of the picked units), and every agency's dossier rates in a period.
 * Family, year, group, picked units and period live in the URL.
 */
@Component({
  selector: 'cchc-compare-page',
  imports: [
    ChartFigureComponent,
    DataLinkComponent,
    ExportComponent,
    IndexPickerComponent,
    PeriodPickerComponent,
    RouterLink,
    StateViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './compare.page.html',
  styleUrl: './compare.page.css',
})
export class ComparePage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  private readonly familiesState = toSignal(loadState(this.api.indices()), { initialValue: LOADING });
  private readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  /** Agency and period read as the dossier pages read them, so the agency chosen there is the one marked here. */
  protected readonly query = dossierFilters(this.agencies).query;
  protected readonly agency = computed(() => this.query()?.agency ?? null);

  /** Families with scores, in the API's order. */
  protected readonly families = computed(() => (dataOf(this.familiesState()) ?? []).filter((f) => f.years.length > 0));
  protected readonly family = computed((): IndexFamilySummary | null => {
    const families = this.families();
    return families.find((f) => f.family === this.params().get('family')) ?? families[0] ?? null;
  });
  protected readonly years = computed(() => [...(this.family()?.years ?? [])].sort((a, b) => b - a));
  /** The year asked for while the family has it, else the family's latest. */
  protected readonly year = computed((): number | null => {
    const years = this.years();
    const asked = Number(this.params().get('year'));
    return years.includes(asked) ? asked : (years[0] ?? null);
  });

  /** The framework says which components there are and whether the bands are quartiles; the scores rank the units. */
  private readonly rankingState = loadLatest(
    computed(
      () => {
        const family = this.family()?.family;
        const year = this.year();
        return family && year ? { family, year } : null;
      },
      { equal: sameKey },
    ),
    ({ family, year }) => forkJoin({ framework: this.api.framework(family, year), scores: this.api.indexScores(family, year) }),
  );
  private readonly ranking = computed(() => dataOf(this.rankingState()));
  protected readonly groups = computed(() => this.ranking()?.scores.peerGroups ?? []);
  /** The group asked for, else the one the chosen agency is ranked in, else the first; null until the agency is known. */
  protected readonly group = computed((): IndexScoresResponse['peerGroups'][number] | null => {
    const ranking = this.ranking();
    if (!ranking || this.agenciesState().status === 'loading') return null;
    const { peerGroups, units } = ranking.scores;
    const agency = this.agency();
    return (
      peerGroups.find((g) => g.code === this.params().get('group')) ??
      peerGroups.find((g) => units.some((u) => u.peerGroup === g.code && u.unitCode === agency)) ??
      peerGroups[0] ??
      null
    );
  });
  /** The group's units as published, best first. */
  private readonly units = computed(() => {
    const group = this.group()?.code;
    return (this.ranking()?.scores.units ?? []).filter((u) => u.peerGroup === group);
  });
  protected readonly count = computed(() => this.units().length);
  protected readonly sort = signal<Sort>({ key: 'rank', descending: false });
  protected readonly rows = computed(() => sortUnits(this.units(), this.sort()));
  private readonly decimals = computed(() => scoreDecimals(this.units().map((u) => u.total)));
  /** PAPI-style colours where the framework's bands are quartiles; elsewhere the band is only named. */
  protected readonly quartiles = computed(() => this.ranking()?.framework.bands?.kind === 'quartile');
  /** The league table in the order it is sorted, under the index, year and group chosen above it. */
  protected readonly leagueExport = computed((): ExportTable | null => {
    const family = this.family();
    const year = this.year();
    const group = this.group();
    if (!family || !year || !group) return null;
    const lang = this.i18n.lang();
    const t = translator(lang);
    return {
      name: `${t('compare.title')} ${this.short(family)} ${year} ${group.code}`,
      title: `${t('compare.league', { index: this.short(family), year })} — ${group.name}`,
      filters: [
        { label: t('compare.family'), value: this.short(family) },
        { label: t('period.year'), value: year },
        { label: t('compare.group'), value: group.name },
      ],
      columns: [...rankingColumns(lang, this.decimals()), { label: t('compare.col.band'), width: 20 }],
      rows: this.rows().map((unit) => [...rankingCells(unit, lang), unit.band ? this.band(unit) : null]),
    };
  });
  protected readonly picks = computed(() => pickUnits(this.params().get('units'), this.units(), this.agency()));

  /**
   * Each unit's scorecard, for its top-level components: loaded only while the page is open, four at a
   * time. A director sees every unit's published rank but the components only of units in their scope:
   * another agency's row stays empty (403), as one without scores does (404).
   */
  private readonly scorecardsState = loadLatest(
    computed(
      () => {
        const year = this.year();
        const units = this.units().map((u) => u.unitCode);
        return year && units.length > 0 ? { year, units } : null;
      },
      { equal: sameKey },
    ),
    ({ year, units }) => requestAll(units, (unit) => orNullOn(['no_scores', 'forbidden'], this.api.scorecard(unit, year))),
  );
  private readonly components = computed((): ComponentData | null => {
    const ranking = this.ranking();
    const family = this.family();
    const year = this.year();
    const scorecards = dataOf(this.scorecardsState());
    if (!ranking || !family || !year || !scorecards) return null;
    const byUnit = new Map(
      scorecards.flatMap((card) => (card ? [[card.unitCode, card.families.find((f) => f.family === family.family)]] : [])),
    );
    return {
      index: family,
      year,
      components: ranking.framework.nodes,
      units: this.units().map((unit) => unitComponents(unit, byUnit.get(unit.unitCode) ?? null)),
    };
  });
  protected readonly heatmap = computed(() => {
    const data = this.components();
    if (!data) return null;
    const lang = this.i18n.lang();
    return { options: heatmapChart(data, lang), summary: heatmapSummary(data, lang), height: heatmapHeight(data.units.length) };
  });
  protected readonly radar = computed(() => {
    const data = this.components();
    if (!data) return null;
    const picked = { ...data, units: data.units.filter((unit) => this.picks().includes(unit.code)) };
    const lang = this.i18n.lang();
    return { options: radarChart(picked, lang), summary: radarSummary(picked, lang) };
  });
  protected readonly componentsFailure = computed(() => failureOf(this.scorecardsState()));

  protected readonly failure = computed(() => failureOf(this.familiesState()) ?? failureOf(this.rankingState()));
  protected readonly view = computed(() => {
    if (this.failure()) return 'error';
    if (this.familiesState().status === 'ok' && this.families().length === 0) return 'no-scores';
    return this.group() ? 'ok' : 'loading';
  });

  protected readonly period = computed(() => describePeriod(this.query(), this.i18n));
  /** Every agency's figures for the period: the scatter's points. */
  private readonly ratesState = loadLatest(
    computed(
      () => {
        const query = this.query();
        const agencies = this.agencies();
        return query && agencies ? { period: query.period, calendar: query.calendar, agencies: agencies.map((a) => a.code) } : null;
      },
      { equal: sameKey },
    ),
    ({ period, calendar, agencies }) => requestAll(agencies, (agency) => this.api.dossierStats({ agency, period, calendar })),
  );
  protected readonly ratesFailure = computed(() => failureOf(this.agenciesState()) ?? failureOf(this.ratesState()));
  protected readonly scatter = computed(() => {
    const stats = dataOf(this.ratesState());
    const period = this.period();
    if (!stats || !period) return null;
    const lang = this.i18n.lang();
    const data: RatesData = {
      periodLabel: period.label,
      chosen: this.agency(),
      agencies: (this.agencies() ?? []).map((agency) => {
        const figures = stats.find((s) => s.agency === agency.code);
        return {
          code: agency.code,
          name: agencyName(agency, lang),
          onlineRate: figures?.onlineRate ?? null,
          onTimeRate: figures?.onTimeRate ?? null,
        };
      }),
    };
    return { options: scatterChart(data, lang), summary: scatterSummary(data, lang) };
  });
  protected readonly ratesView = computed(() => {
    if (this.ratesFailure()) return 'error';
    if (this.agencies()?.length === 0) return 'no-agencies';
    return this.scatter() ? 'ok' : 'loading';
  });

  protected short(index: IndexName): string {
    return shortIndexName(index, this.i18n.lang());
  }
  protected score(value: number | null): string {
    return formatScore(value, this.i18n.lang(), this.decimals());
  }
  protected change(unit: UnitIndexResult): string {
    return rankChangeText(unit, this.i18n.lang());
  }
  protected band(unit: UnitIndexResult): string {
    if (!unit.band) return '—';
    return this.i18n.lang() === 'en' ? unit.band.nameEn : unit.band.nameVi;
  }
  protected ariaSort(key: SortKey): 'ascending' | 'descending' | null {
    return ariaSort(this.sort(), key);
  }
  protected sortBy(key: SortKey): void {
    this.sort.update((sort) => nextSort(sort, key));
  }
  /** Between two and four units stay picked: a box that would leave fewer or more is disabled. */
  protected canToggle(code: string): boolean {
    const picks = this.picks();
    return picks.includes(code) ? picks.length > MIN_PICKS : picks.length < MAX_PICKS;
  }
  protected toggle(code: string, picked: boolean): void {
    const others = this.picks().filter((c) => c !== code);
    this.update({ units: (picked ? [...others, code] : others).join(',') });
  }

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
  protected setPeriod(choice: PeriodChoice): void {
    this.update({ period: choice.period, calendar: String(choice.calendar) });
  }
  /** Only what changed goes into the URL: a year left out keeps following the family's latest. */
  protected update(change: CompareParams): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}
