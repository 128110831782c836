import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { ScorecardFamily, UnitIndexResult } from '@cchc/domain';
import { map } from 'rxjs';
import { ChartFigureComponent } from '../../charts/chart-figure';
import {
  familyDecimals,
  formatScore,
  indexName,
  lossChart,
  lossSummary,
  nodeName,
  rankChangeText,
  scoreDecimals,
  scoredYears,
  shortIndexName,
  totalLost,
  trendChart,
  trendSummary,
  type IndexName,
} from '../../charts/index-charts';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState, orNoScores, requestAll, sameKey } from '../../core/api/load-state';
import { I18nService, translator } from '../../core/i18n/i18n.service';
import { AgencyPickerComponent, agencyName, type OtherUnit } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { AGENCY_KEY, pickAgency } from '../../shared/dossier-filters/dossier-filters';
import { decimalsFormat, ExportComponent, rankingCells, rankingColumns, type ExportTable } from '../../shared/export';
import { IndexCardComponent } from '../../shared/index-card';
import { StateViewComponent } from '../../shared/state-view';
import { IndexPickerComponent } from '../../shared/index-picker';

/** What the URL can say; the page fills in what it leaves out (see the computeds below). */
type IndexParams = Partial<Record<'unit' | 'year' | 'family', string>>;

/**
 * Where a unit stands on each index and why: its results of a year, where the chosen index lost its
 * points, its rank over the years, and its peers. Unit, year and index live in the URL.
 */
@Component({
  selector: 'cchc-indices-page',
  imports: [
    AgencyPickerComponent,
    ChartFigureComponent,
    DataLinkComponent,
    ExportComponent,
    IndexCardComponent,
    IndexPickerComponent,
    RouterLink,
    StateViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './indices.page.html',
  styleUrl: './indices.page.css',
})
export class IndicesPage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  private readonly familiesState = toSignal(loadState(this.api.indices()), { initialValue: LOADING });
  protected readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  private readonly families = computed(() => dataOf(this.familiesState()));

  protected readonly unit = computed(() => pickAgency(this.params().get('unit'), this.agencies(), localStorage.getItem(AGENCY_KEY)));
  /** Every year with scores in any family, newest first. */
  protected readonly years = computed(() => scoredYears(this.families() ?? []));

  /** The unit's years in every family: the trend chart, and the year the page opens on. */
  private readonly trendsState = loadLatest(
    computed(
      () => {
        const unit = this.unit();
        const families = this.families();
        return unit && families ? { unit, families: families.filter((f) => f.years.length > 0).map((f) => f.family) } : null;
      },
      { equal: sameKey },
    ),
    ({ unit, families }) =>
      requestAll(families, (family) => orNoScores(this.api.trends(unit, family))).pipe(map((trends) => trends.filter((t) => t !== null))),
  );

  /** The year asked for, else the latest in which the unit has any score, else the latest with scores at all. */
  protected readonly year = computed(() => {
    const years = this.years();
    const asked = Number(this.params().get('year'));
    if (years.includes(asked)) return asked;
    const trends = dataOf(this.trendsState());
    if (!trends) return null;
    const scored = trends.flatMap((trend) => trend.points.map((point) => point.year));
    return scored.length > 0 ? Math.max(...scored) : (years[0] ?? null);
  });

  private readonly scorecardState = loadLatest(
    computed(
      () => {
        const unit = this.unit();
        const year = this.year();
        return unit && year ? { unit, year } : null;
      },
      { equal: sameKey },
    ),
    ({ unit, year }) => orNoScores(this.api.scorecard(unit, year)),
  );

  /** Every family's ranking of the year: the peer table, and the units to pick beside the agencies. */
  private readonly scoresState = loadLatest(
    computed(
      () => {
        const year = this.year();
        const families = this.families();
        return year && families ? { year, families: families.filter((f) => f.years.includes(year)).map((f) => f.family) } : null;
      },
      { equal: sameKey },
    ),
    ({ year, families }) => requestAll(families, (family) => this.api.indexScores(family, year)),
  );

  protected readonly cards = computed(() => dataOf(this.scorecardState())?.families ?? []);
  /** The index shown in detail: the one asked for, else the one where the unit lost the most points. */
  protected readonly family = computed((): ScorecardFamily | null => {
    const cards = this.cards();
    const asked = cards.find((card) => card.family === this.params().get('family'));
    return asked ?? cards.reduce<ScorecardFamily | null>((most, card) => (!most || totalLost(card) > totalLost(most) ? card : most), null);
  });

  protected readonly failure = computed(
    () =>
      failureOf(this.agenciesState()) ??
      failureOf(this.familiesState()) ??
      failureOf(this.trendsState()) ??
      failureOf(this.scorecardState()),
  );
  protected readonly view = computed(() => {
    if (this.failure()) return 'error';
    if (!this.unit()) return this.agencies()?.length === 0 ? 'no-agencies' : 'loading';
    if (this.families() && this.years().length === 0) return 'no-scores';
    const state = this.scorecardState();
    if (state.status !== 'ok') return 'loading';
    return state.data ? 'ok' : 'empty';
  });

  /** Units ranked this year that are not agencies (the province in PAPI), and the chosen unit if it is neither. */
  protected readonly otherUnits = computed((): OtherUnit[] => {
    const agencies = new Set((this.agencies() ?? []).map((a) => a.code));
    const others = new Map<string, string>();
    for (const { units } of dataOf(this.scoresState()) ?? []) {
      for (const u of units) if (!agencies.has(u.unitCode)) others.set(u.unitCode, u.unitName);
    }
    const unit = this.unit();
    if (unit && !agencies.has(unit) && !others.has(unit)) others.set(unit, unit);
    return [...others].map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  });
  protected readonly unitName = computed(() => {
    const unit = this.unit();
    const agency = this.agencies()?.find((a) => a.code === unit);
    if (agency) return agencyName(agency, this.i18n.lang());
    return this.cards()[0]?.result.unitName ?? this.otherUnits().find((u) => u.code === unit)?.name ?? unit ?? '';
  });

  protected readonly loss = computed(() => {
    const family = this.family();
    const year = this.year();
    if (!family || !year) return null;
    const lang = this.i18n.lang();
    return { options: lossChart({ year, family }, lang), summary: lossSummary({ year, family }, lang) };
  });
  /** Unit, year and index chosen above: the first header rows of both tables' files. */
  private readonly indexFilters = computed((): ExportTable['filters'] => {
    const family = this.family();
    const t = translator(this.i18n.lang());
    return [
      { label: t('indices.unit'), value: this.unitName() },
      { label: t('period.year'), value: this.year() },
      { label: t('compare.family'), value: family ? this.short(family) : null },
    ];
  });
  /** Every component of the chosen index as the table shows it, the points as numbers with the page's decimals. */
  protected readonly lossExport = computed((): ExportTable | null => {
    const family = this.family();
    const year = this.year();
    if (!family || !year) return null;
    const lang = this.i18n.lang();
    const t = translator(lang);
    const numFmt = decimalsFormat(familyDecimals(family));
    return {
      name: `${t('indices.loss')} ${this.short(family)} ${year} ${this.unit() ?? ''}`,
      title: `${t('indices.loss')} — ${this.short(family)}`,
      filters: this.indexFilters(),
      columns: [
        { label: t('indices.col.code'), width: 16 },
        { label: t('indices.col.name'), width: 50 },
        { label: t('indices.col.achieved'), numFmt },
        { label: t('indices.col.max'), numFmt },
        { label: t('indices.col.lost'), numFmt },
        { label: t('indices.col.lostOfTotal'), numFmt },
        { label: t('indices.col.owner'), width: 28 },
      ],
      rows: family.nodes.map((node) => [
        node.code,
        node.missingReason ? `${nodeName(node, lang)} (${node.missingReason})` : nodeName(node, lang),
        node.achieved,
        node.maxPoints,
        node.lost,
        node.lostOfTotal,
        node.ownerDepartment ?? t('indices.unassigned'),
      ]),
    };
  });

  protected readonly trend = computed(() => {
    const family = this.family();
    const points = dataOf(this.trendsState())?.find((t) => t.family === family?.family)?.points;
    if (!family || !points) return null;
    const lang = this.i18n.lang();
    return { options: trendChart({ index: family, points }, lang), summary: trendSummary({ index: family, points }, lang) };
  });

  private readonly scores = computed(() => dataOf(this.scoresState())?.find((s) => s.family === this.family()?.family) ?? null);
  /** The chosen unit's peer group in the chosen index, ranked as published. */
  protected readonly peers = computed(() => {
    const family = this.family();
    const scores = this.scores();
    if (!family || !scores) return null;
    const group = family.result.peerGroup;
    const units = scores.units.filter((u) => u.peerGroup === group);
    return {
      name: scores.peerGroups.find((g) => g.code === group)?.name ?? group,
      units,
      decimals: scoreDecimals(units.map((u) => u.total)),
    };
  });
  /** The peer table under the unit, year and index chosen above it, and the group it shows. */
  protected readonly peersExport = computed((): ExportTable | null => {
    const family = this.family();
    const peers = this.peers();
    const year = this.year();
    if (!family || !peers || !year) return null;
    const lang = this.i18n.lang();
    const t = translator(lang);
    return {
      name: `${t('indices.peers')} ${this.short(family)} ${year} ${this.unit() ?? ''}`,
      title: `${t('indices.peers')} — ${this.short(family)}`,
      filters: [...this.indexFilters(), { label: t('compare.group'), value: peers.name }],
      columns: rankingColumns(lang, peers.decimals),
      rows: peers.units.map((unit) => rankingCells(unit, lang)),
    };
  });
  protected readonly peersFailure = computed(() => failureOf(this.scoresState()));
  protected readonly peersLoading = computed(() => this.scoresState().status === 'loading');

  protected name(index: IndexName): string {
    return indexName(index, this.i18n.lang());
  }
  protected short(index: IndexName): string {
    return shortIndexName(index, this.i18n.lang());
  }
  protected nodeName(node: IndexName): string {
    return nodeName(node, this.i18n.lang());
  }
  protected decimals(family: ScorecardFamily): number {
    return familyDecimals(family);
  }
  protected score(value: number | null, decimals: number): string {
    return formatScore(value, this.i18n.lang(), decimals);
  }
  protected change(result: UnitIndexResult): string {
    return rankChangeText(result, this.i18n.lang());
  }

  protected selected(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
  protected setUnit(unit: string): void {
    // only agencies are remembered: the other pages know nothing of the province
    if (this.agencies()?.some((a) => a.code === unit)) localStorage.setItem(AGENCY_KEY, unit);
    this.update({ unit });
  }
  /** Only what changed goes into the URL: a year left out keeps following the unit's latest. */
  protected update(change: IndexParams): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}
