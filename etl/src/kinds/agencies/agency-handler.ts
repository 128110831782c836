import type { RowError } from '@cchc/domain';
import type { UnitEntity, UnitRepository } from '@cchc/store';
import type { HeaderMatch } from '../../profiles/header-match';
import type { RecordSource, SourceRecord } from '../../source/record';
import { RecordReader } from '../cells';
import type { KindHandler, PreparedLoad, ProgressSink } from '../kind-handler';

/** The directory of agencies and their departments; small, so it is held and written in one transaction. */
export class AgencyHandler implements KindHandler {
  private readonly units = new Map<string, UnitEntity>();
  private readonly errors: RowError[] = [];
  private rowsRead = 0;
  private rowsRejected = 0;

  constructor(
    private readonly repository: UnitRepository,
    private readonly match: HeaderMatch,
  ) {}

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
    if (read.errors.length > 0) return read.errors;
    const base = { validFrom: null, validTo: null };
    this.units.set(code, { code, kind: 'agency', name, nameEn: read.text('nameEn') || null, parentCode: null, ...base });
    for (const department of read.text('departments').split(';').map((d) => d.trim()).filter(Boolean)) {
      const departmentCode = `${code}/${department}`;
      this.units.set(departmentCode, { code: departmentCode, kind: 'department', name: department, nameEn: null, parentCode: code, ...base });
    }
    return [];
  }

  async prepare(): Promise<PreparedLoad> {
    const agencies = [...this.units.values()].filter((u) => u.kind === 'agency').length;
    return { rowsRead: this.rowsRead, rowsLoaded: agencies, rowsRejected: this.rowsRejected, errors: this.errors, warnings: [] };
  }

  async commit(): Promise<void> {
    await this.repository.upsertAll([...this.units.values()]);
  }

  async abort(): Promise<void> {
    this.units.clear();
  }
}
