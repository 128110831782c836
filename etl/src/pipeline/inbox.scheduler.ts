import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { ClickhouseUnavailableError } from '@cchc/clickhouse';
import { InboxService } from './inbox.service';
import { RecoveryService } from './recovery.service';

const JOB_NAME = 'etl-inbox-scan';

/**
 * Recovers interrupted loads, then scans the inbox at start and on the configured cron. The cron
 * comes from configuration (ETL_SCHEDULE), so the job is registered at runtime rather than with a
 * decorator; "off" leaves it out (tests, extra replicas). With the ClickHouse server unreachable at
 * start, recovery waits for the first scan that reaches it: no scan loads anything before recovery.
 */
@Injectable()
export class InboxScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(InboxScheduler.name);
  private recovered = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly inbox: InboxService,
    private readonly recovery: RecoveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.recover().catch((error: unknown) => {
      if (!(error instanceof ClickhouseUnavailableError)) throw error;
      this.logger.warn(`Recovery of interrupted loads postponed: ${error.message}`);
    });
    await this.inbox.ensureFolders();
    if (!this.config.etlSchedule) return;
    const job = CronJob.from({ cronTime: this.config.etlSchedule, onTick: () => this.tick(), timeZone: 'Asia/Ho_Chi_Minh' });
    this.registry.addCronJob(JOB_NAME, job);
    job.start();
    this.logger.log(`Inbox ${this.config.inboxDir} scanned on "${this.config.etlSchedule}"`);
    void this.tick();
  }

  private async recover(): Promise<void> {
    if (this.recovered) return;
    await this.recovery.recover();
    this.recovered = true;
  }

  private async tick(): Promise<void> {
    try {
      await this.recover();
      await this.inbox.scan();
    } catch (error) {
      this.logger.error(`Inbox scan failed: ${(error as Error).message}`);
    }
  }
}
