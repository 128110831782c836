export * from './export.component';
export * from './table-export';
export * from './unit-ranking';
