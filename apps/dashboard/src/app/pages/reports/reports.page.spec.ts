import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { makePeriod, type CchcReportResponse, type IndexFamilySummary, type ReportCheckResponse } from '@cchc/domain';
import { signInAs, signOut } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { ReportsPage } from './reports.page';

const period = makePeriod('half', 2024, 1);
const agencies = [{ code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: [] }];
const families = [
  { family: 'par', years: [2021, 2022, 2023] },
  { family: 'sipas', years: [2023] },
] as unknown as IndexFamilySummary[];
const DOSSIERS =
  'Trong 06 tháng đầu năm (từ ngày 15/12/2023 đến ngày 14/06/2024), Sở đã tiếp nhận 428 hồ sơ yêu cầu giải quyết TTHC, trong đó có 353 hồ sơ tiếp nhận qua dịch vụ công trực tuyến (chiếm 82,48%).';
const IMBALANCE = 'Tiếp nhận trong kỳ 428 + từ kỳ trước chuyển qua 47 = 475, khác đã giải quyết 411 + đang giải quyết 17 = 428.';
const report: CchcReportResponse = {
  agency: 'SVHTTDL',
  period,
  indexYear: 2023,
  generatedOn: '2024-07-01',
  lang: 'vi',
  title: 'Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024 của Sở Văn hóa, Thể thao và Du lịch',
  fileName: 'Báo cáo CCHC SVHTTDL 2024-H1',
  filters: [
    { key: 'agency', label: 'Cơ quan', kind: 'text', value: 'SVHTTDL', text: 'Sở Văn hóa, Thể thao và Du lịch' },
    { key: 'from', label: 'Từ ngày', kind: 'date', value: '2023-12-15', text: '15/12/2023' },
    { key: 'indexYear', label: 'Năm chỉ số', kind: 'number', value: 2023, text: '2023' },
  ],
  sections: [
    { key: 'dossiers', heading: 'Kết quả tiếp nhận, giải quyết thủ tục hành chính', paragraphs: [DOSSIERS] },
    {
      key: 'tasks',
      heading: 'Thực hiện nhiệm vụ được giao',
      paragraphs: ['Đã hoàn thành 02/05 nhiệm vụ; 01 nhiệm vụ quá hạn (Phòng Quản lý Văn hóa).'],
    },
    {
      key: 'checks',
      heading: 'Phụ lục: kiểm tra tính thống nhất của số liệu',
      paragraphs: ['Phát hiện 01 sai lệch trong số liệu:', IMBALANCE],
    },
  ],
  tables: [
    {
      key: 'losses',
      title: 'Điểm bị trừ theo thành phần',
      columns: [
        { key: 'component', label: 'Thành phần', kind: 'text' },
        { key: 'lost', label: 'Điểm bị trừ', kind: 'score' },
        { key: 'owner', label: 'Phòng phụ trách', kind: 'text' },
      ],
      rows: [
        { key: 'par.1', level: 0, cells: ['Công tác chỉ đạo, điều hành', 2.5, 'Văn phòng Sở'] },
        { key: 'par.1.1', level: 1, cells: ['Kế hoạch CCHC', 1.25, null] },
      ],
    },
  ],
  consistency: {
    consistent: false,
    checked: ['received-by-channel', 'period-balance'],
    skipped: [],
    issues: [
      {
        code: 'period-balance',
        messageVi: IMBALANCE,
        messageEn: 'Received 428 + carried over 47 = 475 ≠ 428.',
        stated: 475,
        computed: 428,
      },
    ],
  },
};

describe('ReportsPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = () => page().textContent!.replace(/\s+/g, ' ');
  const reportRequest = (): TestRequest => http.expectOne((r) => r.url === '/api/reports/cchc' && !r.params.has('format'));

  beforeEach(async () => {
    signInAs('director');
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'bao-cao', component: ReportsPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/bao-cao?agency=SVHTTDL&period=2024-H1');
  });

  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.lang');
  });

  async function flushAll(): Promise<void> {
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    const request = reportRequest();
    expect(request.request.params.get('agency')).toBe('SVHTTDL');
    expect(request.request.params.get('period')).toBe('2024-H1');
    expect(request.request.params.get('calendar')).toBe('false');
    expect(request.request.params.get('lang')).toBe('vi');
    expect(request.request.params.has('year')).toBeFalse();
    request.flush(report);
    await harness.fixture.whenStable();
  }

  it('shows the sentences, the tables and the filters of the report as the API wrote them', async () => {
    await flushAll();
    expect(text()).toContain(DOSSIERS);
    expect(text()).toContain('01 nhiệm vụ quá hạn (Phòng Quản lý Văn hóa)');
    const stamp = [...page().querySelectorAll('[data-testid="filter-stamp"] div')].map((pair) =>
      [...pair.children].map((cell) => cell.textContent!.trim()),
    );
    expect(stamp).toEqual([
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Từ ngày', '15/12/2023'],
      ['Năm chỉ số', '2023'],
    ]);
    // unlike the overview's, the report's stamp shows on screen as well as on paper
    expect(page().querySelector('[data-testid="filter-stamp"]')!.classList.contains('print-only')).toBeFalse();
    const rows = [...page().querySelectorAll('[data-testid="report-table-losses"] tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['Công tác chỉ đạo, điều hành', '2,5', 'Văn phòng Sở'],
      ['Kế hoạch CCHC', '1,25', ''],
    ]);
    expect(page().querySelector('[data-testid="report-table-losses"] tr.part')).not.toBeNull();
    expect(page().querySelectorAll('cchc-export').length).toBe(1);
  });

  it('puts the failed checks first, in red, with their figures, and not again at the end', async () => {
    await flushAll();
    const alert = page().querySelector('[data-testid="inconsistent"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Số liệu không khớp: 1 sai lệch.');
    expect(alert.querySelector('li[data-code="period-balance"]')!.textContent!.trim()).toBe(IMBALANCE);
    expect(page().querySelector('[data-section="checks"]')).toBeNull();
    expect(text().split(IMBALANCE).length).toBe(2);
  });

  it('says "khớp" in green when every check passes', async () => {
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    reportRequest().flush({
      ...report,
      consistency: { consistent: true, checked: ['received-by-channel', 'period-balance'], skipped: [], issues: [] },
    });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="consistent"]')!.textContent).toContain('Số liệu khớp: 2 phép kiểm tra đều đạt.');
    expect(page().querySelector('[data-testid="inconsistent"]')).toBeNull();
  });

  it('keeps the index year in the URL with the other filters, and asks for that year', async () => {
    await flushAll();
    const year = page().querySelector('[data-testid="index-year"]') as HTMLSelectElement;
    expect([...year.options].map((option) => option.value)).toEqual(['', '2023', '2022', '2021']);
    year.value = '2022';
    year.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/bao-cao?agency=SVHTTDL&period=2024-H1&year=2022');
    expect(reportRequest().request.params.get('year')).toBe('2022');

    const kind = page().querySelector('[data-testid="period-kind"]') as HTMLSelectElement;
    kind.value = 'quarter';
    kind.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/bao-cao?agency=SVHTTDL&period=2024-Q2&year=2022&calendar=false');
    const request = reportRequest();
    expect([request.request.params.get('period'), request.request.params.get('year')]).toEqual(['2024-Q2', '2022']);
  });

  it('asks the API again in English when the language changes', async () => {
    await flushAll();
    TestBed.inject(I18nService).setLang('en');
    await harness.fixture.whenStable();
    expect(reportRequest().request.params.get('lang')).toBe('en');
  });

  it('downloads the report files through the API and saves them under the report’s name', async () => {
    await flushAll();
    const links: HTMLAnchorElement[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      links.push(this);
    });
    for (const format of ['pdf', 'docx', 'xlsx', 'html']) {
      (page().querySelector(`[data-testid="download-${format}"]`) as HTMLButtonElement).click();
      const request = http.expectOne((r) => r.url === '/api/reports/cchc' && r.params.get('format') === format);
      expect(request.request.responseType).toBe('blob');
      expect(request.request.params.get('agency')).toBe('SVHTTDL');
      request.flush(new Blob(['x']));
    }
    expect(links.map((link) => link.download)).toEqual([
      'Báo cáo CCHC SVHTTDL 2024-H1.pdf',
      'Báo cáo CCHC SVHTTDL 2024-H1.docx',
      'Báo cáo CCHC SVHTTDL 2024-H1.xlsx',
      'Báo cáo CCHC SVHTTDL 2024-H1.html',
    ]);
  });

  it('prints the page', async () => {
    await flushAll();
    const print = spyOn(window, 'print');
    (page().querySelector('[data-testid="print"]') as HTMLButtonElement).click();
    expect(print).toHaveBeenCalled();
  });

  it('checks a table typed by hand and lists what does not add up', async () => {
    await flushAll();
    const type = (field: string, value: string) => {
      const input = page().querySelector(`[data-testid="check-${field}"]`) as HTMLInputElement;
      input.value = value;
    };
    type('received', '139');
    type('receivedOnline', '55');
    type('receivedDirect', '70');
    type('onlineRate', '39,57');
    (page().querySelector('[data-testid="check-submit"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/reports/check');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ received: 139, receivedOnline: 55, receivedDirect: 70, onlineRate: 39.57 });
    const answer: ReportCheckResponse = {
      consistent: false,
      checked: ['received-by-channel', 'online-rate'],
      skipped: [{ code: 'period-balance', missing: ['carriedOver'] }],
      issues: [
        {
          code: 'received-by-channel',
          messageVi: 'Số hồ sơ tiếp nhận (139) khác tổng theo hình thức nộp: trực tuyến 55 + trực tiếp 70 = 125 (chênh lệch 14).',
          messageEn: 'Received (139) differs from the channels: online 55 + direct 70 = 125 (difference 14).',
          stated: 139,
          computed: 125,
        },
      ],
    };
    request.flush(answer);
    await harness.fixture.whenStable();
    const form = page().querySelector('cchc-check-form')!;
    expect(form.querySelector('li[data-code="received-by-channel"]')!.textContent).toContain('trực tuyến 55 + trực tiếp 70 = 125');
    expect(form.textContent).toContain('1 phép kiểm tra bỏ qua vì thiếu số liệu.');
  });

  it('shows the API’s refusal of a table with nothing to check', async () => {
    await flushAll();
    (page().querySelector('[data-testid="check-submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/reports/check')
      .flush(
        { statusCode: 400, code: 'nothing_to_check', message: 'Biểu chưa đủ số liệu cho phép kiểm tra nào' },
        { status: 400, statusText: 'Bad Request' },
      );
    await harness.fixture.whenStable();
    expect(page().querySelector('cchc-check-form [role="alert"]')!.textContent).toContain('Biểu chưa đủ số liệu cho phép kiểm tra nào');
  });
});
