import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { dataSourceOptions } from './data-source';
import { ENTITIES } from './entities';
import { EtlJobRepository } from './repositories/etl-job.repository';
import { PeerGroupRepository } from './repositories/peer-group.repository';
import { UnitRepository } from './repositories/unit.repository';

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
  providers: [EtlJobRepository, UnitRepository, PeerGroupRepository],
  exports: [EtlJobRepository, UnitRepository, PeerGroupRepository],
})
export class StoreModule {}
