import type { UnitIndexResult } from '@cchc/domain';
import { nextSort, pickUnits, sortUnits } from './league';

const unit = (unitCode: string, unitName: string, rank: number | null, total: number | null, rankChange: number | null) =>
  ({ unitCode, unitName, rank, total, rankChange }) as UnitIndexResult;

// as published: best first, the unit without a total last
const units = [
  unit('SYT', 'Sở Y tế', 1, 90.41, 2),
  unit('SXD', 'Sở Xây dựng', 2, 88.13, null),
  unit('SCT', 'Sở Công Thương', 3, 86.5, -1),
  unit('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', null, null, null),
];
const codes = (sorted: UnitIndexResult[]) => sorted.map((u) => u.unitCode);

describe('league table', () => {
  it('sorts each column in its own first order, the other way on a second click, units without the value last', () => {
    const byTotal = nextSort({ key: 'rank', descending: false }, 'total');
    expect(byTotal).toEqual({ key: 'total', descending: true });
    expect(codes(sortUnits(units, byTotal))).toEqual(['SYT', 'SXD', 'SCT', 'SVHTTDL']);
    expect(codes(sortUnits(units, nextSort(byTotal, 'total')))).toEqual(['SCT', 'SXD', 'SYT', 'SVHTTDL']);
    expect(codes(sortUnits(units, nextSort(byTotal, 'change')))).toEqual(['SYT', 'SCT', 'SXD', 'SVHTTDL']);
    // Vietnamese order: "Công" before "Văn", "Xây" and "Y"
    expect(codes(sortUnits(units, nextSort(byTotal, 'unit')))).toEqual(['SCT', 'SVHTTDL', 'SXD', 'SYT']);
    expect(codes(sortUnits(units, { key: 'rank', descending: true }))).toEqual(['SCT', 'SXD', 'SYT', 'SVHTTDL']);
  });

  it('picks the units the URL names in the group, else the first two and the chosen agency', () => {
    expect(pickUnits(null, units, 'SVHTTDL')).toEqual(['SYT', 'SXD', 'SVHTTDL']);
    expect(pickUnits(null, units, 'SXD')).toEqual(['SYT', 'SXD']);
    expect(pickUnits(null, units, 'STP')).toEqual(['SYT', 'SXD']);
    expect(pickUnits('SCT,STP,SCT,SYT', units, 'SVHTTDL')).toEqual(['SCT', 'SYT']);
    expect(pickUnits('STC,SCT,SYT,SXD,SVHTTDL', [...units, unit('STC', 'Sở Tài chính', 4, 80, 0)], null)).toEqual([
      'STC',
      'SCT',
      'SYT',
      'SXD',
    ]);
    expect(pickUnits('STP', units, null)).toEqual(['SYT', 'SXD']);
  });
});
