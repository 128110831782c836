import { TABLES } from '@cchc/clickhouse';
import { normalizeLabel } from '../../profiles/normalize';
import { VN_DATETIME, type ColumnSpec, type EngineKind } from '../engine/engine-kind';
import { DOSSIER_DAILY } from './dossier-daily';

const flag = (column: string, field: string): ColumnSpec => ({
  column,
  field,
  type: 'String',
  rule: { type: 'vocabulary', vocabulary: 'boolean', reasonVi: 'Giá trị Có/Không không hợp lệ', reasonEn: 'Invalid yes/no value' },
});

/** Statuses the one-stop software is known to write; others load as they are and are reported. */
const KNOWN_STATUSES = new Set(
  ['Đang xử lý', 'Đã trả kết quả', 'Chờ bổ sung', 'Từ chối', 'Rút hồ sơ', 'Đã tiếp nhận', 'Dừng xử lý'].map(normalizeLabel),
);

/** One-stop-shop dossiers: latest export wins per agency + dossier code. */
export const DOSSIER_KIND: EngineKind = {
  kind: 'dossiers',
  table: TABLES.dossiers,
  key: ['agency', 'dossier_code'],
  codeField: 'dossierCode',
  columns: [
    { column: 'agency', field: 'agency', type: 'String', rule: { type: 'agency' } },
    { column: 'dossier_code', field: 'dossierCode', type: 'String', rule: { type: 'text', required: true } },
    { column: 'procedure_code', field: 'procedureCode', type: 'String', rule: { type: 'text', required: true } },
    { column: 'procedure_name', field: 'procedureName', type: 'String', rule: { type: 'text', required: false } },
    { column: 'field', field: 'field', type: 'String', rule: { type: 'text', required: false } },
    { column: 'department', field: 'department', type: 'String', rule: { type: 'text', required: false } },
    {
      column: 'channel',
      field: 'channel',
      type: 'String',
      rule: { type: 'vocabulary', vocabulary: 'channel', reasonVi: 'Hình thức nộp không xác định', reasonEn: 'Unknown submission channel' },
    },
    { column: 'received_at', field: 'receivedAt', type: VN_DATETIME, rule: { type: 'datetime', required: true } },
    { column: 'due_at', field: 'dueAt', type: VN_DATETIME, rule: { type: 'datetime', required: true } },
    { column: 'result_at', field: 'resultAt', type: `Nullable(${VN_DATETIME})`, rule: { type: 'datetime', required: false } },
    { column: 'status', field: 'status', type: 'String', rule: { type: 'text', required: false } },
    flag('signed', 'signed'),
    flag('digitized', 'digitized'),
    flag('paid_online', 'paidOnline'),
    {
      column: 'applicant',
      field: 'applicant',
      type: 'String',
      rule: {
        type: 'vocabulary',
        vocabulary: 'applicant',
        whenEmpty: 'unknown',
        reasonVi: 'Đối tượng không xác định',
        reasonEn: 'Unknown applicant type',
      },
    },
  ],
  // Compared by Vietnamese calendar day, the unit the regulations count in.
  checks: [
    {
      field: 'dueAt',
      failsWhen: 'ok_receivedAt AND ok_dueAt AND toDate(due_at) < toDate(received_at)',
      reasonVi: 'Ngày hẹn trả trước ngày tiếp nhận',
      reasonEn: 'Due date before the receipt date',
    },
    {
      field: 'resultAt',
      failsWhen: 'ok_receivedAt AND ok_resultAt AND result_at IS NOT NULL AND toDate(assumeNotNull(result_at)) < toDate(received_at)',
      reasonVi: 'Ngày có kết quả trước ngày tiếp nhận',
      reasonEn: 'Result date before the receipt date',
    },
  ],
  reportUnknown: { column: 'status', known: KNOWN_STATUSES, labelVi: 'Trạng thái', labelEn: 'status' },
  derived: DOSSIER_DAILY,
};
