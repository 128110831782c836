import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dayOf } from './calendar';
import { CsvWriter } from './csv';
import { FIRST_DAY, writeDossiers } from './dossiers';
import { writeFeedback } from './feedback';
import { buildCatalogue, writeProcedures } from './procedures';
import { AGENCIES } from './province';
import { writeScores } from './scores';
import { writeSurveys } from './surveys';

export type SampleKind = 'agencies' | 'dossiers' | 'procedures' | 'feedback' | 'scores' | 'surveys';

export interface SampleOptions {
  outDir: string;
  /** default 20231214 */
  seed?: number;
  /** last day of generated activity, YYYY-MM-DD (Vietnam calendar day); default 2026-11-20 */
  until?: string;
  /** only these agency codes (tests and e2e use a few to stay quick) */
  agencies?: readonly string[];
  /** only these files; default all four kinds */
  kinds?: readonly SampleKind[];
}

export const DEFAULT_SEED = 20231214;
export const DEFAULT_UNTIL = '2026-11-20';
export const AGENCY_HEADER = ['Mã cơ quan', 'Tên cơ quan', 'Tên tiếng Anh', 'Phòng'] as const;

function checkOptions(seed: number, until: string, agencies?: readonly string[]): void {
  if (!Number.isSafeInteger(seed)) throw new Error(`seed must be an integer: ${seed}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || Number.isNaN(dayOf(until)) || new Date(dayOf(until)).toISOString().slice(0, 10) !== until) {
    throw new Error(`until must be a date YYYY-MM-DD: ${until}`);
  }
  if (until < FIRST_DAY) throw new Error(`until must not be before ${FIRST_DAY}: ${until}`);
  const unknown = agencies?.filter((code) => !AGENCIES.some((a) => a.code === code)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown agency codes: ${unknown.join(', ')}`);
}

/**
 * Writes the synthetic province "Tỉnh Mẫu": agencies.csv, and per agency its procedure catalogue,
 * dossiers and PAKN (canonical headers, UTF-8). Same seed and `until` give byte-identical files.
 */
export async function generateSamples(options: SampleOptions): Promise<{ files: string[]; dossiers: number }> {
  const seed = options.seed ?? DEFAULT_SEED;
  const until = options.until ?? DEFAULT_UNTIL;
  checkOptions(seed, until, options.agencies);
  const kinds = new Set<SampleKind>(options.kinds ?? ['agencies', 'dossiers', 'procedures', 'feedback', 'scores', 'surveys']);
  const untilDay = dayOf(until);
  mkdirSync(options.outDir, { recursive: true });
  const agencies = AGENCIES.filter((agency) => !options.agencies || options.agencies.includes(agency.code));

  const files: string[] = [];
  if (kinds.has('agencies')) {
    const directory = new CsvWriter(join(options.outDir, 'agencies.csv'), AGENCY_HEADER);
    for (const agency of agencies) await directory.write([agency.code, agency.name, agency.nameEn, agency.departments.join(';')]);
    await directory.close();
    files.push(directory.path);
  }

  let dossiers = 0;
  for (const agency of agencies) {
    const index = AGENCIES.indexOf(agency);
    const catalogue = buildCatalogue(agency, index, seed);
    const path = (kind: string) => join(options.outDir, `${kind}-${agency.code}.csv`);
    if (kinds.has('dossiers')) {
      dossiers += await writeDossiers(path('dossiers'), agency, index, catalogue, seed, untilDay);
      files.push(path('dossiers'));
    }
    if (kinds.has('procedures')) {
      await writeProcedures(path('procedures'), agency, catalogue);
      files.push(path('procedures'));
    }
    if (kinds.has('feedback')) {
      await writeFeedback(path('feedback'), agency, seed, untilDay);
      files.push(path('feedback'));
    }
  }
  // scores cover the whole province and its peers, whichever agencies were asked for
  if (kinds.has('scores')) files.push(...(await writeScores(options.outDir, seed)));
  if (kinds.has('surveys')) files.push(...(await writeSurveys(options.outDir, seed)));
  return { files, dossiers };
}

export { AGENCIES, PROVINCE } from './province';
export { DOSSIER_HEADER } from './dossiers';
export { PROCEDURE_HEADER } from './procedures';
export { FEEDBACK_HEADER } from './feedback';
