import { convertToParamMap } from '@angular/router';
import type { DossierListItem } from '@cchc/domain';
import { translator } from '../../core/i18n/i18n.service';
import { sheetRows } from '../../shared/export';
import { dossierListTable, listFromParams, listParams, listRequest, standingText } from './dossier-list';

const overdue: DossierListItem = {
  dossierCode: 'HS05',
  procedureCode: '1.000003',
  procedureName: 'Công nhận điểm du lịch',
  field: 'Du lịch',
  department: 'Phòng Quản lý Du lịch',
  channel: 'online',
  receivedAt: '2022-12-05T08:00:00+07:00',
  dueAt: '2022-12-25T17:00:00+07:00',
  resultAt: null,
  standing: 'overdue',
  daysPastDue: 171,
};

describe('dossier lists in the URL', () => {
  it('reads the open list, its narrowing and its page; anything else is no list', () => {
    expect(listFromParams(convertToParamMap({ list: 'late', listDepartment: 'Phòng A', listPage: '3' }))).toEqual({
      cohort: 'late',
      department: 'Phòng A',
      procedure: undefined,
      page: 3,
    });
    expect(listFromParams(convertToParamMap({ list: 'overdue', listProcedure: '1.000003', listPage: 'x' }))!.page).toBe(1);
    expect(listFromParams(convertToParamMap({ list: 'overdue', listPage: '-2' }))!.page).toBe(1);
    expect(listFromParams(convertToParamMap({ list: 'received' }))).toBeNull();
    expect(listFromParams(convertToParamMap({}))).toBeNull();
  });

  it('writes a list back as merged parameters, and a closed one as none', () => {
    expect(listParams({ cohort: 'late', procedure: '1.000003' }, 2)).toEqual({
      list: 'late',
      listDepartment: null,
      listProcedure: '1.000003',
      listPage: 2,
    });
    expect(listParams({ cohort: 'late' }, 1)).toEqual({ list: 'late', listDepartment: null, listProcedure: null, listPage: null });
    expect(listParams(null, 4)).toEqual({ list: null, listDepartment: null, listProcedure: null, listPage: null });
  });

  it("asks for a page under the page's filters, a row's department taking the place of the page's", () => {
    const query = { agency: 'SVHTTDL', period: '2023-H1', calendar: false, department: 'Phòng A' };
    expect(listRequest(query, { cohort: 'overdue', page: 3 })).toEqual({
      ...query,
      procedure: undefined,
      status: 'overdue',
      offset: 100,
      limit: 50,
    });
    expect(listRequest({ ...query, department: undefined }, { cohort: 'late', department: 'Phòng B', page: 1 }).department).toBe('Phòng B');
  });
});

describe('a dossier list as a file', () => {
  it('writes the filters, the procedure and the list name first, then one row per dossier with real dates', () => {
    const t = translator('vi');
    const table = dossierListTable(
      [overdue],
      { title: 'Hồ sơ đang giải quyết đã quá hạn', name: 'ds', filters: [{ label: 'Cơ quan', value: 'SVHTTDL' }], procedure: '1.000003' },
      t,
    );
    const rows = sheetRows(table);
    expect(rows.slice(0, 5)).toEqual([
      ['Hồ sơ đang giải quyết đã quá hạn'],
      ['Cơ quan', 'SVHTTDL'],
      ['Thủ tục', '1.000003'],
      ['Danh sách', 'Hồ sơ đang giải quyết đã quá hạn'],
      [],
    ]);
    expect(rows[5]![0]).toBe('Mã hồ sơ');
    expect(rows[6]).toEqual([
      'HS05',
      '1.000003',
      'Công nhận điểm du lịch',
      'Du lịch',
      'Phòng Quản lý Du lịch',
      'Trực tuyến',
      new Date('2022-12-05T00:00:00Z'),
      new Date('2022-12-25T00:00:00Z'),
      null,
      'Đang giải quyết — Quá hạn',
      171,
    ]);
  });

  it('names each standing under the headings of the official table, in both languages', () => {
    expect(standingText('late', translator('vi'))).toBe('Đã giải quyết — Quá hạn');
    expect(standingText('pending', translator('en'))).toBe('Pending — Within deadline');
    expect(standingText(null, translator('vi'))).toBe('');
  });
});
