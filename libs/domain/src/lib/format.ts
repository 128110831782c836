import { roundHalfUp } from './percent';
import { vnDateTimeText } from './vietnam-time';

export type Lang = 'vi' | 'en';

// Written out rather than Intl: browsers and Node builds ship different ICU data, and reports must
// read identically everywhere (1.234,5 in Vietnamese, 1,234.5 in English).
const SEPARATORS: Record<Lang, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

const MISSING = '—';

/** Thousands grouped, `decimals` fixed places rounded half away from zero; a dash for NaN/∞. */
export function formatNumber(value: number, lang: Lang, decimals = 0): string {
  if (!Number.isFinite(value)) return MISSING;
  const { group, decimal } = SEPARATORS[lang];
  // Round first: toFixed alone turns 1.005 into "1.00"; on an already rounded value it is exact.
  const rounded = roundHalfUp(Math.abs(value), decimals);
  const fixed = plainFixed(rounded, decimals);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  // -0.001 at two places reads 0,00, not -0,00
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** toFixed, except that it writes 1e21 and above in exponent form; BigInt spells those out. */
function plainFixed(value: number, decimals: number): string {
  if (value < 1e21) return value.toFixed(decimals);
  return BigInt(value).toString() + (decimals > 0 ? '.' + '0'.repeat(decimals) : '');
}

/** Percentages as official reports write them: always two decimals (82,48%; 12,50%); null is a dash. */
export function formatPercent(value: number | null, lang: Lang): string {
  return value === null || !Number.isFinite(value) ? MISSING : `${formatNumber(value, lang, 2)}%`;
}

/**
 * dd/MM/yyyy in both languages: Vietnamese users read that order whatever the interface language.
 * Anything that is not an ISO date is returned unchanged, so a bad value stays visible as itself.
 */
export function formatDate(isoDate: string, _lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}

/** dd/MM/yyyy HH:mm in Vietnam time, whatever the time zone of the machine showing it. */
export function formatDateTime(instant: Date, _lang: Lang): string {
  return Number.isNaN(instant.getTime()) ? MISSING : vnDateTimeText(instant);
}
