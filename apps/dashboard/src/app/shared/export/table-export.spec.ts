import { exportDate, exportDateTime, headerRow, tableCsv, tableWorkbook, tableXlsx, toCsv, type ExportTable } from './table-export';

const table: ExportTable = {
  name: 'Hồ sơ theo phòng SVHTTDL 2023-H1',
  title: 'Tình hình giải quyết hồ sơ TTHC — Theo phòng xử lý',
  filters: [
    { label: 'Cơ quan', value: 'Sở Văn hóa, Thể thao và Du lịch' },
    { label: 'Từ ngày', value: exportDate('2022-12-15') },
  ],
  columns: [{ label: 'Phòng', width: 36 }, { label: 'Tiếp nhận' }, { label: 'Tỷ lệ trực tuyến (%)', numFmt: '0.00' }],
  rows: [
    ['Phòng Quản lý Văn hóa', 1411, 82.48],
    ['=HYPERLINK("x")', 3, null],
  ],
};

describe('table exports', () => {
  describe('CSV', () => {
    it('starts with a BOM and ends every line with CRLF', () => {
      const csv = toCsv([
        ['a', 1],
        ['b', 2],
      ]);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      expect(csv.slice(1)).toBe('a,1\r\nb,2\r\n');
    });

    it('quotes commas, quotes and line breaks as RFC 4180 does', () => {
      expect(toCsv([['Sở Văn hóa, Thể thao', 'nói "khớp"', 'dòng 1\ndòng 2']]).slice(1)).toBe(
        '"Sở Văn hóa, Thể thao","nói ""khớp""","dòng 1\ndòng 2"\r\n',
      );
    });

    it('defuses cells a spreadsheet would run as formulas, but not negative numbers', () => {
      expect(toCsv([['=1+2', '+84 912', '-x', '@SUM(A1)', '\tx', -4]]).slice(1)).toBe("'=1+2,'+84 912,'-x,'@SUM(A1),'\tx,-4\r\n");
    });

    it('writes empty cells empty, dates as ISO days and date-times at their Vietnam minute', () => {
      expect(toCsv([[null, exportDate('2023-06-14'), 0]]).slice(1)).toBe(',2023-06-14,0\r\n');
      // 23:59:40 on the 14th in UTC is 06:59 on the 15th in Vietnam
      expect(toCsv([[exportDateTime(new Date('2023-06-14T23:59:40Z'))]]).slice(1)).toBe('2023-06-15 06:59\r\n');
    });

    it('gives date-and-time cells a format with the time, and keeps their minute in XLSX', async () => {
      const blob = await tableXlsx({ ...table, filters: [], rows: [[exportDateTime(new Date('2023-06-14T02:30:00Z'))]] });
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await blob.arrayBuffer());
      const cell = workbook.worksheets[0]!.getCell(headerRow({ ...table, filters: [] }) + 1, 1);
      expect((cell.value as Date).toISOString()).toBe('2023-06-14T09:30:00.000Z');
      expect(cell.numFmt).toBe('dd/mm/yyyy hh:mm');
    });

    it('writes the title and the filters in the first rows, then the header and the rows', async () => {
      const blob = tableCsv(table);
      expect(blob.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
      expect(lines).toEqual([
        'Tình hình giải quyết hồ sơ TTHC — Theo phòng xử lý',
        'Cơ quan,"Sở Văn hóa, Thể thao và Du lịch"',
        'Từ ngày,2022-12-15',
        '',
        'Phòng,Tiếp nhận,Tỷ lệ trực tuyến (%)',
        'Phòng Quản lý Văn hóa,1411,82.48',
        `"'=HYPERLINK(""x"")",3,`,
        '',
      ]);
    });
  });

  describe('XLSX', () => {
    it('writes real numbers and dates, column widths and a frozen header, and reads back with exceljs', async () => {
      const blob = await tableXlsx(table);
      expect(blob.size).toBeGreaterThan(0);
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await blob.arrayBuffer());
      const sheet = workbook.worksheets[0]!;

      expect(sheet.getCell('A1').value).toBe(table.title);
      expect(sheet.getCell('A2').value).toBe('Cơ quan');
      expect(sheet.getCell('B2').value).toBe('Sở Văn hóa, Thể thao và Du lịch');
      const from = sheet.getCell('B3');
      expect(from.value instanceof Date).toBeTrue();
      expect((from.value as Date).toISOString().slice(0, 10)).toBe('2022-12-15');
      expect(from.numFmt).toBe('dd/mm/yyyy');

      const header = headerRow(table);
      expect(header).toBe(5);
      expect(sheet.getRow(header).values).toEqual([undefined, 'Phòng', 'Tiếp nhận', 'Tỷ lệ trực tuyến (%)']);
      const received = sheet.getCell(header + 1, 2);
      expect(typeof received.value).toBe('number');
      expect(received.value).toBe(1411);
      expect(received.numFmt).toBe('#,##0');
      expect(sheet.getCell(header + 1, 3).value).toBe(82.48);
      expect(sheet.getCell(header + 1, 3).numFmt).toBe('0.00');
      // a string is text in XLSX: kept as typed, not run
      expect(sheet.getCell(header + 2, 1).value).toBe('=HYPERLINK("x")');

      expect(sheet.getColumn(1).width).toBe(36);
      expect(sheet.views[0]).toEqual(jasmine.objectContaining({ state: 'frozen', ySplit: header }));
    });

    it('gives an unsized column room for its heading', async () => {
      const sheet = (await tableWorkbook(table)).worksheets[0]!;
      expect(sheet.getColumn(3).width).toBe('Tỷ lệ trực tuyến (%)'.length + 2);
    });
  });
});
