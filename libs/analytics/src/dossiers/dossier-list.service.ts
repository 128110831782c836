import { Injectable } from '@nestjs/common';
import {
  DOSSIER_LIST_MAX_LIMIT,
  type DossierFilters,
  type DossierListItem,
  type DossierListQuery,
  type DossierListResponse,
} from '@cchc/domain';
import { ClickhouseRepository, dossierListSql, type DossierListRow } from '@cchc/clickhouse';
import { AgenciesService } from '../agencies/agencies.service';
import { count } from '../counts';
import { periodOf, windowOf } from '../windows';

const DEFAULT_LIMIT = 50;

/** ClickHouse writes the columns' Vietnam local time; the offset makes it an instant any client reads alike. */
function vnInstant(local: string): string {
  return `${local.replace(' ', 'T')}+07:00`;
}

function toItem(row: DossierListRow): DossierListItem {
  return {
    dossierCode: row.dossier_code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    field: row.field,
    department: row.department,
    channel: row.channel,
    receivedAt: vnInstant(row.received_at),
    dueAt: vnInstant(row.due_at),
    resultAt: row.result_at === null ? null : vnInstant(row.result_at),
    standing: row.standing,
    daysPastDue: row.days_past_due === null ? null : Number(row.days_past_due),
  };
}

/** The dossiers behind a figure of the official statistics, a page at a time, with the cohort's total. */
@Injectable()
export class DossierListService {
  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly agencies: AgenciesService,
  ) {}

  async list(query: DossierListQuery): Promise<DossierListResponse> {
    const period = periodOf(query);
    await this.agencies.require(query.agency);
    const filters: DossierFilters = {};
    if (query.department) filters.department = query.department;
    if (query.procedure) filters.procedure = query.procedure;
    if (query.field) filters.field = query.field;
    const offset = query.offset ?? 0;
    const limit = Math.min(query.limit ?? DEFAULT_LIMIT, DOSSIER_LIST_MAX_LIMIT);
    const { page, total, params } = dossierListSql((name) => this.clickhouse.table(name), {
      agency: query.agency,
      window: windowOf(period),
      cohort: query.status,
      offset,
      limit,
      ...filters,
    });
    const [rows, [counted]] = await Promise.all([
      this.clickhouse.query<DossierListRow>(page, params),
      this.clickhouse.query<{ total: string }>(total, params),
    ]);
    return {
      agency: query.agency,
      period,
      filters,
      status: query.status,
      offset,
      limit,
      total: count(counted?.total),
      items: rows.map(toItem),
    };
  }
}
