// The columns a ranking of units shows on both the compare page's league table and the indices page's peer table.
import type { Lang, UnitIndexResult } from '@cchc/domain';
import { rankChangeText } from '../../charts/index-charts';
import { translator } from '../../core/i18n/i18n.service';
import { decimalsFormat, type ExportCell, type ExportColumn } from './table-export';

export function rankingColumns(lang: Lang, decimals: number): ExportColumn[] {
  const t = translator(lang);
  return [
    { label: t('indices.col.place') },
    { label: t('indices.col.unit'), width: 40 },
    { label: t('indices.col.total'), numFmt: decimalsFormat(decimals) },
    { label: t('indices.col.change'), width: 24 },
  ];
}

/** Rank and places gained as numbers to sort and sum; where there is none, the reason the page gives instead. */
export function rankingCells(unit: UnitIndexResult, lang: Lang): ExportCell[] {
  return [unit.rank ?? translator(lang)('indices.notRanked'), unit.unitName, unit.total, unit.rankChange ?? rankChangeText(unit, lang)];
}
