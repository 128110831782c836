import type { Params, ParamMap } from '@angular/router';
import { formatDate, type DossierListItem, type DossierStanding, type Lang } from '@cchc/domain';
import type { DossierListRequest, DossierQuery } from '../../core/api/api.service';
import type { MessageKey, Translate } from '../../core/i18n/i18n.service';
import { exportDate, type ExportTable } from '../../shared/export';

/** The figures of the official table that open their list: the ones somebody has to follow up. */
export const LIST_COHORTS = ['late', 'overdue'] as const;
export type ListCohort = (typeof LIST_COHORTS)[number];

export const LIST_PAGE_SIZE = 50;

/**
 * The open list, in the URL beside the page's filters (?list=late&listDepartment=&listProcedure=&listPage=)
 * so it can be bookmarked. Its department narrows the page's (a breakdown row), its procedure is its own.
 */
export interface ListSelection {
  cohort: ListCohort;
  department?: string;
  procedure?: string;
  /** 1-based. */
  page: number;
}

export function listFromParams(params: ParamMap): ListSelection | null {
  const cohort = LIST_COHORTS.find((c) => c === params.get('list'));
  if (!cohort) return null;
  const page = Number(params.get('listPage'));
  return {
    cohort,
    department: params.get('listDepartment') || undefined,
    procedure: params.get('listProcedure') || undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** Query parameters that open a list, merged into the page's; null removes one (a closed list leaves none behind). */
export function listParams(selection: Omit<ListSelection, 'page'> | null, page = 1): Params {
  return {
    list: selection?.cohort ?? null,
    listDepartment: selection?.department ?? null,
    listProcedure: selection?.procedure ?? null,
    listPage: selection && page > 1 ? page : null,
  };
}

export function listRequest(query: DossierQuery, selection: ListSelection): DossierListRequest {
  return {
    ...query,
    department: selection.department ?? query.department,
    procedure: selection.procedure,
    status: selection.cohort,
    offset: (selection.page - 1) * LIST_PAGE_SIZE,
    limit: LIST_PAGE_SIZE,
  };
}

// Each standing under the official table's own headings: "Đã giải quyết — Quá hạn", "Đang giải quyết — Trong hạn".
const STANDINGS: Record<DossierStanding, [MessageKey, MessageKey]> = {
  early: ['dossiers.resolved', 'dossiers.early'],
  on_time: ['dossiers.resolved', 'dossiers.onTime'],
  late: ['dossiers.resolved', 'dossiers.late'],
  pending: ['dossiers.pending', 'dossiers.withinDeadline'],
  overdue: ['dossiers.pending', 'dossiers.overdue'],
};
const CHANNELS: Record<DossierListItem['channel'], MessageKey> = {
  online: 'dossiers.online',
  direct: 'dossiers.direct',
  postal: 'dossiers.postal',
};

export function standingText(standing: DossierStanding | null, t: Translate): string {
  return standing ? STANDINGS[standing].map((key) => t(key)).join(' — ') : '';
}

export function channelText(channel: DossierListItem['channel'], t: Translate): string {
  return t(CHANNELS[channel]);
}

/** The Vietnam calendar day of an API instant (2023-06-14T09:00:00+07:00): timeliness is judged by day. */
export function dayOf(instant: string): string {
  return instant.slice(0, 10);
}

export function dayText(instant: string | null, lang: Lang): string {
  return instant ? formatDate(dayOf(instant), lang) : '';
}

/** The whole list as a file: the page's filters, then what narrows the list, in the first rows. */
export function dossierListTable(
  items: readonly DossierListItem[],
  context: { title: string; name: string; filters: ExportTable['filters']; procedure?: string },
  t: Translate,
): ExportTable {
  return {
    name: context.name,
    title: context.title,
    filters: [
      ...context.filters,
      ...(context.procedure ? [{ label: t('dossiers.procedure'), value: context.procedure }] : []),
      { label: t('dossierList.list'), value: context.title },
    ],
    columns: [
      { label: t('dossierList.code'), width: 16 },
      { label: t('dossierList.procedureCode'), width: 12 },
      { label: t('dossierList.procedureName'), width: 40 },
      { label: t('dossierList.field'), width: 16 },
      { label: t('common.department'), width: 30 },
      { label: t('dossierList.channel'), width: 12 },
      { label: t('dossierList.receivedAt'), width: 13 },
      { label: t('dossierList.dueAt'), width: 13 },
      { label: t('dossierList.resultAt'), width: 13 },
      { label: t('dossierList.standing'), width: 28 },
      { label: t('dossierList.daysPastDue'), width: 10 },
    ],
    rows: items.map((d) => [
      d.dossierCode,
      d.procedureCode,
      d.procedureName,
      d.field,
      d.department,
      channelText(d.channel, t),
      exportDate(dayOf(d.receivedAt)),
      exportDate(dayOf(d.dueAt)),
      d.resultAt ? exportDate(dayOf(d.resultAt)) : null,
      standingText(d.standing, t),
      d.daysPastDue,
    ]),
  };
}
