// Chart options and texts for the comparison page, built like the index charts: pure functions of
// (data, language) with a title, named axes, tooltips in the language's number format, ECharts' aria
// with decal patterns, and a sentence summarising each chart for the text beside it.
import { formatPercent, percent, type FrameworkNode, type Lang, type ScorecardFamily, type UnitIndexResult } from '@cchc/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { translator } from '../core/i18n/i18n.service';
import { PALETTE } from './dossier-charts';
import { escapeHtml, formatBound, formatScore, frame, nodeName, scoreDecimals, shortIndexName, type IndexName } from './index-charts';

/** A top-level component of a framework (a field of PAR INDEX, a dimension of PAPI): a heatmap column, a radar axis. */
export type Component = Pick<FrameworkNode, 'code' | 'nameVi' | 'nameEn' | 'maxPoints'>;

/** A unit's points in each top-level component; a component without a score is left out. */
export interface UnitComponents {
  code: string;
  name: string;
  achieved: Readonly<Partial<Record<string, number>>>;
}

/** One family and year: its top-level components, and the units to show them for, in ranking order. */
export interface ComponentData {
  index: IndexName;
  year: number;
  components: readonly Component[];
  units: readonly UnitComponents[];
}

/** A unit's dossier rates in one period, for the scatter (null: no dossier to measure). */
export interface AgencyRates {
  code: string;
  name: string;
  onlineRate: number | null;
  onTimeRate: number | null;
}

export interface RatesData {
  periodLabel: string;
  agencies: readonly AgencyRates[];
  /** The agency chosen on the other pages: its point is a diamond, not only another colour. */
  chosen: string | null;
}

/**
 * Low to high share of the maximum: the light ends of ColorBrewer's RdBu, which colour-blind readers
 * tell apart and on which the black cell labels stay readable.
 */
export const HEAT_COLOURS = ['#f4a582', '#f7f7f7', '#92c5de'];

/** How the picked units are told apart on the radar: colour, and a symbol and line for those who cannot see it. */
const PICK_STYLES = [
  { color: PALETTE.online, symbol: 'circle', line: 'solid' },
  { color: PALETTE.late, symbol: 'rect', line: 'dashed' },
  { color: PALETTE.postal, symbol: 'triangle', line: 'dotted' },
  { color: PALETTE.direct, symbol: 'diamond', line: 'dashed' },
] as const;

/** The top-level scores of a unit's scorecard in one family; null (no scorecard) gives none. */
export function unitComponents(
  result: Pick<UnitIndexResult, 'unitCode' | 'unitName'>,
  family: Pick<ScorecardFamily, 'nodes'> | null,
): UnitComponents {
  const achieved: Record<string, number> = {};
  for (const node of family?.nodes ?? []) if (node.depth === 0 && node.achieved !== null) achieved[node.code] = node.achieved;
  return { code: result.unitCode, name: result.unitName, achieved };
}

/** Points achieved as a % of the component's maximum, to two decimals; null where not scored. */
function shareOfMax(unit: UnitComponents, component: Component): number | null {
  const achieved = unit.achieved[component.code];
  return achieved === undefined ? null : percent(achieved, component.maxPoints);
}

interface Cell {
  x: number;
  y: number;
  unit: UnitComponents;
  component: Component;
  achieved: number;
  share: number;
}

/** The scored cells, row by row; a cell without a score stays empty rather than reading as 0. */
function heatCells({ components, units }: ComponentData): Cell[] {
  return units.flatMap((unit, y) =>
    components.flatMap((component, x) => {
      const achieved = unit.achieved[component.code];
      const share = shareOfMax(unit, component);
      return achieved === undefined || share === null ? [] : [{ x, y, unit, component, achieved, share }];
    }),
  );
}

/**
 * The shares the colours spread over: from the lowest rounded down to ten to the highest rounded up
 * to ten. Over 0–100 every sở (all above 80%) or every province (PAPI, 40–70%) would look alike.
 */
export function shareRange(shares: readonly number[]): { min: number; max: number } {
  if (shares.length === 0) return { min: 0, max: 100 };
  // at least one step of ten wide, so equal shares still get a scale
  const max = Math.min(100, Math.max(10, Math.ceil(Math.max(...shares) / 10) * 10));
  return { min: Math.max(0, Math.min(max - 10, Math.floor(Math.min(...shares) / 10) * 10)), max };
}

/** Tall enough for one readable row per unit (a PAPI year ranks 63 provinces). */
export function heatmapHeight(units: number): number {
  return Math.max(320, 160 + 26 * units);
}

/** Units × components, coloured by points achieved ÷ maximum, each cell labelled with the points. */
export function heatmapChart(data: ComponentData, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const cells = heatCells(data);
  const decimals = scoreDecimals(cells.map((cell) => cell.achieved));
  const points = (cell: Cell) => formatScore(cell.achieved, lang, decimals);
  const range = shareRange(cells.map((cell) => cell.share));
  return {
    ...frame(t('chart.heatmap.title', { index: shortIndexName(data.index, lang), year: data.year }), heatmapSummary(data, lang), false),
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const cell = cells[params.dataIndex];
        if (!cell) return '';
        const detail = t('chart.heatmap.tooltip', {
          achieved: points(cell),
          max: formatBound(cell.component.maxPoints, lang),
          share: formatPercent(cell.share, lang),
        });
        return `${escapeHtml(cell.unit.name)}<br/>${escapeHtml(nodeName(cell.component, lang))}<br/>${escapeHtml(detail)}`;
      },
    },
    // the component names go on top, like a table's header; the grid shrinks until they and the unit names fit
    grid: { left: 8, right: 8, top: 40, bottom: 56, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: {
      type: 'category',
      position: 'top',
      name: t('chart.axis.component'),
      nameLocation: 'middle',
      nameGap: 72,
      data: data.components.map((component) => nodeName(component, lang)),
      axisLabel: { interval: 0, width: 104, overflow: 'break', lineHeight: 13, fontSize: 11 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      // the best unit on top, as ranked
      inverse: true,
      name: t('chart.axis.unit'),
      nameLocation: 'start',
      // over the unit names, clear of the first component's
      nameTextStyle: { align: 'right' },
      data: data.units.map((unit) => unit.name),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    visualMap: {
      type: 'continuous',
      dimension: 2,
      min: range.min,
      max: range.max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      // horizontal: the first text goes at the high end, the second at the low end
      text: [formatPercent(range.max, lang), `${t('chart.axis.shareOfMax')}: ${formatPercent(range.min, lang)}`],
      formatter: (value: number) => formatPercent(value, lang),
      inRange: { color: HEAT_COLOURS },
    },
    series: [
      {
        type: 'heatmap',
        name: t('chart.heatmap.series'),
        data: cells.map((cell) => [cell.x, cell.y, cell.share]),
        label: {
          show: true,
          fontSize: 11,
          formatter: (params: { dataIndex: number }) => {
            const cell = cells[params.dataIndex];
            return cell ? points(cell) : '';
          },
        },
        itemStyle: { borderColor: '#fff', borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: PALETTE.rate, borderWidth: 2 } },
      },
    ],
  };
}

export function heatmapSummary(data: ComponentData, lang: Lang): string {
  const t = translator(lang);
  const index = shortIndexName(data.index, lang);
  const cells = heatCells(data);
  if (cells.length === 0) return t('chart.heatmap.empty', { index, year: data.year });
  // a component's average share: its points over all units ÷ its maximum over the units scored in it
  const averages = data.components.flatMap((component) => {
    const scored = cells.filter((cell) => cell.component === component);
    const achieved = scored.reduce((sum, cell) => sum + cell.achieved, 0);
    const share = percent(achieved, component.maxPoints * scored.length);
    return share === null ? [] : [{ component, share }];
  });
  const weakest = averages.reduce((low, next) => (next.share < low.share ? next : low));
  const strongest = averages.reduce((high, next) => (next.share > high.share ? next : high));
  const low = cells.reduce((lowest, cell) => (cell.share < lowest.share ? cell : lowest));
  return t('chart.heatmap.summary', {
    index,
    year: data.year,
    units: data.units.length,
    components: data.components.length,
    weakest: nodeName(weakest.component, lang),
    weakestShare: formatPercent(weakest.share, lang),
    strongest: nodeName(strongest.component, lang),
    strongestShare: formatPercent(strongest.share, lang),
    lowUnit: low.unit.name,
    lowComponent: nodeName(low.component, lang),
    lowShare: formatPercent(low.share, lang),
  });
}

/** The picked units on one radar, each axis a component as a % of its maximum, so unequal maxima compare. */
export function radarChart(data: ComponentData, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const names = data.components.map((component) => nodeName(component, lang));
  const values = data.units.map((unit) => data.components.map((component) => shareOfMax(unit, component)));
  // the centre sits where the heatmap's colours start: picked units a few points apart must not all hug the rim
  const { min } = shareRange(values.flat().filter((value): value is number => value !== null));
  return {
    ...frame(t('chart.radar.title', { index: shortIndexName(data.index, lang), year: data.year }), radarSummary(data, lang)),
    tooltip: {
      trigger: 'item',
      formatter: (params: { name: string; value: (number | null)[] }) =>
        [params.name, ...names.map((name, i) => `${name}: ${formatPercent(params.value[i] ?? null, lang)}`)].map(escapeHtml).join('<br/>'),
    },
    legend: { bottom: 0, type: 'plain' },
    radar: {
      // the scale is written along the first axis only: eight copies would bury the polygons
      indicator: names.map((name, i) => ({ name, min, max: 100, axisLabel: { show: i === 0 } })),
      center: ['50%', '54%'],
      radius: '62%',
      // a ring every ten points of the share
      splitNumber: (100 - min) / 10,
      axisName: { color: PALETTE.rate, width: 130, overflow: 'break', fontSize: 11 },
      axisLabel: { fontSize: 10, color: PALETTE.rate, formatter: (value: number) => `${formatBound(value, lang)}%` },
    },
    series: [
      {
        type: 'radar',
        name: t('chart.axis.shareOfMax'),
        data: data.units.map((unit, i) => {
          const style = PICK_STYLES[i % PICK_STYLES.length]!;
          return {
            name: unit.name,
            value: values[i],
            symbol: style.symbol,
            symbolSize: 7,
            itemStyle: { color: style.color },
            lineStyle: { color: style.color, type: style.line, width: 2 },
          };
        }),
      },
    ],
  };
}

export function radarSummary(data: ComponentData, lang: Lang): string {
  const t = translator(lang);
  const units = data.units.flatMap((unit) => {
    const shares = data.components.flatMap((component) => {
      const share = shareOfMax(unit, component);
      return share === null ? [] : [{ component, share }];
    });
    if (shares.length === 0) return [];
    const best = shares.reduce((high, next) => (next.share > high.share ? next : high));
    const worst = shares.reduce((low, next) => (next.share < low.share ? next : low));
    return [
      t('chart.radar.unit', {
        unit: unit.name,
        best: nodeName(best.component, lang),
        bestShare: formatPercent(best.share, lang),
        worst: nodeName(worst.component, lang),
        worstShare: formatPercent(worst.share, lang),
      }),
    ];
  });
  if (units.length === 0) return t('chart.radar.empty');
  return t('chart.radar.summary', { index: shortIndexName(data.index, lang), year: data.year, units: units.join('; ') });
}

type Rated = AgencyRates & { onlineRate: number; onTimeRate: number };

/** The agencies with both rates in the period: the scatter's points. */
function ratedAgencies(agencies: readonly AgencyRates[]): Rated[] {
  return agencies.filter((agency): agency is Rated => agency.onlineRate !== null && agency.onTimeRate !== null);
}

function ratesText(agency: Rated, lang: Lang): string {
  return translator(lang)('chart.scatter.point', {
    agency: agency.code,
    online: formatPercent(agency.onlineRate, lang),
    onTime: formatPercent(agency.onTimeRate, lang),
  });
}

/** One point per agency: share received online across, share resolved on time up; each labelled with its code. */
export function scatterChart(data: RatesData, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const points = ratedAgencies(data.agencies);
  const axis = (name: string) => ({
    type: 'value',
    name,
    nameLocation: 'middle',
    nameGap: 30,
    min: 0,
    max: 100,
    axisLabel: { formatter: (value: number) => formatBound(value, lang) },
  });
  return {
    ...frame(t('chart.scatter.title', { period: data.periodLabel }), scatterSummary(data, lang)),
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const agency = points[params.dataIndex];
        return agency ? `${escapeHtml(agency.name)}<br/>${escapeHtml(ratesText(agency, lang))}` : '';
      },
    },
    grid: { left: 64, right: 48, top: 48, bottom: 56 },
    xAxis: axis(t('chart.axis.onlineRate')),
    yAxis: { ...axis(t('chart.axis.onTimeRate')), nameGap: 40 },
    series: [
      {
        type: 'scatter',
        name: t('compare.rates'),
        data: points.map((agency) => {
          const chosen = agency.code === data.chosen;
          return {
            name: agency.code,
            value: [agency.onlineRate, agency.onTimeRate],
            symbol: chosen ? 'diamond' : 'circle',
            symbolSize: chosen ? 18 : 12,
            itemStyle: { color: chosen ? PALETTE.late : PALETTE.online },
          };
        }),
        label: { show: true, position: 'right', formatter: '{b}', color: PALETTE.rate },
        // agencies with the same rates would print their codes on top of each other
        labelLayout: { moveOverlap: 'shiftY' },
      },
    ],
  };
}

export function scatterSummary(data: RatesData, lang: Lang): string {
  const t = translator(lang);
  const points = ratedAgencies(data.agencies);
  if (points.length === 0) return t('chart.scatter.empty', { period: data.periodLabel });
  const summary = t('chart.scatter.summary', {
    period: data.periodLabel,
    count: points.length,
    points: points.map((agency) => ratesText(agency, lang)).join('; '),
  });
  const unrated = data.agencies.filter((agency) => !points.some((point) => point.code === agency.code));
  return unrated.length === 0
    ? summary
    : `${summary} ${t('chart.scatter.none', { agencies: unrated.map((agency) => agency.code).join(', ') })}`;
}
