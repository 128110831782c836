import { TABLES } from '@cchc/clickhouse';
import type { ColumnSpec, EngineKind } from '../engine/engine-kind';

const vocabulary = (column: string, field: string, name: string, reasonVi: string, reasonEn: string, whenEmpty?: string): ColumnSpec => ({
  column,
  field,
  type: 'String',
  rule: { type: 'vocabulary', vocabulary: name, reasonVi, reasonEn, ...(whenEmpty === undefined ? {} : { whenEmpty }) },
});

/**
 * A procedure catalogue (danh mục TTHC) of an agency as of a date. Loads of the same agency and date
 * merge by procedure code (latest wins); statistics read the latest catalogue dated on or before the
 * period's end.
 */
export const PROCEDURE_KIND: EngineKind = {
  kind: 'procedures',
  table: TABLES.procedures,
  key: ['agency', 'as_of', 'procedure_code'],
  codeField: 'procedureCode',
  columns: [
    { column: 'agency', field: 'agency', type: 'String', rule: { type: 'agency' } },
    { column: 'as_of', field: 'asOf', type: 'Date', rule: { type: 'as-of-date' } },
    { column: 'procedure_code', field: 'procedureCode', type: 'String', rule: { type: 'text', required: true } },
    { column: 'procedure_name', field: 'procedureName', type: 'String', rule: { type: 'text', required: true } },
    { column: 'field', field: 'field', type: 'String', rule: { type: 'text', required: false } },
    vocabulary('level', 'level', 'level', 'Cấp thực hiện không xác định', 'Unknown administrative level'),
    vocabulary('online_level', 'onlineLevel', 'onlineLevel', 'Mức độ DVC trực tuyến không xác định', 'Unknown online service level', 'none'),
    vocabulary('has_fee', 'hasFee', 'boolean', 'Giá trị Có/Không không hợp lệ', 'Invalid yes/no value'),
    vocabulary('online_payment', 'onlinePayment', 'boolean', 'Giá trị Có/Không không hợp lệ', 'Invalid yes/no value'),
  ],
  checks: [],
};
