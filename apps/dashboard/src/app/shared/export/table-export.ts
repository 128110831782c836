// Tables as files for Excel users. The rules mirror the API's CSV (apps/api/src/services/http/csv.ts):
// UTF-8 with BOM so Vietnamese shows, CRLF, RFC 4180 quoting, formula-looking cells defused.
import type { Workbook } from 'exceljs';
import { VN_UTC_OFFSET_MINUTES } from '@cchc/domain';

/**
 * A number or date stays one in XLSX; CSV writes numbers plainly and dates as ISO days (or ISO day and
 * minute). A cell's Date holds Vietnam wall-clock time as UTC (see exportDate, exportDateTime): exceljs
 * writes a Date's UTC fields, whatever the browser's zone. One that is not midnight is shown with its time.
 */
export type ExportCell = string | number | Date | null;

/** An ISO day (yyyy-MM-dd) as a date cell. */
export function exportDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

/** An instant as a date-and-time cell at its Vietnam minute. */
export function exportDateTime(instant: Date): Date {
  const minute = 60_000;
  return new Date(Math.floor((instant.getTime() + VN_UTC_OFFSET_MINUTES * minute) / minute) * minute);
}

const hasTime = (value: Date) => value.getTime() % 86_400_000 !== 0;

export interface ExportColumn {
  label: string;
  /** Characters, as Excel measures column width. */
  width?: number;
  /** An Excel number format for the column's numbers, e.g. '0.00' for rates. */
  numFmt?: string;
}

/** A table as shown, with the filters it was shown under: those go in the first rows of the file. */
export interface ExportTable {
  /** File name without extension; Vietnamese letters are fine. */
  name: string;
  title: string;
  filters: readonly { label: string; value: ExportCell }[];
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}

const FORMULA = /^[=+\-@\t\r]/;
const DATE_FORMAT = 'dd/mm/yyyy';
const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';

/** An Excel number format showing a score with the decimals the page shows it with. */
export function decimalsFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
}

/** Rows as CSV text, BOM first and every line ended by CRLF. */
export function toCsv(rows: readonly (readonly ExportCell[])[]): string {
  const cell = (value: ExportCell): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, hasTime(value) ? 16 : 10).replace('T', ' ');
    const safe = FORMULA.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

/** Title, then one "label, value" row per filter, a blank row, the header and the rows: what the screen showed. */
export function sheetRows(table: ExportTable): ExportCell[][] {
  return [
    [table.title],
    ...table.filters.map(({ label, value }) => [label, value]),
    [],
    table.columns.map((column) => column.label),
    ...table.rows.map((row) => [...row]),
  ];
}

export function tableCsv(table: ExportTable): Blob {
  return new Blob([toCsv(sheetRows(table))], { type: 'text/csv;charset=utf-8' });
}

/** The header row's position (1-based): after the title, the filters and a blank row. */
export function headerRow(table: ExportTable): number {
  return table.filters.length + 3;
}

/**
 * A string cell is text in XLSX, never a formula, so unlike CSV nothing needs defusing. exceljs is
 * loaded on the first export only: it is several hundred kilobytes nobody needs to read a page.
 */
export async function tableWorkbook(table: ExportTable): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const header = headerRow(table);
  // the view freezes everything above the first data row: title, filters and header stay in sight
  const sheet = workbook.addWorksheet('Dữ liệu', { views: [{ state: 'frozen', ySplit: header }] });
  sheet.columns = table.columns.map((column) => ({ width: column.width ?? Math.max(10, column.label.length + 2) }));
  for (const values of sheetRows(table)) sheet.addRow(values);
  sheet.getRow(1).font = { bold: true, size: 13 };
  sheet.getRow(header).font = { bold: true };
  sheet.eachRow((row, number) => {
    row.eachCell((cell, column) => {
      if (cell.value instanceof Date) cell.numFmt = hasTime(cell.value) ? DATE_TIME_FORMAT : DATE_FORMAT;
      else if (typeof cell.value === 'number' && number > header) cell.numFmt = table.columns[column - 1]?.numFmt ?? '#,##0';
    });
  });
  return workbook;
}

export async function tableXlsx(table: ExportTable): Promise<Blob> {
  const buffer = await (await tableWorkbook(table)).xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
