import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, type Repository } from 'typeorm';
import type { EtlJobStatus, RowError } from '@cchc/domain';
import { EtlJobEntity } from '../entities/etl-job.entity';
import { EtlJobErrorEntity } from '../entities/etl-job-error.entity';

/** Row errors kept per job: counts stay exact beyond it, the stored report is capped so a hostile file cannot fill the store. */
export const MAX_STORED_ERRORS = 10_000;
const INSERT_CHUNK = 200;

@Injectable()
export class EtlJobRepository {
  constructor(
    @InjectRepository(EtlJobEntity) private readonly jobs: Repository<EtlJobEntity>,
    @InjectRepository(EtlJobErrorEntity) private readonly errors: Repository<EtlJobErrorEntity>,
  ) {}

  async create(job: EtlJobEntity): Promise<EtlJobEntity> {
    return this.jobs.save(job);
  }

  async update(id: string, patch: Partial<Omit<EtlJobEntity, 'id'>>): Promise<void> {
    await this.jobs.update({ id }, patch);
  }

  findById(id: string): Promise<EtlJobEntity | null> {
    return this.jobs.findOneBy({ id });
  }

  list(limit: number): Promise<EtlJobEntity[]> {
    return this.jobs.find({ order: { startedAt: 'DESC' }, take: limit });
  }

  /** A finished load of the same bytes for the same kind and agency: loading it again would change nothing. */
  findLoaded(checksum: string, kind: string, agency: string | null): Promise<EtlJobEntity | null> {
    return this.jobs.findOne({
      where: { checksum, kind: kind as EtlJobEntity['kind'], agency: agency ?? IsNull(), status: 'done' },
      order: { startedAt: 'DESC' },
    });
  }

  findByStatus(statuses: EtlJobStatus[]): Promise<EtlJobEntity[]> {
    return this.jobs.find({ where: { status: In(statuses) }, order: { startedAt: 'ASC' } });
  }

  /** Stores errors up to MAX_STORED_ERRORS per job; returns how many were kept. */
  async addErrors(jobId: string, rowErrors: readonly RowError[], alreadyStored: number): Promise<number> {
    const room = Math.max(0, MAX_STORED_ERRORS - alreadyStored);
    const kept = rowErrors.slice(0, room);
    for (let i = 0; i < kept.length; i += INSERT_CHUNK) {
      await this.errors.insert(kept.slice(i, i + INSERT_CHUNK).map((error) => ({ jobId, ...error })));
    }
    return kept.length;
  }

  async listErrors(jobId: string, limit = MAX_STORED_ERRORS): Promise<RowError[]> {
    const rows = await this.errors.find({ where: { jobId }, order: { line: 'ASC', id: 'ASC' }, take: limit });
    return rows.map(({ line, column, value, reasonVi, reasonEn }) => ({ line, column, value, reasonVi, reasonEn }));
  }

  countErrors(jobId: string): Promise<number> {
    return this.errors.countBy({ jobId });
  }
}
