import type { EtlKind } from '@cchc/domain';
import { DOSSIER_KIND } from './dossiers/dossier-kind';
import type { EngineKind } from './engine/engine-kind';
import { FEEDBACK_KIND } from './feedback/feedback-kind';
import { PROCEDURE_KIND } from './procedures/procedure-kind';

/** Every kind stored in ClickHouse; agencies go to the relational store instead. */
export const ENGINE_KINDS: Record<Exclude<EtlKind, 'agencies'>, EngineKind> = {
  dossiers: DOSSIER_KIND,
  procedures: PROCEDURE_KIND,
  feedback: FEEDBACK_KIND,
};
