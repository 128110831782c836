import { exportDate, sheetRows } from '../export/table-export';
import { taskTable } from './task-export';
import { testTask } from './testing';

describe('taskTable', () => {
  const heading = {
    name: 'Nhiệm vụ SVHTTDL',
    title: 'Nhiệm vụ (5 rõ)',
    filters: [{ label: 'Cơ quan', value: 'Sở Văn hóa, Thể thao và Du lịch' }],
  };
  const late = testTask({
    startDate: '2023-05-04',
    dueDate: '2023-06-30',
    lastUpdate: '2023-06-10',
    status: 'in_progress',
    supportingDepartments: ['Văn phòng Sở', 'Phòng Quản lý Du lịch'],
    evidence: ['https://example.vn/bao-cao', 'Biên bản họp'],
    overdue: true,
    stale: true,
  });
  const fresh = testTask({ id: 'task-2', content: 'Niêm yết thủ tục', dueDate: '2023-07-31', lastUpdate: '2023-07-01' });

  it('writes each task’s "5 rõ" under the heading and filters, dates as date cells and days as numbers', () => {
    const rows = sheetRows(taskTable([late, fresh], heading, 'vi', '2023-07-05'));
    expect(rows.slice(0, 4)).toEqual([['Nhiệm vụ (5 rõ)'], ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'], [], jasmine.any(Array)]);
    expect(rows[3]).toEqual([
      'Trạng thái',
      'Nội dung nhiệm vụ (rõ việc)',
      'Đơn vị chủ trì',
      'Người thực hiện (rõ người)',
      'Đơn vị phối hợp',
      'Ngày bắt đầu',
      'Hạn hoàn thành (rõ thời gian)',
      'Lãnh đạo chịu trách nhiệm (rõ trách nhiệm)',
      'Sản phẩm, kết quả (rõ sản phẩm)',
      'Minh chứng',
      'Văn bản giao',
      'Số ngày quá hạn',
      'Cập nhật gần nhất',
      'Số ngày chưa cập nhật',
    ]);
    expect(rows[4]).toEqual([
      'Đang thực hiện',
      'Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa',
      'Phòng Quản lý Văn hóa',
      'Nguyễn Văn An',
      'Văn phòng Sở, Phòng Quản lý Du lịch',
      exportDate('2023-05-04'),
      exportDate('2023-06-30'),
      'Phó Giám đốc Trần Bình',
      'Báo cáo rà soát',
      'https://example.vn/bao-cao\nBiên bản họp',
      'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023',
      5,
      exportDate('2023-06-10'),
      25,
    ]);
    // neither overdue nor stale, no start date: empty cells, not zeros
    expect([rows[5]![0], rows[5]![5], rows[5]![11], rows[5]![13]]).toEqual(['Chưa bắt đầu', null, null, null]);
    expect(rows.length).toBe(6);
  });

  it('speaks English when the page does', () => {
    const table = taskTable([fresh], heading, 'en', '2023-07-05');
    expect(table.columns.slice(0, 2).map((c) => c.label)).toEqual(['Status', 'The task (what)']);
    expect(table.rows[0]![0]).toBe('Not started');
  });
});
