import type { RowError } from '@cchc/domain';
import type { HeaderMatch } from '../profiles/header-match';
import type { SourceRecord } from '../source/record';

/** Reads canonical fields out of a record and collects row errors against the file's own header names. */
export class RecordReader {
  readonly errors: RowError[] = [];

  constructor(
    private readonly match: HeaderMatch,
    private readonly record: SourceRecord,
  ) {}

  text(field: string): string {
    const index = this.match.columns.get(field);
    return index === undefined ? '' : (this.record.cells[index] ?? '').trim();
  }

  fail(field: string, value: string, reasonVi: string, reasonEn: string): void {
    this.errors.push({
      line: this.record.line,
      column: this.match.labels.get(field) ?? field,
      value: value.length > 200 ? `${value.slice(0, 200)}…` : value,
      reasonVi,
      reasonEn,
    });
  }

  required(field: string): string {
    const value = this.text(field);
    if (value === '') this.fail(field, value, 'Thiếu giá trị bắt buộc', 'Required value is missing');
    return value;
  }
}
