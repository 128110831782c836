import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { vnDate, type CchcReportResponse, type EtlJobSummary, type ReportCheckResponse, type TaskView } from '@cchc/domain';
import { testInstallation } from '@cchc/config';
import { createApp } from '../create-app';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');
const REPORT = '/api/reports/cchc?agency=SVHTTDL&period=2023-H1';

/** The sentences the hand-counted figures of etl/src/testing/fixtures/README.md must produce, H1 2023. */
const DOSSIERS =
  'Trong 06 tháng đầu năm (từ ngày 15/12/2022 đến ngày 14/06/2023), Sở đã tiếp nhận 04 hồ sơ yêu cầu giải quyết TTHC, trong đó có 02 hồ sơ tiếp nhận qua dịch vụ công trực tuyến (chiếm 50,00%), trực tiếp và qua dịch vụ bưu chính: 2 (50,00%); số từ kỳ trước chuyển qua: 2. Số lượng hồ sơ đã giải quyết: 3; trong đó, giải quyết trước hạn: 1, đúng hạn: 1, quá hạn: 1. Số lượng hồ sơ đang giải quyết: 3; trong đó, trong hạn: 1, quá hạn: 2.';
const CATALOGUE =
  'Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của Sở tính đến thời điểm báo cáo: 6; trong đó số TTHC thuộc thẩm quyền giải quyết của Sở: 4, số TTHC thực hiện tại cấp huyện, cấp xã: 2 (01 TTHC cấp huyện; 01 TTHC cấp xã). Có 05 TTHC được thực hiện dịch vụ công trực tuyến (trong đó có 04 TTHC được thực hiện dịch vụ công trực tuyến toàn trình và 01 TTHC được thực hiện dịch vụ công trực tuyến một phần).';
const ONLINE =
  'Tỷ lệ TTHC thực hiện Dịch vụ công trực tuyến toàn trình: 4/5 thủ tục (tỷ lệ: 80,00%); 1/4 thủ tục có phát sinh hồ sơ trực tuyến toàn trình (tỷ lệ: 25,00%). Tổng số TTHC có yêu cầu nghĩa vụ tài chính: 3 TTHC. Số TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến: 2 TTHC.';
const FEEDBACK =
  'Tiếp tục theo dõi, thực hiện cung cấp thông tin phục vụ cho Tổng đài thông tin dịch vụ công 1022 Tỉnh (gọi tắt Tổng đài 1022), trong kỳ tiếp nhận 03 thông tin từ Tổng đài 1022. Tổng số phản ánh, kiến nghị tiếp nhận trong kỳ: 6 (Tổng đài 1022: 3; Cổng dịch vụ công: 1; trực tiếp: 1; khác: 1); đã trả lời: 4 (đúng hạn: 3, quá hạn: 1; tỷ lệ trả lời đúng hạn: 75,00%); đang xử lý: 3 (trong hạn: 2, quá hạn: 1); tỷ lệ hài lòng: 66,67%.';
/** par-scores-wide.csv: SVHTTDL 2022 = 85, first of 4, not scored in 2021; "impact" assigned below. */
const UNASSIGNED = 'chưa phân công đơn vị chủ trì';
const INDICES_2022 =
  'Năm 2022, Chỉ số cải cách hành chính (PAR INDEX) của Sở đạt 85 điểm, xếp hạng 1/4, chưa có kết quả năm 2021 để so sánh. Điểm bị mất theo lĩnh vực: ' +
  [
    'Tác động của cải cách hành chính mất 4/22 điểm (đơn vị chủ trì: Văn phòng Sở)',
    `Chỉ đạo, điều hành mất 2/12 điểm (${UNASSIGNED})`,
    `Cải cách thủ tục hành chính mất 2/14 điểm (${UNASSIGNED})`,
    `Cải cách chế độ công vụ mất 2/13 điểm (${UNASSIGNED})`,
    `Xây dựng và phát triển Chính phủ điện tử, Chính phủ số mất 2/14 điểm (${UNASSIGNED})`,
    `Cải cách thể chế mất 1/9 điểm (${UNASSIGNED})`,
    `Cải cách tổ chức bộ máy mất 1/8 điểm (${UNASSIGNED})`,
    `Cải cách tài chính công mất 1/8 điểm (${UNASSIGNED})`,
  ].join('; ') +
  '.';
const CHECKS =
  'Số liệu thống nhất: 08 phép kiểm tra đều đạt (tổng theo hình thức nộp, theo thời hạn giải quyết, cân đối kỳ báo cáo, tỷ lệ).';

const FILE_NAME = (extension: string) =>
  `filename="Bao-cao-CCHC-SVHTTDL-2023-H1.${extension}"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20CCHC%20SVHTTDL%202023-H1.${extension}`;

describe('CCHC report: the section written from the hand-counted fixtures, its exports and the table check', () => {
  let t: TestApp;
  let today: string;

  const download = async (path: string) => {
    const response = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${await t.tokenOf('admin')}` } });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  before(async () => {
    t = await startTestApp();
    const directory = join(t.installation.config.dataDir, 'agencies.csv');
    writeFileSync(
      directory,
      'Mã cơ quan,Tên cơ quan,Phòng\nSVHTTDL,"Sở Văn hóa, Thể thao và Du lịch",Văn phòng Sở;Phòng Quản lý Văn hóa\nSYT,Sở Y tế,Văn phòng Sở\n',
    );
    const uploads = [
      await t.upload<EtlJobSummary>(directory),
      await t.upload<EtlJobSummary>(join(FIXTURES, 'dossiers-hand-count.csv')),
      await t.upload<EtlJobSummary>(join(FIXTURES, 'procedures-hand-count.csv'), { agency: 'SVHTTDL', asOf: '2023-01-01' }),
      await t.upload<EtlJobSummary>(join(FIXTURES, 'feedback-hand-count.csv')),
      await t.upload<EtlJobSummary>(join(FIXTURES, 'par-scores-wide.csv'), { family: 'par' }),
    ];
    for (const { body } of uploads) assert.equal(body.status, 'done', JSON.stringify(body));
    const assigned = await t.send('PUT', '/api/units/SVHTTDL/ownership', {
      family: 'par',
      year: 2022,
      assignments: [
        { nodeCode: 'impact', leadDepartment: 'Văn phòng Sở', supportingDepartments: [], responsiblePerson: 'Chánh Văn phòng' },
      ],
    });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
    const task = (content: string, leadDepartment: string, dueDate: string) => ({
      agency: 'SVHTTDL',
      content,
      leadDepartment,
      leadPerson: 'Trưởng phòng',
      supportingDepartments: [],
      dueDate,
      accountableHead: 'Phó Giám đốc',
      deliverable: 'Báo cáo',
      evidence: [],
      assigningDocument: 'Kế hoạch 63/KH-SVHTTDL',
    });
    const late = await t.send<TaskView>('POST', '/api/tasks', task('Rà soát TTHC lĩnh vực văn hóa', 'Phòng Quản lý Văn hóa', '2023-03-01'));
    const done = await t.send<TaskView>('POST', '/api/tasks', task('Số hóa kết quả giải quyết TTHC', 'Văn phòng Sở', '2099-12-31'));
    assert.deepEqual([late.status, done.status], [201, 201]);
    assert.equal((await t.send('POST', `/api/tasks/${done.body.id}/updates`, { status: 'done', comment: 'Đã xong' })).status, 201);
    today = vnDate(new Date());
  });
  after(() => t.close());

  it('writes the report as JSON, sentence for sentence from the counted figures', async () => {
    const { status, body } = await t.get<CchcReportResponse>(REPORT);
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(
      [body.agency, body.period.code, body.indexYear, body.generatedOn, body.lang],
      ['SVHTTDL', '2023-H1', 2022, today, 'vi'],
    );
    assert.equal(body.title, 'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 của Sở Văn hóa, Thể thao và Du lịch');
    const [y, m, d] = today.split('-');
    assert.deepEqual(
      body.sections.map((s) => [s.key, s.paragraphs]),
      [
        ['dossiers', [DOSSIERS]],
        ['procedures', [CATALOGUE, ONLINE]],
        ['feedback', [FEEDBACK]],
        ['indices', [INDICES_2022]],
        [
          'tasks',
          [
            `Tính đến ngày ${d}/${m}/${y}, Sở được giao 02 nhiệm vụ; trong đó đã hoàn thành: 1, đang thực hiện trong hạn: 0, quá hạn chưa hoàn thành: 1. Nhiệm vụ quá hạn theo đơn vị chủ trì: Phòng Quản lý Văn hóa: 01 nhiệm vụ.`,
          ],
        ],
        ['checks', [CHECKS]],
      ],
    );
    assert.deepEqual(
      body.tables[0]!.rows.map((row) => [row.key, row.cells[2], row.cells[3]]),
      [
        ['received', 4, null],
        ['receivedOnline', 2, 50],
        ['receivedDirectPostal', 2, 50],
        ['carriedOver', 2, null],
        ['resolved', 3, null],
        ['resolvedEarly', 1, 33.33],
        ['resolvedOnTime', 1, 33.33],
        ['resolvedLate', 1, 33.33],
        ['pending', 3, null],
        ['pendingWithinDeadline', 1, 33.33],
        ['pendingOverdue', 2, 66.67],
      ],
    );
    assert.deepEqual(body.consistency, {
      consistent: true,
      checked: [
        'received-by-channel',
        'resolved-by-timeliness',
        'pending-by-deadline',
        'period-balance',
        'online-rate',
        'direct-postal-rate',
        'on-time-rate',
        'late-rate',
      ],
      skipped: [],
      issues: [],
    });
  });

  it('reports the index year asked for, with its rank change, and in English', async () => {
    const { body } = await t.get<CchcReportResponse>(`${REPORT}&year=2023`);
    assert.equal(body.indexYear, 2023);
    assert.match(
      body.sections[3]!.paragraphs[0]!,
      /^Năm 2023, Chỉ số cải cách hành chính \(PAR INDEX\) của Sở đạt 83 điểm, xếp hạng 2\/4, giảm 01 bậc so với năm 2022\. Điểm bị mất theo lĩnh vực: Tác động của cải cách hành chính mất 6\/22 điểm/,
    );
    const none = await t.get<CchcReportResponse>(`${REPORT}&year=2030`);
    assert.deepEqual(none.body.sections[3]!.paragraphs, ['Chưa có kết quả chỉ số cải cách hành chính của Sở năm 2030.']);
    // 2020 has no scores: the latest year with scores (2023) is reported
    const latest = await t.get<CchcReportResponse>('/api/reports/cchc?agency=SVHTTDL&period=2021-Q1');
    assert.equal(latest.body.indexYear, 2023);
    const en = await t.get<CchcReportResponse>(`${REPORT}&lang=en`);
    assert.equal(
      en.body.sections[0]!.paragraphs[0],
      'In the first half of the year (from 15/12/2022 to 14/06/2023), the department received 4 administrative procedure dossiers, of which 2 online (50.00%) and 2 in person or by post (50.00%); carried over from the previous period: 2. Dossiers resolved: 3; of which early: 1, on time: 1, late: 1. Dossiers pending: 3; of which within the deadline: 1, overdue: 2.',
    );
    assert.equal(en.body.tables[0]!.columns[1]!.label, 'Indicator');
  });

  it('exports XLSX with number and date cells, the filters above a frozen header row, and set widths', async () => {
    const { status, headers, bytes } = await download(`${REPORT}&format=xlsx`);
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(headers.get('content-disposition'), `attachment; ${FILE_NAME('xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ['Kết quả giải quyết TTHC', 'Điểm bị mất theo lĩnh vực'],
    );
    const sheet = workbook.worksheets[0]!;
    assert.equal(
      sheet.getCell('A1').value,
      'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 của Sở Văn hóa, Thể thao và Du lịch',
    );
    const filters = [2, 3, 4, 5, 6, 7, 8].map((r) => [sheet.getCell(r, 1).value, sheet.getCell(r, 2).value]);
    assert.deepEqual(filters.slice(0, 2), [
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch (SVHTTDL)'],
      ['Kỳ báo cáo', '6 tháng đầu năm 2023'],
    ]);
    // the cut-off dates are dates, shown dd/mm/yyyy; the index year is a number
    assert.deepEqual(
      [
        filters[2]![0],
        (filters[2]![1] as Date).toISOString(),
        filters[3]![0],
        (filters[3]![1] as Date).toISOString(),
        sheet.getCell('B4').numFmt,
      ],
      ['Từ ngày', '2022-12-15T00:00:00.000Z', 'Đến ngày', '2023-06-14T00:00:00.000Z', 'dd/mm/yyyy'],
    );
    assert.deepEqual(filters[5], ['Năm chỉ số', 2022]);
    assert.ok(filters[6]![1] instanceof Date, 'the generation day is a date');
    assert.deepEqual((sheet.getRow(10).values as unknown[]).slice(1), ['STT', 'Chỉ tiêu', 'Số hồ sơ', 'Tỷ lệ']);
    assert.deepEqual(
      [sheet.views[0]!.state, (sheet.views[0] as { ySplit?: number }).ySplit],
      ['frozen', 10],
      'the header row stays in view',
    );
    const row = (r: number) => [1, 2, 3, 4].map((c) => sheet.getCell(r, c).value);
    assert.deepEqual(row(11), ['1', 'Số hồ sơ mới tiếp nhận trong kỳ', 4, null]);
    assert.deepEqual(row(12), ['1.1', 'Trực tuyến', 2, 0.5]);
    assert.deepEqual(row(21), ['4.2', 'Quá hạn', 2, 0.6667]);
    assert.deepEqual(
      [sheet.getCell('C11').type, sheet.getCell('C11').numFmt, sheet.getCell('D12').type, sheet.getCell('D12').numFmt],
      [ExcelJS.ValueType.Number, '#,##0', ExcelJS.ValueType.Number, '0.00%'],
    );
    assert.deepEqual([sheet.getCell('A23').value, sheet.getCell('A24').value], ['Phụ lục: kiểm tra tính thống nhất của số liệu', CHECKS]);
    const widths = [1, 2, 3, 4].map((c) => sheet.getColumn(c).width);
    assert.ok(
      widths.every((w) => typeof w === 'number' && w >= 8 && w <= 60),
      String(widths),
    );
    assert.ok(widths[1]! > widths[0]!, 'the indicator column is wider than the numbering');
    const losses = workbook.worksheets[1]!;
    assert.deepEqual((losses.getRow(10).values as unknown[]).slice(1), [
      'Chỉ số',
      'Lĩnh vực, tiêu chí',
      'Điểm tối đa',
      'Điểm đạt',
      'Điểm bị mất',
      'Đơn vị chủ trì',
    ]);
    assert.deepEqual((losses.getRow(11).values as unknown[]).slice(1), [
      'Chỉ số cải cách hành chính (PAR INDEX)',
      'Tác động của cải cách hành chính',
      22,
      18,
      4,
      'Văn phòng Sở',
    ]);
    assert.equal(losses.views[0]!.state, 'frozen');
  });

  it('exports DOCX: a valid package whose document holds the headings, the sentences and the table', async () => {
    const { status, headers, bytes } = await download(`${REPORT}&format=docx`);
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(headers.get('content-disposition'), `attachment; ${FILE_NAME('docx')}`);
    const zip = await JSZip.loadAsync(bytes);
    assert.deepEqual(Object.keys(zip.files).sort(), [
      '[Content_Types].xml',
      '_rels/.rels',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/styles.xml',
    ]);
    assert.match(
      await zip.file('[Content_Types].xml')!.async('string'),
      /PartName="\/word\/document.xml" ContentType="application\/vnd.openxmlformats-officedocument.wordprocessingml.document.main\+xml"/,
    );
    assert.match(await zip.file('_rels/.rels')!.async('string'), /Target="word\/document.xml"/);
    const xml = await zip.file('word/document.xml')!.async('string');
    const texts = (fragment: string) => [...fragment.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]!);
    const paragraphs = texts(xml);
    for (const sentence of [DOSSIERS, CATALOGUE, ONLINE, FEEDBACK, INDICES_2022, CHECKS])
      assert.ok(paragraphs.includes(sentence), sentence);
    assert.equal(paragraphs[0], 'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 của Sở Văn hóa, Thể thao và Du lịch');
    assert.equal([...xml.matchAll(/<w:pStyle w:val="Heading1"\/>/g)].length, 6);
    const [table] = xml.match(/<w:tbl>.*?<\/w:tbl>/s)!;
    assert.deepEqual(texts(table).slice(0, 12), [
      'STT',
      'Chỉ tiêu',
      'Số hồ sơ',
      'Tỷ lệ',
      '1',
      'Số hồ sơ mới tiếp nhận trong kỳ',
      '4',
      '1.1',
      'Trực tuyến',
      '2',
      '50,00%',
      '1.2',
    ]);
    assert.ok(texts(table).includes('66,67%'));
    assert.match(table, /<w:tblHeader\/>/);
  });

  it('prints an HTML page in Vietnamese that only its own stylesheet may style', async () => {
    const { status, headers, bytes } = await download(`${REPORT}&format=html`);
    assert.equal(status, 200);
    assert.equal(headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(headers.get('content-disposition'), `inline; ${FILE_NAME('html')}`);
    const html = bytes.toString('utf8');
    // the policy's hash is that of the page's one stylesheet, so browsers apply it and nothing else
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!;
    assert.equal(
      headers.get('content-security-policy'),
      `default-src 'none'; style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'; frame-ancestors 'none'`,
    );
    assert.match(html, /^<!doctype html>\n<html lang="vi">/);
    assert.ok(html.includes('<h1>Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 của Sở Văn hóa, Thể thao và Du lịch</h1>'));
    assert.ok(html.includes(`<p>${DOSSIERS}</p>`));
    assert.ok(html.includes('<dt>Từ ngày</dt><dd>15/12/2022</dd>'));
    assert.ok(
      html.includes('<tr class="part"><td>1.1</td><td>Trực tuyến</td><td class="number">2</td><td class="number">50,00%</td></tr>'),
    );
    assert.equal((html.match(/<dl>/g) ?? []).length, 1, 'the filters are one list');
  });

  it('prints the same page to PDF in Chromium: A4 pages, fonts embedded', async () => {
    const { status, headers, bytes } = await download(`${REPORT}&format=pdf`);
    assert.equal(status, 200, bytes.toString('utf8'));
    assert.equal(headers.get('content-type'), 'application/pdf');
    assert.equal(headers.get('content-disposition'), `attachment; ${FILE_NAME('pdf')}`);
    const pdf = bytes.toString('latin1');
    assert.match(pdf, /^%PDF-1\.\d/);
    assert.match(pdf, /%%EOF\s*$/);
    const pages = [...pdf.matchAll(/\/Type\s*\/Page\b(?!s)[\s\S]*?\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    assert.ok(pages.length >= 1, 'at least one page');
    // A4, from the page's own @page rule (points → mm)
    const mm = (points: string) => Math.round((Number(points) * 25.4) / 72);
    for (const [, width, height] of pages) assert.deepEqual([mm(width!), mm(height!)], [210, 297]);
    assert.match(pdf, /\/FontFile2/, 'TrueType fonts embedded, so the text shows without the fonts installed');
  });

  it('the PDF’s text, read back by pdftotext, is the report’s Vietnamese word for word', async (c) => {
    if (spawnSync('pdftotext', ['-v']).error) return c.skip('pdftotext is not on the PATH (apt-get install -y poppler-utils): the PDF is checked above, its text is not');
    const { bytes } = await download(`${REPORT}&format=pdf`);
    const read = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: bytes, encoding: 'utf8' });
    assert.equal(read.status, 0, read.stderr);
    const text = read.stdout.replace(/\s+/g, ' ');
    for (const expected of [
      'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 của Sở Văn hóa, Thể thao và Du lịch',
      DOSSIERS,
      CATALOGUE,
      FEEDBACK,
      'Trực tuyến 2 50,00%',
    ]) {
      assert.ok(text.includes(expected), `"${expected}" in the PDF text:\n${text}`);
    }
  });

  it('answers 403 for another agency’s director, 404 for an unknown agency, 401 without a token', async () => {
    const director = await t.tokenOf('giamdoc');
    assert.equal((await t.get(REPORT, director)).status, 200);
    assert.equal((await t.get('/api/reports/cchc?agency=SYT&period=2023-H1', director)).status, 403);
    assert.equal((await t.get('/api/reports/cchc?agency=SYT&period=2023-H1&format=docx', director)).status, 403);
    assert.equal((await t.get('/api/reports/cchc?agency=SYT&period=2023-H1', await t.tokenOf('thanhtra'))).status, 200);
    assert.equal((await t.get('/api/reports/cchc?agency=NOPE&period=2023-H1', director)).status, 404);
    const unknown = await t.get<{ code: string }>('/api/reports/cchc?agency=NOPE&period=2023-H1');
    assert.deepEqual([unknown.status, unknown.body.code], [404, 'unknown_agency']);
    assert.equal((await t.get(REPORT, '')).status, 401);
    assert.equal((await t.get(`${REPORT}&format=odt`)).status, 400);
  });

  it('checks a hand-typed official table for any signed-in role: seed 002’s channels do not add up', async () => {
    const seed002 = { received: 139, receivedOnline: 55, receivedDirect: 70, carriedOver: 11 };
    const { status, body } = await t.send<ReportCheckResponse>('POST', '/api/reports/check', seed002, await t.tokenOf('truongphong'));
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.consistent, false);
    assert.deepEqual(body.checked, ['received-by-channel']);
    assert.deepEqual(
      body.issues.map((i) => [i.code, i.stated, i.computed, i.messageVi]),
      [
        [
          'received-by-channel',
          139,
          125,
          'Số hồ sơ tiếp nhận (139) khác tổng theo hình thức nộp: trực tuyến 55 + trực tiếp 70 + bưu chính 0 = 125 (chênh lệch 14).',
        ],
      ],
    );
    const fixture = await t.send<ReportCheckResponse>('POST', '/api/reports/check', {
      received: 4,
      receivedOnline: 2,
      receivedDirect: 2,
      receivedPostal: 0,
      carriedOver: 2,
      resolved: 3,
      resolvedEarly: 1,
      resolvedOnTime: 1,
      resolvedLate: 1,
      pending: 3,
      pendingWithinDeadline: 1,
      pendingOverdue: 2,
      onlineRate: 50,
      onTimeRate: 66.67,
    });
    assert.deepEqual([fixture.status, fixture.body.consistent, fixture.body.checked.length], [200, true, 6]);
    const nothing = await t.send<{ code: string }>('POST', '/api/reports/check', {});
    assert.deepEqual([nothing.status, nothing.body.code], [400, 'nothing_to_check']);
    assert.equal((await t.send('POST', '/api/reports/check', { received: -1, receivedOnline: 0, receivedDirect: 0 })).status, 400);
    assert.equal((await t.send('POST', '/api/reports/check', { received: 1, onlineRate: 120 })).status, 400);
    assert.equal((await t.send('POST', '/api/reports/check', { recieved: 1 })).status, 400, 'a misspelt figure is refused, not ignored');
    assert.equal((await t.send('POST', '/api/reports/check', seed002, '')).status, 401);
  });

  it('opens in LibreOffice: the DOCX and the XLSX convert to PDF, and their text survives', async (c) => {
    const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (probe.error)
      return c.skip('LibreOffice (soffice) is not on the PATH; apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui');
    const dir = mkdtempSync(join(tmpdir(), 'cchc-report-office-'));
    // a profile of its own, so a LibreOffice already open on the machine does not take the job
    const convert = (file: string, to: string) =>
      spawnSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', dir, file], {
        encoding: 'utf8',
        timeout: 120_000,
      });
    try {
      for (const [format, as, expected] of [
        ['docx', 'txt:Text (encoded):UTF8', DOSSIERS],
        ['xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76', '1,Số hồ sơ mới tiếp nhận trong kỳ,4,'],
      ] as const) {
        const file = join(dir, `report.${format}`);
        writeFileSync(file, (await download(`${REPORT}&format=${format}`)).bytes);
        const pdf = convert(file, 'pdf');
        assert.equal(pdf.status, 0, pdf.stderr);
        assert.equal(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString('latin1'), '%PDF-');
        const text = convert(file, as);
        assert.equal(text.status, 0, text.stderr);
        assert.ok(readFileSync(join(dir, `report.${as.split(':')[0]}`), 'utf8').includes(expected), `${format} read back by LibreOffice`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('report wording file', () => {
  it('stops the API at start when the wording file is broken, naming the file and the problem', async () => {
    const assets = mkdtempSync(join(tmpdir(), 'cchc-assets-'));
    mkdirSync(join(assets, 'templates'));
    const shipped = JSON.parse(readFileSync(join(process.cwd(), 'data/templates/cchc-report.json'), 'utf8')) as {
      templates: Record<string, { vi: string }>;
    };
    shipped.templates['dossiers.pending']!.vi = 'Đang giải quyết: {pendnig}.';
    writeFileSync(join(assets, 'templates', 'cchc-report.json'), JSON.stringify(shipped));
    const installation = testInstallation({ CCHC_ASSETS_DIR: assets });
    const app = await createApp(installation.config);
    try {
      await assert.rejects(
        app.init(),
        /cchc-report\.json: templates\.dossiers\.pending\.vi: uses \{pendnig\}; the placeholders of this template are \{pending\}, \{withinDeadline\}, \{overdue\}/,
      );
    } finally {
      await app.close();
      installation.dispose();
      rmSync(assets, { recursive: true, force: true });
    }
  });
});
