import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type FindOptionsWhere, type Repository } from 'typeorm';
import { NodeAssignmentEntity, NotificationEntity, TaskEntity, TaskUpdateEntity } from '../entities/accountability.entity';
import { AuditRepository } from './audit.repository';

export interface TaskFilter {
  agencyCode?: string;
  department?: string;
}

/** What an edit may change: the task's "5 rõ" and its document, never its agency, node, status or history. */
export type TaskChange = Partial<
  Pick<
    TaskEntity,
    | 'content'
    | 'leadDepartment'
    | 'leadPerson'
    | 'supportingDepartments'
    | 'startDate'
    | 'dueDate'
    | 'accountableHead'
    | 'deliverable'
    | 'evidence'
    | 'assigningDocument'
  >
>;

/** Node ownership, tasks and their updates, notifications; every change audited in its transaction. */
@Injectable()
export class AccountabilityRepository {
  constructor(
    @InjectRepository(NodeAssignmentEntity) private readonly assignments: Repository<NodeAssignmentEntity>,
    @InjectRepository(TaskEntity) private readonly tasks: Repository<TaskEntity>,
    @InjectRepository(TaskUpdateEntity) private readonly updates: Repository<TaskUpdateEntity>,
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    private readonly audit: AuditRepository,
  ) {}

  assignmentsOf(agencyCode: string, family: string, year: number): Promise<NodeAssignmentEntity[]> {
    return this.assignments.find({ where: { agencyCode, family, year }, order: { nodeCode: 'ASC' } });
  }

  /** Inserts or replaces the assignment of each (agency, family, year, node). */
  async saveAssignments(actor: string, assignments: readonly Omit<NodeAssignmentEntity, 'id'>[]): Promise<void> {
    await this.assignments.manager.transaction(async (manager) => {
      for (const assignment of assignments) {
        const { agencyCode, family, year, nodeCode } = assignment;
        const before = await manager.findOneBy(NodeAssignmentEntity, { agencyCode, family, year, nodeCode });
        const after = { ...assignment, id: before?.id ?? randomUUID() };
        await manager.save(NodeAssignmentEntity, after);
        await this.audit.record(manager, { actor, entity: 'assignment', entityId: after.id, action: before ? 'update' : 'create', before, after });
      }
    });
  }

  listTasks(filter: TaskFilter): Promise<TaskEntity[]> {
    const where: FindOptionsWhere<TaskEntity> = {};
    if (filter.agencyCode) where.agencyCode = filter.agencyCode;
    if (filter.department) where.leadDepartment = filter.department;
    return this.tasks.find({ where, order: { dueDate: 'ASC', id: 'ASC' } });
  }

  task(id: string): Promise<TaskEntity | null> {
    return this.tasks.findOneBy({ id });
  }

  async createTasks(actor: string, tasks: readonly TaskEntity[]): Promise<void> {
    await this.tasks.manager.transaction(async (manager) => {
      for (const task of tasks) {
        await manager.insert(TaskEntity, task);
        await this.audit.record(manager, { actor, entity: 'task', entityId: task.id, action: 'create', before: null, after: task });
      }
    });
  }

  /**
   * Changes what a task says (its "5 rõ"); status and last-update day stay, they move only with a
   * status update, so an edited deadline does not make a silent task look followed up.
   */
  async editTask(actor: string, id: string, change: TaskChange): Promise<TaskEntity> {
    return this.tasks.manager.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(TaskEntity, { id });
      const after = { ...before, ...change };
      await manager.save(TaskEntity, after);
      await this.audit.record(manager, { actor, entity: 'task', entityId: id, action: 'update', before, after });
      return after;
    });
  }

  /** A status update moves the task's status and its last-update day with it. */
  async addUpdate(actor: string, update: TaskUpdateEntity): Promise<TaskEntity> {
    return this.tasks.manager.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(TaskEntity, { id: update.taskId });
      const after = { ...before, status: update.status, lastUpdate: update.date > before.lastUpdate ? update.date : before.lastUpdate };
      await manager.insert(TaskUpdateEntity, update);
      await manager.save(TaskEntity, after);
      await this.audit.record(manager, { actor, entity: 'task', entityId: before.id, action: 'update', before, after: { ...after, update } });
      return after;
    });
  }

  updatesOf(taskIds: readonly string[]): Promise<TaskUpdateEntity[]> {
    return taskIds.length === 0 ? Promise.resolve([]) : this.updates.find({ where: { taskId: In([...taskIds]) }, order: { date: 'ASC', id: 'ASC' } });
  }

  /** Records what a daily check found; a finding already recorded for that day is left as it is. */
  async recordNotifications(found: readonly Omit<NotificationEntity, 'id'>[]): Promise<number> {
    let added = 0;
    for (const notification of found) {
      const { taskId, kind, day } = notification;
      if (await this.notifications.existsBy({ taskId, kind, day })) continue;
      await this.notifications.insert({ ...notification, id: randomUUID() });
      added++;
    }
    return added;
  }

  notificationsOf(agencyCode: string | undefined, day: string): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: agencyCode ? { agencyCode, day } : { day }, order: { kind: 'ASC', taskId: 'ASC' } });
  }
}
