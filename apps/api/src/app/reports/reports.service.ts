import { Injectable, NotFoundException } from '@nestjs/common';
import {
  composeCchcReport,
  INDEX_FAMILIES,
  vnDate,
  type CchcReportInput,
  type CchcReportQuery,
  type CchcReportResponse,
} from '@cchc/domain';
import { AgenciesService, DossierStatsService, FeedbackStatsService, IndexScoresService, ProcedureStatsService } from '@cchc/analytics';
import { TasksService } from '../accountability/tasks.service';
import { ReportTemplates } from './report-templates';

/** The CCHC report section of an agency, assembled from the same services that answer the statistics endpoints. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly dossiers: DossierStatsService,
    private readonly procedures: ProcedureStatsService,
    private readonly feedback: FeedbackStatsService,
    private readonly indices: IndexScoresService,
    private readonly tasks: TasksService,
    private readonly templates: ReportTemplates,
  ) {}

  async cchc(query: CchcReportQuery): Promise<CchcReportResponse> {
    const stats = { agency: query.agency, period: query.period, calendar: query.calendar };
    // first, so an unknown agency is a 404 before anything else is read
    const dossiers = await this.dossiers.stats(stats);
    const { period } = dossiers;
    const procedures = await this.procedures.stats(stats);
    const feedback = await this.feedback.stats(stats);
    const indices = await this.indexYear(query.agency, period.year, query.year);
    const generatedOn = vnDate(new Date());
    const tasks = await this.tasks.list(query.agency, undefined, generatedOn);
    const name = (await this.agencies.list()).find((agency) => agency.code === query.agency)?.name ?? query.agency;
    const input: CchcReportInput = {
      agency: { code: query.agency, name },
      period,
      generatedOn,
      dossiers,
      procedures,
      feedback,
      indices,
      tasks,
    };
    return {
      agency: query.agency,
      period,
      indexYear: indices.year,
      generatedOn,
      ...composeCchcReport(input, this.templates.cchc, query.lang ?? 'vi'),
    };
  }

  /**
   * Results are published in the spring for the year before, so a report on a period of 2023 speaks of
   * the 2022 results; without those, of the latest year that has any.
   */
  private async indexYear(agency: string, periodYear: number, requested: number | undefined): Promise<CchcReportInput['indices']> {
    const families = (year: number) =>
      unlessNotFound(
        this.indices.scorecard(agency, year).then((card) => card.families),
        [],
      );
    if (requested !== undefined) return { year: requested, families: await families(requested) };
    const previous = await families(periodYear - 1);
    if (previous.length > 0) return { year: periodYear - 1, families: previous };
    const years: number[] = [];
    for (const family of INDEX_FAMILIES) {
      years.push(
        ...(await unlessNotFound(
          this.indices.trends(agency, family).then((trend) => trend.points.map((point) => point.year)),
          [],
        )),
      );
    }
    if (years.length === 0) return { year: null, families: [] };
    const latest = Math.max(...years);
    return { year: latest, families: await families(latest) };
  }
}

/** "No scores" is an answer in a report, not a failure of it. */
async function unlessNotFound<T>(work: Promise<T>, fallback: T): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundException) return fallback;
    throw error;
  }
}
