// Ownership as the assignment page reads and writes it: pure, so the page and the form only wire them.
import { formatNumber, type IndexFamilySummary, type Lang, type NodeAssignment, type NodeOwner } from '@cchc/domain';
import { translator } from '../../core/i18n/i18n.service';

export type TargetKind = NonNullable<NodeOwner['target']>['kind'];
export const TARGET_KINDS: readonly TargetKind[] = ['points', 'percent', 'rank'];

/**
 * The years a family can be assigned for, newest first: from its first scored year (this year when it
 * has none) up to this year, where a framework is in force. Owners come before scores: this year's
 * framework is assigned long before its results are published.
 */
export function ownershipYears(family: Pick<IndexFamilySummary, 'years' | 'frameworks'>, thisYear: number): number[] {
  const first = Math.min(thisYear, ...family.years);
  const inForce = (year: number) => family.frameworks.some((f) => f.yearFrom <= year && (f.yearTo === null || year <= f.yearTo));
  return Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i).filter(inForce);
}

/** The year a family opens on: the one asked for while it is offered, else the latest scored, else the newest offered. */
export function ownershipYear(asked: number, offered: readonly number[], scored: readonly number[]): number | null {
  if (offered.includes(asked)) return asked;
  return [...scored].reverse().find((year) => offered.includes(year)) ?? offered[0] ?? null;
}

/** "12,50 điểm", "90,00%", "hạng 5". */
export function targetText(target: NodeOwner['target'], lang: Lang): string {
  const t = translator(lang);
  if (!target) return t('owner.noTarget');
  if (target.kind === 'rank') return t('owner.targetRank', { value: formatNumber(target.value, lang) });
  const value = formatNumber(target.value, lang, 2);
  return target.kind === 'points' ? t('indices.points', { value }) : `${value}%`;
}

/** The assignment form's fields as the API takes them; no target kind, or no value, is no target. */
export function assignmentFrom(form: FormData): NodeAssignment {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const kind = TARGET_KINDS.find((k) => k === text('targetKind'));
  const value = text('targetValue') === '' ? Number.NaN : Number(text('targetValue'));
  return {
    nodeCode: text('nodeCode'),
    leadDepartment: text('leadDepartment'),
    supportingDepartments: form.getAll('supporting').map(String),
    responsiblePerson: text('responsiblePerson'),
    target: kind && Number.isFinite(value) ? { kind, value } : null,
  };
}
