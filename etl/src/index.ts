export * from './etl.module';
export * from './pipeline/etl-pipeline.service';
export * from './pipeline/inbox.service';
export * from './pipeline/recovery.service';
export * from './pipeline/errors';
export * from './profiles/profile';
export * from './pipeline/job-summary';
