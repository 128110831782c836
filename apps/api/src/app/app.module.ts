import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { MulterModule } from '@nestjs/platform-express';
import { diskStorage } from 'multer';
import { APP_CONFIG, ConfigModule, type AppConfig } from '@cchc/config';
import { AnalyticsModule } from '@cchc/analytics';
import { ClickhouseModule } from '@cchc/clickhouse';
import { EtlModule } from '@cchc/etl';
import { StoreModule } from '@cchc/store';
import { AgenciesController } from './agencies/agencies.controller';
import { DossiersController } from './stats/dossiers.controller';
import { FeedbackController } from './stats/feedback.controller';
import { ProceduresController } from './stats/procedures.controller';
import { EtlController } from './etl/etl.controller';
import { OwnershipController, TasksController } from './accountability/accountability.controller';
import { DepartmentScorecardService } from './accountability/department-scorecard.service';
import { DutyService } from './accountability/duty.service';
import { OwnershipService } from './accountability/ownership.service';
import { TaskCheckScheduler } from './accountability/task-check.scheduler';
import { TaskImportService } from './accountability/task-import.service';
import { TasksService } from './accountability/tasks.service';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { HealthController } from './health/health.controller';
import { IndicesController } from './indices/indices.controller';
import { UnitsController } from './indices/units.controller';
import { ReportPdfRenderer } from './reports/report-pdf';
import { ReportTemplates } from './reports/report-templates';
import { ReportsController } from './reports/reports.controller';
import { ReportsService } from './reports/reports.service';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClickhouseModule,
        StoreModule,
        AnalyticsModule,
        EtlModule.forRoot({ background: true }),
        MulterModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (appConfig: AppConfig) => ({
            // uploads land outside the inbox so a scan never picks up a half-written file
            storage: diskStorage({ destination: join(appConfig.dataDir, 'uploads'), filename: (_request, _file, done) => done(null, randomUUID()) }),
            limits: { fileSize: appConfig.uploadMaxBytes, files: 1 },
          }),
        }),
      ],
      controllers: [HealthController, AuthController, AgenciesController, DossiersController, ProceduresController, FeedbackController, IndicesController, UnitsController, OwnershipController, TasksController, ReportsController, EtlController],
      providers: [
        AuthService,
        { provide: APP_GUARD, useClass: AccessGuard },
        OwnershipService,
        TasksService,
        TaskImportService,
        DepartmentScorecardService,
        DutyService,
        TaskCheckScheduler,
        ReportTemplates,
        ReportsService,
        ReportPdfRenderer,
      ],
    };
  }
}
