import { Injectable } from '@nestjs/common';
import {
  hasActivity,
  monthsOf,
  percent,
  periodLabelVi,
  type DossierBreakdownQuery,
  type DossierBreakdownResponse,
  type DossierFilters,
  type DossierStats,
  type DossierStatsQuery,
  type DossierStatsResponse,
  type ReportingPeriod,
} from '@cchc/domain';
import { ClickhouseRepository, dossierStatsSql, type DossierCountsRow } from '@cchc/clickhouse';
import { AgenciesService } from '../agencies/agencies.service';
import { count } from '../counts';
import { ResultCache } from '../result-cache';
import { periodOf, windowOf } from '../windows';

function toStats(period: ReportingPeriod, row: DossierCountsRow | undefined): DossierStats {
  const n = count;
  const received = n(row?.received);
  const resolved = n(row?.resolved);
  const pending = n(row?.pending);
  const pendingOverdue = n(row?.pending_overdue);
  return {
    from: period.from,
    to: period.to,
    received,
    receivedOnline: n(row?.received_online),
    receivedDirect: n(row?.received_direct),
    receivedPostal: n(row?.received_postal),
    carriedOver: n(row?.carried_over),
    resolved,
    resolvedEarly: n(row?.resolved_early),
    resolvedOnTime: n(row?.resolved_on_time),
    resolvedLate: n(row?.resolved_late),
    pending,
    pendingWithinDeadline: pending - pendingOverdue,
    pendingOverdue,
    onlineRate: percent(n(row?.received_online), received),
    onTimeRate: percent(n(row?.resolved_early) + n(row?.resolved_on_time), resolved),
    digitizedRate: percent(n(row?.digitized), received),
    signedRate: percent(n(row?.signed), received),
    paidOnlineRate: percent(n(row?.paid_online), received),
  };
}

/** The official one-stop-shop figures; counting happens in ClickHouse, rates are rounded here (half-up). */
@Injectable()
export class DossierStatsService {
  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly agencies: AgenciesService,
    private readonly cache: ResultCache,
  ) {}

  async stats(query: DossierStatsQuery): Promise<DossierStatsResponse> {
    const period = periodOf(query);
    await this.agencies.require(query.agency);
    return this.cache.get(['dossiers/stats', period, query.agency, this.filters(query)], () => this.computeStats(query, period));
  }

  async breakdown(query: DossierBreakdownQuery): Promise<DossierBreakdownResponse> {
    const period = periodOf(query);
    await this.agencies.require(query.agency);
    return this.cache.get(['dossiers/breakdown', period, query.by, query.agency, this.filters(query)], () => this.computeBreakdown(query, period));
  }

  private async computeStats(query: DossierStatsQuery, period: ReportingPeriod): Promise<DossierStatsResponse> {
    const filters = this.filters(query);
    const [row] = await this.run({ agency: query.agency, windows: [windowOf(period)], ...filters });
    return { agency: query.agency, period, filters, ...toStats(period, row) };
  }

  private async computeBreakdown(query: DossierBreakdownQuery, period: ReportingPeriod): Promise<DossierBreakdownResponse> {
    const filters = this.filters(query);
    if (query.by === 'month') {
      const months = monthsOf(period);
      const rows = await this.run({ agency: query.agency, windows: months.map(windowOf), ...filters });
      const byKey = new Map(rows.map((row) => [row.window, row]));
      return {
        agency: query.agency,
        period,
        by: 'month',
        filters,
        rows: months.map((month) => ({ key: month.code, label: periodLabelVi(month), ...toStats(month, byKey.get(month.code)) })),
      };
    }
    const rows = await this.run({ agency: query.agency, windows: [windowOf(period)], groupBy: query.by, ...filters });
    return {
      agency: query.agency,
      period,
      by: query.by,
      filters,
      rows: rows
        .map((row) => ({ key: row.group, label: row.group_label || row.group, ...toStats(period, row) }))
        .filter(hasActivity),
    };
  }

  private filters(query: DossierStatsQuery): DossierFilters {
    const filters: DossierFilters = {};
    if (query.department) filters.department = query.department;
    if (query.procedure) filters.procedure = query.procedure;
    if (query.field) filters.field = query.field;
    return filters;
  }

  private async run(query: Parameters<typeof dossierStatsSql>[1]): Promise<DossierCountsRow[]> {
    const { sql, params } = dossierStatsSql((name) => this.clickhouse.table(name), query);
    return this.clickhouse.query<DossierCountsRow>(sql, params);
  }
}
