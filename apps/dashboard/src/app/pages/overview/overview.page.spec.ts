import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AgencySummary,
  DossierStatsResponse,
  DutyView,
  IndexFamilySummary,
  NotificationView,
  UnitIndexResult,
  UnitScorecardResponse,
} from '@cchc/domain';
import { signInAs, signOut } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { OverviewPage } from './overview.page';

const agencies: AgencySummary[] = [{ code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: [] }];
const family = (code: string, nameVi: string, years: number[]): IndexFamilySummary => ({
  family: code,
  nameVi,
  nameEn: nameVi,
  frameworks: [],
  years,
  peerGroups: [],
});
// PAPI has 2024 scores, but only for provinces: the agency's latest year is 2023
const families = [family('par', 'Chỉ số cải cách hành chính (PAR INDEX)', [2022, 2023]), family('papi', 'Chỉ số PAPI (PAPI)', [2024])];

const result: UnitIndexResult = {
  unitCode: 'SVHTTDL',
  unitName: 'Sở Văn hóa, Thể thao và Du lịch',
  peerGroup: 'par-2023',
  frameworkVersion: '2022-2030',
  total: 84.27,
  missing: [],
  rank: 9,
  peerCount: 15,
  rankedCount: 15,
  percentile: 42.86,
  quartileGroup: 'low-average',
  band: { code: 'B', nameVi: 'Nhóm B', nameEn: 'Group B' },
  fileTotal: null,
  fileRank: null,
  rankChange: 3,
  rankChangeReason: null,
  scoreChange: 1.74,
  scoreChangeReason: null,
};
const scorecard: UnitScorecardResponse = {
  unitCode: 'SVHTTDL',
  year: 2023,
  families: [{ family: 'par', nameVi: families[0]!.nameVi, nameEn: 'PAR INDEX', result, scale: { min: 0, max: 100 }, nodes: [] }],
};
const stats = { received: 959, carriedOver: 0, resolved: 947, pending: 12, onTimeRate: 100, onlineRate: 82.48 } as DossierStatsResponse;
const notice = (kind: NotificationView['kind'], taskId: string): NotificationView => ({
  kind,
  day: '2023-07-03',
  taskId,
  agencyCode: 'SVHTTDL',
  department: 'Phòng Quản lý Văn hóa',
  content: 'Rà soát thủ tục',
  dueDate: '2023-06-30',
});
// two tasks past due, one of them silent too
const notices = [notice('overdue', 't1'), notice('overdue', 't2'), notice('stale', 't1')];
const slot = (weekday: number) => ({ weekday, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', validFrom: '2023-01-01', validTo: null });
const duty: DutyView = {
  agencyCode: 'SVHTTDL',
  days: [
    { date: '2023-07-03', weekday: 1, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', onDuty: 'Lê Hoa', reason: 'substitute' },
    { date: '2023-07-04', weekday: 2, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', onDuty: 'Trần Văn Minh', reason: 'backup' },
    { date: '2023-07-05', weekday: 3, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', onDuty: 'Nguyễn Thị Lan', reason: 'primary' },
    { date: '2023-07-08', weekday: 6, primary: null, backup: null, onDuty: null, reason: 'nobody' },
  ],
  roster: [slot(1), slot(2), slot(3)],
  leaves: [{ id: 'leave-1', officer: 'Nguyễn Thị Lan', from: '2023-07-03', to: '2023-07-04', substitute: 'Lê Hoa' }],
};
const noScores = { statusCode: 404, code: 'no_scores', message: 'Chưa có điểm', messageEn: 'No scores' };

describe('OverviewPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = () => page().textContent!.replace(/\s+/g, ' ');
  const settle = () => harness.fixture.whenStable();
  const figure = (testid: string) => page().querySelector(`[data-family="par"] [data-testid="${testid}"]`)!.textContent!.trim();
  const scorecardFor = (year: string) => http.expectOne((r) => r.url === '/api/units/SVHTTDL/scorecard' && r.params.get('year') === year);

  beforeEach(async () => {
    signInAs('director');
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: '', component: OverviewPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/?agency=SVHTTDL&period=2024');
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    await settle();
    http.expectOne((r) => r.url === '/api/dossiers/stats').flush(stats);
    http.expectOne('/api/notifications?agency=SVHTTDL').flush(notices);
    http.expectOne('/api/units/SVHTTDL/duty').flush(duty);
  });

  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.lang');
  });

  it("shows a card per index of the agency's latest scored year, each leading to the index page", async () => {
    scorecardFor('2024').flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();
    scorecardFor('2023').flush(scorecard);
    await settle();
    expect(text()).toContain('Chỉ số năm 2023 — Sở Văn hóa, Thể thao và Du lịch');
    expect([figure('total'), figure('rank'), figure('rank-change'), figure('band')]).toEqual([
      '84,27 điểm',
      '9/15',
      'tăng 3 bậc',
      'Nhóm B',
    ]);
    expect(page().querySelector('[data-family="par"] .arrow')!.textContent!.trim()).toBe('▲');
    const link = page().querySelector('[data-family="par"] h3 a')!;
    expect(link.getAttribute('href')).toBe('/chi-so?unit=SVHTTDL&year=2023&family=par');
    expect(page().querySelector('[data-testid="on-time-rate"]')!.textContent!.trim()).toBe('100,00%');

    TestBed.inject(I18nService).setLang('en');
    await settle();
    expect([figure('total'), figure('rank-change')]).toEqual(['84.27 points', 'up 3 places']);
  });

  it('says where to load scores when the agency has none in any year', async () => {
    scorecardFor('2024').flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();
    scorecardFor('2023').flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();
    scorecardFor('2022').flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();
    // a director cannot load data: the page is named, with who can
    expect(text()).toContain(
      'Sở Văn hóa, Thể thao và Du lịch chưa có điểm chỉ số — tải tệp điểm ở trang Dữ liệu (dành cho quản trị viên).',
    );
    expect(page().querySelector('a[href="/du-lieu"]')).toBeNull();
    expect(page().querySelector('[data-testid="index-card"]')).toBeNull();
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });

  it("counts today's overdue and silent tasks, each leading to the task page filtered to them", async () => {
    scorecardFor('2024').flush(scorecard);
    await settle();
    const count = (testid: string) => page().querySelector(`[data-testid="${testid}"] a`)!;
    expect([count('notices-overdue').textContent!.trim(), count('notices-stale').textContent!.trim()]).toEqual(['2', '1']);
    expect(count('notices-overdue').getAttribute('href')).toBe('/nhiem-vu?agency=SVHTTDL&only=overdue');
    expect(count('notices-stale').getAttribute('href')).toBe('/nhiem-vu?agency=SVHTTDL&only=stale');
    expect(page().querySelector('[data-testid="notices-overdue"]')!.classList).toContain('bad');
    expect(page().querySelector('[data-testid="task-notices"] h2')!.textContent).toBe('Nhiệm vụ quá hạn / chưa cập nhật');
  });

  it('stamps its filters and the print time at the top of the printout only, the time taken when printing starts', async () => {
    scorecardFor('2024').flush(scorecard);
    await settle();
    const stamp = page().querySelector('[data-testid="filter-stamp"]')!;
    expect(page().firstElementChild!.contains(stamp)).withContext('first on the page').toBeTrue();
    expect(getComputedStyle(stamp).display).withContext('on screen the page says its filters itself').toBe('none');
    const items = () => [...stamp.querySelectorAll('div')].map((item) => [...item.children].map((part) => part.textContent!.trim()));
    expect(items().slice(0, 3)).toEqual([
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Kỳ báo cáo', 'năm 2024 — từ ngày 15/12/2023 đến ngày 14/12/2024, kỳ chính thức (Nghị định 09/2019)'],
      ['Năm chỉ số', '2023'],
    ]);
    jasmine.clock().install();
    try {
      // 01:30 UTC is 08:30 in Vietnam
      jasmine.clock().mockDate(new Date('2025-01-02T01:30:00Z'));
      window.dispatchEvent(new Event('beforeprint'));
      expect(items()[3]).toEqual(['Ngày in', '02/01/2025 08:30']);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('says who is at the one-stop counter today and why, and the week in a table', async () => {
    scorecardFor('2024').flush(scorecard);
    await settle();
    const card = page().querySelector('[data-testid="duty"]')!;
    expect(card.querySelector('.today')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Lê Hoa — trực thay Nguyễn Thị Lan (nghỉ phép)');
    const rows = [...card.querySelectorAll('[data-testid="duty-week"] tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent!.trim()),
    );
    expect(rows).toEqual([
      ['Thứ Hai, 03/07/2023', 'Lê Hoa', 'trực thay Nguyễn Thị Lan (nghỉ phép)'],
      ['Thứ Ba, 04/07/2023', 'Trần Văn Minh', 'trực dự phòng thay Nguyễn Thị Lan (nghỉ phép)'],
      ['Thứ Tư, 05/07/2023', 'Nguyễn Thị Lan', 'trực theo lịch'],
      ['Thứ Bảy, 08/07/2023', 'Không có người trực', 'chưa có ai trực — cần bố trí người'],
    ]);
    TestBed.inject(I18nService).setLang('en');
    await settle();
    expect(card.querySelector('.today')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Lê Hoa — standing in for Nguyễn Thị Lan (on leave)',
    );
  });
});
