import type { RowError } from '@cchc/domain';
import type { UnitEntity, UnitRepository } from '@cchc/store';
import type { HeaderMatch } from '../../profiles/header-match';
import { vocabulary } from '../../profiles/profile';
import type { RecordSource, SourceRecord } from '../../source/record';
import { RecordReader } from '../cells';
import type { KindHandler, PreparedLoad, ProgressSink } from '../kind-handler';

/**
 * The directory of agencies (or provinces) and their departments, with validity dates and the unit
 * that carries on after a merger; small, so it is held and written in one transaction.
 */
export class AgencyHandler implements KindHandler {
  private readonly units = new Map<string, UnitEntity>();
  private readonly errors: RowError[] = [];
  private rowsRead = 0;
  private rowsRejected = 0;

  private readonly unitKinds: (value: string) => string | undefined;

  constructor(
    private readonly repository: UnitRepository,
    private readonly match: HeaderMatch,
  ) {
    this.unitKinds = vocabulary(match.profile, 'unitKind');
  }

  async stage(source: RecordSource, onProgress: ProgressSink): Promise<void> {
    for await (const record of source.records()) {
      this.rowsRead++;
      const errors = this.add(record);
      if (errors.length > 0) {
        this.rowsRejected++;
        this.errors.push(...errors);
      }
    }
    await onProgress({ rowsRead: this.rowsRead, rowsRejected: this.rowsRejected, fraction: 1 });
  }

  private add(record: SourceRecord): RowError[] {
    const read = new RecordReader(this.match, record);
    const code = read.required('code');
    const name = read.required('name');
    if (code !== '' && !/^[\p{L}\p{N}._-]{1,64}$/u.test(code)) {
      read.fail('code', code, 'Mã cơ quan chỉ gồm chữ, số, dấu chấm, gạch', 'Agency codes use letters, digits, dots and dashes only');
    }
    const kindText = read.text('unitKind');
    const kind = this.kindOf(kindText);
    if (!kind) read.fail('unitKind', kindText, 'Loại đơn vị không xác định (Tỉnh | Cơ quan)', 'Unknown unit kind (province | agency)');
    const validFrom = this.date(read, 'validFrom');
    const validTo = this.date(read, 'validTo');
    if (validFrom && validTo && validTo < validFrom) read.fail('validTo', read.text('validTo'), 'Ngày hết hiệu lực trước ngày có hiệu lực', 'Valid-to date before the valid-from date');
    const successorCode = read.text('successor') || null;
    if (read.errors.length > 0 || !kind) return read.errors;
    this.units.set(code, { code, kind, name, nameEn: read.text('nameEn') || null, parentCode: null, validFrom, validTo, successorCode });
    for (const department of read.text('departments').split(';').map((d) => d.trim()).filter(Boolean)) {
      const departmentCode = `${code}/${department}`;
      this.units.set(departmentCode, { code: departmentCode, kind: 'department', name: department, nameEn: null, parentCode: code, validFrom, validTo });
    }
    return [];
  }

  private kindOf(text: string): 'agency' | 'province' | null {
    if (text === '') return 'agency';
    const kind = this.unitKinds(text);
    return kind === 'province' || kind === 'agency' ? kind : null;
  }

  /** dd/MM/yyyy as the directory is typed in Vietnam → ISO date; blank → null (open). */
  private date(read: RecordReader, field: string): string | null {
    const text = read.text(field);
    if (text === '') return null;
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    const iso = match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : '';
    if (!match || Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) || new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso) {
      read.fail(field, text, 'Ngày không hợp lệ (dd/MM/yyyy)', 'Invalid date (dd/MM/yyyy)');
      return null;
    }
    return iso;
  }

  async prepare(): Promise<PreparedLoad> {
    const agencies = [...this.units.values()].filter((u) => u.kind !== 'department').length;
    return { rowsRead: this.rowsRead, rowsLoaded: agencies, rowsRejected: this.rowsRejected, errors: this.errors, warnings: [] };
  }

  async commit(): Promise<void> {
    await this.repository.upsertAll([...this.units.values()]);
  }

  async abort(): Promise<void> {
    this.units.clear();
  }
}
