// The CCHC report section of an agency for a period, written from its figures: prose from the
// template file, the official table, points lost by component, and the consistency appendix.
import type { FeedbackStatsResponse, ProcedureStatsResponse, ScorecardFamily, TaskView } from '../api';
import { formatDate, formatNumber, formatPercent, type Lang } from '../lib/format';
import { percent } from '../lib/percent';
import { romanQuarter, type ReportingPeriod } from '../lib/periods';
import type { DossierStats } from '../lib/timeliness';
import type { CchcTemplateSpec } from './cchc-template-spec';
import { checkOfficialTable, type ConsistencyResult } from './consistency';
import { formatScore, tv, type TemplateSet } from './template';

export type ProcedureFigures = Omit<ProcedureStatsResponse, 'agency' | 'period' | 'from' | 'to'>;
export type FeedbackFigures = Omit<FeedbackStatsResponse, 'agency' | 'period' | 'department' | 'from' | 'to'>;

export interface CchcReportInput {
  agency: { code: string; name: string };
  period: ReportingPeriod;
  /** Day the report is written (ISO); tasks are judged on it. */
  generatedOn: string;
  dossiers: DossierStats;
  procedures: ProcedureFigures;
  feedback: FeedbackFigures;
  /** The index year reported (null: the agency has no scores at all) and its scorecard families. */
  indices: { year: number | null; families: readonly ScorecardFamily[] };
  tasks: readonly Pick<TaskView, 'status' | 'overdue' | 'leadDepartment'>[];
}

export type CellKind = 'text' | 'count' | 'percent' | 'score';
export type Cell = string | number | null;

export interface ReportColumn {
  key: string;
  label: string;
  kind: CellKind;
}

export interface ReportRow {
  key: string;
  /** 0: a total or item; 1: a part of the row above it. */
  level: 0 | 1;
  cells: Cell[];
}

export interface ReportTable {
  key: 'dossiers' | 'losses';
  title: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

/** What the report was asked for, written in the header rows of every export. */
export interface ReportFilter {
  key: 'agency' | 'period' | 'from' | 'to' | 'calendar' | 'indexYear' | 'generatedOn';
  label: string;
  kind: 'text' | 'date' | 'number';
  /** ISO date for `date`, the figure for `number`. */
  value: string | number;
  text: string;
}

export interface ReportSection {
  key: 'dossiers' | 'procedures' | 'feedback' | 'indices' | 'tasks' | 'checks';
  heading: string;
  paragraphs: string[];
}

export interface CchcReport {
  lang: Lang;
  title: string;
  /** Without extension; may hold Vietnamese letters. */
  fileName: string;
  filters: ReportFilter[];
  sections: ReportSection[];
  tables: ReportTable[];
  consistency: ConsistencyResult;
}

type Templates = TemplateSet<CchcTemplateSpec>;

export function composeCchcReport(input: CchcReportInput, t: Templates, lang: Lang): CchcReport {
  const { agency, period } = input;
  const consistency = checkDossiers(input.dossiers);
  const periodName = periodPhrase(t, lang, period, 'period');
  return {
    lang,
    title: t.render('title', lang, { period: tv.text(periodName), agency: tv.text(agency.name) }),
    fileName: t.render('file.name', lang, { agency: tv.text(agency.code), period: tv.text(period.code) }),
    filters: filters(input, t, lang, periodName),
    sections: [
      { key: 'dossiers', heading: t.render('heading.dossiers', lang, {}), paragraphs: [dossierParagraph(input, t, lang)] },
      { key: 'procedures', heading: t.render('heading.procedures', lang, {}), paragraphs: procedureParagraphs(input, t, lang) },
      { key: 'feedback', heading: t.render('heading.feedback', lang, {}), paragraphs: [feedbackParagraph(input.feedback, t, lang)] },
      { key: 'indices', heading: t.render('heading.indices', lang, {}), paragraphs: indexParagraphs(input.indices, t, lang) },
      { key: 'tasks', heading: t.render('heading.tasks', lang, {}), paragraphs: taskParagraphs(input, t, lang) },
      { key: 'checks', heading: t.render('heading.checks', lang, {}), paragraphs: checkParagraphs(consistency, t, lang) },
    ],
    tables: [dossierTable(input.dossiers, t, lang), lossTable(input.indices.families, t, lang)].filter((table) => table.rows.length > 0),
    consistency,
  };
}

/** A table cell as text in the language's formats; an empty cell is an empty string. */
export function formatCell(cell: Cell, kind: CellKind, lang: Lang): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  switch (kind) {
    case 'count':
      return formatNumber(cell, lang);
    case 'percent':
      return formatPercent(cell, lang);
    case 'score':
      return formatScore(cell, lang);
    case 'text':
      return String(cell);
  }
}

function directPostal(d: DossierStats): number {
  return d.receivedDirect + d.receivedPostal;
}

/** Our own figures pass through the same checks as a hand-typed table before they are written out. */
function checkDossiers(d: DossierStats): ConsistencyResult {
  return checkOfficialTable({
    ...d,
    directPostalRate: percent(directPostal(d), d.received),
    lateRate: percent(d.resolvedLate, d.resolved),
  });
}

function periodPhrase(t: Templates, lang: Lang, period: ReportingPeriod, set: 'period' | 'periodShort'): string {
  const year = tv.text(String(period.year));
  switch (period.kind) {
    case 'month':
      return t.render(`${set}.month`, lang, { month: tv.count(period.index!), year });
    case 'quarter':
      return t.render(`${set}.quarter`, lang, { quarter: tv.text(String(period.index)), roman: tv.text(romanQuarter(period.index!)), year });
    case 'half':
      return t.render(period.index === 1 ? `${set}.half1` : `${set}.half2`, lang, { year });
    case 'nine_months':
      return t.render(`${set}.nineMonths`, lang, { year });
    case 'year':
      return t.render(`${set}.year`, lang, { year });
  }
}

function filters(input: CchcReportInput, t: Templates, lang: Lang, periodName: string): ReportFilter[] {
  const { agency, period, indices, generatedOn } = input;
  const label = (key: `filter.${ReportFilter['key']}`) => t.render(key, lang, {});
  const textFilter = (key: ReportFilter['key'], value: string): ReportFilter => ({
    key,
    label: label(`filter.${key}`),
    kind: 'text',
    value,
    text: value,
  });
  const dateFilter = (key: ReportFilter['key'], value: string): ReportFilter => ({
    key,
    label: label(`filter.${key}`),
    kind: 'date',
    value,
    text: formatDate(value, lang),
  });
  const agencyText = agency.name === agency.code ? agency.code : `${agency.name} (${agency.code})`;
  return [
    textFilter('agency', agencyText),
    textFilter('period', periodName),
    dateFilter('from', period.from),
    dateFilter('to', period.to),
    textFilter('calendar', t.render(period.calendar ? 'calendar.calendar' : 'calendar.official', lang, {})),
    indices.year === null
      ? textFilter('indexYear', t.render('indexYear.none', lang, {}))
      : { key: 'indexYear', label: label('filter.indexYear'), kind: 'number', value: indices.year, text: String(indices.year) },
    dateFilter('generatedOn', generatedOn),
  ];
}

function dossierParagraph({ dossiers: d, period }: CchcReportInput, t: Templates, lang: Lang): string {
  const when = {
    period: tv.text(periodPhrase(t, lang, period, 'periodShort')),
    from: tv.date(period.from),
    to: tv.date(period.to),
    carriedOver: tv.count(d.carriedOver),
  };
  const received =
    d.received > 0
      ? t.render('dossiers.received', lang, {
          ...when,
          received: tv.count(d.received),
          online: tv.count(d.receivedOnline),
          onlineRate: tv.percent(percent(d.receivedOnline, d.received)),
          directPostal: tv.count(directPostal(d)),
          directPostalRate: tv.percent(percent(directPostal(d), d.received)),
        })
      : t.render('dossiers.noneReceived', lang, when);
  const resolved = t.render('dossiers.resolved', lang, {
    resolved: tv.count(d.resolved),
    early: tv.count(d.resolvedEarly),
    onTime: tv.count(d.resolvedOnTime),
    late: tv.count(d.resolvedLate),
    onTimeRate: tv.percent(percent(d.resolvedEarly + d.resolvedOnTime, d.resolved)),
  });
  const pending = t.render('dossiers.pending', lang, {
    pending: tv.count(d.pending),
    withinDeadline: tv.count(d.pendingWithinDeadline),
    overdue: tv.count(d.pendingOverdue),
  });
  return [received, resolved, pending].join(' ');
}

function procedureParagraphs({ procedures: p, period }: CchcReportInput, t: Templates, lang: Lang): string[] {
  if (p.catalogueAsOf === null) return [t.render('procedures.none', lang, { to: tv.date(period.to) })];
  const { full, partial, none } = p.online;
  const catalogue = t.render('procedures.catalogue', lang, {
    total: tv.count(p.total),
    province: tv.count(p.byLevel.province),
    local: tv.count(p.byLevel.district + p.byLevel.commune),
    district: tv.count(p.byLevel.district),
    commune: tv.count(p.byLevel.commune),
    asOf: tv.date(p.catalogueAsOf),
  });
  const levels = t.render('procedures.onlineLevels', lang, {
    online: tv.count(full + partial),
    full: tv.count(full),
    partial: tv.count(partial),
    none: tv.count(none),
  });
  const fullOnline = t.render('procedures.fullOnline', lang, {
    full: tv.count(full),
    fullAndPartial: tv.count(full + partial),
    fullOnlineShare: tv.percent(p.fullOnlineShare),
    withDossiers: tv.count(p.fullOnlineWithDossiers),
    withDossiersRate: tv.percent(p.fullOnlineWithDossiersRate),
  });
  const fees = t.render('procedures.fees', lang, {
    withFees: tv.count(p.withFees),
    withOnlinePayment: tv.count(p.withOnlinePayment),
    onlinePaymentRate: tv.percent(p.onlinePaymentRate),
  });
  return [`${catalogue} ${levels}`, `${fullOnline} ${fees}`];
}

function feedbackParagraph(f: FeedbackFigures, t: Templates, lang: Lang): string {
  if (f.received === 0 && f.answered === 0 && f.open === 0) return t.render('feedback.none', lang, {});
  const hotline = f.receivedBySource.hotline1022;
  const hotlineSentence =
    hotline > 0 ? t.render('feedback.hotline', lang, { hotline: tv.count(hotline) }) : t.render('feedback.hotlineNone', lang, {});
  const summary = t.render('feedback.summary', lang, {
    received: tv.count(f.received),
    hotline: tv.count(hotline),
    portal: tv.count(f.receivedBySource.portal),
    direct: tv.count(f.receivedBySource.direct),
    other: tv.count(f.receivedBySource.other),
    answered: tv.count(f.answered),
    answeredOnTime: tv.count(f.answeredOnTime),
    answeredLate: tv.count(f.answeredLate),
    onTimeRate: tv.percent(f.onTimeRate),
    open: tv.count(f.open),
    openWithinDeadline: tv.count(f.openWithinDeadline),
    openOverdue: tv.count(f.openOverdue),
    satisfactionRate: tv.percent(f.satisfactionRate),
  });
  return `${hotlineSentence} ${summary}`;
}

const nameOf = (node: { nameVi: string; nameEn: string }, lang: Lang) => (lang === 'vi' ? node.nameVi : node.nameEn);

/** Scored components (the framework's first level), in the scorecard's order: largest loss of the total first. */
function componentsOf(family: ScorecardFamily) {
  return family.nodes.filter((node) => node.depth === 0 && node.achieved !== null);
}

function indexParagraphs({ year, families }: CchcReportInput['indices'], t: Templates, lang: Lang): string[] {
  if (year === null) return [t.render('indices.none', lang, {})];
  if (families.length === 0) return [t.render('indices.noneForYear', lang, { year: tv.text(String(year)) })];
  return families.map((family) => {
    const r = family.result;
    const named = { family: tv.text(nameOf(family, lang)), year: tv.text(String(year)) };
    const standing =
      r.total === null || r.rank === null
        ? t.render('indices.noTotal', lang, {
            ...named,
            missing: tv.text(
              r.missing
                .map((code) => family.nodes.find((node) => node.code === code) ?? { nameVi: code, nameEn: code })
                .map((node) => nameOf(node, lang))
                .join(', '),
            ),
          })
        : t.render('indices.result', lang, {
            ...named,
            total: tv.score(r.total),
            rank: tv.count(r.rank),
            peerCount: tv.count(r.peerCount),
            change: tv.text(rankChangeText(r.rankChange, r.rankChangeReason, year - 1, t, lang)),
          });
    const losses = componentsOf(family).filter((node) => node.lost !== null && node.lost > 0);
    if (losses.length === 0) return standing;
    const items = losses.map((node) =>
      t.render('indices.lossItem', lang, {
        component: tv.text(nameOf(node, lang)),
        lost: tv.score(node.lost!),
        maxPoints: tv.score(node.maxPoints),
        owner: tv.text(
          node.ownerDepartment
            ? t.render('indices.owner', lang, { department: tv.text(node.ownerDepartment) })
            : t.render('indices.unassigned', lang, {}),
        ),
      }),
    );
    return `${standing} ${t.render('indices.losses', lang, { ...named, items: tv.text(items.join('; ')) })}`;
  });
}

function rankChangeText(
  change: number | null,
  reason: ScorecardFamily['result']['rankChangeReason'],
  previous: number,
  t: Templates,
  lang: Lang,
): string {
  const previousYear = tv.text(String(previous));
  if (change === null) return t.render(`change.${reason ?? 'no-previous'}`, lang, { previousYear });
  if (change === 0) return t.render('change.same', lang, { previousYear });
  return t.render(change > 0 ? 'change.up' : 'change.down', lang, { places: tv.count(Math.abs(change)), previousYear });
}

function taskParagraphs({ tasks, generatedOn }: CchcReportInput, t: Templates, lang: Lang): string[] {
  const asOf = tv.date(generatedOn);
  if (tasks.length === 0) return [t.render('tasks.none', lang, { asOf })];
  const done = tasks.filter((task) => task.status === 'done').length;
  const overdue = tasks.filter((task) => task.overdue);
  const summary = t.render('tasks.summary', lang, {
    asOf,
    total: tv.count(tasks.length),
    done: tv.count(done),
    inProgress: tv.count(tasks.length - done - overdue.length),
    overdue: tv.count(overdue.length),
  });
  if (overdue.length === 0) return [summary];
  const byDepartment = new Map<string, number>();
  for (const task of overdue) byDepartment.set(task.leadDepartment, (byDepartment.get(task.leadDepartment) ?? 0) + 1);
  const items = [...byDepartment]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'vi'))
    .map(([department, n]) => t.render('tasks.overdueItem', lang, { department: tv.text(department), count: tv.count(n) }));
  return [`${summary} ${t.render('tasks.overdueByDepartment', lang, { items: tv.text(items.join('; ')) })}`];
}

function checkParagraphs(result: ConsistencyResult, t: Templates, lang: Lang): string[] {
  if (result.consistent) return [t.render('checks.consistent', lang, { checked: tv.count(result.checked.length) })];
  return [
    t.render('checks.inconsistent', lang, { issues: tv.count(result.issues.length) }),
    ...result.issues.map((issue) => (lang === 'vi' ? issue.messageVi : issue.messageEn)),
  ];
}

function dossierTable(d: DossierStats, t: Templates, lang: Lang): ReportTable {
  const row = (key: DossierRowKey, level: 0 | 1, no: string, value: number, base: number | null): ReportRow => ({
    key,
    level,
    cells: [no, t.render(`row.${key}`, lang, {}), value, base === null ? null : percent(value, base)],
  });
  return {
    key: 'dossiers',
    title: t.render('heading.table', lang, {}),
    columns: [
      { key: 'no', label: t.render('column.no', lang, {}), kind: 'text' },
      { key: 'indicator', label: t.render('column.indicator', lang, {}), kind: 'text' },
      { key: 'count', label: t.render('column.count', lang, {}), kind: 'count' },
      { key: 'rate', label: t.render('column.rate', lang, {}), kind: 'percent' },
    ],
    rows: [
      row('received', 0, '1', d.received, null),
      row('receivedOnline', 1, '1.1', d.receivedOnline, d.received),
      row('receivedDirectPostal', 1, '1.2', directPostal(d), d.received),
      row('carriedOver', 0, '2', d.carriedOver, null),
      row('resolved', 0, '3', d.resolved, null),
      row('resolvedEarly', 1, '3.1', d.resolvedEarly, d.resolved),
      row('resolvedOnTime', 1, '3.2', d.resolvedOnTime, d.resolved),
      row('resolvedLate', 1, '3.3', d.resolvedLate, d.resolved),
      row('pending', 0, '4', d.pending, null),
      row('pendingWithinDeadline', 1, '4.1', d.pendingWithinDeadline, d.pending),
      row('pendingOverdue', 1, '4.2', d.pendingOverdue, d.pending),
    ],
  };
}

type DossierRowKey =
  | 'received'
  | 'receivedOnline'
  | 'receivedDirectPostal'
  | 'carriedOver'
  | 'resolved'
  | 'resolvedEarly'
  | 'resolvedOnTime'
  | 'resolvedLate'
  | 'pending'
  | 'pendingWithinDeadline'
  | 'pendingOverdue';

function lossTable(families: readonly ScorecardFamily[], t: Templates, lang: Lang): ReportTable {
  const unassigned = t.render('indices.unassigned', lang, {});
  return {
    key: 'losses',
    title: t.render('heading.losses', lang, {}),
    columns: [
      { key: 'index', label: t.render('column.index', lang, {}), kind: 'text' },
      { key: 'component', label: t.render('column.component', lang, {}), kind: 'text' },
      { key: 'maxPoints', label: t.render('column.maxPoints', lang, {}), kind: 'score' },
      { key: 'achieved', label: t.render('column.achieved', lang, {}), kind: 'score' },
      { key: 'lost', label: t.render('column.lost', lang, {}), kind: 'score' },
      { key: 'owner', label: t.render('column.owner', lang, {}), kind: 'text' },
    ],
    rows: families.flatMap((family) =>
      componentsOf(family).map((node): ReportRow => ({
        key: `${family.family}:${node.code}`,
        level: 0,
        cells: [nameOf(family, lang), nameOf(node, lang), node.maxPoints, node.achieved, node.lost, node.ownerDepartment ?? unassigned],
      })),
    ),
  };
}
