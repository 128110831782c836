import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { frameworkFor, INDEX_FAMILIES, vnDate, type EtlJobSummary, type EtlKind, type IndexFamily } from '@cchc/domain';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { ClickhouseRepository } from '@cchc/clickhouse';
import { FrameworkCatalog } from '@cchc/analytics';
import { EtlJobRepository, PeerGroupRepository, UnitRepository, type EtlJobEntity } from '@cchc/store';
import { AgencyHandler } from '../kinds/agencies/agency-handler';
import { EngineHandler } from '../kinds/engine/engine-handler';
import { ENGINE_KINDS } from '../kinds/engine-kinds';
import { ScoreWriter } from '../kinds/scores/score-writer';
import { ScoresHandler } from '../kinds/scores/scores-handler';
import { SurveyHandler } from '../kinds/survey/survey-handler';
import type { KindHandler, StageProgress } from '../kinds/kind-handler';
import { detectProfile, type HeaderMatch } from '../profiles/header-match';
import { loadProfiles, type Profile } from '../profiles/profile';
import { readFileFacts } from '../source/direct-file';
import { openSource } from '../source/open-source';
import { FileRejectedError } from './errors';
import { toJobSummary } from './job-summary';

export interface LoadOptions {
  kind?: EtlKind;
  agency?: string;
  profile?: string;
  /** The name users know the file by (uploads are stored under generated names). */
  fileName?: string;
  /** yyyy-MM-dd: the date a procedure catalogue applies from when the file does not say. */
  asOf?: string;
  /** Score files: the index family (required), a framework version, and the peer group to rank in. */
  family?: IndexFamily;
  framework?: string;
  peerGroup?: string;
  onProgress?: (progress: StageProgress) => void;
}

/**
 * One pipeline for every way in (inbox, upload, CLI): checksum → detect format and profile → map and
 * validate rows → stage → commit the whole file or nothing, with a job record of counts and errors.
 * Loads run one at a time, which keeps memory bounded and versions ordered.
 */
@Injectable()
export class EtlPipelineService {
  private readonly logger = new Logger(EtlPipelineService.name);
  private profiles: Profile[] | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private lastVersion = 0;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clickhouse: ClickhouseRepository,
    private readonly jobs: EtlJobRepository,
    private readonly units: UnitRepository,
    private readonly peerGroups: PeerGroupRepository,
    private readonly frameworks: FrameworkCatalog,
  ) {}

  listProfiles(): Profile[] {
    this.profiles ??= loadProfiles(join(this.config.assetsDir, 'profiles'));
    return this.profiles;
  }

  load(path: string, options: LoadOptions = {}): Promise<EtlJobSummary> {
    const run = this.queue.then(() => this.run(path, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(path: string, options: LoadOptions): Promise<EtlJobSummary> {
    const facts = await readFileFacts(path);
    const job: EtlJobEntity = await this.jobs.create({
      id: randomUUID(),
      fileName: options.fileName ?? basename(path),
      checksum: facts.checksum,
      kind: options.kind ?? 'dossiers',
      profile: options.profile ?? null,
      agency: options.agency ?? null,
      status: 'running',
      startedAt: new Date(),
      finishedAt: null,
      rowsRead: 0,
      rowsLoaded: 0,
      rowsRejected: 0,
      message: null,
    });
    let handler: KindHandler | undefined;
    try {
      const source = await openSource(path, facts);
      const match = this.matchHeader(source.header, options);
      Object.assign(job, { kind: match.profile.kind, profile: match.profile.name });
      const previous = await this.jobs.findLoaded(job.checksum, job.kind, job.agency);
      if (previous) {
        return await this.finish(job, {
          status: 'skipped',
          message: `Tệp đã được nạp trước đó (lượt ${previous.id}); không có gì thay đổi / Already loaded (job ${previous.id}); nothing changed`,
          rowsLoaded: 0,
        });
      }
      await this.jobs.update(job.id, { kind: job.kind, profile: job.profile });
      handler = this.handlerFor(match, job, options);

      await handler.stage(source, async (progress) => {
        options.onProgress?.(progress);
        await this.jobs.update(job.id, { rowsRead: progress.rowsRead, rowsRejected: progress.rowsRejected });
      });
      const prepared = await handler.prepare();
      Object.assign(job, { rowsRead: prepared.rowsRead, rowsRejected: prepared.rowsRejected });
      await this.jobs.addErrors(job.id, prepared.errors, 0);
      if (prepared.rowsLoaded === 0) {
        throw new FileRejectedError(
          `Không có dòng hợp lệ nào (${job.rowsRead} dòng đọc, ${job.rowsRejected} dòng lỗi)`,
          `No valid rows (${job.rowsRead} read, ${job.rowsRejected} rejected)`,
        );
      }
      await this.jobs.update(job.id, { status: 'committing', rowsRead: job.rowsRead, rowsRejected: job.rowsRejected });
      await handler.commit();
      return await this.finish(job, { status: 'done', rowsLoaded: prepared.rowsLoaded, message: prepared.warnings.join('\n') || null });
    } catch (error) {
      await handler?.abort().catch((abortError: Error) => this.logger.error(`Abort of load ${job.id} failed: ${abortError.message}`));
      const message = error instanceof FileRejectedError ? error.message : `Lỗi hệ thống khi nạp / Internal error while loading: ${(error as Error).message}`;
      if (!(error instanceof FileRejectedError)) this.logger.error(`Load ${job.id} of ${job.fileName} failed`, (error as Error).stack);
      return this.finish(job, { status: 'failed', rowsLoaded: 0, message });
    }
  }

  private matchHeader(header: string[], options: LoadOptions): HeaderMatch {
    const profiles = this.listProfiles();
    const chosen = options.profile ? profiles.filter((p) => p.name === options.profile) : profiles;
    if (options.profile && chosen.length === 0) {
      throw new FileRejectedError(
        `Không có hồ sơ ánh xạ "${options.profile}" (có: ${profiles.map((p) => p.name).join(', ')})`,
        `No mapping profile "${options.profile}" (available: ${profiles.map((p) => p.name).join(', ')})`,
      );
    }
    const match = detectProfile(header, chosen, options.kind);
    if (!match || match.missing.length > 0) {
      const missing = match?.missing.join(', ') ?? '';
      throw new FileRejectedError(
        `Thiếu cột bắt buộc: ${missing} (hồ sơ ánh xạ gần nhất: ${match?.profile.name ?? 'không có'})`,
        `Missing required columns: ${missing} (closest mapping profile: ${match?.profile.name ?? 'none'})`,
        { missing: match?.missing ?? [], header },
      );
    }
    return match;
  }

  private handlerFor(match: HeaderMatch, job: EtlJobEntity, options: LoadOptions): KindHandler {
    const kind = match.profile.kind;
    if (kind === 'agencies') return new AgencyHandler(this.units, match);
    if (kind === 'scores' || kind === 'survey') return this.scoresHandler(match, job, options);
    return new EngineHandler(this.clickhouse, ENGINE_KINDS[kind], match, {
      loadId: job.id,
      version: this.nextVersion(),
      defaultAgency: job.agency,
      asOf: options.asOf ?? vnDate(new Date()),
    });
  }

  /** Published scores and raw survey answers both end as index scores of a family, year and peer group. */
  private scoresHandler(match: HeaderMatch, job: EtlJobEntity, options: LoadOptions): KindHandler {
    const { framework: version } = options;
    const family = options.family ?? familyInName(job.fileName);
    if (!family) {
      throw new FileRejectedError(
        `Tệp điểm chỉ số cần chọn bộ chỉ số (${INDEX_FAMILIES.join(', ')}), hoặc tên tệp có tên bộ chỉ số, ví dụ papi-2024.csv`,
        `A score file needs its index family (${INDEX_FAMILIES.join(', ')}), or a file name that says it, e.g. papi-2024.csv`,
      );
    }
    const named = version ? this.frameworks.version(family, version) : null;
    if (version && !named) {
      const known = this.frameworks.ofFamily(family).map((f) => f.version).join(', ');
      throw new FileRejectedError(`Không có khung ${family} phiên bản "${version}" (có: ${known})`, `No ${family} framework version "${version}" (available: ${known})`);
    }
    const frameworks = named ? [named] : this.frameworks.ofFamily(family);
    const writer = new ScoreWriter(this.clickhouse, this.peerGroups, {
      loadId: job.id,
      version: this.nextVersion(),
      family,
      frameworks,
      frameworkFor: (year) => frameworkFor(frameworks, family, year),
      peerGroup: options.peerGroup,
    }, match.profile.kind);
    return match.profile.kind === 'survey' ? new SurveyHandler(writer, match) : new ScoresHandler(writer, match);
  }

  /** Later loads replace earlier versions of a dossier; strictly increasing even within one millisecond. */
  private nextVersion(): number {
    this.lastVersion = Math.max(this.lastVersion + 1, Date.now() * 1000);
    return this.lastVersion;
  }

  private async finish(
    job: EtlJobEntity,
    outcome: { status: EtlJobEntity['status']; rowsLoaded: number; message: string | null },
  ): Promise<EtlJobSummary> {
    Object.assign(job, outcome, { finishedAt: new Date() });
    await this.jobs.update(job.id, {
      status: job.status,
      kind: job.kind,
      profile: job.profile,
      rowsRead: job.rowsRead,
      rowsLoaded: job.rowsLoaded,
      rowsRejected: job.rowsRejected,
      message: job.message,
      finishedAt: job.finishedAt,
    });
    this.logger.log(`Load ${job.id} ${job.fileName}: ${job.status}, ${job.rowsLoaded} loaded, ${job.rowsRejected} rejected`);
    return toJobSummary(job);
  }
}

/** Inbox files carry no options, so a score file says its family in its name: papi-2024.csv, diem_par_2022.xlsx. */
function familyInName(fileName: string): IndexFamily | undefined {
  const words = fileName.toLowerCase().split(/[^a-z0-9]+/);
  return INDEX_FAMILIES.find((family) => words.includes(family));
}
