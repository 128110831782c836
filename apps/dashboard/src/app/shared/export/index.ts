export * from './export.component';
export * from './table-export';
