/**
 * Published index scores for Tỉnh Mẫu, as score files (one wide CSV per family, named so the inbox
 * knows the family). Synthetic, but Sở VHTTDL follows the seeds: PAR INDEX 11/15 in 2021 then 15/15
 * in 2022 (its weakest fields: procedures, e-government, public finance), DDCI 13/21 in 2022 and
 * 19/20 in 2023, SIPAS around 80%. Each unit's points are a share of every field's maximum with some
 * noise; the reference unit's share is searched until it lands on its story's rank.
 */
import { join } from 'node:path';
import { CsvWriter } from './csv';
import { deriveSeed, mulberry32, type Random } from './prng';
import { AGENCIES, PROVINCE } from './province';

interface Field {
  code: string;
  max: number;
  min?: number;
  /** SVHTTDL's weak spots score this much lower than its average. */
  weakness?: number;
}

interface Methodology {
  yearFrom: number;
  yearTo: number;
  fields: readonly Field[];
}

interface Family {
  family: 'par' | 'ddci' | 'sipas' | 'papi';
  file: string;
  methodologies: readonly Methodology[];
  years: readonly number[];
  /** Unit codes and names ranked each year. */
  units(year: number): { code: string; name: string }[];
  /** Places the reference unit takes, by year (others fall where their scores put them). */
  story: Readonly<Record<number, number>>;
  reference: string;
  /** Typical share of the maximum and its spread across units. */
  level: number;
  spread: number;
  decimals: number;
}

const field = (code: string, max: number, weakness = 0, min?: number): Field => ({
  code,
  max,
  weakness,
  ...(min === undefined ? {} : { min }),
});

const PAR_2012: Methodology = {
  yearFrom: 2012,
  yearTo: 2021,
  fields: [
    field('steering', 10),
    field('legal-documents', 10),
    field('procedure-reform', 14, 0.08),
    field('organisation-reform', 8),
    field('civil-servants', 14),
    field('public-finance-reform', 10, 0.05),
    field('modernisation', 14, 0.06),
    field('impact', 20),
  ],
};
const PAR_2022: Methodology = {
  yearFrom: 2022,
  yearTo: 2030,
  fields: [
    field('steering', 12),
    field('institutional-reform', 9),
    field('procedure-reform', 14, 0.12),
    field('organisation-reform', 8),
    field('civil-service-reform', 13),
    field('public-finance-reform', 8, 0.1),
    field('e-government', 14, 0.14),
    field('impact', 22),
  ],
};
const DDCI_CODES = [
  'transparency',
  'leadership-dynamism',
  'time-cost',
  'informal-charges',
  'fair-competition',
  'business-support',
  'legal-institutions',
  'it-application',
  'land-access',
];
const PAPI_CODES = [
  'participation',
  'transparency',
  'vertical-accountability',
  'control-of-corruption',
  'public-administrative-procedures',
  'public-service-delivery',
  'environmental-governance',
  'e-governance',
];
const SIPAS_CODES = ['access', 'procedure', 'civil-servant', 'result', 'feedback-handling'];

const sở = AGENCIES.filter((a) => a.code.startsWith('S')).slice(0, 15);
const POLICE = { code: 'CAT', name: 'Công an tỉnh' };
const COMPARISON_PROVINCES = Array.from({ length: 62 }, (_, i) => ({
  code: `DC${String(i + 1).padStart(2, '0')}`,
  name: `Tỉnh đối chứng ${String(i + 1).padStart(2, '0')} (tổng hợp)`,
}));

export const SCORE_FAMILIES: readonly Family[] = [
  {
    family: 'par',
    file: 'scores-par-TM.csv',
    methodologies: [PAR_2012, PAR_2022],
    years: range(2019, 2024),
    units: () => sở.map((a) => ({ code: a.code, name: a.name })),
    story: { 2021: 11, 2022: 15, 2023: 12, 2024: 9 },
    reference: 'SVHTTDL',
    level: 0.86,
    spread: 0.05,
    decimals: 2,
  },
  {
    family: 'ddci',
    file: 'scores-ddci-TM.csv',
    years: range(2019, 2024),
    methodologies: [
      { yearFrom: 2019, yearTo: 2030, fields: DDCI_CODES.map((code, i) => field(code, 10, i === 1 || i === 2 ? 0.1 : 0, 1)) },
    ],
    // the 2023 survey ranked 20 units: the provincial police left the block
    units: (year) => [...AGENCIES.map((a) => ({ code: a.code, name: a.name })), ...(year <= 2022 ? [POLICE] : [])],
    story: { 2022: 13, 2023: 19 },
    reference: 'SVHTTDL',
    level: 0.72,
    spread: 0.06,
    decimals: 2,
  },
  {
    family: 'sipas',
    file: 'scores-sipas-TM.csv',
    // 2021 comes from raw answers (surveys.ts), computed by the tracker
    years: range(2019, 2020),
    methodologies: [{ yearFrom: 2017, yearTo: 2021, fields: SIPAS_CODES.map((code) => field(code, 100)) }],
    units: () => AGENCIES.map((a) => ({ code: a.code, name: a.name })),
    story: { 2019: 12, 2020: 10 },
    reference: 'SVHTTDL',
    level: 0.82,
    spread: 0.04,
    decimals: 2,
  },
  {
    family: 'papi',
    file: 'scores-papi-VN.csv',
    years: range(2018, 2024),
    methodologies: [{ yearFrom: 2018, yearTo: 2030, fields: PAPI_CODES.map((code) => field(code, 10, 0, 1)) }],
    units: () => [{ code: PROVINCE.code, name: PROVINCE.name }, ...COMPARISON_PROVINCES],
    story: { 2018: 40, 2019: 35, 2020: 31, 2021: 28, 2022: 24, 2023: 26, 2024: 21 },
    reference: PROVINCE.code,
    level: 0.55,
    spread: 0.04,
    decimals: 4,
  },
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

function scoresAt(fields: readonly Field[], share: number, noise: readonly number[], weak: boolean, decimals: number): number[] {
  return fields.map((f, i) => {
    const min = f.min ?? 0;
    const s = share + noise[i]! - (weak ? (f.weakness ?? 0) : 0);
    return round(Math.min(f.max, Math.max(min, min + (f.max - min) * s)), decimals);
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * The reference unit's points: its share is bisected until its total sits between the neighbours of
 * its story's place (half-way), so it takes that place and no other unit is pushed around.
 */
function placeReference(fields: readonly Field[], others: readonly number[], place: number, noise: readonly number[], decimals: number): number[] {
  const sorted = [...others].sort((a, b) => b - a);
  const above = sorted[place - 2] ?? sorted[0]! + 2;
  const below = sorted[place - 1] ?? sorted[sorted.length - 1]! - 2;
  const target = (above + below) / 2;
  let low = 0;
  let high = 1.2;
  let best = scoresAt(fields, 0.5, noise, true, decimals);
  for (let step = 0; step < 50; step++) {
    const share = (low + high) / 2;
    best = scoresAt(fields, share, noise, true, decimals);
    if (sum(best) < target) low = share;
    else high = share;
  }
  return best;
}

export async function writeScores(outDir: string, seed: number): Promise<string[]> {
  const paths: string[] = [];
  for (const family of SCORE_FAMILIES) {
    const random: Random = mulberry32(deriveSeed(seed, 'scores', family.family));
    const codes = [...new Set(family.methodologies.flatMap((m) => m.fields.map((f) => f.code)))];
    const writer = new CsvWriter(join(outDir, family.file), ['unit_code', 'unit_name', 'year', ...codes, 'total', 'rank']);
    const quality = new Map<string, number>();
    for (const year of family.years) {
      const methodology = family.methodologies.find((m) => m.yearFrom <= year && year <= m.yearTo)!;
      const units = family.units(year);
      const rows = new Map<string, number[]>();
      for (const unit of units) {
        // each unit keeps a stable standing that drifts a little from year to year
        const standing = (quality.get(unit.code) ?? family.level + (random() - 0.5) * 4 * family.spread) + (random() - 0.5) * family.spread;
        quality.set(unit.code, standing);
        const noise = methodology.fields.map(() => (random() - 0.5) * family.spread);
        rows.set(unit.code, scoresAt(methodology.fields, standing, noise, false, family.decimals));
      }
      const place = family.story[year];
      if (place !== undefined) {
        const others = units.filter((u) => u.code !== family.reference).map((u) => round(sum(rows.get(u.code)!), family.decimals));
        const noise = methodology.fields.map(() => (random() - 0.5) * family.spread * 0.5);
        rows.set(family.reference, placeReference(methodology.fields, others, place, noise, family.decimals));
      }
      const totals = units.map((u) => ({ code: u.code, total: round(sum(rows.get(u.code)!), family.decimals) }));
      const rankOf = (total: number) => 1 + totals.filter((t) => t.total > total).length;
      for (const unit of units) {
        const byCode = new Map(methodology.fields.map((f, i) => [f.code, rows.get(unit.code)![i]!]));
        const total = round(sum(rows.get(unit.code)!), family.decimals);
        await writer.write([
          unit.code,
          unit.name,
          String(year),
          ...codes.map((code) => (byCode.has(code) ? String(byCode.get(code)) : '')),
          // the published tables state totals and ranks, as the provinces print them
          family.family === 'par' || family.family === 'papi' ? String(total) : '',
          family.family === 'par' || family.family === 'ddci' ? String(rankOf(total)) : '',
        ]);
      }
    }
    await writer.close();
    paths.push(writer.path);
  }
  return paths;
}
