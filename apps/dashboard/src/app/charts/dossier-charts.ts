// Chart options for the dossier page, built by pure functions of (data, language). Every chart has a
// title, named axes with units, a tooltip in the language's number format, ECharts' aria with decal
// patterns (colour is never the only cue), and a sentence summarising it for the text beside it.
import { formatNumber, formatPercent, percent, type BreakdownRow, type Lang } from '@cchc/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { translator, type MessageKey, type Translate } from '../core/i18n/i18n.service';

/** Months of one period, as the breakdown endpoint returns them (`by=month`, key `YYYY-MM`). */
export interface MonthlyDossiers {
  periodLabel: string;
  rows: readonly BreakdownRow[];
}

/** Colour-blind-safe palette (Okabe–Ito). */
export const PALETTE = {
  online: '#0072B2',
  direct: '#E69F00',
  postal: '#009E73',
  early: '#009E73',
  onTime: '#56B4E9',
  late: '#D55E00',
  rate: '#222222',
};

type Count =
  'receivedOnline' | 'receivedDirect' | 'receivedPostal' | 'resolved' | 'resolvedEarly' | 'resolvedOnTime' | 'resolvedLate' | 'received';

/** 2023-01 → 01/2023, the way Vietnamese reports write a month. */
export function monthLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  return match ? `${match[2]}/${match[1]}` : key;
}

const total = (rows: readonly BreakdownRow[], key: Count) => rows.reduce((sum, row) => sum + row[key], 0);

function frame(t: Translate, lang: Lang, title: string, summary: string, rows: readonly BreakdownRow[]): EChartsCoreOption {
  return {
    title: { text: title, left: 0, top: 0, textStyle: { fontSize: 14 } },
    aria: { enabled: true, label: { description: summary }, decal: { show: true } },
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => formatNumber(Number(value), lang) },
    legend: { bottom: 0 },
    grid: { left: 64, right: 64, top: 72, bottom: 72 },
    xAxis: {
      type: 'category',
      name: t('chart.axis.month'),
      nameLocation: 'middle',
      nameGap: 30,
      data: rows.map((row) => monthLabel(row.key)),
    },
  };
}

function stackedBar(t: Translate, stack: string, rows: readonly BreakdownRow[], key: Count, name: MessageKey, color: string) {
  return { type: 'bar', stack, name: t(name), itemStyle: { color }, emphasis: { focus: 'series' }, data: rows.map((row) => row[key]) };
}

/** Received dossiers per month, stacked by channel (online / direct / postal). */
export function channelChart(data: MonthlyDossiers, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const { rows } = data;
  return {
    ...frame(t, lang, t('chart.channel.title'), channelSummary(data, lang), rows),
    yAxis: {
      type: 'value',
      name: t('chart.axis.dossiers'),
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
    },
    series: [
      stackedBar(t, 'received', rows, 'receivedOnline', 'dossiers.online', PALETTE.online),
      stackedBar(t, 'received', rows, 'receivedDirect', 'dossiers.direct', PALETTE.direct),
      stackedBar(t, 'received', rows, 'receivedPostal', 'dossiers.postal', PALETTE.postal),
    ],
  };
}

/** Resolved dossiers per month by timeliness, with the on-time rate as a line on a percent axis. */
export function timelinessChart(data: MonthlyDossiers, lang: Lang): EChartsCoreOption {
  const t = translator(lang);
  const { rows } = data;
  return {
    ...frame(t, lang, t('chart.timeliness.title'), timelinessSummary(data, lang), rows),
    yAxis: [
      { type: 'value', name: t('chart.axis.dossiers'), minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, lang) } },
      {
        type: 'value',
        name: t('chart.axis.rate'),
        min: 0,
        max: 100,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatPercent(v, lang) },
      },
    ],
    series: [
      stackedBar(t, 'resolved', rows, 'resolvedEarly', 'dossiers.early', PALETTE.early),
      stackedBar(t, 'resolved', rows, 'resolvedOnTime', 'dossiers.onTime', PALETTE.onTime),
      stackedBar(t, 'resolved', rows, 'resolvedLate', 'dossiers.late', PALETTE.late),
      {
        type: 'line',
        name: t('dossiers.onTimeRate'),
        yAxisIndex: 1,
        itemStyle: { color: PALETTE.rate },
        lineStyle: { type: 'dashed' },
        data: rows.map((row) => row.onTimeRate),
        tooltip: { valueFormatter: (value: unknown) => formatPercent(value === null ? null : Number(value), lang) },
      },
    ],
  };
}

/** The sentence shown beside the channel chart and given to screen readers instead of the picture. */
export function channelSummary({ periodLabel, rows }: MonthlyDossiers, lang: Lang): string {
  const t = translator(lang);
  const received = total(rows, 'received');
  if (received === 0) return t('chart.summary.empty', { period: periodLabel });
  const online = total(rows, 'receivedOnline');
  const peak = rows.reduce((best, row) => (row.received > best.received ? row : best));
  return t('chart.summary.channel', {
    period: periodLabel,
    received: formatNumber(received, lang),
    online: formatNumber(online, lang),
    rate: formatPercent(percent(online, received), lang),
    peak: monthLabel(peak.key),
    peakCount: formatNumber(peak.received, lang),
  });
}

export function timelinessSummary({ periodLabel, rows }: MonthlyDossiers, lang: Lang): string {
  const t = translator(lang);
  const resolved = total(rows, 'resolved');
  if (resolved === 0) return t('chart.summary.empty', { period: periodLabel });
  const onTime = total(rows, 'resolvedEarly') + total(rows, 'resolvedOnTime');
  return t('chart.summary.timeliness', {
    period: periodLabel,
    resolved: formatNumber(resolved, lang),
    onTime: formatNumber(onTime, lang),
    rate: formatPercent(percent(onTime, resolved), lang),
    late: formatNumber(total(rows, 'resolvedLate'), lang),
  });
}
