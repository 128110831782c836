export * from './state-view.component';
