export * from './data-link.component';
