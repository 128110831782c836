export * from './task-form.component';
