export * from './lib/vietnam-time';
export * from './lib/periods';
export * from './lib/percent';
export * from './lib/format';
export * from './lib/timeliness';
export * from './api';
export * from './indices';
export * from './accountability';
