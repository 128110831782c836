import { loadsAndDossiers } from './001-loads-and-dossiers';
import { proceduresAndFeedback } from './002-procedures-and-feedback';
import { indexScores } from './003-index-scores';
import { dossierDaily } from './004-dossier-daily';
import { dossierDailyDeltas } from './005-dossier-daily-deltas';
import type { Migration } from './migration';

export type { Migration, MigrationContext } from './migration';

/** Numbered, append-only: a released migration is never edited, a new one is added. */
export const MIGRATIONS: readonly Migration[] = [loadsAndDossiers, proceduresAndFeedback, indexScores, dossierDaily, dossierDailyDeltas];
