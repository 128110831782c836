import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EtlJobSummary } from '@cchc/domain';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { EtlPipelineService, type LoadOptions } from './etl-pipeline.service';

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

/**
 * The inbox folder: files dropped there (or uploaded) are loaded, then moved to done/ or to failed/
 * with an .error.json beside them, so the folder itself shows what happened.
 */
@Injectable()
export class InboxService {
  private readonly logger = new Logger(InboxService.name);
  private scanning = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pipeline: EtlPipelineService,
  ) {}

  get doneDir(): string {
    return join(this.config.inboxDir, 'done');
  }

  get failedDir(): string {
    return join(this.config.inboxDir, 'failed');
  }

  async ensureFolders(): Promise<void> {
    for (const dir of [this.config.inboxDir, this.doneDir, this.failedDir, join(this.config.dataDir, 'uploads')]) {
      await mkdir(dir, { recursive: true });
    }
  }

  /** Loads every file waiting in the inbox, oldest name first; a scan never overlaps another. */
  async scan(): Promise<EtlJobSummary[]> {
    if (this.scanning) return [];
    this.scanning = true;
    try {
      await this.ensureFolders();
      const results: EtlJobSummary[] = [];
      for (const name of (await readdir(this.config.inboxDir)).sort()) {
        const path = join(this.config.inboxDir, name);
        if (name.startsWith('.') || !(await stat(path)).isFile()) continue;
        results.push(await this.process(path, { fileName: name }));
      }
      return results;
    } finally {
      this.scanning = false;
    }
  }

  /** Loads one file and files it under done/ or failed/. */
  async process(path: string, options: LoadOptions): Promise<EtlJobSummary> {
    const job = await this.pipeline.load(path, options);
    const name = `${stamp(new Date())}-${basename(options.fileName ?? path)}`;
    if (job.status === 'failed') {
      const target = join(this.failedDir, name);
      await rename(path, target);
      await writeFile(`${target}.error.json`, JSON.stringify({ jobId: job.id, message: job.message, rowsRejected: job.rowsRejected }, null, 2));
      this.logger.warn(`${job.fileName} failed: ${job.message}`);
    } else {
      await rename(path, join(this.doneDir, name));
    }
    return job;
  }
}
