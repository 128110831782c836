export * from './analytics.module';
export * from './agencies/agencies.service';
export * from './dossiers/dossier-stats.service';
export * from './procedures/procedure-stats.service';
export * from './feedback/feedback-stats.service';
export * from './indices/framework-catalog';
export * from './indices/index-scores.service';
export * from './indices/d766-estimate.service';
