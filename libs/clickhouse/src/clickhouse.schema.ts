import { Logger, type OnModuleDestroy } from '@nestjs/common';
import { ClickhouseUnavailableError } from './clickhouse.client';
import type { ClickhouseRepository } from './clickhouse.repository';

const RETRY_MS = 5_000;

/**
 * Brings the ClickHouse schema up to date at start. A server that cannot be reached then does not
 * stop the process (it would only crash-loop until the server is back): the API starts, answers 503
 * meanwhile, and the migrations are retried in the background until they apply.
 */
export class ClickhouseSchema implements OnModuleDestroy {
  private readonly logger = new Logger(ClickhouseSchema.name);
  private retry: NodeJS.Timeout | null = null;
  private destroyed = false;

  constructor(private readonly repository: ClickhouseRepository) {}

  /** Resolves once migrated, or once the server has been found unreachable (then retried later); other errors reject. */
  async apply(): Promise<void> {
    try {
      await this.repository.migrate();
    } catch (error) {
      if (!(error instanceof ClickhouseUnavailableError)) throw error;
      this.logger.warn(`${error.message} Migrations will run when it answers (retried every ${RETRY_MS / 1000} s).`);
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    this.retry = setTimeout(() => void this.retryMigrations(), RETRY_MS);
    // a CLI run against a stopped server must still be able to exit
    this.retry.unref();
  }

  private async retryMigrations(): Promise<void> {
    try {
      await this.repository.migrate();
      this.logger.log('ClickHouse answers again; migrations applied');
    } catch (error) {
      if (this.destroyed) return;
      if (!(error instanceof ClickhouseUnavailableError)) this.logger.error(`ClickHouse migrations failed: ${(error as Error).message}`);
      this.scheduleRetry();
    }
  }

  onModuleDestroy(): void {
    this.destroyed = true;
    if (this.retry) clearTimeout(this.retry);
  }
}
