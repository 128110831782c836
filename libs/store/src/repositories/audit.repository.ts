import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity } from '../entities/accountability.entity';

export interface AuditChange {
  actor: string;
  entity: string;
  entityId: string;
  action: AuditEntryEntity['action'];
  before: object | null;
  after: object | null;
}

/** The audit trail is written in the same transaction as the change it describes. */
@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  async record(manager: EntityManager, change: AuditChange): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      id: randomUUID(),
      at: new Date().toISOString(),
      actor: change.actor,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
    });
  }

  list(limit: number, entity?: string): Promise<AuditEntryEntity[]> {
    return this.entries.find({ where: entity ? { entity } : {}, order: { at: 'DESC' }, take: limit });
  }
}
