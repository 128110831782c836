import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScorecardFamily, ScorecardNode, UnitIndexResult } from '../api';
import { percent } from '../lib/percent';
import { parsePeriod } from '../lib/periods';
import type { DossierStats } from '../lib/timeliness';
import { composeCchcReport, formatCell, type CchcReportInput, type FeedbackFigures, type ProcedureFigures } from './cchc-report';
import { CCHC_TEMPLATE_SPEC } from './cchc-template-spec';
import { parseTemplateSet } from './template';

const FILE = 'data/templates/cchc-report.json';
const TEMPLATES = parseTemplateSet(JSON.parse(readFileSync(join(__dirname, '../../../..', FILE), 'utf8')), FILE, CCHC_TEMPLATE_SPEC);

type Counts = Pick<
  DossierStats,
  | 'received'
  | 'receivedOnline'
  | 'receivedDirect'
  | 'receivedPostal'
  | 'carriedOver'
  | 'resolvedEarly'
  | 'resolvedOnTime'
  | 'resolvedLate'
  | 'pendingWithinDeadline'
  | 'pendingOverdue'
>;

function dossiers(c: Counts): DossierStats {
  const resolved = c.resolvedEarly + c.resolvedOnTime + c.resolvedLate;
  return {
    from: '',
    to: '',
    ...c,
    resolved,
    pending: c.pendingWithinDeadline + c.pendingOverdue,
    onlineRate: percent(c.receivedOnline, c.received),
    onTimeRate: percent(c.resolvedEarly + c.resolvedOnTime, resolved),
    digitizedRate: null,
    signedRate: null,
    paidOnlineRate: null,
  };
}

function procedures(
  total: number,
  levels: [number, number, number],
  online: [number, number, number],
  fees: [number, number],
  withDossiers: number,
): ProcedureFigures {
  const [full, partial, none] = online;
  return {
    catalogueAsOf: '2023-01-01',
    total,
    byLevel: { province: levels[0], district: levels[1], commune: levels[2] },
    online: { full, partial, none },
    withFees: fees[0],
    withOnlinePayment: fees[1],
    onlinePaymentRate: percent(fees[1], fees[0]),
    fullOnlineShare: percent(full, full + partial),
    fullOnlineWithDossiers: withDossiers,
    fullOnlineWithDossiersRate: percent(withDossiers, full),
  };
}

const NO_FEEDBACK: FeedbackFigures = {
  received: 0,
  receivedBySource: { hotline1022: 0, portal: 0, direct: 0, other: 0 },
  answered: 0,
  answeredOnTime: 0,
  answeredLate: 0,
  open: 0,
  openWithinDeadline: 0,
  openOverdue: 0,
  onTimeRate: null,
  satisfactionRate: null,
};

/** The hand-counted fixtures (etl/src/testing/fixtures/README.md), H1 2023. */
const FIXTURE: CchcReportInput = {
  agency: { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch' },
  period: parsePeriod('2023-H1'),
  generatedOn: '2024-01-10',
  dossiers: dossiers({
    received: 4,
    receivedOnline: 2,
    receivedDirect: 2,
    receivedPostal: 0,
    carriedOver: 2,
    resolvedEarly: 1,
    resolvedOnTime: 1,
    resolvedLate: 1,
    pendingWithinDeadline: 1,
    pendingOverdue: 2,
  }),
  procedures: procedures(6, [4, 1, 1], [4, 1, 1], [3, 2], 1),
  feedback: {
    received: 6,
    receivedBySource: { hotline1022: 3, portal: 1, direct: 1, other: 1 },
    answered: 4,
    answeredOnTime: 3,
    answeredLate: 1,
    open: 3,
    openWithinDeadline: 2,
    openOverdue: 1,
    onTimeRate: 75,
    satisfactionRate: 66.67,
  },
  indices: { year: null, families: [] },
  tasks: [],
};

const node = (
  code: string,
  nameVi: string,
  maxPoints: number,
  achieved: number | null,
  ownerDepartment: string | null = null,
  depth = 0,
): ScorecardNode => ({
  code,
  nameVi,
  nameEn: `${code} (en)`,
  parentCode: depth === 0 ? null : 'parent',
  depth,
  maxPoints,
  achieved,
  lost: achieved === null ? null : maxPoints - achieved,
  lostOfTotal: achieved === null ? null : maxPoints - achieved,
  missingReason: achieved === null ? 'Chưa có điểm / not scored' : null,
  ownerDepartment,
});

function par(result: Partial<UnitIndexResult>, nodes: ScorecardNode[] = []): ScorecardFamily {
  return {
    family: 'par',
    nameVi: 'Chỉ số cải cách hành chính (PAR INDEX)',
    nameEn: 'Public Administration Reform Index (PAR INDEX)',
    scale: { min: 0, max: 100 },
    nodes,
    result: {
      unitCode: 'SVHTTDL',
      unitName: 'Sở Văn hóa, Thể thao và Du lịch',
      peerGroup: 'khoi-so',
      frameworkVersion: '2022-2030',
      total: 80.5,
      missing: [],
      rank: 15,
      peerCount: 15,
      rankedCount: 15,
      percentile: null,
      quartileGroup: null,
      band: null,
      fileTotal: null,
      fileRank: null,
      rankChange: -4,
      rankChangeReason: null,
      scoreChange: -4.25,
      scoreChangeReason: null,
      ...result,
    },
  };
}

const section = (input: CchcReportInput, key: string, lang: 'vi' | 'en' = 'vi') =>
  composeCchcReport(input, TEMPLATES, lang).sections.find((s) => s.key === key)!.paragraphs;

describe('the CCHC report reproduces seed 004 from figures equal to the seed’s', () => {
  const seed: CchcReportInput = {
    ...FIXTURE,
    dossiers: dossiers({
      received: 428,
      receivedOnline: 353,
      receivedDirect: 75,
      receivedPostal: 0,
      carriedOver: 47,
      resolvedEarly: 360,
      resolvedOnTime: 51,
      resolvedLate: 0,
      pendingWithinDeadline: 17,
      pendingOverdue: 0,
    }),
    procedures: procedures(152, [130, 15, 7], [110, 8, 34], [53, 24], 48),
    feedback: {
      ...NO_FEEDBACK,
      received: 3,
      receivedBySource: { hotline1022: 3, portal: 0, direct: 0, other: 0 },
      answered: 3,
      answeredOnTime: 3,
      onTimeRate: 100,
    },
    indices: { year: 2022, families: [par({})] },
  };

  it('writes the dossier paragraph word for word', () => {
    const printed =
      'Trong 06 tháng đầu năm (từ ngày 15/12/2022 đến ngày 14/6/2023), Sở đã tiếp nhận 428 hồ sơ yêu cầu giải quyết TTHC, trong đó có 353 hồ sơ tiếp nhận qua dịch vụ công trực tuyến(chiếm 82,48%), trực tiếp và qua dịch vụ bưu chính: 75(17,52%); số từ kỳ trước chuyển qua: 47. Số lượng hồ sơ đã giải quyết: 411; trong đó, giải quyết trước hạn: 360, đúng hạn: 51, quá hạn: 0. Số lượng hồ sơ đang giải quyết: 17; trong đó, trong hạn: 17, quá hạn: 0.';
    // the two differences are typography: dates are always dd/MM/yyyy, and a space precedes "("
    const normalised = printed.replace('14/6/2023', '14/06/2023').replace(/(\S)\(/g, '$1 (');
    assert.deepEqual(section(seed, 'dossiers'), [normalised]);
  });

  it('writes the catalogue figures with the seed’s phrases', () => {
    const [catalogue, online] = section(seed, 'procedures');
    assert.ok(
      catalogue!.startsWith(
        'Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của Sở tính đến thời điểm báo cáo: 152; trong đó số TTHC thuộc thẩm quyền giải quyết của Sở: 130, ',
      ),
    );
    assert.ok(catalogue!.includes(': 22 (15 TTHC cấp huyện; 07 TTHC cấp xã).'));
    assert.ok(
      catalogue!.endsWith(
        '(trong đó có 110 TTHC được thực hiện dịch vụ công trực tuyến toàn trình và 08 TTHC được thực hiện dịch vụ công trực tuyến một phần).',
      ),
    );
    // the seed prints 48/110 as 43,63% (cut, not rounded); half-up it is 43,64%
    assert.equal(
      online,
      'Tỷ lệ TTHC thực hiện Dịch vụ công trực tuyến toàn trình: 110/118 thủ tục (tỷ lệ: 93,22%); 48/110 thủ tục có phát sinh hồ sơ trực tuyến toàn trình (tỷ lệ: 43,64%). ' +
        'Tổng số TTHC có yêu cầu nghĩa vụ tài chính: 53 TTHC. Số TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến: 24 TTHC.',
    );
  });

  it('writes the 1022 hotline sentence with its zero-padded count', () => {
    const [paragraph] = section(seed, 'feedback');
    assert.ok(
      paragraph!.startsWith(
        'Tiếp tục theo dõi, thực hiện cung cấp thông tin phục vụ cho Tổng đài thông tin dịch vụ công 1022 Tỉnh (gọi tắt Tổng đài 1022), trong kỳ tiếp nhận 03 thông tin từ Tổng đài 1022.',
      ),
    );
  });

  it('writes the standing "xếp hạng 15/15, giảm 04 bậc so với năm 2021"', () => {
    assert.deepEqual(section(seed, 'indices'), [
      'Năm 2022, Chỉ số cải cách hành chính (PAR INDEX) của Sở đạt 80,5 điểm, xếp hạng 15/15, giảm 04 bậc so với năm 2021.',
    ]);
  });

  it('lists the seed’s own imbalance in the appendix', () => {
    const report = composeCchcReport(seed, TEMPLATES, 'vi');
    assert.deepEqual(
      report.consistency.issues.map((issue) => issue.code),
      ['period-balance'],
    );
    const appendix = report.sections.find((s) => s.key === 'checks')!.paragraphs;
    assert.equal(appendix[0], 'Phát hiện 01 sai lệch trong số liệu:');
    assert.match(appendix[1]!, /^Tiếp nhận trong kỳ 428 \+ từ kỳ trước chuyển qua 47 = 475, khác đã giải quyết 411/);
  });
});

describe('the CCHC report from the hand-counted fixtures', () => {
  it('writes every section in Vietnamese', () => {
    const report = composeCchcReport(FIXTURE, TEMPLATES, 'vi');
    assert.equal(report.title, 'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023 của Sở Văn hóa, Thể thao và Du lịch');
    assert.equal(report.fileName, 'Báo cáo CCHC SVHTTDL 2023-H1');
    assert.deepEqual(
      report.sections.map((s) => [s.heading, s.paragraphs]),
      [
        [
          'Kết quả tiếp nhận, giải quyết thủ tục hành chính',
          [
            'Trong 06 tháng đầu năm (từ ngày 15/12/2022 đến ngày 14/06/2023), Sở đã tiếp nhận 04 hồ sơ yêu cầu giải quyết TTHC, trong đó có 02 hồ sơ tiếp nhận qua dịch vụ công trực tuyến (chiếm 50,00%), trực tiếp và qua dịch vụ bưu chính: 2 (50,00%); số từ kỳ trước chuyển qua: 2. Số lượng hồ sơ đã giải quyết: 3; trong đó, giải quyết trước hạn: 1, đúng hạn: 1, quá hạn: 1. Số lượng hồ sơ đang giải quyết: 3; trong đó, trong hạn: 1, quá hạn: 2.',
          ],
        ],
        [
          'Thủ tục hành chính và dịch vụ công trực tuyến',
          [
            'Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của Sở tính đến thời điểm báo cáo: 6; trong đó số TTHC thuộc thẩm quyền giải quyết của Sở: 4, số TTHC thực hiện tại cấp huyện, cấp xã: 2 (01 TTHC cấp huyện; 01 TTHC cấp xã). Có 05 TTHC được thực hiện dịch vụ công trực tuyến (trong đó có 04 TTHC được thực hiện dịch vụ công trực tuyến toàn trình và 01 TTHC được thực hiện dịch vụ công trực tuyến một phần).',
            'Tỷ lệ TTHC thực hiện Dịch vụ công trực tuyến toàn trình: 4/5 thủ tục (tỷ lệ: 80,00%); 1/4 thủ tục có phát sinh hồ sơ trực tuyến toàn trình (tỷ lệ: 25,00%). Tổng số TTHC có yêu cầu nghĩa vụ tài chính: 3 TTHC. Số TTHC có yêu cầu nghĩa vụ tài chính được triển khai thanh toán trực tuyến: 2 TTHC.',
          ],
        ],
        [
          'Tiếp nhận, xử lý phản ánh, kiến nghị',
          [
            'Tiếp tục theo dõi, thực hiện cung cấp thông tin phục vụ cho Tổng đài thông tin dịch vụ công 1022 Tỉnh (gọi tắt Tổng đài 1022), trong kỳ tiếp nhận 03 thông tin từ Tổng đài 1022. Tổng số phản ánh, kiến nghị tiếp nhận trong kỳ: 6 (Tổng đài 1022: 3; Cổng dịch vụ công: 1; trực tiếp: 1; khác: 1); đã trả lời: 4 (đúng hạn: 3, quá hạn: 1; tỷ lệ trả lời đúng hạn: 75,00%); đang xử lý: 3 (trong hạn: 2, quá hạn: 1); tỷ lệ hài lòng: 66,67%.',
          ],
        ],
        ['Kết quả các chỉ số cải cách hành chính', ['Chưa có kết quả chỉ số cải cách hành chính của Sở.']],
        ['Thực hiện nhiệm vụ được giao', ['Tính đến ngày 10/01/2024, Sở chưa có nhiệm vụ nào được giao trên hệ thống.']],
        [
          'Phụ lục: kiểm tra tính thống nhất của số liệu',
          ['Số liệu thống nhất: 08 phép kiểm tra đều đạt (tổng theo hình thức nộp, theo thời hạn giải quyết, cân đối kỳ báo cáo, tỷ lệ).'],
        ],
      ],
    );
  });

  it('writes every section in English with English number formats', () => {
    const report = composeCchcReport(FIXTURE, TEMPLATES, 'en');
    assert.equal(report.title, 'Administrative reform results of Sở Văn hóa, Thể thao và Du lịch, the first half of 2023');
    assert.equal(report.fileName, 'CCHC report SVHTTDL 2023-H1');
    assert.deepEqual(
      report.sections.map((s) => s.paragraphs.join(' ')),
      [
        'In the first half of the year (from 15/12/2022 to 14/06/2023), the department received 4 administrative procedure dossiers, of which 2 online (50.00%) and 2 in person or by post (50.00%); carried over from the previous period: 2. Dossiers resolved: 3; of which early: 1, on time: 1, late: 1. Dossiers pending: 3; of which within the deadline: 1, overdue: 2.',
        "Procedures in the department's catalogue at the time of the report: 6; of which 4 handled by the department and 2 at district or commune level (1 district, 1 commune). 5 procedures are offered online (4 fully online and 1 partly online). Fully online procedures: 4/5 (80.00%); 1/4 fully online procedures received an online dossier (25.00%). Procedures with fees or charges: 3, of which 2 can be paid online (66.67%).",
        "The department keeps supplying information to the province's 1022 public-service hotline, which passed on 3 items in the period. Feedback and petitions received in the period: 6 (1022 hotline: 3; public-service portal: 1; in person: 1; other: 1); answered: 4 (on time: 3, late: 1; on-time rate: 75.00%); open: 3 (within the deadline: 2, overdue: 1); satisfaction: 66.67%.",
        'There are no administrative reform index results for the department.',
        'As of 10/01/2024, no tasks are assigned to the department in the system.',
        'The figures are consistent: all 8 checks pass (sums by channel and by timeliness, the period balance, rates).',
      ],
    );
  });

  it('writes the filters the exports put in their header rows', () => {
    const report = composeCchcReport({ ...FIXTURE, indices: { year: 2022, families: [] } }, TEMPLATES, 'vi');
    assert.deepEqual(
      report.filters.map((f) => [f.key, f.label, f.kind, f.value, f.text]),
      [
        ['agency', 'Cơ quan', 'text', 'Sở Văn hóa, Thể thao và Du lịch (SVHTTDL)', 'Sở Văn hóa, Thể thao và Du lịch (SVHTTDL)'],
        ['period', 'Kỳ báo cáo', 'text', '6 tháng đầu năm 2023', '6 tháng đầu năm 2023'],
        ['from', 'Từ ngày', 'date', '2022-12-15', '15/12/2022'],
        ['to', 'Đến ngày', 'date', '2023-06-14', '14/06/2023'],
        [
          'calendar',
          'Cách tính kỳ',
          'text',
          'Theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14)',
          'Theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14)',
        ],
        ['indexYear', 'Năm chỉ số', 'number', 2022, '2022'],
        ['generatedOn', 'Ngày lập', 'date', '2024-01-10', '10/01/2024'],
      ],
    );
    const calendar = composeCchcReport(
      { ...FIXTURE, agency: { code: 'SVHTTDL', name: 'SVHTTDL' }, period: parsePeriod('2023-H1', { calendar: true }) },
      TEMPLATES,
      'en',
    );
    assert.deepEqual(
      calendar.filters.filter((f) => ['agency', 'from', 'to', 'calendar', 'indexYear'].includes(f.key)).map((f) => f.text),
      ['SVHTTDL', '01/01/2023', '30/06/2023', 'Calendar months', 'No index results'],
    );
  });

  it('lays out the official table: totals with their parts and each part’s share', () => {
    const [table, ...others] = composeCchcReport(FIXTURE, TEMPLATES, 'vi').tables;
    assert.equal(others.length, 0, 'no index scores, no table of points lost');
    assert.equal(table!.title, 'Kết quả giải quyết TTHC');
    assert.deepEqual(
      table!.columns.map((c) => [c.label, c.kind]),
      [
        ['STT', 'text'],
        ['Chỉ tiêu', 'text'],
        ['Số hồ sơ', 'count'],
        ['Tỷ lệ', 'percent'],
      ],
    );
    assert.deepEqual(
      table!.rows.map((r) => [r.key, r.level, ...r.cells]),
      [
        ['received', 0, '1', 'Số hồ sơ mới tiếp nhận trong kỳ', 4, null],
        ['receivedOnline', 1, '1.1', 'Trực tuyến', 2, 50],
        ['receivedDirectPostal', 1, '1.2', 'Trực tiếp và qua dịch vụ bưu chính', 2, 50],
        ['carriedOver', 0, '2', 'Số từ kỳ trước chuyển qua', 2, null],
        ['resolved', 0, '3', 'Số hồ sơ đã giải quyết', 3, null],
        ['resolvedEarly', 1, '3.1', 'Trước hạn', 1, 33.33],
        ['resolvedOnTime', 1, '3.2', 'Đúng hạn', 1, 33.33],
        ['resolvedLate', 1, '3.3', 'Quá hạn', 1, 33.33],
        ['pending', 0, '4', 'Số hồ sơ đang giải quyết', 3, null],
        ['pendingWithinDeadline', 1, '4.1', 'Trong hạn', 1, 33.33],
        ['pendingOverdue', 1, '4.2', 'Quá hạn', 2, 66.67],
      ],
    );
  });
});

describe('the CCHC report’s other wordings', () => {
  it('names each kind of period the official way, short before the dates and full in the title', () => {
    const opening = (code: string, calendar = false) => {
      const report = composeCchcReport({ ...FIXTURE, period: parsePeriod(code, { calendar }) }, TEMPLATES, 'vi');
      return [report.sections[0]!.paragraphs[0]!.split(', Sở đã')[0], report.filters[1]!.text];
    };
    // seed 002: "Trong quý I năm 2021, Sở Văn hóa, Thể thao và Du lịch tiếp nhận …"
    assert.deepEqual(opening('2021-Q1'), ['Trong quý I năm 2021 (từ ngày 15/12/2020 đến ngày 14/03/2021)', 'quý I năm 2021']);
    assert.deepEqual(opening('2023-06'), ['Trong tháng 6 năm 2023 (từ ngày 15/05/2023 đến ngày 14/06/2023)', 'tháng 6 năm 2023']);
    assert.deepEqual(opening('2023-H2', true), [
      'Trong 06 tháng cuối năm (từ ngày 01/07/2023 đến ngày 31/12/2023)',
      '6 tháng cuối năm 2023',
    ]);
    assert.deepEqual(opening('2023-9M'), ['Trong 09 tháng đầu năm (từ ngày 15/12/2022 đến ngày 14/09/2023)', '9 tháng đầu năm 2023']);
    assert.deepEqual(opening('2023'), ['Trong năm 2023 (từ ngày 15/12/2022 đến ngày 14/12/2023)', 'năm 2023']);
    const en = composeCchcReport({ ...FIXTURE, period: parsePeriod('2021-Q1') }, TEMPLATES, 'en');
    assert.equal(en.filters[1]!.text, 'Q1 2021');
  });

  it('says when nothing new was received, no catalogue applied and no feedback came in', () => {
    const quiet: CchcReportInput = {
      ...FIXTURE,
      dossiers: dossiers({
        received: 0,
        receivedOnline: 0,
        receivedDirect: 0,
        receivedPostal: 0,
        carriedOver: 1,
        resolvedEarly: 0,
        resolvedOnTime: 1,
        resolvedLate: 0,
        pendingWithinDeadline: 0,
        pendingOverdue: 0,
      }),
      procedures: { ...FIXTURE.procedures, catalogueAsOf: null },
      feedback: NO_FEEDBACK,
    };
    assert.deepEqual(section(quiet, 'dossiers'), [
      'Trong 06 tháng đầu năm (từ ngày 15/12/2022 đến ngày 14/06/2023), Sở không tiếp nhận hồ sơ mới; số từ kỳ trước chuyển qua: 1. Số lượng hồ sơ đã giải quyết: 1; trong đó, giải quyết trước hạn: 0, đúng hạn: 1, quá hạn: 0. Số lượng hồ sơ đang giải quyết: 0; trong đó, trong hạn: 0, quá hạn: 0.',
    ]);
    assert.deepEqual(section(quiet, 'procedures'), ['Chưa có danh mục TTHC của Sở áp dụng tại ngày 14/06/2023.']);
    assert.deepEqual(section(quiet, 'feedback'), ['Trong kỳ, Sở chưa nhận được phản ánh, kiến nghị nào.']);
    const table = composeCchcReport(quiet, TEMPLATES, 'vi').tables[0]!;
    assert.deepEqual(table.rows.find((r) => r.key === 'receivedOnline')!.cells.slice(2), [0, null], 'no share of nothing');
    const noHotline = {
      ...NO_FEEDBACK,
      received: 1,
      receivedBySource: { hotline1022: 0, portal: 1, direct: 0, other: 0 },
      open: 1,
      openWithinDeadline: 1,
    };
    assert.ok(
      section({ ...FIXTURE, feedback: noHotline }, 'feedback')[0]!.includes(
        'trong kỳ chưa tiếp nhận thông tin nào từ Tổng đài 1022. Tổng số phản ánh, kiến nghị tiếp nhận trong kỳ: 1 (',
      ),
    );
  });

  it('writes each kind of rank change, or why there is none', () => {
    const standing = (result: Partial<UnitIndexResult>, lang: 'vi' | 'en' = 'vi') =>
      section({ ...FIXTURE, indices: { year: 2023, families: [par(result)] } }, 'indices', lang)[0];
    assert.equal(
      standing({ total: 83, rank: 2, peerCount: 4, rankChange: 3 }),
      'Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của Sở đạt 83 điểm, xếp hạng 2/4, tăng 03 bậc so với năm 2022.',
    );
    assert.equal(
      standing({ rankChange: 0 }),
      'Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của Sở đạt 80,5 điểm, xếp hạng 15/15, giữ nguyên thứ hạng so với năm 2022.',
    );
    const reasons = {
      'no-previous': 'chưa có kết quả năm 2022 để so sánh',
      'methodology-changed': 'không so sánh thứ hạng với năm 2022 do thay đổi phương pháp đánh giá',
      'peer-group-changed': 'không so sánh thứ hạng với năm 2022 do thay đổi khối xếp hạng',
      'not-ranked': 'không so sánh thứ hạng với năm 2022 do năm 2022 chưa được xếp hạng',
      'no-total': 'không so sánh thứ hạng với năm 2022 do năm 2022 chưa đủ điểm thành phần',
    } as const;
    for (const [reason, words] of Object.entries(reasons)) {
      assert.equal(
        standing({ rankChange: null, rankChangeReason: reason as keyof typeof reasons }),
        `Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của Sở đạt 80,5 điểm, xếp hạng 15/15, ${words}.`,
      );
    }
    assert.equal(
      standing({ rankChange: -1 }, 'en'),
      'In 2023, the department scored 80.5 on the Public Administration Reform Index (PAR INDEX), ranking 15/15, down 1 on 2022.',
    );
  });

  it('says which components are missing when there is no total, and when a year has no scores', () => {
    const family = par({ total: null, rank: null, missing: ['impact', 'unknown-node'] }, [
      node('steering', 'Chỉ đạo, điều hành', 12, 10),
      node('impact', 'Tác động của cải cách hành chính', 22, null),
    ]);
    assert.deepEqual(section({ ...FIXTURE, indices: { year: 2023, families: [family] } }, 'indices'), [
      'Năm 2023, Chỉ số cải cách hành chính (PAR INDEX) của Sở chưa đủ điểm các thành phần để tính tổng điểm và xếp hạng (còn thiếu: Tác động của cải cách hành chính, unknown-node). Điểm bị mất theo lĩnh vực: Chỉ đạo, điều hành mất 2/12 điểm (chưa phân công đơn vị chủ trì).',
    ]);
    assert.deepEqual(section({ ...FIXTURE, indices: { year: 2030, families: [] } }, 'indices'), [
      'Chưa có kết quả chỉ số cải cách hành chính của Sở năm 2030.',
    ]);
  });

  it('lists the points lost by component with the lead department, and tabulates every scored component', () => {
    const nodes = [
      node('impact', 'Tác động của cải cách hành chính', 22, 18, 'Văn phòng Sở'),
      node('steering', 'Chỉ đạo, điều hành', 12, 10.5),
      node('steering.1', 'Kế hoạch CCHC', 4, 3, 'Văn phòng Sở', 1),
      node('e-government', 'Chính phủ số', 14, 14, 'Phòng Quản lý Văn hóa'),
    ];
    const input = { ...FIXTURE, indices: { year: 2022, families: [par({ rankChange: null, rankChangeReason: 'no-previous' }, nodes)] } };
    assert.deepEqual(section(input, 'indices'), [
      'Năm 2022, Chỉ số cải cách hành chính (PAR INDEX) của Sở đạt 80,5 điểm, xếp hạng 15/15, chưa có kết quả năm 2021 để so sánh. Điểm bị mất theo lĩnh vực: Tác động của cải cách hành chính mất 4/22 điểm (đơn vị chủ trì: Văn phòng Sở); Chỉ đạo, điều hành mất 1,5/12 điểm (chưa phân công đơn vị chủ trì).',
    ]);
    assert.ok(
      section(input, 'indices', 'en')[0]!.endsWith(
        'Points lost by component: impact (en) lost 4 of 22 points (lead: Văn phòng Sở); steering (en) lost 1.5 of 12 points (no lead department assigned).',
      ),
    );
    const losses = composeCchcReport(input, TEMPLATES, 'vi').tables[1]!;
    assert.equal(losses.key, 'losses');
    assert.deepEqual(
      losses.columns.map((c) => c.kind),
      ['text', 'text', 'score', 'score', 'score', 'text'],
    );
    assert.deepEqual(
      losses.rows.map((r) => r.cells),
      [
        ['Chỉ số cải cách hành chính (PAR INDEX)', 'Tác động của cải cách hành chính', 22, 18, 4, 'Văn phòng Sở'],
        ['Chỉ số cải cách hành chính (PAR INDEX)', 'Chỉ đạo, điều hành', 12, 10.5, 1.5, 'chưa phân công đơn vị chủ trì'],
        ['Chỉ số cải cách hành chính (PAR INDEX)', 'Chính phủ số', 14, 14, 0, 'Phòng Quản lý Văn hóa'],
      ],
    );
  });

  it('counts tasks done, in progress and overdue, and names the departments behind the overdue ones', () => {
    const task = (status: 'done' | 'in_progress' | 'not_started' | 'blocked', overdue: boolean, leadDepartment: string) => ({
      status,
      overdue,
      leadDepartment,
    });
    const tasks = [
      task('done', false, 'Văn phòng Sở'),
      task('in_progress', true, 'Văn phòng Sở'),
      task('blocked', true, 'Phòng Quản lý Văn hóa'),
      task('not_started', true, 'Văn phòng Sở'),
      task('not_started', false, 'Phòng Quản lý Du lịch'),
    ];
    assert.deepEqual(section({ ...FIXTURE, tasks }, 'tasks'), [
      'Tính đến ngày 10/01/2024, Sở được giao 05 nhiệm vụ; trong đó đã hoàn thành: 1, đang thực hiện trong hạn: 1, quá hạn chưa hoàn thành: 3. Nhiệm vụ quá hạn theo đơn vị chủ trì: Văn phòng Sở: 02 nhiệm vụ; Phòng Quản lý Văn hóa: 01 nhiệm vụ.',
    ]);
    assert.deepEqual(section({ ...FIXTURE, tasks: [tasks[0]!] }, 'tasks', 'en'), [
      'As of 10/01/2024, tasks assigned to the department: 1; done: 1, in progress within the deadline: 0, overdue: 0.',
    ]);
  });

  it('lists inconsistent figures in the appendix in the report’s language', () => {
    const broken = { ...FIXTURE, dossiers: { ...FIXTURE.dossiers, received: 5 } };
    const report = composeCchcReport(broken, TEMPLATES, 'en');
    // the stored online rate (50%) was computed on 4 received, so it no longer matches either
    assert.deepEqual(
      report.consistency.issues.map((issue) => issue.code),
      ['received-by-channel', 'period-balance', 'online-rate'],
    );
    assert.deepEqual(report.sections.at(-1)!.paragraphs, [
      'Inconsistencies found in the figures: 3.',
      'Received (5) is not the sum by channel: online 2 + direct 2 + postal 0 = 4 (difference 1).',
      'Received in the period 5 + carried over 2 = 7, but resolved 3 + pending 3 + returned or withdrawn 0 = 6 (difference 1).',
      'The online share is stated as 50.00% but 2/5 = 40.00%.',
    ]);
  });
});

describe('formatCell', () => {
  it('writes cells by column kind in the language’s formats, empty for no value', () => {
    assert.deepEqual(
      [
        formatCell(1234, 'count', 'vi'),
        formatCell(82.48, 'percent', 'vi'),
        formatCell(80.5, 'score', 'vi'),
        formatCell('1.1', 'text', 'vi'),
        formatCell(null, 'percent', 'vi'),
      ],
      ['1.234', '82,48%', '80,5', '1.1', ''],
    );
    assert.deepEqual(
      [formatCell(1234, 'count', 'en'), formatCell(82.48, 'percent', 'en'), formatCell(7, 'text', 'en')],
      ['1,234', '82.48%', '7'],
    );
  });
});
