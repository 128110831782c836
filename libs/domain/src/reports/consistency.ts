// Arithmetic checks of the official one-stop table (Biểu II.06a). Real reports contain errors the
// reader cannot see at a glance (seed 002: online 55 + direct/postal 70 reported as 139 received),
// so the figures are checked before they go out, and hand-typed tables can be checked too.
import { formatNumber, formatPercent, type Lang } from '../lib/format';
import { percent } from '../lib/percent';

/**
 * A filled official table. Field names are those of DossierStats, so computed figures are checked
 * the same way. A check runs only when all its figures are given; `receivedPostal` may be left out
 * when `receivedDirect` is the table's combined "direct or postal" column, and `returnedOrWithdrawn`
 * when the table has no such column. Rates are percentages (82.48), as printed.
 */
export interface OfficialTable {
  received?: number;
  receivedOnline?: number;
  receivedDirect?: number;
  receivedPostal?: number;
  carriedOver?: number;
  resolved?: number;
  resolvedEarly?: number;
  resolvedOnTime?: number;
  resolvedLate?: number;
  pending?: number;
  pendingWithinDeadline?: number;
  pendingOverdue?: number;
  /** Dossiers returned to the applicant or withdrawn: they leave the period neither resolved nor pending. */
  returnedOrWithdrawn?: number;
  /** receivedOnline ÷ received */
  onlineRate?: number | null;
  /** (receivedDirect + receivedPostal) ÷ received */
  directPostalRate?: number | null;
  /** (resolvedEarly + resolvedOnTime) ÷ resolved, as DossierStats counts it */
  onTimeRate?: number | null;
  /** resolvedLate ÷ resolved */
  lateRate?: number | null;
}

export const CONSISTENCY_CODES = [
  'received-by-channel',
  'resolved-by-timeliness',
  'pending-by-deadline',
  'period-balance',
  'online-rate',
  'direct-postal-rate',
  'on-time-rate',
  'late-rate',
] as const;
export type ConsistencyCode = (typeof CONSISTENCY_CODES)[number];

export interface ConsistencyIssue {
  code: ConsistencyCode;
  messageVi: string;
  messageEn: string;
  /** The figure as the table states it: a total, the inflow of the period, or a rate. */
  stated: number;
  /** The same figure computed from its parts; null for a rate over nothing. */
  computed: number | null;
}

export interface ConsistencyResult {
  consistent: boolean;
  checked: ConsistencyCode[];
  /** Checks not run, with the figures they lacked. */
  skipped: { code: ConsistencyCode; missing: (keyof OfficialTable)[] }[];
  issues: ConsistencyIssue[];
}

/** Printed rates are rounded half-up to hundredths; one hundredth off is a rounding habit (43,63% for 48/110), not an error. */
const RATE_TOLERANCE_HUNDREDTHS = 1;

type Figures = Required<OfficialTable>;
type Check = {
  code: ConsistencyCode;
  needs: (keyof OfficialTable)[];
  run: (f: Figures) => Omit<ConsistencyIssue, 'code'> | null;
};

const n = (value: number, lang: Lang) => formatNumber(value, lang);

function sumCheck(
  code: ConsistencyCode,
  total: keyof OfficialTable,
  parts: (keyof OfficialTable)[],
  words: (f: Figures, sum: number, lang: Lang) => string,
): Check {
  return {
    code,
    needs: [total, ...parts],
    run: (f) => {
      const stated = f[total] as number;
      const sum = parts.reduce((acc, part) => acc + (f[part] as number), 0);
      if (stated === sum) return null;
      return { stated, computed: sum, messageVi: words(f, sum, 'vi'), messageEn: words(f, sum, 'en') };
    },
  };
}

function rateCheck(
  code: ConsistencyCode,
  rate: keyof OfficialTable,
  numerator: (keyof OfficialTable)[],
  denominator: keyof OfficialTable,
  names: Record<Lang, string>,
): Check {
  return {
    code,
    needs: [rate, ...numerator, denominator],
    run: (f) => {
      const stated = f[rate] as number;
      const top = numerator.reduce((acc, key) => acc + (f[key] as number), 0);
      const base = f[denominator] as number;
      const computed = percent(top, base);
      if (computed === null ? stated === 0 : Math.abs(Math.round(stated * 100) - Math.round(computed * 100)) <= RATE_TOLERANCE_HUNDREDTHS)
        return null;
      const words = (lang: Lang) =>
        lang === 'vi'
          ? `${names.vi} ghi ${formatPercent(stated, lang)} nhưng ${n(top, lang)}/${n(base, lang)} = ${formatPercent(computed, lang)}.`
          : `${names.en} is stated as ${formatPercent(stated, lang)} but ${n(top, lang)}/${n(base, lang)} = ${formatPercent(computed, lang)}.`;
      return { stated, computed, messageVi: words('vi'), messageEn: words('en') };
    },
  };
}

const diff = (stated: number, computed: number, lang: Lang) =>
  lang === 'vi' ? `chênh lệch ${n(stated - computed, lang)}` : `difference ${n(stated - computed, lang)}`;

const CHECKS: readonly Check[] = [
  sumCheck('received-by-channel', 'received', ['receivedOnline', 'receivedDirect', 'receivedPostal'], (f, sum, lang) =>
    lang === 'vi'
      ? `Số hồ sơ tiếp nhận (${n(f.received, lang)}) khác tổng theo hình thức nộp: trực tuyến ${n(f.receivedOnline, lang)} + trực tiếp ${n(f.receivedDirect, lang)} + bưu chính ${n(f.receivedPostal, lang)} = ${n(sum, lang)} (${diff(f.received, sum, lang)}).`
      : `Received (${n(f.received, lang)}) is not the sum by channel: online ${n(f.receivedOnline, lang)} + direct ${n(f.receivedDirect, lang)} + postal ${n(f.receivedPostal, lang)} = ${n(sum, lang)} (${diff(f.received, sum, lang)}).`,
  ),
  sumCheck('resolved-by-timeliness', 'resolved', ['resolvedEarly', 'resolvedOnTime', 'resolvedLate'], (f, sum, lang) =>
    lang === 'vi'
      ? `Số hồ sơ đã giải quyết (${n(f.resolved, lang)}) khác tổng trước hạn ${n(f.resolvedEarly, lang)} + đúng hạn ${n(f.resolvedOnTime, lang)} + quá hạn ${n(f.resolvedLate, lang)} = ${n(sum, lang)} (${diff(f.resolved, sum, lang)}).`
      : `Resolved (${n(f.resolved, lang)}) is not early ${n(f.resolvedEarly, lang)} + on time ${n(f.resolvedOnTime, lang)} + late ${n(f.resolvedLate, lang)} = ${n(sum, lang)} (${diff(f.resolved, sum, lang)}).`,
  ),
  sumCheck('pending-by-deadline', 'pending', ['pendingWithinDeadline', 'pendingOverdue'], (f, sum, lang) =>
    lang === 'vi'
      ? `Số hồ sơ đang giải quyết (${n(f.pending, lang)}) khác tổng trong hạn ${n(f.pendingWithinDeadline, lang)} + quá hạn ${n(f.pendingOverdue, lang)} = ${n(sum, lang)} (${diff(f.pending, sum, lang)}).`
      : `Pending (${n(f.pending, lang)}) is not within deadline ${n(f.pendingWithinDeadline, lang)} + overdue ${n(f.pendingOverdue, lang)} = ${n(sum, lang)} (${diff(f.pending, sum, lang)}).`,
  ),
  {
    // every dossier of the period's cohort (new or carried over) ends it resolved, pending, or returned/withdrawn
    code: 'period-balance',
    needs: ['received', 'carriedOver', 'resolved', 'pending', 'returnedOrWithdrawn'],
    run: (f) => {
      const inflow = f.received + f.carriedOver;
      const outflow = f.resolved + f.pending + f.returnedOrWithdrawn;
      if (inflow === outflow) return null;
      // seed 004 is 47 short, exactly its carried-over count: its "received" already held them
      const carriedInside = f.carriedOver > 0 && inflow - outflow === f.carriedOver;
      const words = (lang: Lang) =>
        lang === 'vi'
          ? `Tiếp nhận trong kỳ ${n(f.received, lang)} + từ kỳ trước chuyển qua ${n(f.carriedOver, lang)} = ${n(inflow, lang)}, khác đã giải quyết ${n(f.resolved, lang)} + đang giải quyết ${n(f.pending, lang)} + trả lại, rút hồ sơ ${n(f.returnedOrWithdrawn, lang)} = ${n(outflow, lang)} (${diff(inflow, outflow, lang)}).` +
            (carriedInside ? ' Chênh lệch đúng bằng số từ kỳ trước chuyển qua: số tiếp nhận có thể đã gồm cả hồ sơ kỳ trước.' : '')
          : `Received in the period ${n(f.received, lang)} + carried over ${n(f.carriedOver, lang)} = ${n(inflow, lang)}, but resolved ${n(f.resolved, lang)} + pending ${n(f.pending, lang)} + returned or withdrawn ${n(f.returnedOrWithdrawn, lang)} = ${n(outflow, lang)} (${diff(inflow, outflow, lang)}).` +
            (carriedInside ? ' The difference is exactly the carried-over count: the received figure may already include them.' : '');
      return { stated: inflow, computed: outflow, messageVi: words('vi'), messageEn: words('en') };
    },
  },
  rateCheck('online-rate', 'onlineRate', ['receivedOnline'], 'received', { vi: 'Tỷ lệ tiếp nhận trực tuyến', en: 'The online share' }),
  rateCheck('direct-postal-rate', 'directPostalRate', ['receivedDirect', 'receivedPostal'], 'received', {
    vi: 'Tỷ lệ tiếp nhận trực tiếp và qua bưu chính',
    en: 'The direct and postal share',
  }),
  rateCheck('on-time-rate', 'onTimeRate', ['resolvedEarly', 'resolvedOnTime'], 'resolved', {
    vi: 'Tỷ lệ giải quyết trước và đúng hạn',
    en: 'The on-time rate',
  }),
  rateCheck('late-rate', 'lateRate', ['resolvedLate'], 'resolved', { vi: 'Tỷ lệ giải quyết quá hạn', en: 'The late rate' }),
];

/** Figures a table may leave out because a zero is what leaving them out means. */
const ZERO_WHEN_ABSENT: readonly (keyof OfficialTable)[] = ['receivedPostal', 'returnedOrWithdrawn'];

export function checkOfficialTable(table: OfficialTable): ConsistencyResult {
  const figures = { ...table } as Record<keyof OfficialTable, number | null | undefined>;
  for (const key of ZERO_WHEN_ABSENT) figures[key] ??= 0;
  const result: ConsistencyResult = { consistent: true, checked: [], skipped: [], issues: [] };
  for (const check of CHECKS) {
    const missing = check.needs.filter((key) => figures[key] === undefined || figures[key] === null);
    if (missing.length > 0) {
      result.skipped.push({ code: check.code, missing });
      continue;
    }
    result.checked.push(check.code);
    const issue = check.run(figures as Figures);
    if (issue) result.issues.push({ code: check.code, ...issue });
  }
  result.consistent = result.issues.length === 0;
  return result;
}
