// Chart options and texts for the index page, built by pure functions of (data, language) like the
// dossier charts: a title, named axes, tooltips in the language's number format, ECharts' aria with
// decal patterns, and a sentence summarising each chart for the text beside it.
import {
  formatNumber,
  type IndexFamilySummary,
  type Lang,
  type ScorecardFamily,
  type ScorecardNode,
  type TrendPoint,
  type UnitIndexResult,
} from '@cchc/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { translator, type Translate } from '../core/i18n/i18n.service';
import { PALETTE } from './dossier-charts';

/** An index family as the API names it, in both languages. */
export interface IndexName {
  nameVi: string;
  nameEn: string;
}

/** One family of a unit's scorecard, for the "where were points lost" chart. */
export interface LossData {
  year: number;
  family: ScorecardFamily;
}

/** A unit's results in one family, year by year, for the trend chart. */
export interface TrendData {
  index: IndexName;
  points: readonly TrendPoint[];
}

type Change = Pick<UnitIndexResult, 'rankChange' | 'rankChangeReason'>;
type Reason = NonNullable<UnitIndexResult['rankChangeReason']>;

/** Digits after the point that `value` really has, up to `max` (82.5 → 1, 44.9517 → 4). */
function fractionDigits(value: number, max: number): number {
  return (String(Number(value.toFixed(max))).split('.')[1] ?? '').length;
}

/**
 * Decimals to show a set of scores with: as many as the most precise one has, up to four (PAPI
 * publishes 44,9517), at least two (82,50), so scores read as published and columns line up.
 */
export function scoreDecimals(values: readonly (number | null)[]): number {
  return Math.max(2, ...values.map((value) => (value === null ? 0 : fractionDigits(value, 4))));
}

/** The decimals of everything one family's scorecard shows. */
export function familyDecimals(family: ScorecardFamily): number {
  return scoreDecimals([
    family.result.total,
    family.result.scoreChange,
    ...family.nodes.flatMap((n) => [n.achieved, n.lost, n.lostOfTotal]),
  ]);
}

/** A score in the language's format; null is a dash. */
export function formatScore(value: number | null, lang: Lang, decimals = 2): string {
  return formatNumber(value ?? Number.NaN, lang, decimals);
}

/** Axis ticks and scale bounds: no padding zeros (0, 2,5, 100). */
export function formatBound(value: number, lang: Lang): string {
  return formatNumber(value, lang, fractionDigits(value, 2));
}

export function indexName(index: IndexName, lang: Lang): string {
  return lang === 'en' ? index.nameEn : index.nameVi;
}

/** The acronym the API puts in brackets ("… (PAR INDEX)" → "PAR INDEX"): what titles and menus need. */
export function shortIndexName(index: IndexName, lang: Lang): string {
  const name = indexName(index, lang);
  return /\(([^()]+)\)\s*$/.exec(name)?.[1] ?? name;
}

export function nodeName(node: Pick<ScorecardNode, 'nameVi' | 'nameEn'>, lang: Lang): string {
  return lang === 'en' ? node.nameEn : node.nameVi;
}

/** "15/15", as rankings are announced; units without a total are peers but have no place. */
export function rankText(result: Pick<UnitIndexResult, 'rank' | 'peerCount'>, lang: Lang): string {
  return result.rank === null ? translator(lang)('indices.notRanked') : `${result.rank}/${result.peerCount}`;
}

function reasonText(reason: Reason, t: Translate): string {
  return t(`indices.reason.${reason}`);
}

/** "giảm 4 bậc", "tăng 3 bậc", or why the two years cannot be compared (a rank change is places gained). */
export function rankChangeText({ rankChange, rankChangeReason }: Change, lang: Lang): string {
  const t = translator(lang);
  if (rankChange === null) return t('indices.change.none', { reason: reasonText(rankChangeReason ?? 'no-previous', t) });
  if (rankChange === 0) return t('indices.change.same');
  const n = Math.abs(rankChange);
  if (rankChange > 0) return n === 1 ? t('indices.change.upOne') : t('indices.change.up', { n });
  return n === 1 ? t('indices.change.downOne') : t('indices.change.down', { n });
}

/** "+4,29 điểm", "-2,50 điểm": the sign is the news. */
export function scoreChangeText(change: number, lang: Lang, decimals = 2): string {
  return translator(lang)('indices.points', { value: `${change > 0 ? '+' : ''}${formatScore(change, lang, decimals)}` });
}

/**
 * The bars of the loss chart: the top level of the framework (fields of PAR INDEX, components of
 * DDCI), scored ones only, largest loss of the total first.
 */
export function lossBars(family: ScorecardFamily): (ScorecardNode & { lostOfTotal: number })[] {
  return family.nodes
    .filter((node): node is ScorecardNode & { lostOfTotal: number } => node.depth === 0 && node.lostOfTotal !== null)
    .sort((a, b) => b.lostOfTotal - a.lostOfTotal);
}

/** Points of the total lost across the top level: what picks the family to open first. */
export function totalLost(family: ScorecardFamily): number {
  return lossBars(family).reduce((sum, node) => sum + node.lostOfTotal, 0);
}

/** Every year with scores in any family, newest first: the years a page can open on. */
export function scoredYears(families: readonly Pick<IndexFamilySummary, 'years'>[]): number[] {
  return [...new Set(families.flatMap((f) => f.years))].sort((a, b) => b - a);
}

// ECharts writes tooltips as HTML; names come from framework and score files.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * What every index chart has: its title, and the aria description with decal patterns. A chart whose
 * marks all carry their value as a label can leave the patterns out: they would only hide the figures.
 */
export function frame(title: string, summary: string, decal = true): EChartsCoreOption {
  return {
    title: { text: title, left: 0, top: 0, textStyle: { fontSize: 14 } },
    aria: { enabled: true, label: { description: summary }, decal: { show: decal } },
  };
}

/** Points of the total lost per top-level component, as horizontal bars, the largest on top. */
export function lossChart(data: LossData, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const bars = lossBars(data.family);
  const decimals = familyDecimals(data.family);
  return {
    ...frame(t('chart.loss.title', { index: shortIndexName(data.family, lang), year: data.year }), lossSummary(data, lang)),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number }[]) => {
        const node = bars[params[0]?.dataIndex ?? -1];
        if (!node) return '';
        const detail = t('chart.loss.tooltip', {
          lost: formatScore(node.lostOfTotal, lang, decimals),
          achieved: formatScore(node.achieved, lang, decimals),
          max: formatBound(node.maxPoints, lang),
        });
        return `${escapeHtml(nodeName(node, lang))}<br/>${escapeHtml(detail)}`;
      },
    },
    // the long field names set the left margin: the grid shrinks until their labels fit
    grid: { left: 8, right: 56, top: 48, bottom: 48, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: t('chart.axis.pointsLost'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { formatter: (v: number) => formatBound(v, lang) },
    },
    yAxis: {
      type: 'category',
      // the first category is drawn at the bottom unless the axis is inverted
      inverse: true,
      name: t('chart.axis.component'),
      nameLocation: 'start',
      data: bars.map((node) => nodeName(node, lang)),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: t('chart.loss.series'),
        itemStyle: { color: PALETTE.late },
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatScore(p.value, lang, decimals) },
        data: bars.map((node) => node.lostOfTotal),
      },
    ],
  };
}

export function lossSummary({ year, family }: LossData, lang: Lang): string {
  const t = translator(lang);
  const index = shortIndexName(family, lang);
  const bars = lossBars(family);
  if (bars.length === 0) return t('chart.loss.empty', { index, year });
  const decimals = familyDecimals(family);
  const top = bars
    .slice(0, 3)
    .map((node) => `${nodeName(node, lang)} (${t('indices.points', { value: formatScore(node.lostOfTotal, lang, decimals) })})`)
    .join(', ');
  return t('chart.loss.summary', {
    index,
    year,
    total: formatScore(family.result.total, lang, decimals),
    max: formatBound(family.scale.max, lang),
    top,
  });
}

/**
 * Runs of years between methodology or peer-group breaks: a rank across a break measures something
 * else, so each run is its own line and the line does not cross the break.
 */
function runs(points: readonly TrendPoint[]): number[][] {
  const result: number[][] = [];
  points.forEach((point, i) => {
    if (i === 0 || point.methodologyBreak) result.push([i]);
    else result.at(-1)!.push(i);
  });
  return result;
}

function trendPointText(point: TrendPoint, lang: Lang, decimals: number): string {
  return translator(lang)('chart.trend.point', {
    year: point.year,
    rank: rankText(point, lang),
    total: formatScore(point.total, lang, decimals),
  });
}

/**
 * Rank by year on an inverted axis (1 at the top) and the total on a second axis. Each run between
 * breaks is a separate pair of series with the same names (one legend entry each); the breaks are
 * shaded between the two years they separate, labelled with the reason.
 */
export function trendChart(data: TrendData, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const { points } = data;
  const decimals = scoreDecimals(points.map((point) => point.total));
  const years = points.map((point) => String(point.year));
  const only = (run: readonly number[], value: (point: TrendPoint) => number | null) =>
    points.map((point, i) => (run.includes(i) ? value(point) : null));
  const breaks = points.flatMap((point, i) =>
    i > 0 && point.methodologyBreak
      ? [[{ xAxis: years[i - 1], name: reasonText(point.breakReason ?? 'methodology-changed', t) }, { xAxis: years[i] }]]
      : [],
  );
  const markArea = {
    silent: true,
    itemStyle: { color: 'rgba(0, 0, 0, 0.07)' },
    label: { show: true, position: 'insideTop', color: PALETTE.rate },
    data: breaks,
  };
  return {
    ...frame(t('chart.trend.title', { index: shortIndexName(data.index, lang) }), trendSummary(data, lang)),
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const point = points[params[0]?.dataIndex ?? -1];
        if (!point) return '';
        const note = point.methodologyBreak ? `<br/>${escapeHtml(reasonText(point.breakReason ?? 'methodology-changed', t))}` : '';
        return escapeHtml(trendPointText(point, lang, decimals)) + note;
      },
    },
    legend: { bottom: 0 },
    grid: { left: 64, right: 72, top: 72, bottom: 72 },
    xAxis: { type: 'category', name: t('chart.axis.year'), nameLocation: 'middle', nameGap: 30, data: years },
    yAxis: [
      {
        type: 'value',
        name: t('chart.axis.rank'),
        // 1 is the best place: at the top, where the axis now starts and its name goes
        inverse: true,
        nameLocation: 'start',
        min: 1,
        max: Math.max(1, ...points.map((point) => point.peerCount)),
        minInterval: 1,
        axisLabel: { formatter: (v: number) => formatNumber(v, lang), hideOverlap: true },
      },
      {
        type: 'value',
        name: t('chart.axis.total'),
        scale: true,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatBound(v, lang) },
      },
    ],
    series: runs(points).flatMap((run, i) => [
      {
        type: 'line',
        name: t('chart.trend.rank'),
        yAxisIndex: 0,
        itemStyle: { color: PALETTE.online },
        data: only(run, (point) => point.rank),
        ...(i === 0 && breaks.length > 0 ? { markArea } : {}),
      },
      {
        type: 'line',
        name: t('chart.trend.total'),
        yAxisIndex: 1,
        itemStyle: { color: PALETTE.direct },
        lineStyle: { type: 'dashed' },
        symbol: 'diamond',
        data: only(run, (point) => point.total),
      },
    ]),
  };
}

export function trendSummary({ index, points }: TrendData, lang: Lang): string {
  const t = translator(lang);
  const name = shortIndexName(index, lang);
  if (points.length === 0) return t('chart.trend.empty', { index: name });
  const decimals = scoreDecimals(points.map((point) => point.total));
  const summary = t('chart.trend.summary', {
    index: name,
    points: points.map((point) => trendPointText(point, lang, decimals)).join('; '),
  });
  const breaks = points
    .filter((point, i) => i > 0 && point.methodologyBreak)
    .map((point) => t('chart.trend.break', { year: point.year, reason: reasonText(point.breakReason ?? 'methodology-changed', t) }));
  return [summary, ...breaks].join(' ');
}
