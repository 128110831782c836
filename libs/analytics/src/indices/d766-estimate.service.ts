import { Injectable, NotFoundException } from '@nestjs/common';
import { estimateD766, percent, type D766EstimateResponse, type FeedbackStatsQuery, type StatsQuery } from '@cchc/domain';
import { DossierStatsService } from '../dossiers/dossier-stats.service';
import { FeedbackStatsService } from '../feedback/feedback-stats.service';
import { ProcedureStatsService } from '../procedures/procedure-stats.service';
import { periodOf } from '../windows';
import { FrameworkCatalog } from './framework-catalog';

/**
 * Which of our own figures stands for each Decision 766 sub-indicator. The rest (publication of
 * procedures, data reuse, the national population database …) are not in the exports we load and stay
 * unestimated rather than guessed.
 */
export const D766_SOURCES: Readonly<Record<string, string>> = {
  'dossiers-on-time': 'Hồ sơ TTHC: tỷ lệ giải quyết trước hạn và đúng hạn / dossiers resolved early or on time',
  'results-electronic': 'Hồ sơ TTHC: tỷ lệ ký số kết quả / dossiers with digitally signed results',
  'dossiers-digitised': 'Hồ sơ TTHC: tỷ lệ số hóa / dossiers digitised',
  'dossiers-online': 'Hồ sơ TTHC: tỷ lệ nộp trực tuyến / dossiers filed online',
  'dossiers-paid-online': 'Hồ sơ TTHC: tỷ lệ thanh toán trực tuyến / dossiers paid online',
  'procedures-online': 'Danh mục TTHC: toàn trình và một phần ÷ tổng số / fully or partly online procedures',
  'online-services-used': 'Danh mục TTHC: toàn trình có phát sinh hồ sơ trực tuyến / fully online procedures that received online dossiers',
  'procedures-payment-integrated': 'Danh mục TTHC: có phí được thanh toán trực tuyến / procedures with fees payable online',
  'feedback-on-time': 'PAKN: tỷ lệ trả lời đúng hạn / feedback answered on time',
  'feedback-satisfaction': 'PAKN: tỷ lệ hài lòng / satisfied with the answer',
};

/** An internal estimate of the Decision 766 index for an agency and period, from the loaded data. */
@Injectable()
export class D766EstimateService {
  constructor(
    private readonly frameworks: FrameworkCatalog,
    private readonly dossiers: DossierStatsService,
    private readonly procedures: ProcedureStatsService,
    private readonly feedback: FeedbackStatsService,
  ) {}

  async estimate(input: StatsQuery): Promise<D766EstimateResponse> {
    // the Government Office computes 766 on calendar periods unless told otherwise
    const query: FeedbackStatsQuery = { ...input, calendar: input.calendar ?? true };
    const period = periodOf(query);
    const framework = this.frameworks.forYear('d766', period.year);
    if (!framework) {
      throw new NotFoundException({ code: 'no_framework', message: `Không có khung QĐ 766 cho năm ${period.year}`, messageEn: `No Decision 766 framework for ${period.year}` });
    }
    const [d, p, f] = await Promise.all([this.dossiers.stats(query), this.procedures.stats(query), this.feedback.stats(query)]);
    const ratios: Record<string, number | null> = {
      'dossiers-on-time': d.onTimeRate,
      'results-electronic': d.signedRate,
      'dossiers-digitised': d.digitizedRate,
      'dossiers-online': d.onlineRate,
      'dossiers-paid-online': d.paidOnlineRate,
      'procedures-online': percent(p.online.full + p.online.partial, p.total),
      'online-services-used': p.fullOnlineWithDossiersRate,
      'procedures-payment-integrated': p.onlinePaymentRate,
      'feedback-on-time': f.onTimeRate,
      'feedback-satisfaction': f.satisfactionRate,
    };
    return {
      agency: query.agency,
      period,
      frameworkVersion: framework.version,
      sources: D766_SOURCES,
      ...estimateD766(framework, ratios),
    };
  }
}
