import { Injectable, Logger } from '@nestjs/common';
import { ClickhouseRepository, STAGING_PREFIX, TABLES } from '@cchc/clickhouse';
import { EtlJobRepository } from '@cchc/store';
import { backfillDossierDaily } from '../kinds/dossiers/dossier-daily';
import { removeLoad } from '../kinds/loads';

/**
 * After a crash or kill: loads that never committed are removed and marked failed (their inbox file
 * is still in the inbox, so the next scan retries it); one that committed in ClickHouse but died
 * before its job record said so is marked done; staging tables left behind are dropped; dossiers loaded
 * before the daily aggregates existed get theirs.
 * Runs in the long-lived API process only, never beside a live load.
 */
@Injectable()
export class RecoveryService {
  private readonly logger = new Logger(RecoveryService.name);

  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly jobs: EtlJobRepository,
  ) {}

  async recover(): Promise<{ failed: number; completed: number; stagingDropped: number; aggregated: number }> {
    const result = { failed: 0, completed: 0, stagingDropped: 0, aggregated: 0 };
    for (const job of await this.jobs.findByStatus(['queued', 'running', 'committing'])) {
      const [committed] = await this.clickhouse.query<{ rows: string }>(
        `SELECT rows FROM ${this.clickhouse.table(TABLES.loads)} FINAL WHERE load_id = {id:UUID} AND status = 'committed'`,
        { id: job.id },
      );
      if (committed) {
        await this.jobs.update(job.id, { status: 'done', rowsLoaded: Number(committed.rows), finishedAt: new Date() });
        result.completed++;
      } else {
        await removeLoad(this.clickhouse, job.id);
        await this.jobs.update(job.id, {
          status: 'failed',
          finishedAt: new Date(),
          message: 'Bị gián đoạn (tiến trình dừng giữa chừng); không dòng nào được giữ lại / Interrupted (the process stopped mid-load); no row was kept',
        });
        result.failed++;
      }
    }
    for (const table of await this.clickhouse.tablesWithPrefix(STAGING_PREFIX)) {
      await this.clickhouse.command(`DROP TABLE IF EXISTS ${this.clickhouse.table(table)}`);
      result.stagingDropped++;
    }
    result.aggregated = (await backfillDossierDaily(this.clickhouse)).length;
    if (result.failed + result.completed + result.stagingDropped + result.aggregated > 0) {
      this.logger.warn(`Recovered interrupted loads: ${JSON.stringify(result)}`);
    }
    return result;
  }
}
