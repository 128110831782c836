import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { formatNumber, type EtlJobSummary } from '@cchc/domain';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { ClickhouseRepository } from '@cchc/clickhouse';
import { EtlPipelineService, type LoadOptions } from './etl-pipeline.service';

const stamp = (date: Date) => date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

const humanBytes = (bytes: number, lang: 'vi' | 'en') =>
  bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, lang, 1)} KB` : `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`;

/** A file that would take the inbox over INBOX_MAX_BYTES (the disk-full case, bounded before the disk is). */
export class InboxFullError extends Error {
  readonly vi: string;
  readonly en: string;

  constructor(bytes: number, used: number, limit: number) {
    const vi =
      `Hộp thư dữ liệu đã đầy: tệp ${humanBytes(bytes, 'vi')} không còn chỗ (đang dùng ${humanBytes(used, 'vi')} / giới hạn ${humanBytes(limit, 'vi')}). ` +
      'Hãy chuyển bớt tệp trong done/ hoặc failed/ đi nơi khác, hoặc tăng INBOX_MAX_BYTES; các tệp đã có không bị ảnh hưởng.';
    const en =
      `The data inbox is full: no room for this ${humanBytes(bytes, 'en')} file (${humanBytes(used, 'en')} used of ${humanBytes(limit, 'en')}). ` +
      'Move files out of done/ or failed/, or raise INBOX_MAX_BYTES; the files already there are untouched.';
    super(`${vi} / ${en}`);
    this.vi = vi;
    this.en = en;
  }
}

/** Bytes of every file under a folder, subfolders included. */
async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    // a scan may move a file to done/ between the listing and its stat; it is then counted once or not at all
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}

/**
 * The inbox folder: files dropped there (or uploaded) are loaded, then moved to done/ or to failed/
 * with an .error.json beside them, so the folder itself shows what happened. With INBOX_MAX_BYTES,
 * a file from outside (an upload) that would take the folder over it is refused before it is loaded:
 * a full disk would otherwise fail half-way, after the load, when the file is filed.
 */
@Injectable()
export class InboxService {
  private readonly logger = new Logger(InboxService.name);
  private scanning = false;
  /** Bytes of admitted files not yet filed under done/ or failed/. */
  private reserved = 0;
  /** Admissions run one at a time, so two uploads cannot both take the last free bytes. */
  private admissions: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly pipeline: EtlPipelineService,
    private readonly clickhouse: ClickhouseRepository,
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

  /**
   * Loads every file waiting in the inbox, oldest name first; a scan never overlaps another. While
   * ClickHouse cannot be reached the files wait where they are: loaded then, each would fail and be
   * moved to failed/.
   */
  async scan(): Promise<EtlJobSummary[]> {
    if (this.scanning) return [];
    this.scanning = true;
    try {
      await this.ensureFolders();
      const clickhouse = await this.clickhouse.health();
      if (!clickhouse.ok) {
        this.logger.warn(`Inbox scan postponed: ${clickhouse.error}`);
        return [];
      }
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

  /**
   * Loads one file and files it under done/ or failed/. A file from outside the inbox first needs room
   * in it (InboxFullError otherwise, the file left where it is); one already inside takes no more.
   */
  async process(path: string, options: LoadOptions): Promise<EtlJobSummary> {
    const inside = !relative(this.config.inboxDir, path).startsWith('..');
    const size = inside ? 0 : await this.admit(path);
    try {
      return await this.loadAndFile(path, options);
    } finally {
      this.reserved -= size;
    }
  }

  /** Reserves the file's bytes in the inbox, or throws InboxFullError; returns the bytes reserved. */
  private admit(path: string): Promise<number> {
    const limit = this.config.inboxMaxBytes;
    if (limit === null) return Promise.resolve(0);
    const admitted = this.admissions.then(async () => {
      const size = (await stat(path)).size;
      await this.ensureFolders();
      const used = (await folderBytes(this.config.inboxDir)) + this.reserved;
      if (used + size > limit) throw new InboxFullError(size, used, limit);
      this.reserved += size;
      return size;
    });
    this.admissions = admitted.catch(() => undefined);
    return admitted;
  }

  private async loadAndFile(path: string, options: LoadOptions): Promise<EtlJobSummary> {
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
