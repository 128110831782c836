export * from './agency-picker.component';
