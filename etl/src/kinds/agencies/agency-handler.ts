import type { RowError } from '@cchc/domain';
import type { UnitEntity, UnitRepository } from '@cchc/store';
import type { HeaderMatch } from '../../profiles/header-match';
import type { SourceRecord } from '../../source/record';
import { RecordReader } from '../cells';
import type { KindHandler, PreparedLoad } from '../kind-handler';

/** The directory of agencies and their departments; small, so it is held and written in one transaction. */
export class AgencyHandler implements KindHandler {
  private readonly units = new Map<string, UnitEntity>();

  constructor(
    private readonly repository: UnitRepository,
    private readonly match: HeaderMatch,
  ) {}

  async add(record: SourceRecord): Promise<RowError[]> {
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
    return { rowsLoaded: agencies, errors: [], errorCount: 0, warnings: [] };
  }

  async commit(): Promise<void> {
    await this.repository.upsertAll([...this.units.values()]);
  }

  async abort(): Promise<void> {
    this.units.clear();
  }
}
