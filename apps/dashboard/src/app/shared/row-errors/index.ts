export * from './row-errors.component';
