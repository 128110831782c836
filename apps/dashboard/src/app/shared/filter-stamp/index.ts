export * from './filter-stamp.component';
