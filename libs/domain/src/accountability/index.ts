export * from './tasks';
export * from './ownership';
