import { Injectable } from '@nestjs/common';
import { percent, type ReportingPeriod, type FeedbackStatsQuery, type FeedbackStatsResponse } from '@cchc/domain';
import { ClickhouseRepository, feedbackStatsSql, type FeedbackCountsRow } from '@cchc/clickhouse';
import { AgenciesService } from '../agencies/agencies.service';
import { count } from '../counts';
import { ResultCache } from '../result-cache';
import { periodOf, windowOf } from '../windows';

/** Feedback and petitions (PAKN) figures; they feed the satisfaction group of the Decision 766 index. */
@Injectable()
export class FeedbackStatsService {
  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly agencies: AgenciesService,
    private readonly cache: ResultCache,
  ) {}

  async stats(query: FeedbackStatsQuery): Promise<FeedbackStatsResponse> {
    const period = periodOf(query);
    await this.agencies.require(query.agency);
    return this.cache.get(['feedback/stats', period, query.agency, query.department ?? null], () => this.compute(query, period));
  }

  private async compute(query: FeedbackStatsQuery, period: ReportingPeriod): Promise<FeedbackStatsResponse> {
    const { sql, params } = feedbackStatsSql((name) => this.clickhouse.table(name), windowOf(period), query.department);
    const [row] = await this.clickhouse.query<FeedbackCountsRow>(sql, { agency: query.agency, ...params });
    const answered = count(row?.answered);
    const answeredOnTime = count(row?.answered_on_time);
    const open = count(row?.open);
    const openOverdue = count(row?.open_overdue);
    const satisfied = count(row?.rated_yes);
    return {
      agency: query.agency,
      period,
      department: query.department ?? null,
      from: period.from,
      to: period.to,
      received: count(row?.received),
      receivedBySource: {
        hotline1022: count(row?.received_hotline1022),
        portal: count(row?.received_portal),
        direct: count(row?.received_direct),
        other: count(row?.received_other),
      },
      answered,
      answeredOnTime,
      answeredLate: count(row?.answered_late),
      open,
      openWithinDeadline: open - openOverdue,
      openOverdue,
      onTimeRate: percent(answeredOnTime, answered),
      satisfactionRate: percent(satisfied, satisfied + count(row?.rated_no)),
    };
  }
}
