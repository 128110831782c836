export * from './sparkline.component';
