import ExcelJS from 'exceljs';
import { FileRejectedError } from '../pipeline/errors';
import type { RecordSource, SourceRecord } from './record';
import { chunksOfRecords } from './records-as-csv';
import { assertSafeZip } from './zip-guard';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Excel stores wall-clock date-times without a zone; exceljs hands them over as UTC instants of that
 * wall clock, so the UTC fields are the Vietnamese local date and time as typed.
 */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
    const hasTime = value.getUTCHours() !== 0 || value.getUTCMinutes() !== 0;
    return hasTime ? `${date} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : date;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

function rowCells(row: ExcelJS.Row): string[] {
  // row.values is 1-based with a hole at 0
  const values = row.values as ExcelJS.CellValue[];
  return values.slice(1).map(cellText);
}

/** Streams the first worksheet; the first non-empty row is the header. */
export async function openXlsxSource(path: string): Promise<RecordSource> {
  await assertSafeZip(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const rows = (async function* () {
    try {
      for await (const worksheet of reader) {
        for await (const row of worksheet as unknown as AsyncIterable<ExcelJS.Row>) yield row;
        return; // first worksheet only
      }
    } catch (error) {
      throw new FileRejectedError(
        `Không đọc được tệp XLSX: ${(error as Error).message}`,
        `Cannot read the XLSX file: ${(error as Error).message}`,
      );
    }
  })();
  // next() rather than for-await: breaking out of for-await would close the shared row stream
  let header: string[] | undefined;
  for (let item = await rows.next(); !item.done; item = await rows.next()) {
    const cells = rowCells(item.value);
    if (cells.some((c) => c.trim() !== '')) {
      header = cells;
      break;
    }
  }
  if (!header) throw new FileRejectedError('Bảng tính không có dòng tiêu đề', 'The worksheet has no header row');
  async function* records(): AsyncGenerator<SourceRecord> {
    for (let item = await rows.next(); !item.done; item = await rows.next()) {
      const row = item.value;
      const cells = rowCells(row);
      if (cells.every((c) => c.trim() === '')) continue;
      yield { line: row.number, cells };
    }
  }
  const once = records();
  // spreadsheets are not CSV: their rows always go through chunksOfRecords
  return { header, records: () => once, chunks: () => chunksOfRecords(once), directFile: async () => null };
}
