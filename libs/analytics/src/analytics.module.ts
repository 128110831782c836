import { Module } from '@nestjs/common';
import { AgenciesService } from './agencies/agencies.service';
import { DossierListService } from './dossiers/dossier-list.service';
import { DossierStatsService } from './dossiers/dossier-stats.service';
import { FeedbackStatsService } from './feedback/feedback-stats.service';
import { D766EstimateService } from './indices/d766-estimate.service';
import { FrameworkCatalog } from './indices/framework-catalog';
import { IndexScoresService } from './indices/index-scores.service';
import { ProcedureStatsService } from './procedures/procedure-stats.service';
import { ResultCache } from './result-cache';

const SERVICES = [ResultCache, AgenciesService, DossierStatsService, DossierListService, ProcedureStatsService, FeedbackStatsService, FrameworkCatalog, IndexScoresService, D766EstimateService];

/** Read-side figures shared by the API and the CLI, so both print exactly the same JSON. */
@Module({ providers: SERVICES, exports: SERVICES })
export class AnalyticsModule {}
