import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { dataSourceOptions } from './data-source';
import { ENTITIES } from './entities';
import { EtlJobRepository } from './repositories/etl-job.repository';
import { AccountabilityRepository } from './repositories/accountability.repository';
import { AuditRepository } from './repositories/audit.repository';
import { DutyRepository } from './repositories/duty.repository';
import { PeerGroupRepository } from './repositories/peer-group.repository';
import { UserRepository } from './repositories/user.repository';
import { UnitRepository } from './repositories/unit.repository';

const REPOSITORIES = [EtlJobRepository, UnitRepository, PeerGroupRepository, UserRepository, AuditRepository, AccountabilityRepository, DutyRepository];

/** The relational store (SQLite file by default, PostgreSQL with DATABASE_URL); the only user of TypeORM. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => dataSourceOptions(config.relational),
    }),
    TypeOrmModule.forFeature(ENTITIES),
  ],
  providers: REPOSITORIES,
  exports: REPOSITORIES,
})
export class StoreModule {}
