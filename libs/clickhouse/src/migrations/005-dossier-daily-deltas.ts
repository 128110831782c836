import { TABLES } from '../tables';
import type { Migration } from './migration';

/**
 * A later export into agencies with aggregates used to write each of them a whole new generation, the
 * visible rows re-summed with its changes: its cost followed the agencies' history, not the export
 * (100k dossiers into 20 agencies of 50k: 2,2 s). Now it may write only what changed, as a `base =
 * false` generation: `sign = 1` rows count the events of its rows, `sign = -1` rows those of the
 * versions they replace. Readers sum every committed generation from the agency's newest base on, each
 * count times its sign. Rows written before this migration are whole generations: base, sign 1.
 */
export const dossierDailyDeltas: Migration = {
  id: 5,
  name: 'dossier daily deltas',
  statements: ({ table }) => [
    `ALTER TABLE ${table(TABLES.dossierDaily)} ADD COLUMN IF NOT EXISTS sign Int8 DEFAULT 1 AFTER load_id, ADD COLUMN IF NOT EXISTS base Bool DEFAULT true AFTER sign`,
  ],
};
