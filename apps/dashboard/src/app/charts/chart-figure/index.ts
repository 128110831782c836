export * from './chart-figure.component';
