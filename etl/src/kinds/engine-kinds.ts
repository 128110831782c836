import type { EtlKind } from '@cchc/domain';
import { DOSSIER_KIND } from './dossiers/dossier-kind';
import type { EngineKind } from './engine/engine-kind';
import { FEEDBACK_KIND } from './feedback/feedback-kind';
import { PROCEDURE_KIND } from './procedures/procedure-kind';

/**
 * Kinds whose files the engine parses and validates in SQL (large exports). Agencies go to the
 * relational store; scores and survey answers are small tables validated against their framework in code.
 */
export const ENGINE_KINDS: Record<Exclude<EtlKind, 'agencies' | 'scores' | 'survey'>, EngineKind> = {
  dossiers: DOSSIER_KIND,
  procedures: PROCEDURE_KIND,
  feedback: FEEDBACK_KIND,
};
