import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { TaskStatus } from '@cchc/domain';

/** Who answers for one framework node of an agency in a year (rõ người, rõ trách nhiệm). */
@Entity({ name: 'node_assignments' })
@Index(['agencyCode', 'family', 'year', 'nodeCode'], { unique: true })
export class NodeAssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'agency_code', type: 'varchar', length: 64 })
  agencyCode!: string;

  @Column({ type: 'varchar', length: 16 })
  family!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'node_code', type: 'varchar', length: 128 })
  nodeCode!: string;

  @Column({ name: 'lead_department', type: 'varchar', length: 256 })
  leadDepartment!: string;

  /** JSON array of department names. */
  @Column({ name: 'supporting_departments', type: 'text' })
  supportingDepartments!: string;

  @Column({ name: 'responsible_person', type: 'varchar', length: 256 })
  responsiblePerson!: string;

  @Column({ name: 'target_kind', type: 'varchar', length: 16, nullable: true })
  targetKind!: 'points' | 'percent' | 'rank' | null;

  @Column({ name: 'target_value', type: 'double precision', nullable: true })
  targetValue!: number | null;
}

/** A "5 rõ" task: content, people, dates, deliverable and the document that assigned it. */
@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'agency_code', type: 'varchar', length: 64 })
  agencyCode!: string;

  /** The framework node it serves (family, year, code), or null for the agency in general. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  family!: string | null;

  @Column({ type: 'integer', nullable: true })
  year!: number | null;

  @Column({ name: 'node_code', type: 'varchar', length: 128, nullable: true })
  nodeCode!: string | null;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'lead_department', type: 'varchar', length: 256 })
  leadDepartment!: string;

  @Column({ name: 'lead_person', type: 'varchar', length: 256 })
  leadPerson!: string;

  @Column({ name: 'supporting_departments', type: 'text' })
  supportingDepartments!: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10, nullable: true })
  startDate!: string | null;

  @Column({ name: 'due_date', type: 'varchar', length: 10 })
  dueDate!: string;

  @Column({ name: 'accountable_head', type: 'varchar', length: 256 })
  accountableHead!: string;

  @Column({ type: 'text' })
  deliverable!: string;

  /** JSON array of links to the evidence. */
  @Column({ type: 'text' })
  evidence!: string;

  @Column({ name: 'assigning_document', type: 'varchar', length: 512 })
  assigningDocument!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: TaskStatus;

  @Column({ name: 'last_update', type: 'varchar', length: 10 })
  lastUpdate!: string;
}

@Entity({ name: 'task_updates' })
export class TaskUpdateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: TaskStatus;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 64 })
  author!: string;
}

/** What the daily check found (overdue, stale), shown on the dashboard; email can read the same rows. */
@Entity({ name: 'notifications' })
@Index(['taskId', 'kind', 'day'], { unique: true })
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'overdue' | 'stale';

  @Column({ type: 'varchar', length: 10 })
  day!: string;

  @Index()
  @Column({ name: 'agency_code', type: 'varchar', length: 64 })
  agencyCode!: string;

  @Column({ type: 'varchar', length: 256 })
  department!: string;
}

/** Every change to users, assignments, targets and tasks: who, when, before, after. */
@Entity({ name: 'audit_log' })
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  at!: string;

  @Column({ type: 'varchar', length: 64 })
  actor!: string;

  @Column({ type: 'varchar', length: 32 })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  @Column({ type: 'varchar', length: 16 })
  action!: 'create' | 'update' | 'delete';

  @Column({ type: 'text', nullable: true })
  before!: string | null;

  @Column({ type: 'text', nullable: true })
  after!: string | null;
}
