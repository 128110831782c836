export * from './task-card.component';
