export * from './entities';
export * from './data-source';
export * from './store.module';
export * from './repositories/etl-job.repository';
export * from './repositories/unit.repository';
export * from './repositories/peer-group.repository';
