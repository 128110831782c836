import { assignmentFrom, ownershipYear, ownershipYears, targetText } from './ownership';

const framework = (yearFrom: number, yearTo: number | null) => ({ version: '', yearFrom, yearTo, decision: null, confidence: '' });

describe('ownership', () => {
  it('offers the years from the first scored one to this year where a framework is in force', () => {
    expect(ownershipYears({ years: [2021, 2022, 2024], frameworks: [framework(2012, 2021), framework(2022, null)] }, 2026)).toEqual([
      2026, 2025, 2024, 2023, 2022, 2021,
    ]);
    expect(ownershipYears({ years: [], frameworks: [framework(2022, 2030)] }, 2026)).toEqual([2026]);
    expect(ownershipYears({ years: [2019], frameworks: [framework(2022, 2030)] }, 2023)).toEqual([2023, 2022]);
  });

  it('opens on the year asked for, else the latest scored one, else the newest', () => {
    expect(ownershipYear(2025, [2026, 2025, 2024], [2023, 2024])).toBe(2025);
    expect(ownershipYear(0, [2026, 2025, 2024], [2023, 2024])).toBe(2024);
    expect(ownershipYear(0, [2026], [])).toBe(2026);
    expect(ownershipYear(0, [], [])).toBeNull();
  });

  it('says a target in words', () => {
    expect(targetText({ kind: 'points', value: 12.5 }, 'vi')).toBe('12,50 điểm');
    expect(targetText({ kind: 'percent', value: 90 }, 'vi')).toBe('90,00%');
    expect(targetText({ kind: 'rank', value: 5 }, 'vi')).toBe('hạng 5');
    expect(targetText({ kind: 'rank', value: 5 }, 'en')).toBe('rank 5');
    expect(targetText(null, 'vi')).toBe('chưa đặt');
  });

  it('reads the form as the API takes it', () => {
    const form = new FormData();
    form.set('nodeCode', 'procedure-reform');
    form.set('leadDepartment', 'Văn phòng Sở');
    form.append('supporting', 'Phòng Quản lý Văn hóa');
    form.append('supporting', 'Phòng Quản lý Du lịch');
    form.set('responsiblePerson', ' Phó Giám đốc Nguyễn Văn A ');
    form.set('targetKind', 'points');
    form.set('targetValue', '12.5');
    expect(assignmentFrom(form)).toEqual({
      nodeCode: 'procedure-reform',
      leadDepartment: 'Văn phòng Sở',
      supportingDepartments: ['Phòng Quản lý Văn hóa', 'Phòng Quản lý Du lịch'],
      responsiblePerson: 'Phó Giám đốc Nguyễn Văn A',
      target: { kind: 'points', value: 12.5 },
    });
    form.set('targetValue', '');
    expect(assignmentFrom(form).target).toBeNull();
    form.set('targetKind', '');
    form.set('targetValue', '3');
    expect(assignmentFrom(form).target).toBeNull();
  });
});
