export * from './tables';
export * from './clickhouse.client';
export * from './clickhouse.repository';
export * from './clickhouse.module';
export * from './migrations';
export * from './queries/dossier-stats.query';
export * from './queries/procedure-stats.query';
export * from './queries/feedback-stats.query';
