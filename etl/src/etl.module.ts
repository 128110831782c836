import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AnalyticsModule } from '@cchc/analytics';
import { EtlPipelineService } from './pipeline/etl-pipeline.service';
import { InboxScheduler } from './pipeline/inbox.scheduler';
import { InboxService } from './pipeline/inbox.service';
import { RecoveryService } from './pipeline/recovery.service';

/**
 * The ETL pipeline. `background: true` (the API process) adds start-up recovery and the inbox
 * schedule; the CLI uses the pipeline alone, so it never disturbs a load another process runs.
 */
@Module({})
export class EtlModule {
  static forRoot(options: { background: boolean }): DynamicModule {
    return {
      module: EtlModule,
      imports: options.background ? [AnalyticsModule, ScheduleModule.forRoot()] : [AnalyticsModule],
      providers: [EtlPipelineService, InboxService, RecoveryService, ...(options.background ? [InboxScheduler] : [])],
      exports: [EtlPipelineService, InboxService, RecoveryService],
    };
  }
}
