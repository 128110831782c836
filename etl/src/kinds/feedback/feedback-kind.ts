import { TABLES } from '@cchc/clickhouse';
import { VN_DATETIME, type EngineKind } from '../engine/engine-kind';


/** Feedback and petitions (phản ánh, kiến nghị): latest export wins per agency + code. */
export const FEEDBACK_KIND: EngineKind = {
  kind: 'feedback',
  table: TABLES.feedback,
  key: ['agency', 'feedback_code'],
  codeField: 'feedbackCode',
  columns: [
    { column: 'agency', field: 'agency', type: 'String', rule: { type: 'agency' } },
    { column: 'feedback_code', field: 'feedbackCode', type: 'String', rule: { type: 'text', required: true } },
    {
      column: 'source',
      field: 'source',
      type: 'String',
      rule: { type: 'vocabulary', vocabulary: 'source', reasonVi: 'Nguồn không xác định', reasonEn: 'Unknown source' },
    },
    { column: 'department', field: 'department', type: 'String', rule: { type: 'text', required: false } },
    { column: 'received_at', field: 'receivedAt', type: VN_DATETIME, rule: { type: 'datetime', required: true } },
    { column: 'due_at', field: 'dueAt', type: VN_DATETIME, rule: { type: 'datetime', required: true } },
    { column: 'answered_at', field: 'answeredAt', type: `Nullable(${VN_DATETIME})`, rule: { type: 'datetime', required: false } },
    {
      column: 'satisfied',
      field: 'satisfied',
      type: 'String',
      rule: {
        type: 'vocabulary',
        vocabulary: 'satisfaction',
        whenEmpty: 'unknown',
        reasonVi: 'Giá trị Hài lòng không hợp lệ (Có/Không/để trống)',
        reasonEn: 'Invalid satisfaction value (yes/no/blank)',
      },
    },
  ],
  checks: [
    {
      field: 'dueAt',
      failsWhen: 'ok_receivedAt AND ok_dueAt AND toDate(due_at) < toDate(received_at)',
      reasonVi: 'Hạn xử lý trước ngày tiếp nhận',
      reasonEn: 'Deadline before the receipt date',
    },
    {
      field: 'answeredAt',
      failsWhen: 'ok_receivedAt AND ok_answeredAt AND answered_at IS NOT NULL AND toDate(assumeNotNull(answered_at)) < toDate(received_at)',
      reasonVi: 'Ngày trả lời trước ngày tiếp nhận',
      reasonEn: 'Answer date before the receipt date',
    },
  ],
};
