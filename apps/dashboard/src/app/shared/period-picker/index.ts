export * from './period-picker.component';
