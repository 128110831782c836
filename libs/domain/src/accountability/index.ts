export * from './tasks';
export * from './ownership';
export * from './roles';
