import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { DutyLeaveEntity, DutySlotEntity } from '../entities/duty.entity';
import { AuditRepository } from './audit.repository';

@Injectable()
export class DutyRepository {
  constructor(
    @InjectRepository(DutySlotEntity) private readonly slots: Repository<DutySlotEntity>,
    @InjectRepository(DutyLeaveEntity) private readonly leaves: Repository<DutyLeaveEntity>,
    private readonly audit: AuditRepository,
  ) {}

  roster(agencyCode: string): Promise<DutySlotEntity[]> {
    return this.slots.find({ where: { agencyCode }, order: { weekday: 'ASC', validFrom: 'ASC' } });
  }

  leavesOf(agencyCode: string): Promise<DutyLeaveEntity[]> {
    return this.leaves.find({ where: { agencyCode }, order: { from: 'ASC' } });
  }

  /** A new roster replaces the agency's whole roster (it is issued as one decision). */
  async replaceRoster(actor: string, agencyCode: string, slots: readonly Omit<DutySlotEntity, 'id' | 'agencyCode'>[]): Promise<void> {
    await this.slots.manager.transaction(async (manager) => {
      const before = await manager.find(DutySlotEntity, { where: { agencyCode } });
      await manager.delete(DutySlotEntity, { agencyCode });
      const after = slots.map((slot) => ({ ...slot, agencyCode, id: randomUUID() }));
      if (after.length > 0) await manager.insert(DutySlotEntity, after);
      await this.audit.record(manager, { actor, entity: 'duty', entityId: agencyCode, action: 'update', before, after });
    });
  }

  /** False when the agency has no such leave: another agency's id removes nothing. */
  async removeLeave(actor: string, agencyCode: string, id: string): Promise<boolean> {
    return this.leaves.manager.transaction(async (manager) => {
      const before = await manager.findOneBy(DutyLeaveEntity, { id, agencyCode });
      if (!before) return false;
      await manager.delete(DutyLeaveEntity, { id });
      await this.audit.record(manager, { actor, entity: 'duty', entityId: agencyCode, action: 'delete', before, after: null });
      return true;
    });
  }

  async addLeave(actor: string, leave: Omit<DutyLeaveEntity, 'id'>): Promise<void> {
    await this.leaves.manager.transaction(async (manager) => {
      const row = { ...leave, id: randomUUID() };
      await manager.insert(DutyLeaveEntity, row);
      await this.audit.record(manager, { actor, entity: 'duty', entityId: leave.agencyCode, action: 'create', before: null, after: row });
    });
  }
}
