import { convertToParamMap } from '@angular/router';
import type { AgencySummary } from '@cchc/domain';
import { defaultPeriod, filtersFromParams, homeDepartment } from './dossier-filters';
import { TEST_USERS } from '../../core/auth/testing';

const agency = (code: string): AgencySummary => ({ code, name: code, nameEn: null, departments: [] });
const agencies = [agency('STP'), agency('SVHTTDL')];
const params = (values: Record<string, string>) => convertToParamMap(values);

describe('dossier filters from the URL', () => {
  it('reads every filter from the query parameters', () => {
    expect(
      filtersFromParams(params({ agency: 'SVHTTDL', period: '2023-H1', calendar: 'true', department: 'Phòng A' }), agencies, null),
    ).toEqual({
      agency: 'SVHTTDL',
      period: '2023-H1',
      calendar: true,
      department: 'Phòng A',
    });
  });

  it('defaults to the official half-year containing today, Vietnam time', () => {
    expect(defaultPeriod(new Date('2023-06-14T16:59:00Z'))).toBe('2023-H1'); // 14/06 23:59 in Hanoi
    expect(defaultPeriod(new Date('2023-06-14T17:00:00Z'))).toBe('2023-H2'); // 15/06 00:00 in Hanoi
    expect(defaultPeriod(new Date('2023-12-20T03:00:00Z'))).toBe('2024-H1');
    expect(filtersFromParams(params({ agency: 'STP', period: 'rubbish' }), agencies, null)!.period).toBe(defaultPeriod());
    expect(filtersFromParams(params({ agency: 'STP' }), agencies, null)).toEqual({
      agency: 'STP',
      period: defaultPeriod(),
      calendar: false,
      department: undefined,
    });
  });

  it('normalises the period code', () => {
    expect(filtersFromParams(params({ agency: 'STP', period: '2023-q3' }), agencies, null)!.period).toBe('2023-Q3');
  });

  it('falls back to the remembered agency, then the first one known', () => {
    expect(filtersFromParams(params({}), agencies, 'SVHTTDL')!.agency).toBe('SVHTTDL');
    expect(filtersFromParams(params({}), undefined, 'SVHTTDL')!.agency).toBe('SVHTTDL');
    expect(filtersFromParams(params({}), agencies, 'GONE')!.agency).toBe('STP');
    expect(filtersFromParams(params({}), undefined, null)).toBeNull();
    expect(filtersFromParams(params({}), [], null)).toBeNull();
  });

  it("opens a department head's own agency on their department, and all departments when asked with an empty one", () => {
    const home = homeDepartment(TEST_USERS.department_head);
    expect(home).toEqual({ agency: 'SVHTTDL', department: 'Phòng Quản lý Văn hóa' });
    expect(filtersFromParams(params({ agency: 'SVHTTDL' }), agencies, null, home)!.department).toBe('Phòng Quản lý Văn hóa');
    expect(filtersFromParams(params({ agency: 'SVHTTDL', department: '' }), agencies, null, home)!.department).toBeUndefined();
    expect(filtersFromParams(params({ agency: 'SVHTTDL', department: 'Phòng A' }), agencies, null, home)!.department).toBe('Phòng A');
    expect(filtersFromParams(params({ agency: 'STP' }), agencies, null, home)!.department).toBeUndefined();
    expect([homeDepartment(TEST_USERS.director), homeDepartment(TEST_USERS.inspector), homeDepartment(null)]).toEqual([null, null, null]);
  });
});
