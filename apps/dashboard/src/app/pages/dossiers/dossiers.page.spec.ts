import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  makePeriod,
  type BreakdownRow,
  type DossierBreakdownResponse,
  type DossierListItem,
  type DossierListResponse,
  type DossierStats,
  type DossierStatsResponse,
} from '@cchc/domain';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from '../../charts/echarts';
import { signInAs, signOut } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { DossiersPage } from './dossiers.page';

// Sở VHTTDL, first half of 2023 (15/12/2022 – 14/06/2023), as in its official report
const period = makePeriod('half', 2023, 1);
const figures: DossierStats = {
  from: period.from,
  to: period.to,
  received: 428,
  receivedOnline: 353,
  receivedDirect: 70,
  receivedPostal: 5,
  carriedOver: 47,
  resolved: 1411,
  resolvedEarly: 1360,
  resolvedOnTime: 51,
  resolvedLate: 0,
  pending: 17,
  pendingWithinDeadline: 17,
  pendingOverdue: 0,
  onlineRate: 82.48,
  onTimeRate: 100,
  digitizedRate: 95.33,
  signedRate: 100,
  paidOnlineRate: 20.56,
};
const stats: DossierStatsResponse = { agency: 'SVHTTDL', period, filters: {}, ...figures };
const month = (key: string, received: number, online: number): BreakdownRow => ({
  ...figures,
  key,
  label: key,
  received,
  receivedOnline: online,
  receivedDirect: received - online,
  receivedPostal: 0,
});
const months: DossierBreakdownResponse = {
  agency: 'SVHTTDL',
  period,
  by: 'month',
  filters: {},
  rows: [
    month('2023-01', 70, 58),
    month('2023-02', 75, 62),
    month('2023-03', 71, 60),
    month('2023-04', 68, 55),
    month('2023-05', 72, 59),
    month('2023-06', 72, 59),
  ],
};
const departments: DossierBreakdownResponse = {
  agency: 'SVHTTDL',
  period,
  by: 'department',
  filters: {},
  rows: [{ ...figures, key: 'Phòng Quản lý Văn hóa', label: 'Phòng Quản lý Văn hóa', resolvedLate: 3 }],
};
const procedure = (key: string, label: string, resolvedLate: number, pendingOverdue: number): BreakdownRow => ({
  ...figures,
  key,
  label,
  resolvedLate,
  pendingOverdue,
});
const procedures: DossierBreakdownResponse = {
  agency: 'SVHTTDL',
  period,
  by: 'procedure',
  filters: {},
  rows: [
    procedure('1.000001', 'Cấp giấy phép biểu diễn', 1, 0),
    procedure('1.000002', 'Cấp giấy chứng nhận thể thao', 0, 0),
    procedure('1.000003', 'Công nhận điểm du lịch', 2, 2),
  ],
};
// the figures with dossiers to follow up: 3 resolved late, 2 pending past their due date
const troubled: DossierStatsResponse = { ...stats, resolvedEarly: 1357, resolvedLate: 3, pendingWithinDeadline: 15, pendingOverdue: 2 };
const lateDossier = (n: number): DossierListItem => ({
  dossierCode: `HS${String(n).padStart(3, '0')}`,
  procedureCode: '1.000003',
  procedureName: 'Công nhận điểm du lịch',
  field: 'Du lịch',
  department: 'Phòng Quản lý Du lịch',
  channel: 'online',
  receivedAt: '2022-12-01T08:00:00+07:00',
  dueAt: '2022-12-10T17:00:00+07:00',
  resultAt: '2022-12-16T09:00:00+07:00',
  standing: 'late',
  daysPastDue: 6,
});
const lateList = (total: number, offset: number, count: number): DossierListResponse => ({
  agency: 'SVHTTDL',
  period,
  filters: {},
  status: 'late',
  offset,
  limit: count,
  total,
  items: Array.from({ length: count }, (_, i) => lateDossier(offset + i + 1)),
});
const agencies = [
  { code: 'STP', name: 'Sở Tư pháp', nameEn: 'Department of Justice', departments: [] },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: ['Phòng Quản lý Văn hóa'] },
];

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The page on its route, with the API answered by hand: both roles' specs start here. */
async function setUpPage(): Promise<{ http: HttpTestingController; harness: RouterTestingHarness }> {
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([{ path: 'ho-so', component: DossiersPage }]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideEchartsCore({ echarts }),
    ],
  });
  return { http: TestBed.inject(HttpTestingController), harness: await RouterTestingHarness.create() };
}

describe('DossiersPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = () => page().textContent!.replace(/\s+/g, ' ');

  beforeEach(async () => {
    signInAs('admin');
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
    ({ http, harness } = await setUpPage());
    await harness.navigateByUrl('/ho-so?agency=SVHTTDL&period=2023-H1');
  });

  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.lang');
  });

  function statsRequest(): TestRequest {
    return http.expectOne((r) => r.url === '/api/dossiers/stats');
  }
  function flushBreakdowns(): void {
    http.expectOne((r) => r.url === '/api/dossiers/stats/breakdown' && r.params.get('by') === 'month').flush(months);
    http.expectOne((r) => r.url === '/api/dossiers/stats/breakdown' && r.params.get('by') === 'department').flush(departments);
    http.expectOne((r) => r.url === '/api/dossiers/stats/breakdown' && r.params.get('by') === 'procedure').flush(procedures);
  }
  async function flushAll(body: DossierStatsResponse = stats): Promise<void> {
    http.expectOne('/api/agencies').flush(agencies);
    const request = statsRequest();
    expect(request.request.params.get('agency')).toBe('SVHTTDL');
    expect(request.request.params.get('period')).toBe('2023-H1');
    expect(request.request.params.get('calendar')).toBe('false');
    request.flush(body);
    flushBreakdowns();
    await harness.fixture.whenStable();
  }

  it('shows the official table, the exact period window and rates in Vietnamese formats', async () => {
    await flushAll();
    expect(page().querySelector('[data-testid="period-window"]')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '6 tháng đầu năm 2023 — từ ngày 15/12/2022 đến ngày 14/06/2023 (kỳ chính thức (Nghị định 09/2019))',
    );
    const cells = [...page().querySelectorAll('[data-testid="official-table"] tbody td')].map((td) => td.textContent!.trim());
    expect(cells).toEqual(['428', '353', '75', '47', '1.411', '1.360', '51', '0', '17', '17', '0']);
    expect(page().querySelector('[data-testid="online-rate"]')!.textContent!.trim()).toBe('82,48%');
    expect(page().querySelector('[data-testid="on-time-rate"]')!.textContent!.trim()).toBe('100,00%');
    expect(text()).toContain('tiếp nhận 428 hồ sơ, trong đó 353 trực tuyến (82,48%)');
    const department = [...page().querySelectorAll('[data-testid="department-table"] tbody tr > *')].map((cell) =>
      cell.textContent!.trim(),
    );
    expect(department).toEqual(['Phòng Quản lý Văn hóa', '428', '82,48%', '1.411', '3', '100,00%', '17', '0']);
  });

  it('draws both charts on canvases', async () => {
    await flushAll();
    await until(() => page().querySelectorAll('canvas').length >= 2);
    expect(page().querySelectorAll('cchc-chart-figure canvas').length).toBe(2);
  });

  it('follows a language switch', async () => {
    await flushAll();
    TestBed.inject(I18nService).setLang('en');
    await harness.fixture.whenStable();
    expect(text()).toContain('first half of 2023 — from 15/12/2022 to 14/06/2023');
    expect(page().querySelector('[data-testid="online-rate"]')!.textContent!.trim()).toBe('82.48%');
    expect(page().querySelector('[data-testid="agency"] option')!.textContent!.trim()).toBe('Department of Justice');
  });

  it('puts a new period choice in the URL and asks again', async () => {
    await flushAll();
    const kind = page().querySelector('[data-testid="period-kind"]') as HTMLSelectElement;
    kind.value = 'quarter';
    kind.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ho-so?agency=SVHTTDL&period=2023-Q2&calendar=false');
    const request = statsRequest();
    expect(request.request.params.get('period')).toBe('2023-Q2');
    request.flush({ ...stats, period: makePeriod('quarter', 2023, 2) });
    flushBreakdowns();

    const department = page().querySelector('[data-testid="department"]') as HTMLSelectElement;
    department.value = 'Phòng Quản lý Văn hóa';
    department.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      '/ho-so?agency=SVHTTDL&period=2023-Q2&calendar=false&department=Ph%C3%B2ng%20Qu%E1%BA%A3n%20l%C3%BD%20V%C4%83n%20h%C3%B3a',
    );
    expect(statsRequest().request.params.get('department')).toBe('Phòng Quản lý Văn hóa');
    flushBreakdowns();
  });

  it('says so, and where to load data, when the period has no dossiers', async () => {
    http.expectOne('/api/agencies').flush(agencies);
    const zero = Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, typeof value === 'number' ? 0 : value]));
    statsRequest().flush({ ...stats, ...zero, onlineRate: null, onTimeRate: null });
    http.match((r) => r.url === '/api/dossiers/stats/breakdown').forEach((request) => request.flush({ ...months, rows: [] }));
    await harness.fixture.whenStable();
    expect(text()).toContain('Chưa có dữ liệu hồ sơ cho kỳ này — tải tệp ở trang Dữ liệu.');
    expect(page().querySelector('a[href="/du-lieu"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="official-table"]')).toBeNull();
  });

  it('says kindly that another agency is out of scope, and lets the director pick their own', async () => {
    // a director's agency list holds their own agency only
    http.expectOne('/api/agencies').flush([agencies[1]]);
    statsRequest().flush(stats);
    flushBreakdowns();
    await harness.navigateByUrl('/ho-so?agency=STP&period=2023-H1');
    statsRequest().flush(
      { statusCode: 403, code: 'forbidden', message: 'Tài khoản không có quyền xem hoặc sửa mục này' },
      { status: 403, statusText: 'Forbidden' },
    );
    expect(http.match((r) => r.url === '/api/dossiers/stats/breakdown').every((request) => request.cancelled)).toBeTrue();
    await harness.fixture.whenStable();
    expect(page().querySelector('[role="alert"]')!.textContent!.trim()).toBe(
      'Mục này nằm ngoài phạm vi tài khoản của bạn: tài khoản chỉ xem được số liệu của cơ quan mình. Hãy chọn cơ quan của bạn trong danh sách.',
    );
    const picker = page().querySelector('[data-testid="agency"]') as HTMLSelectElement;
    expect([...picker.options].map((option) => [option.value, option.disabled])).toEqual([
      ['STP', true],
      ['SVHTTDL', false],
    ]);
    expect(picker.value).toBe('STP');
    picker.value = 'SVHTTDL';
    picker.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ho-so?agency=SVHTTDL&period=2023-H1&calendar=false');
    statsRequest().flush(stats);
    flushBreakdowns();
    await harness.fixture.whenStable();
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect([...picker.options].map((option) => option.value)).toEqual(['SVHTTDL']);
  });

  it('shows the API error message instead of figures, in the current language', async () => {
    http.expectOne('/api/agencies').flush(agencies);
    statsRequest().flush(
      { statusCode: 404, code: 'unknown_agency', message: 'Không có cơ quan "SVHTTDL"', messageEn: 'Unknown agency "SVHTTDL"' },
      { status: 404, statusText: 'Not Found' },
    );
    // forkJoin cancels the breakdown requests once the stats request fails
    expect(http.match((r) => r.url === '/api/dossiers/stats/breakdown').every((request) => request.cancelled)).toBeTrue();
    await harness.fixture.whenStable();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('Không tải được dữ liệu: Không có cơ quan "SVHTTDL"');
    TestBed.inject(I18nService).setLang('en');
    await harness.fixture.whenStable();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('Could not load the data: Unknown agency "SVHTTDL"');
  });

  function listRequest(): TestRequest {
    return http.expectOne((r) => r.url === '/api/dossiers/list');
  }
  function click(testid: string): void {
    (page().querySelector(`[data-testid="${testid}"]`) as HTMLElement).click();
  }

  it('links only the late and overdue figures that have dossiers behind them', async () => {
    await flushAll();
    expect(page().querySelector('[data-testid="open-late"]')).toBeNull();
    expect(page().querySelector('[data-testid="open-overdue"]')).toBeNull();
    // the department row has 3 late dossiers and no overdue one
    const links = [...page().querySelectorAll<HTMLAnchorElement>('[data-testid="department-table"] a')];
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('aria-label')])).toEqual([['3', 'Xem danh sách 3 hồ sơ']]);
    // and only those figures are marked
    expect(page().querySelectorAll('[data-testid="official-table"] td.bad').length).toBe(0);
    const marked = [...page().querySelectorAll('[data-testid="department-table"] td.bad')].map((td) => td.textContent!.trim());
    expect(marked).toEqual(['3']);
  });

  it('opens the late list from the official table, pages it in the URL, and closes it', async () => {
    await flushAll(troubled);
    click('open-late');
    await harness.fixture.whenStable();
    const router = TestBed.inject(Router);
    expect(router.url).toBe('/ho-so?agency=SVHTTDL&period=2023-H1&list=late');
    let request = listRequest();
    expect(['status', 'offset', 'limit', 'department', 'procedure'].map((name) => request.request.params.get(name))).toEqual([
      'late',
      '0',
      '50',
      null,
      null,
    ]);
    request.flush(lateList(120, 0, 50));
    await harness.fixture.whenStable();
    const list = page().querySelector('[data-testid="dossier-list"]')!;
    expect(list.querySelector('h2')!.textContent!.trim()).toBe('Hồ sơ giải quyết quá hạn');
    expect(document.activeElement).toBe(list.querySelector('h2'));
    const first = [...list.querySelectorAll('tbody tr:first-child > *')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
    expect(first).toEqual([
      'HS001',
      'Công nhận điểm du lịch1.000003',
      'Du lịch',
      'Phòng Quản lý Du lịch',
      'Trực tuyến',
      '01/12/2022',
      '10/12/2022',
      '16/12/2022',
      'Đã giải quyết — Quá hạn',
      '6',
    ]);
    expect(list.querySelector('[data-testid="list-range"]')!.textContent).toBe('Hồ sơ 1–50 trong tổng số 120');

    click('list-next');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/ho-so?agency=SVHTTDL&period=2023-H1&list=late&listPage=2');
    request = listRequest();
    expect(request.request.params.get('offset')).toBe('50');
    request.flush(lateList(120, 50, 50));
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="list-range"]')!.textContent).toBe('Hồ sơ 51–100 trong tổng số 120');

    click('list-close');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/ho-so?agency=SVHTTDL&period=2023-H1');
    expect(page().querySelector('[data-testid="dossier-list"]')).toBeNull();
  });

  it("opens a department row's overdue list and a procedure row's late list", async () => {
    await flushAll(troubled);
    const procedureRows = [...page().querySelectorAll('[data-testid="procedure-table"] tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    // procedures without late or overdue dossiers are left out; the most troubled first
    expect(procedureRows).toEqual([
      ['Công nhận điểm du lịch 1.000003', '1.411', '2', '17', '2'],
      ['Cấp giấy phép biểu diễn 1.000001', '1.411', '1', '17', '0'],
    ]);
    (page().querySelector('[data-testid="procedure-table"] tbody tr:first-child td:last-child a') as HTMLElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ho-so?agency=SVHTTDL&period=2023-H1&list=overdue&listProcedure=1.000003');
    const byProcedure = listRequest();
    expect([byProcedure.request.params.get('status'), byProcedure.request.params.get('procedure')]).toEqual(['overdue', '1.000003']);
    byProcedure.flush({ ...lateList(0, 0, 0), status: 'overdue' });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="dossier-list"] h2')!.textContent!.trim()).toBe(
      'Hồ sơ đang giải quyết đã quá hạn — Thủ tục 1.000003',
    );
    expect(page().querySelector('[data-testid="dossier-list"] [role="status"]')!.textContent!.trim()).toBe(
      'Không có hồ sơ nào trong danh sách này.',
    );

    (page().querySelector('[data-testid="department-table"] a') as HTMLElement).click();
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe(
      '/ho-so?agency=SVHTTDL&period=2023-H1&list=late&listDepartment=Ph%C3%B2ng%20Qu%E1%BA%A3n%20l%C3%BD%20V%C4%83n%20h%C3%B3a',
    );
    const byDepartment = listRequest();
    expect([byDepartment.request.params.get('department'), byDepartment.request.params.get('procedure')]).toEqual([
      'Phòng Quản lý Văn hóa',
      null,
    ]);
    byDepartment.flush({ statusCode: 500, code: 'internal', message: 'Lỗi máy chủ' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(page().querySelector('[data-testid="dossier-list"] [role="alert"]')!.textContent).toContain(
      'Không tải được dữ liệu: Lỗi máy chủ',
    );
  });

  it('exports the whole list, every page of it, with the filters and the list in the header rows', async () => {
    await harness.navigateByUrl('/ho-so?agency=SVHTTDL&period=2023-H1&list=late&listDepartment=Phòng Quản lý Văn hóa');
    await flushAll(troubled);
    listRequest().flush(lateList(1500, 0, 50));
    await harness.fixture.whenStable();
    const saved: HTMLAnchorElement[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      saved.push(this);
    });
    const files = spyOn(URL, 'createObjectURL').and.callThrough();
    click('list-export-csv');
    const pages = http.match((r) => r.url === '/api/dossiers/list');
    expect(pages.map((r) => [r.request.params.get('offset'), r.request.params.get('limit'), r.request.params.get('department')])).toEqual([
      ['0', '1000', 'Phòng Quản lý Văn hóa'],
      ['1000', '1000', 'Phòng Quản lý Văn hóa'],
    ]);
    pages[0]!.flush(lateList(1500, 0, 1000));
    pages[1]!.flush(lateList(1500, 1000, 500));
    await until(() => saved.length > 0);
    expect(saved.map((link) => link.download)).toEqual(['Hồ sơ giải quyết quá hạn — Phòng Quản lý Văn hóa SVHTTDL 2023-H1.csv']);
    const text = await (files.calls.mostRecent().args[0] as Blob).text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines.slice(0, 6)).toEqual([
      'Hồ sơ giải quyết quá hạn — Phòng Quản lý Văn hóa',
      'Cơ quan,"Sở Văn hóa, Thể thao và Du lịch"',
      'Kỳ báo cáo,6 tháng đầu năm 2023 — từ ngày 15/12/2022 đến ngày 14/06/2023 (kỳ chính thức (Nghị định 09/2019))',
      'Phòng,Phòng Quản lý Văn hóa',
      'Danh sách,Hồ sơ giải quyết quá hạn — Phòng Quản lý Văn hóa',
      '',
    ]);
    expect(lines.length).toBe(6 + 1 + 1500 + 1);
    expect(lines[7]).toBe(
      'HS001,1.000003,Công nhận điểm du lịch,Du lịch,Phòng Quản lý Du lịch,Trực tuyến,2022-12-01,2022-12-10,2022-12-16,Đã giải quyết — Quá hạn,6',
    );
  });
});

describe('DossiersPage for a department head', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    signInAs('department_head');
    localStorage.removeItem('cchc.agency');
    ({ http, harness } = await setUpPage());
  });
  afterEach(() => {
    http.verify();
    signOut();
  });

  it('opens on their own department, which they may clear to see the whole agency', async () => {
    await harness.navigateByUrl('/ho-so?period=2023-H1');
    http.expectOne('/api/agencies').flush([agencies[1]]);
    await harness.fixture.whenStable();
    const own = http.expectOne((r) => r.url === '/api/dossiers/stats');
    expect(own.request.params.get('department')).toBe('Phòng Quản lý Văn hóa');
    own.flush({ ...stats, filters: { department: 'Phòng Quản lý Văn hóa' } });
    http.match((r) => r.url === '/api/dossiers/stats/breakdown').forEach((r) => r.flush({ ...departments, rows: [] }));
    await harness.fixture.whenStable();
    const select = harness.routeNativeElement!.querySelector('[data-testid="department"]') as HTMLSelectElement;
    expect(select.value).toBe('Phòng Quản lý Văn hóa');

    select.value = '';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/ho-so?agency=SVHTTDL&period=2023-H1&calendar=false&department=');
    const all = http.expectOne((r) => r.url === '/api/dossiers/stats');
    expect(all.request.params.get('department')).toBeNull();
    all.flush(stats);
    http.match((r) => r.url === '/api/dossiers/stats/breakdown').forEach((r) => r.flush({ ...departments, rows: [] }));
    await harness.fixture.whenStable();
    expect(select.value).toBe('');
  });
});
