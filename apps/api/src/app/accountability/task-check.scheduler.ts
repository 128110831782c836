import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { TasksService } from './tasks.service';

const JOB_NAME = 'task-overdue-stale-check';

/** The daily overdue/stale check on TASK_CHECK_SCHEDULE (Vietnam time); off in tests. */
@Injectable()
export class TaskCheckScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(TaskCheckScheduler.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    private readonly tasks: TasksService,
  ) {}

  onApplicationBootstrap(): void {
    const schedule = this.config.auth.taskCheckSchedule;
    if (!schedule) return;
    const job = CronJob.from({ cronTime: schedule, onTick: () => this.tick(), timeZone: 'Asia/Ho_Chi_Minh' });
    this.registry.addCronJob(JOB_NAME, job);
    job.start();
  }

  private async tick(): Promise<void> {
    try {
      const added = await this.tasks.check();
      this.logger.log(`Task check: ${added} new overdue or stale notices`);
    } catch (error) {
      this.logger.error(`Task check failed: ${(error as Error).message}`);
    }
  }
}
