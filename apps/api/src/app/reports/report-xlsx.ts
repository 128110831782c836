import ExcelJS from 'exceljs';
import { roundHalfUp, type CchcReport, type CellKind, type ReportFilter, type ReportTable } from '@cchc/domain';
import { columnChars, hasParts, isNumeric, sectionBlocks } from './report-layout';

// Cells hold numbers and dates, not their text, so a spreadsheet can sum and sort them; these
// formats only decide how they look (Excel writes the separators of the reader's own locale).
// Scores keep the General format, which shows 85 and 80.5 as they are published.
const NUMBER_FORMAT: Record<CellKind, string | undefined> = { text: undefined, count: '#,##0', percent: '0.00%', score: undefined };
const DATE_FORMAT = 'dd/mm/yyyy';

/** One sheet per table, each under the title and the filters; the consistency appendix under the dossier table it checks. */
export async function reportXlsx(report: CchcReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCHC Index Tracker';
  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title));
    sheet.addRow([report.title]).font = { bold: true, size: 14 };
    for (const filter of report.filters) filterRow(sheet, filter);
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((column) => column.label));
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8E8E8' } };
      cell.border = { bottom: { style: 'thin' } };
    });
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number }];
    // printed on A4, as wide as one page, with the header row repeated on every page
    sheet.pageSetup = {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${header.number}:${header.number}`,
    };
    const grouped = hasParts(table);
    for (const row of table.rows) {
      // 66.67 (%) is stored as the fraction 0.6667 that '0.00%' shows, not as 0.6667000000000001
      const added = sheet.addRow(
        row.cells.map((cell, i) => (cell !== null && table.columns[i]!.kind === 'percent' ? roundHalfUp((cell as number) / 100, 4) : cell)),
      );
      table.columns.forEach((column, i) => {
        const cell = added.getCell(i + 1);
        const format = NUMBER_FORMAT[column.kind];
        if (format) cell.numFmt = format;
        if (row.level === 1 && i > 0 && !isNumeric(column.kind)) cell.alignment = { indent: 1 };
      });
      if (grouped && row.level === 0) added.font = { bold: true };
    }
    if (table.key === 'dossiers') {
      sheet.addRow([]);
      for (const block of report.sections.filter((section) => section.key === 'checks').flatMap(sectionBlocks)) {
        if (block.kind === 'heading') sheet.addRow([block.text]).font = { bold: true };
        if (block.kind === 'paragraph') sheet.addRow([block.text]);
      }
    }
    setWidths(sheet, table, report);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function filterRow(sheet: ExcelJS.Worksheet, filter: ReportFilter): void {
  const value = filter.kind === 'date' ? isoDateCell(filter.value as string) : filter.value;
  const row = sheet.addRow([filter.label, value]);
  row.getCell(1).font = { bold: true };
  if (filter.kind === 'date') row.getCell(2).numFmt = DATE_FORMAT;
  row.getCell(2).alignment = { horizontal: 'left' };
}

/** A calendar day as Excel holds it: midnight UTC of that day, with no time zone to shift it. */
function isoDateCell(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** Wide enough for the longest text of each column (filters included), within reason. */
function setWidths(sheet: ExcelJS.Worksheet, table: ReportTable, report: CchcReport): void {
  const chars = columnChars(table, report.lang, 12);
  chars[0] = Math.max(chars[0]!, ...report.filters.map((filter) => filter.label.length));
  if (chars.length > 1) chars[1] = Math.max(chars[1]!, ...report.filters.map((filter) => filter.text.length));
  chars.forEach((n, i) => (sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, n + 2))));
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
function sheetName(title: string): string {
  return (
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet'
  );
}
