export * from './index-picker.component';
