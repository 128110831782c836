import { EtlJobErrorEntity } from './etl-job-error.entity';
import { EtlJobEntity } from './etl-job.entity';
import { AuditEntryEntity, NodeAssignmentEntity, NotificationEntity, TaskEntity, TaskUpdateEntity } from './accountability.entity';
import { DutyLeaveEntity, DutySlotEntity } from './duty.entity';
import { PeerGroupEntity } from './peer-group.entity';
import { UserEntity } from './user.entity';
import { UnitEntity } from './unit.entity';

export { DutyLeaveEntity, DutySlotEntity };
export { AuditEntryEntity, EtlJobEntity, EtlJobErrorEntity, NodeAssignmentEntity, NotificationEntity, PeerGroupEntity, TaskEntity, TaskUpdateEntity, UnitEntity, UserEntity };
export type { UnitKind } from './unit.entity';

export const ENTITIES = [
  EtlJobEntity,
  EtlJobErrorEntity,
  UnitEntity,
  PeerGroupEntity,
  UserEntity,
  NodeAssignmentEntity,
  TaskEntity,
  TaskUpdateEntity,
  NotificationEntity,
  AuditEntryEntity,
  DutySlotEntity,
  DutyLeaveEntity,
];
