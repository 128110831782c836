/**
 * Raw survey answers for one year each, so the demo also shows indices computed by the tracker itself:
 * SIPAS 2021 (citizens rate five service elements 1–5; Sở VHTTDL is satisfied about 80% of the time)
 * and a DDCI-style business survey for 2025 (businesses answer each indicator; lower is better for
 * days, inspections, informal payments and the like).
 */
import { join } from 'node:path';
import { CsvWriter } from './csv';
import { deriveSeed, mulberry32, type Random } from './prng';
import { AGENCIES } from './province';

const SIPAS_QUESTIONS = [
  ...['access.1', 'access.2', 'access.3', 'access.4'],
  ...['procedure.1', 'procedure.2', 'procedure.3', 'procedure.4'],
  ...['civil-servant.1', 'civil-servant.2', 'civil-servant.3', 'civil-servant.4'],
  ...['result.1', 'result.2', 'result.3'],
  ...['feedback-handling.1', 'feedback-handling.2', 'feedback-handling.3'],
];

/** DDCI indicators and the range of a business's answer; `negative`: higher is worse. */
const DDCI_INDICATORS: readonly { code: string; low: number; high: number; negative?: boolean }[] = [
  { code: 'transparency.documents', low: 1, high: 5 },
  { code: 'transparency.website', low: 1, high: 5 },
  { code: 'leadership-dynamism.problem-solving', low: 1, high: 5 },
  { code: 'leadership-dynamism.dialogue', low: 1, high: 5 },
  { code: 'time-cost.procedure-days', low: 3, high: 40, negative: true },
  { code: 'time-cost.inspections', low: 0, high: 6, negative: true },
  { code: 'informal-charges.paid', low: 0, high: 1, negative: true },
  { code: 'informal-charges.harassment', low: 1, high: 5, negative: true },
  { code: 'fair-competition.favouritism', low: 1, high: 5, negative: true },
  { code: 'fair-competition.equal-access', low: 1, high: 5 },
  { code: 'business-support.programmes', low: 1, high: 5 },
  { code: 'business-support.guidance', low: 1, high: 5 },
  { code: 'legal-institutions.complaints', low: 1, high: 5 },
  { code: 'legal-institutions.enforcement', low: 1, high: 5 },
  { code: 'it-application.online-services', low: 1, high: 5 },
  { code: 'it-application.online-answers', low: 1, high: 5 },
  { code: 'land-access.access', low: 1, high: 5 },
  { code: 'land-access.revocation-risk', low: 1, high: 5, negative: true },
];

export const SIPAS_SURVEY_YEAR = 2021;
export const DDCI_SURVEY_YEAR = 2025;
const RESPONDENTS = 40;
const BUSINESSES = 25;

/** A unit's propensity to satisfy, stable per unit; the reference agency is pinned near the seeds' 80%. */
function propensity(random: Random, code: string): number {
  return code === 'SVHTTDL' ? 0.8 : 0.7 + random() * 0.25;
}

export async function writeSurveys(outDir: string, seed: number): Promise<string[]> {
  const sipasPath = join(outDir, `survey-sipas-TM-${SIPAS_SURVEY_YEAR}.csv`);
  const sipas = new CsvWriter(sipasPath, ['respondent_id', 'unit_code', 'unit_name', 'period', 'question_code', 'answer']);
  const random = mulberry32(deriveSeed(seed, 'survey', 'sipas'));
  for (const agency of AGENCIES) {
    const satisfied = propensity(random, agency.code);
    for (let r = 1; r <= RESPONDENTS; r++) {
      for (const question of SIPAS_QUESTIONS) {
        const answer = random() < satisfied ? 4 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3);
        await sipas.write([`${agency.code}-${String(r).padStart(3, '0')}`, agency.code, agency.name, String(SIPAS_SURVEY_YEAR), question, String(answer)]);
      }
    }
  }
  await sipas.close();

  const ddciPath = join(outDir, `survey-ddci-TM-${DDCI_SURVEY_YEAR}.csv`);
  const ddci = new CsvWriter(ddciPath, ['respondent_id', 'unit_code', 'unit_name', 'period', 'indicator_code', 'value']);
  const businesses = mulberry32(deriveSeed(seed, 'survey', 'ddci'));
  for (const agency of AGENCIES) {
    const quality = propensity(businesses, agency.code);
    for (let b = 1; b <= BUSINESSES; b++) {
      for (const indicator of DDCI_INDICATORS) {
        const good = Math.min(1, Math.max(0, quality + (businesses() - 0.5) * 0.5));
        const share = indicator.negative ? 1 - good : good;
        const value = indicator.low + share * (indicator.high - indicator.low);
        await ddci.write([`DN${String(b).padStart(3, '0')}`, agency.code, agency.name, String(DDCI_SURVEY_YEAR), indicator.code, value.toFixed(indicator.high - indicator.low > 5 ? 0 : 2)]);
      }
    }
  }
  await ddci.close();
  return [sipasPath, ddciPath];
}
