import { Injectable } from '@nestjs/common';
import { percent, type ReportingPeriod, type ProcedureStatsResponse, type StatsQuery } from '@cchc/domain';
import { catalogueAsOfSql, ClickhouseRepository, procedureStatsSql, type ProcedureCountsRow } from '@cchc/clickhouse';
import { AgenciesService } from '../agencies/agencies.service';
import { count } from '../counts';
import { ResultCache } from '../result-cache';
import { periodOf, windowOf } from '../windows';

/** Catalogue figures of the reports ("110/118 thủ tục toàn trình, 48/110 có phát sinh hồ sơ"). */
@Injectable()
export class ProcedureStatsService {
  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly agencies: AgenciesService,
    private readonly cache: ResultCache,
  ) {}

  async stats(query: StatsQuery): Promise<ProcedureStatsResponse> {
    const period = periodOf(query);
    await this.agencies.require(query.agency);
    return this.cache.get(['procedures/stats', period, query.agency], () => this.compute(query, period));
  }

  private async compute(query: StatsQuery, period: ReportingPeriod): Promise<ProcedureStatsResponse> {
    const [snapshot] = await this.clickhouse.query<{ snapshot: string; rows: string }>(catalogueAsOfSql((name) => this.clickhouse.table(name)), {
      agency: query.agency,
      lastDay: period.to,
    });
    const catalogueAsOf = snapshot && count(snapshot.rows) > 0 ? snapshot.snapshot : null;
    let row: ProcedureCountsRow | undefined;
    if (catalogueAsOf) {
      const { sql, params } = procedureStatsSql((name) => this.clickhouse.table(name), windowOf(period), catalogueAsOf);
      [row] = await this.clickhouse.query<ProcedureCountsRow>(sql, { agency: query.agency, ...params });
    }
    const full = count(row?.online_full);
    const partial = count(row?.online_partial);
    const withFees = count(row?.with_fees);
    const withOnlinePayment = count(row?.with_online_payment);
    const fullOnlineWithDossiers = count(row?.full_online_with_dossiers);
    return {
      agency: query.agency,
      period,
      from: period.from,
      to: period.to,
      catalogueAsOf,
      total: count(row?.total),
      byLevel: { province: count(row?.level_province), district: count(row?.level_district), commune: count(row?.level_commune) },
      online: { full, partial, none: count(row?.online_none) },
      withFees,
      withOnlinePayment,
      onlinePaymentRate: percent(withOnlinePayment, withFees),
      fullOnlineShare: percent(full, full + partial),
      fullOnlineWithDossiers,
      fullOnlineWithDossiersRate: percent(fullOnlineWithDossiers, full),
    };
  }
}
