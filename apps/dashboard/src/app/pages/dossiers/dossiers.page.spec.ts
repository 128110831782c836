import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { makePeriod, type BreakdownRow, type DossierBreakdownResponse, type DossierStats, type DossierStatsResponse } from '@cchc/domain';
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
const agencies = [
  { code: 'STP', name: 'Sở Tư pháp', nameEn: 'Department of Justice', departments: [] },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: ['Phòng Quản lý Văn hóa'] },
];

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
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
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'ho-so', component: DossiersPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideEchartsCore({ echarts }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
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
  }
  async function flushAll(): Promise<void> {
    http.expectOne('/api/agencies').flush(agencies);
    const request = statsRequest();
    expect(request.request.params.get('agency')).toBe('SVHTTDL');
    expect(request.request.params.get('period')).toBe('2023-H1');
    expect(request.request.params.get('calendar')).toBe('false');
    request.flush(stats);
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
});
