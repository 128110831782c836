export * from './tasks';
export * from './ownership';
export * from './roles';
export * from './duty-roster';
