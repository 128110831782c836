import { parseVnDateTime, vnDate, type RowError } from '@cchc/domain';
import type { HeaderMatch } from '../../profiles/header-match';
import { normalizeLabel } from '../../profiles/normalize';
import { vocabulary } from '../../profiles/profile';
import type { SourceRecord } from '../../source/record';
import { RecordReader } from '../cells';

/** A dossier as stored in ClickHouse (instants as Unix seconds, so no zone is ever guessed twice). */
export interface DossierRow {
  agency: string;
  dossier_code: string;
  procedure_code: string;
  procedure_name: string;
  field: string;
  department: string;
  channel: 'online' | 'direct' | 'postal';
  received_at: number;
  due_at: number;
  result_at: number | null;
  status: string;
  signed: boolean;
  digitized: boolean;
  paid_online: boolean;
  applicant: 'unknown' | 'citizen' | 'business';
  source_line: number;
}

/** Statuses the one-stop software is known to write; others load as they are and are reported. */
export const KNOWN_STATUSES = new Set(
  ['Đang xử lý', 'Đã trả kết quả', 'Chờ bổ sung', 'Từ chối', 'Rút hồ sơ', 'Đã tiếp nhận', 'Dừng xử lý'].map(normalizeLabel),
);

export type DossierRowResult = { row: DossierRow; unknownStatus: string | null } | { errors: RowError[] };

export function dossierRowMapper(match: HeaderMatch, defaultAgency: string | null): (record: SourceRecord) => DossierRowResult {
  const channelOf = vocabulary(match.profile, 'channel');
  const booleanOf = vocabulary(match.profile, 'boolean');
  const applicantOf = vocabulary(match.profile, 'applicant');

  return (record) => {
    const read = new RecordReader(match, record);
    const dossierCode = read.required('dossierCode');
    const procedureCode = read.required('procedureCode');
    const agency = read.text('agency') || defaultAgency || '';
    if (agency === '') {
      read.fail(
        'agency',
        '',
        'Thiếu mã cơ quan (thêm cột Mã cơ quan hoặc chọn cơ quan khi nạp)',
        'Agency code missing (add the column or choose the agency for the load)',
      );
    }

    const channelText = read.text('channel');
    const channel = channelOf(channelText) as DossierRow['channel'] | undefined;
    if (!channel) read.fail('channel', channelText, 'Hình thức nộp không xác định', 'Unknown submission channel');

    const date = (field: string, optional: boolean): Date | null => {
      const text = read.text(field);
      if (text === '') {
        if (!optional) read.fail(field, text, 'Thiếu ngày', 'Date is missing');
        return null;
      }
      const parsed = parseVnDateTime(text);
      if (!parsed) read.fail(field, text, 'Ngày không hợp lệ (dd/MM/yyyy [HH:mm])', 'Invalid date (dd/MM/yyyy [HH:mm])');
      return parsed;
    };
    const receivedAt = date('receivedAt', false);
    const dueAt = date('dueAt', false);
    const resultAt = date('resultAt', true);
    // Compared by Vietnamese calendar day, the unit the regulations count in.
    if (receivedAt && dueAt && vnDate(dueAt) < vnDate(receivedAt)) {
      read.fail('dueAt', read.text('dueAt'), 'Ngày hẹn trả trước ngày tiếp nhận', 'Due date before the receipt date');
    }
    if (receivedAt && resultAt && vnDate(resultAt) < vnDate(receivedAt)) {
      read.fail('resultAt', read.text('resultAt'), 'Ngày có kết quả trước ngày tiếp nhận', 'Result date before the receipt date');
    }

    const flag = (field: string): boolean => {
      const text = read.text(field);
      const value = booleanOf(text);
      if (value === undefined) read.fail(field, text, 'Giá trị Có/Không không hợp lệ', 'Invalid yes/no value');
      return value === 'true';
    };
    const signed = flag('signed');
    const digitized = flag('digitized');
    const paidOnline = flag('paidOnline');
    const applicantText = read.text('applicant');
    const applicant = (applicantOf(applicantText) ?? 'unknown') as DossierRow['applicant'];
    if (applicantText !== '' && applicant === 'unknown') {
      read.fail('applicant', applicantText, 'Đối tượng không xác định', 'Unknown applicant type');
    }

    if (read.errors.length > 0 || !channel || !receivedAt || !dueAt) return { errors: read.errors };
    const status = read.text('status');
    const seconds = (d: Date) => Math.floor(d.getTime() / 1000);
    return {
      row: {
        agency,
        dossier_code: dossierCode,
        procedure_code: procedureCode,
        procedure_name: read.text('procedureName'),
        field: read.text('field'),
        department: read.text('department'),
        channel,
        received_at: seconds(receivedAt),
        due_at: seconds(dueAt),
        result_at: resultAt ? seconds(resultAt) : null,
        status,
        signed,
        digitized,
        paid_online: paidOnline,
        applicant,
        source_line: record.line,
      },
      unknownStatus: status !== '' && !KNOWN_STATUSES.has(normalizeLabel(status)) ? status : null,
    };
  };
}
