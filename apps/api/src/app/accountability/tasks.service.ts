import { randomUUID } from 'node:crypto';
import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  isOverdue,
  isStale,
  vnDate,
  type AuthUser,
  type NewTask,
  type NotificationView,
  type TaskEdit,
  type TaskStatus,
  type TaskView,
} from '@cchc/domain';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { AccountabilityRepository, type TaskChange, type TaskEntity, type TaskUpdateEntity } from '@cchc/store';


/** "5 rõ" tasks: who may change which, what is overdue or stale today, and the daily check. */
@Injectable()
export class TasksService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AccountabilityRepository,
  ) {}

  async list(agency: string | undefined, department: string | undefined, today = vnDate(new Date())): Promise<TaskView[]> {
    const tasks = await this.repository.listTasks({ agencyCode: agency, department });
    const updates = await this.repository.updatesOf(tasks.map((t) => t.id));
    return tasks.map((task) => this.view(task, updates.filter((u) => u.taskId === task.id), today));
  }

  async create(user: AuthUser, tasks: readonly NewTask[]): Promise<TaskView[]> {
    const today = vnDate(new Date());
    for (const task of tasks) this.assertMayEdit(user, task.agency, task.leadDepartment);
    const entities = tasks.map((t): TaskEntity => ({
      id: randomUUID(),
      agencyCode: t.agency,
      family: t.family ?? null,
      year: t.year ?? null,
      nodeCode: t.nodeCode ?? null,
      content: t.content,
      leadDepartment: t.leadDepartment,
      leadPerson: t.leadPerson,
      supportingDepartments: JSON.stringify(t.supportingDepartments),
      startDate: t.startDate ?? null,
      dueDate: t.dueDate,
      accountableHead: t.accountableHead,
      deliverable: t.deliverable,
      evidence: JSON.stringify(t.evidence),
      assigningDocument: t.assigningDocument,
      status: 'not_started',
      lastUpdate: t.startDate && t.startDate > today ? t.startDate : today,
    }));
    await this.repository.createTasks(user.username, entities);
    return entities.map((task) => this.view(task, [], today));
  }

  /** The same rule as creating: a department head edits only their department's tasks, and cannot hand one to another department. */
  async edit(user: AuthUser, taskId: string, edit: TaskEdit): Promise<TaskView> {
    const task = await this.existing(taskId);
    this.assertMayEdit(user, task.agencyCode, task.leadDepartment);
    if (edit.leadDepartment !== undefined) this.assertMayEdit(user, task.agencyCode, edit.leadDepartment);
    const change = taskChange(edit);
    if (Object.keys(change).length === 0) {
      throw new BadRequestException({ code: 'nothing_to_change', message: 'Không có trường nào để sửa', messageEn: 'No field to change' });
    }
    const after = await this.repository.editTask(user.username, taskId, change);
    return this.view(after, await this.repository.updatesOf([taskId]), vnDate(new Date()));
  }

  async addUpdate(user: AuthUser, taskId: string, update: { status: TaskStatus; comment: string; date?: string }): Promise<TaskView> {
    const task = await this.existing(taskId);
    this.assertMayEdit(user, task.agencyCode, task.leadDepartment);
    const today = vnDate(new Date());
    const entity: TaskUpdateEntity = { id: randomUUID(), taskId, status: update.status, comment: update.comment, date: update.date ?? today, author: user.username };
    const after = await this.repository.addUpdate(user.username, entity);
    return this.view(after, await this.repository.updatesOf([taskId]), today);
  }

  /** The daily check: what is overdue or stale today becomes a notification, once per task and day. */
  async check(today = vnDate(new Date())): Promise<number> {
    const tasks = await this.repository.listTasks({});
    const found = tasks.flatMap((task) => {
      const kinds: ('overdue' | 'stale')[] = [];
      if (isOverdue(task, today)) kinds.push('overdue');
      if (isStale(task, today, this.config.auth.staleDays)) kinds.push('stale');
      return kinds.map((kind) => ({ taskId: task.id, kind, day: today, agencyCode: task.agencyCode, department: task.leadDepartment }));
    });
    return this.repository.recordNotifications(found);
  }

  async notifications(agency: string | undefined, day = vnDate(new Date())): Promise<NotificationView[]> {
    const found = await this.repository.notificationsOf(agency, day);
    const tasks = new Map((await this.repository.listTasks({ agencyCode: agency })).map((t) => [t.id, t]));
    return found.flatMap((n) => {
      const task = tasks.get(n.taskId);
      return task ? [{ kind: n.kind, day: n.day, taskId: n.taskId, agencyCode: n.agencyCode, department: n.department, content: task.content, dueDate: task.dueDate }] : [];
    });
  }

  private async existing(taskId: string): Promise<TaskEntity> {
    const task = await this.repository.task(taskId);
    if (!task) throw new NotFoundException({ code: 'unknown_task', message: 'Không có nhiệm vụ này', messageEn: 'No such task' });
    return task;
  }

  /** Admins anywhere; directors in their agency; department heads only their own department's tasks. */
  private assertMayEdit(user: AuthUser, agency: string, department: string): void {
    const allowed =
      user.role === 'admin' ||
      (user.role === 'director' && user.agencyCode === agency) ||
      (user.role === 'department_head' && user.agencyCode === agency && user.department === department);
    if (!allowed) {
      throw new ForbiddenException({ code: 'forbidden', message: 'Tài khoản chỉ sửa được nhiệm vụ của đơn vị mình', messageEn: 'Your account may only change its own unit’s tasks' });
    }
  }

  private view(task: TaskEntity, updates: readonly TaskUpdateEntity[], today: string): TaskView {
    return {
      id: task.id,
      agencyCode: task.agencyCode,
      family: task.family,
      year: task.year,
      nodeCode: task.nodeCode,
      content: task.content,
      leadDepartment: task.leadDepartment,
      leadPerson: task.leadPerson,
      supportingDepartments: JSON.parse(task.supportingDepartments) as string[],
      startDate: task.startDate,
      dueDate: task.dueDate,
      accountableHead: task.accountableHead,
      deliverable: task.deliverable,
      evidence: JSON.parse(task.evidence) as string[],
      assigningDocument: task.assigningDocument,
      status: task.status,
      lastUpdate: task.lastUpdate,
      overdue: isOverdue(task, today),
      stale: isStale(task, today, this.config.auth.staleDays),
      updates: updates.map(({ status, comment, date, author }) => ({ status, comment, date, author })),
    };
  }
}

/** The edit as stored: the lists as JSON text, as at creation; a field the edit leaves out stays as it is. */
function taskChange({ supportingDepartments, evidence, ...fields }: TaskEdit): TaskChange {
  return {
    ...fields,
    ...(supportingDepartments && { supportingDepartments: JSON.stringify(supportingDepartments) }),
    ...(evidence && { evidence: JSON.stringify(evidence) }),
  };
}
