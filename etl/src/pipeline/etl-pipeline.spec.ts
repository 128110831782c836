import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { TestInstallation } from '@cchc/config';
import { ClickhouseRepository, STAGING_PREFIX, TABLES } from '@cchc/clickhouse';
import { EtlJobRepository } from '@cchc/store';
import { EtlPipelineService } from './etl-pipeline.service';
import { RecoveryService } from './recovery.service';
import { openEtlTestContext, type EtlTestContext } from '../testing/etl-test-context';

const HEADER = 'Mã hồ sơ,Mã TTHC,Tên thủ tục,Lĩnh vực,Mã cơ quan,Phòng xử lý,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Ký số,Số hóa,Thanh toán trực tuyến,Đối tượng';
const row = (code: string, channel = 'Trực tuyến') =>
  `${code},1.000001,Cấp phép,Văn hóa,SVHTTDL,Phòng Quản lý Văn hóa,${channel},10/01/2023 09:00,20/01/2023 17:00,18/01/2023 10:00,Đã trả kết quả,Có,Có,Không,Công dân`;

describe('ETL pipeline: formats, profiles and broken files (embedded ClickHouse + SQLite)', () => {
  let installation: TestInstallation;
  let context: INestApplicationContext;
  let pipeline: EtlPipelineService;
  let clickhouse: ClickhouseRepository;
  const file = (name: string, content: string | Buffer) => {
    const path = join(installation.config.dataDir, name);
    writeFileSync(path, content);
    return path;
  };
  const visible = async (code: string) => {
    const [result] = await clickhouse.query<{ n: string }>(
      `SELECT count() AS n FROM ${clickhouse.table(TABLES.dossiers)} WHERE dossier_code = {code:String}
       AND load_id IN (SELECT load_id FROM ${clickhouse.table(TABLES.loads)} FINAL WHERE status = 'committed')`,
      { code },
    );
    return Number(result?.n);
  };

  let testContext: EtlTestContext;
  before(async () => {
    testContext = await openEtlTestContext();
    ({ installation, context, pipeline, clickhouse } = testContext);
  });
  after(() => testContext.close());

  it('reads UTF-8 with BOM and semicolons', async () => {
    const job = await pipeline.load(file('bom.csv', `\uFEFF${[HEADER, row('A1')].join('\n').replaceAll(',', ';')}`));
    assert.deepEqual([job.status, job.rowsLoaded], ['done', 1]);
    assert.equal(await visible('A1'), 1);
  });

  it('reads Excel "Unicode text": UTF-16LE with BOM, tab-separated', async () => {
    const text = [HEADER, row('A2')].join('\r\n').replaceAll(',', '\t');
    const job = await pipeline.load(file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
    assert.deepEqual([job.status, job.rowsLoaded], ['done', 1], job.message ?? '');
  });

  it('reads XLSX with real date cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Hồ sơ');
    sheet.addRow(HEADER.split(','));
    const cells: (string | Date)[] = row('A3').split(',');
    cells[7] = new Date(Date.UTC(2023, 0, 10, 9, 0));
    cells[8] = new Date(Date.UTC(2023, 0, 20, 17, 0));
    cells[9] = new Date(Date.UTC(2023, 0, 18, 10, 0));
    sheet.addRow(cells);
    const path = join(installation.config.dataDir, 'export.xlsx');
    await workbook.xlsx.writeFile(path);
    const job = await pipeline.load(path);
    assert.deepEqual([job.status, job.rowsLoaded, job.rowsRejected], ['done', 1, 0], job.message ?? '');
    const [stored] = await clickhouse.query<{ received: string }>(
      `SELECT toString(received_at) AS received FROM ${clickhouse.table(TABLES.dossiers)} WHERE dossier_code = 'A3'`,
    );
    assert.equal(stored?.received, '2023-01-10 09:00:00', 'Excel wall-clock time is Vietnam local time');
  });

  it("maps another vendor's headers and vocabulary through its profile, auto-detected", async () => {
    const header = 'Mã biên nhận;Mã thủ tục hành chính;Thủ tục;Đơn vị;Kênh nộp hồ sơ;Thời điểm nhận;Hạn trả kết quả;Thời điểm hoàn thành;Đã ký số';
    const job = await pipeline.load(file('vendor-b.csv', `${header}\nB1;1.000001;Cấp phép;SVHTTDL;Qua bưu điện;10/01/2023 09:00;20/01/2023;;x`));
    assert.deepEqual([job.status, job.profile, job.rowsLoaded], ['done', 'vendor-b-dossiers', 1], job.message ?? '');
    const [stored] = await clickhouse.query<{ channel: string; signed: boolean }>(
      `SELECT channel, signed FROM ${clickhouse.table(TABLES.dossiers)} WHERE dossier_code = 'B1'`,
    );
    assert.deepEqual(stored, { channel: 'postal', signed: true });
  });

  it('rejects a file missing a required column, naming it, and loads nothing', async () => {
    const header = HEADER.replace(',Ngày hẹn trả', '');
    const job = await pipeline.load(file('missing.csv', `${header}\n${row('C1').replace(',20/01/2023 17:00', '')}`));
    assert.equal(job.status, 'failed');
    assert.match(job.message ?? '', /Thiếu cột bắt buộc: Ngày hẹn trả/);
    assert.equal(await visible('C1'), 0);
  });

  it('rejects a binary file and a file with an unterminated quote whole, even its valid rows', async () => {
    const binary = await pipeline.load(file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])));
    assert.equal(binary.status, 'failed');
    assert.match(binary.message ?? '', /nhị phân|Binary/);
    const truncated = await pipeline.load(file('truncated.csv', [HEADER, row('D1'), row('D2').replace('Cấp phép', '"Cấp phép')].join('\n')));
    assert.equal(truncated.status, 'failed');
    assert.match(truncated.message ?? '', /CSV/);
    assert.equal(await visible('D1'), 0, 'nothing of a rejected file is visible');
  });

  it('rejects a file whose rows are all bad, and keeps its row errors', async () => {
    const job = await pipeline.load(file('all-bad.csv', [HEADER, row('E1', 'Fax'), row('E2', 'Thư')].join('\n')));
    assert.deepEqual([job.status, job.rowsRejected], ['failed', 2]);
    assert.match(job.message ?? '', /No valid rows/);
    const errors = await context.get(EtlJobRepository).listErrors(job.id);
    assert.deepEqual(errors.map((e) => [e.line, e.column, e.value]), [[2, 'Hình thức nộp', 'Fax'], [3, 'Hình thức nộp', 'Thư']]);
  });

  it('after a crash mid-load, recovery removes the partial rows and marks the job failed', async () => {
    const jobs = context.get(EtlJobRepository);
    const id = '11111111-2222-4333-8444-555555555555';
    await jobs.create({ id, fileName: 'killed.csv', checksum: 'x', kind: 'dossiers', profile: null, agency: null, status: 'committing', startedAt: new Date(), finishedAt: null, rowsRead: 0, rowsLoaded: 0, rowsRejected: 0, message: null });
    // what a kill during the final copy leaves: rows with the load id, a staging table, no commit mark
    await clickhouse.insert(TABLES.dossiers, [{ agency: 'SVHTTDL', dossier_code: 'K1', procedure_code: 'p', procedure_name: '', field: '', department: '', channel: 'online', received_at: 1673316000, due_at: 1674208800, result_at: null, status: '', signed: false, digitized: false, paid_online: false, applicant: 'unknown', source_line: 2, load_id: id, version: 1 }]);
    await clickhouse.command(`CREATE TABLE ${clickhouse.table(`${STAGING_PREFIX}leftover`)} (x UInt8) ENGINE = Memory`);
    assert.equal(await visible('K1'), 0, 'uncommitted rows are never visible');

    const result = await context.get(RecoveryService).recover();
    assert.deepEqual(result, { failed: 1, completed: 0, stagingDropped: 1, aggregated: 0 });
    assert.equal((await jobs.findById(id))?.status, 'failed');
    const [left] = await clickhouse.query<{ n: string }>(`SELECT count() AS n FROM ${clickhouse.table(TABLES.dossiers)} WHERE load_id = {id:UUID}`, { id });
    assert.equal(Number(left?.n), 0);
  });

  it('keeps exact line numbers for rejected rows far past the first 8 MB chunk, and loads the rest', async () => {
    const rows = Array.from({ length: 90_000 }, (_, i) => row(`L${i}`, i === 89_990 ? 'Fax' : 'Trực tuyến'));
    const job = await pipeline.load(file('large.csv', [HEADER, ...rows].join('\n')));
    assert.deepEqual([job.status, job.rowsRead, job.rowsLoaded, job.rowsRejected], ['done', 90_000, 89_999, 1], job.message ?? '');
    const errors = await context.get(EtlJobRepository).listErrors(job.id);
    assert.deepEqual(errors.map((e) => [e.line, e.value]), [[89_992, 'Fax']]);
  });

  it('loads a procedure catalogue and citizen feedback through their canonical profiles', async () => {
    const catalogue = [
      'Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC trực tuyến,"Có phí, lệ phí",Thanh toán trực tuyến',
      '1.000001,Cấp giấy phép,Văn hóa,Cấp tỉnh,Toàn trình,Có,Có',
      '1.000002,Công nhận,Thể thao,Cấp tỉnh,Một phần,Không,Không',
      '1.000003,Thủ tục lạ,Du lịch,Cấp thôn,Toàn trình,Có,Có',
    ].join('\n');
    const procedures = await pipeline.load(file('danh-muc.csv', catalogue), { agency: 'SVHTTDL', asOf: '2023-01-01' });
    assert.deepEqual([procedures.kind, procedures.status, procedures.rowsLoaded, procedures.rowsRejected], ['procedures', 'done', 2, 1]);
    const stored = await clickhouse.query<{ procedure_code: string; online_level: string; has_fee: boolean; as_of: string }>(
      `SELECT procedure_code, online_level, has_fee, toString(as_of) AS as_of FROM ${clickhouse.table(TABLES.procedures)} ORDER BY procedure_code`,
    );
    assert.deepEqual(stored, [
      { procedure_code: '1.000001', online_level: 'full', has_fee: true, as_of: '2023-01-01' },
      { procedure_code: '1.000002', online_level: 'partial', has_fee: false, as_of: '2023-01-01' },
    ]);

    const feedback = [
      'Mã PAKN,Nguồn,Mã cơ quan,Phòng xử lý,Ngày tiếp nhận,Hạn xử lý,Ngày trả lời,Hài lòng',
      'PA1,Tổng đài 1022,SVHTTDL,Văn phòng,02/03/2023 08:00,12/03/2023,10/03/2023,Có',
      'PA2,Cổng DVC,SVHTTDL,Văn phòng,05/03/2023,04/03/2023,,',
    ].join('\n');
    const loaded = await pipeline.load(file('pakn.csv', feedback));
    assert.deepEqual([loaded.kind, loaded.status, loaded.rowsLoaded, loaded.rowsRejected], ['feedback', 'done', 1, 1]);
    const errors = await context.get(EtlJobRepository).listErrors(loaded.id);
    assert.deepEqual(errors.map((e) => [e.line, e.column, e.reasonEn]), [[3, 'Hạn xử lý', 'Deadline before the receipt date']]);
  });

  describe('hostile input: each gets a clear answer and loses nothing already loaded', () => {
    before(async () => {
      const job = await pipeline.load(file('kept.csv', [HEADER, row('KEEP1'), row('KEEP2')].join('\n')));
      assert.equal(job.status, 'done');
    });
    const kept = async () => [await visible('KEEP1'), await visible('KEEP2')];

    it('formula-looking and SQL-looking cells load as plain text', async () => {
      const injected = row('H1').replace('Cấp phép', `"=cmd|' /C calc'!A0"`).replace('Phòng Quản lý Văn hóa', `"x'); DROP TABLE dossiers; --"`);
      const job = await pipeline.load(file('injection.csv', [HEADER, injected].join('\n')));
      assert.deepEqual([job.status, job.rowsLoaded], ['done', 1], job.message ?? '');
      const [stored] = await clickhouse.query<{ procedure_name: string; department: string }>(
        `SELECT procedure_name, department FROM ${clickhouse.table(TABLES.dossiers)} WHERE dossier_code = 'H1'`,
      );
      assert.deepEqual(stored, { procedure_name: "=cmd|' /C calc'!A0", department: "x'); DROP TABLE dossiers; --" });
      assert.deepEqual(await kept(), [1, 1]);
    });

    it('a row with 10,000 columns loads the columns it knows', async () => {
      const extra = Array.from({ length: 9_985 }, (_, i) => `X${i}`);
      const job = await pipeline.load(file('wide.csv', [`${HEADER},${extra.join(',')}`, `${row('H2')},${extra.map(() => '1').join(',')}`].join('\n')));
      assert.deepEqual([job.status, job.rowsLoaded], ['done', 1], job.message ?? '');
    });

    it('a 100 MB single line is one bad row: the file is refused whole with a short reason', async () => {
      const line = `H3${'A'.repeat(100 * 1024 * 1024)}`;
      const job = await pipeline.load(file('one-line.csv', `${HEADER}\n${line}`));
      assert.equal(job.status, 'failed');
      assert.match(job.message ?? '', /No valid rows/);
      const errors = await context.get(EtlJobRepository).listErrors(job.id);
      assert.ok(errors.length > 0 && errors.every((e) => e.value.length <= 200), 'reported values are cut to 200 characters');
      assert.deepEqual(await kept(), [1, 1]);
    });

    it('a zip bomb dressed as XLSX is refused before anything is inflated', async () => {
      const JSZip = (await import('jszip')).default;
      const zip = new JSZip();
      zip.file('xl/worksheets/sheet1.xml', 'x'.repeat(1024));
      const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      // declare 3 GiB for the part in the central directory, as a bomb would
      const entry = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      bytes.writeUInt32LE(3 * 1024 ** 3, entry + 24);
      const job = await pipeline.load(file('report.xlsx', bytes));
      assert.equal(job.status, 'failed');
      assert.match(job.message ?? '', /unpacks too large/);
      assert.deepEqual(await kept(), [1, 1]);
    });

    it('invalid UTF-8 far into a file is refused whole', async () => {
      const rows = Array.from({ length: 2_000 }, (_, i) => row(`U${i}`));
      const text = Buffer.from([HEADER, ...rows].join('\n'));
      const bad = Buffer.concat([text, Buffer.from('\nU9999,1.000001,'), Buffer.from([0xc3, 0x28]), Buffer.from(',Văn hóa\n')]);
      const job = await pipeline.load(file('late-invalid.csv', bad));
      assert.equal(job.status, 'failed');
      assert.match(job.message ?? '', /not valid utf-8/i);
      assert.equal(await visible('U1'), 0);
      assert.deepEqual(await kept(), [1, 1]);
    });

    it('reads every accepted date spelling at Vietnam time and rejects the rest with the cell and reason', async () => {
      const spellings: [string, string | null][] = [
        ['10/01/2023 09:00', '2023-01-10 09:00:00'],
        ['1/2/2023', '2023-02-01 00:00:00'],
        ['1/2/2023 7:05', '2023-02-01 07:05:00'],
        ['01/02/2023 07:05:09', '2023-02-01 07:05:09'],
        ['01/02/2023   07:05', '2023-02-01 07:05:00'],
        ['29/02/2024 23:59', '2024-02-29 23:59:00'],
        ['2023-02-01', '2023-02-01 00:00:00'],
        ['2023-02-01T07:05', '2023-02-01 07:05:00'],
        ['2023-02-01 07:05:09', '2023-02-01 07:05:09'],
        ['29/02/2023 09:00', null],
        ['01/13/2023', null],
        ['00/01/2023', null],
        ['01/02/2023 24:00', null],
        ['01/02/2023 07:60', null],
        ['01/02/23', null],
        ['1/2/2023 7:5', null],
        ['2023-2-1', null],
        ['01/02/12023', null],
        ['001/02/2023', null],
        ['01/02/2023 07:05 SA', null],
        ['hôm qua', null],
      ];
      // due and result dates far enough ahead that only the receipt date can fail
      const rows = spellings.map(([spelling], i) => row(`D${i}`).replace('10/01/2023 09:00', spelling).replace('20/01/2023 17:00', '01/01/2030 17:00').replace('18/01/2023 10:00', ''));
      const job = await pipeline.load(file('spellings.csv', [HEADER, ...rows].join('\n')));
      const accepted = spellings.filter(([, at]) => at !== null);
      assert.deepEqual([job.status, job.rowsLoaded, job.rowsRejected], ['done', accepted.length, spellings.length - accepted.length]);
      const stored = await clickhouse.query<{ code: string; at: string }>(
        `SELECT dossier_code AS code, toString(received_at) AS at FROM ${clickhouse.table(TABLES.dossiers)}
         WHERE startsWith(dossier_code, 'D') AND load_id = {id:UUID} ORDER BY toUInt32(substring(dossier_code, 2))`,
        { id: job.id },
      );
      assert.deepEqual(stored.map((r) => r.at), accepted.map(([, at]) => at));
      const errors = await context.get(EtlJobRepository).listErrors(job.id);
      assert.deepEqual(
        errors.map((e) => [e.line, e.column, e.value, e.reasonEn]),
        spellings.flatMap(([spelling, at], i) => (at === null ? [[i + 2, 'Ngày tiếp nhận', spelling, 'Invalid date (dd/MM/yyyy [HH:mm])']] : [])),
      );
    });

    it('an impossible date, and negative, NaN or out-of-scale scores are row errors; the rest loads', async () => {
      const dossiers = await pipeline.load(file('feb-31.csv', [HEADER, row('F1'), row('F2').replace('10/01/2023 09:00', '31/02/2023 09:00')].join('\n')));
      assert.deepEqual([dossiers.status, dossiers.rowsLoaded, dossiers.rowsRejected], ['done', 1, 1]);
      const scores = await pipeline.load(
        file('papi-hostile.csv', ['unit_code,year,node_code,score', 'X,2017,participation,6', 'Y,2017,participation,-5', 'Z,2017,participation,NaN', 'W,2017,participation,999'].join('\n')),
        { family: 'papi' },
      );
      assert.equal(scores.status, 'done', scores.message ?? '');
      const errors = await context.get(EtlJobRepository).listErrors(scores.id);
      assert.deepEqual(
        errors.map((e) => [e.line, e.value, e.reasonEn.replace(/\d.*$/, '')]),
        [[3, '-5', 'Outside the scale '], [4, 'NaN', 'Score is not a number'], [5, '999', 'Outside the scale ']],
      );
      assert.deepEqual(await kept(), [1, 1]);
    });
  });
});
