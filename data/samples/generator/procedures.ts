import { CsvWriter, yesNo } from './csv';
import { between, chance, deriveSeed, mulberry32, pick, shuffled, type Random } from './prng';
import { FIRST_DAY } from './dossiers';
import type { AgencyProfile } from './profiles';

export const PROCEDURE_HEADER = [
  'Mã cơ quan',
  'Ngày áp dụng',
  'Mã TTHC',
  'Tên thủ tục',
  'Lĩnh vực',
  'Cấp thực hiện',
  'Mức độ DVC trực tuyến',
  'Có phí, lệ phí',
  'Thanh toán trực tuyến',
] as const;

export type Level = 'Cấp tỉnh' | 'Cấp huyện' | 'Cấp xã';
export type OnlineLevel = 'Toàn trình' | 'Một phần' | 'Không';

export interface Procedure {
  code: string;
  name: string;
  field: string;
  department: string;
  level: Level;
  onlineLevel: OnlineLevel;
  hasFee: boolean;
  onlinePayment: boolean;
  /** legal handling time in working days */
  legalDays: number;
  /** share of dossiers filed by businesses rather than citizens */
  businessShare: number;
  /** relative popularity; zero for procedures the agency itself never receives */
  weight: number;
}

/** A document in a template expands into the usual family of procedures around it. */
const DOCUMENT_VERBS: readonly [string, readonly string[]][] = [
  ['giấy phép', ['Cấp', 'Cấp lại', 'Điều chỉnh']],
  ['giấy chứng nhận', ['Cấp', 'Cấp lại', 'Cấp đổi']],
  ['giấy đăng ký', ['Cấp', 'Cấp lại', 'Thay đổi nội dung']],
  ['thẻ', ['Cấp', 'Cấp đổi', 'Cấp lại']],
  ['chứng chỉ', ['Cấp', 'Cấp lại']],
];

export function expandItem(item: string): string[] {
  const family = DOCUMENT_VERBS.find(([document]) => item.startsWith(`${document} `));
  return family ? family[1].map((verb) => `${verb} ${item}`) : [item];
}

/** Legal handling times seen in catalogues cluster on a few values. */
const LEGAL_DAYS = [3, 5, 5, 7, 7, 10, 10, 10, 12, 15, 15, 20];
/** The seed's Sở lists a few district- and commune-level procedures it oversees but does not receive. */
const LOCAL_SHARE = 0.06;

function businessShareOf(name: string): number {
  if (/kinh doanh|doanh nghiệp|công ty|đầu tư|cơ sở|văn phòng|hội chợ|khuyến mại|xe ô tô|dự án/i.test(name)) return 0.85;
  if (/thẻ|chứng chỉ|lý lịch|quốc tịch|văn bằng|khai sinh|kết hôn|giấy phép lái xe|người|học sinh|trợ cấp|thân nhân/i.test(name))
    return 0.05;
  return 0.4;
}

/** Spreads n flags over the catalogue exactly, so the published shares (e.g. 110/118) come out as such. */
function exactly(random: Random, size: number, count: number): boolean[] {
  const flags = Array.from({ length: size }, (_, i) => i < count);
  return shuffled(random, flags);
}

/**
 * The agency's published catalogue. Codes depend on the agency's place in the province, not on the
 * selection being generated, so they are stable and unique across the province.
 */
export function buildCatalogue(agency: AgencyProfile, agencyIndex: number, seed: number): Procedure[] {
  const random = mulberry32(deriveSeed(seed, agency.code, 'procedures'));
  // round-robin over fields so a truncated catalogue still covers every field
  const perField = agency.fields.map((field) => field.items.flatMap(expandItem).map((name) => ({ field, name })));
  const size = agency.procedures ?? Infinity;
  const chosen: { field: (typeof agency.fields)[number]; name: string }[] = [];
  for (let round = 0; chosen.length < size && perField.some((names) => round < names.length); round++) {
    for (const names of perField) if (round < names.length && chosen.length < size) chosen.push(names[round]!);
  }
  chosen.sort((a, b) => agency.fields.indexOf(a.field) - agency.fields.indexOf(b.field));

  const n = chosen.length;
  const full = Math.round(agency.fullOnline * n);
  const partial = Math.round(agency.partialOnline * n);
  const onlineOrder = shuffled(
    random,
    Array.from({ length: n }, (_, i) => i),
  );
  const onlineLevel: OnlineLevel[] = new Array<OnlineLevel>(n).fill('Không');
  onlineOrder.forEach((index, rank) => (onlineLevel[index] = rank < full ? 'Toàn trình' : rank < full + partial ? 'Một phần' : 'Không'));
  const local = exactly(random, n, Math.round(LOCAL_SHARE * n));
  const fee = exactly(random, n, Math.round(agency.feeShare * n));
  // online payment only makes sense where the procedure can be filed online
  let payable = Math.round(agency.feeShare * n * agency.onlinePaymentShare);
  const payment = fee.map(() => false);
  for (const index of onlineOrder) {
    if (payable > 0 && fee[index] && onlineLevel[index] !== 'Không') {
      payment[index] = true;
      payable--;
    }
  }
  // a few procedures carry most dossiers, as in real one-stop statistics; many see none in a half-year
  const popularity = shuffled(
    random,
    Array.from({ length: n }, (_, i) => i),
  );

  let serial = 1000 + agencyIndex * 500;
  return chosen.map(({ field, name }, i) => {
    serial += between(random, 1, 3);
    const level: Level = local[i] ? (chance(random, 0.65) ? 'Cấp huyện' : 'Cấp xã') : 'Cấp tỉnh';
    const rank = popularity.indexOf(i);
    const dormant = chance(random, 0.4);
    return {
      code: `${level === 'Cấp tỉnh' ? 1 : 2}.${String(serial).padStart(6, '0')}`,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      field: field.name,
      department: agency.departments[field.department] ?? agency.departments[0]!,
      level,
      onlineLevel: onlineLevel[i]!,
      hasFee: fee[i]!,
      onlinePayment: payment[i]!,
      legalDays: pick(random, LEGAL_DAYS),
      businessShare: businessShareOf(name),
      weight: level === 'Cấp tỉnh' ? (1 / (rank + 1) ** 0.9) * (dormant ? 0.03 : 1) : 0,
    };
  });
}

/** The catalogue says whose it is and since when, so the inbox can load it without extra options. */
export async function writeProcedures(path: string, agency: AgencyProfile, catalogue: readonly Procedure[]): Promise<number> {
  const writer = new CsvWriter(path, PROCEDURE_HEADER);
  const [year, month, day] = FIRST_DAY.split('-');
  const asOf = `${day}/${month}/${year}`;
  for (const p of catalogue) await writer.write([agency.code, asOf, p.code, p.name, p.field, p.level, p.onlineLevel, yesNo(p.hasFee), yesNo(p.onlinePayment)]);
  await writer.close();
  return writer.rows;
}
