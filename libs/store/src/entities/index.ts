import { EtlJobErrorEntity } from './etl-job-error.entity';
import { EtlJobEntity } from './etl-job.entity';
import { PeerGroupEntity } from './peer-group.entity';
import { UnitEntity } from './unit.entity';

export { EtlJobEntity, EtlJobErrorEntity, PeerGroupEntity, UnitEntity };
export type { UnitKind } from './unit.entity';

export const ENTITIES = [EtlJobEntity, EtlJobErrorEntity, UnitEntity, PeerGroupEntity];
