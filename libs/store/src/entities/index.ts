import { EtlJobErrorEntity } from './etl-job-error.entity';
import { EtlJobEntity } from './etl-job.entity';
import { UnitEntity } from './unit.entity';

export { EtlJobEntity, EtlJobErrorEntity, UnitEntity };
export type { UnitKind } from './unit.entity';

export const ENTITIES = [EtlJobEntity, EtlJobErrorEntity, UnitEntity];
