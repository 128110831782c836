export * from './index-card.component';
