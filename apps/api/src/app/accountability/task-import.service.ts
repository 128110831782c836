import { Injectable } from '@nestjs/common';
import type { AuthUser, NewTask, RowError, TaskImportResponse } from '@cchc/domain';
import { FileRejectedError, normalizeLabel, openSource } from '@cchc/etl';
import { TasksService } from './tasks.service';

/** The columns of a provincial task plan ("Kế hoạch … nhiệm vụ"), matched like export headers. */
const COLUMNS = {
  content: ['Nội dung nhiệm vụ', 'Nội dung', 'Nhiệm vụ'],
  lead: ['Đơn vị chủ trì', 'Chủ trì'],
  supporting: ['Đơn vị phối hợp', 'Phối hợp'],
  due: ['Thời gian hoàn thành', 'Thời hạn', 'Hạn hoàn thành'],
  deliverable: ['Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả'],
} as const;
const REQUIRED = ['content', 'lead', 'due'] as const;

/** dd/MM/yyyy at the start of the cell ("30/06/2023", "30/06/2023 (trước ngày)"), as plans write it. */
function dueDate(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text.trim());
  if (!match) return null;
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * Bulk import of a task plan (XLSX or CSV, read like any export): each row becomes a task of the
 * agency under the plan's document; a row with a missing or wrong cell is reported by line, column
 * and reason, and the rest are created.
 */
@Injectable()
export class TaskImportService {
  constructor(private readonly tasks: TasksService) {}

  async import(user: AuthUser, path: string, agency: string, assigningDocument: string): Promise<TaskImportResponse> {
    const source = await openSource(path);
    const index = new Map(source.header.map((label, i) => [normalizeLabel(label), i]));
    const columns = Object.fromEntries(
      Object.entries(COLUMNS).map(([field, aliases]) => [field, aliases.map((a) => index.get(normalizeLabel(a))).find((i) => i !== undefined)]),
    ) as Record<keyof typeof COLUMNS, number | undefined>;
    const missing = REQUIRED.filter((field) => columns[field] === undefined).map((field) => COLUMNS[field][0]);
    if (missing.length > 0) throw new FileRejectedError(`Thiếu cột bắt buộc: ${missing.join(', ')}`, `Missing required columns: ${missing.join(', ')}`);
    const label = (field: keyof typeof COLUMNS) => source.header[columns[field]!]!.trim();

    const errors: RowError[] = [];
    const rows: NewTask[] = [];
    let rowsRead = 0;
    for await (const record of source.records()) {
      rowsRead++;
      const cell = (field: keyof typeof COLUMNS) => (columns[field] === undefined ? '' : (record.cells[columns[field]!] ?? '').trim());
      const fail = (field: keyof typeof COLUMNS, reasonVi: string, reasonEn: string) =>
        errors.push({ line: record.line, column: label(field), value: cell(field), reasonVi, reasonEn });
      const before = errors.length;
      for (const field of REQUIRED) if (cell(field) === '') fail(field, 'Thiếu giá trị bắt buộc', 'Required value is missing');
      const due = dueDate(cell('due'));
      if (cell('due') !== '' && !due) fail('due', 'Ngày không hợp lệ (dd/MM/yyyy)', 'Invalid date (dd/MM/yyyy)');
      if (errors.length > before || !due) continue;
      rows.push({
        agency,
        content: cell('content'),
        leadDepartment: cell('lead'),
        leadPerson: '',
        supportingDepartments: cell('supporting').split(/[;,\n]/).map((d) => d.trim()).filter(Boolean),
        dueDate: due,
        accountableHead: '',
        deliverable: cell('deliverable'),
        evidence: [],
        assigningDocument,
      });
    }
    await this.tasks.create(user, rows);
    return { rowsRead, created: rows.length, errors };
  }
}
