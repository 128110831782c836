import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AgencySummary,
  DossierStatsResponse,
  Framework,
  IndexFamilySummary,
  IndexScoresResponse,
  UnitIndexResult,
  UnitScorecardResponse,
} from '@cchc/domain';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from '../../charts/echarts';
import { signInAs, signOut } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { exportedRows } from '../../shared/export/testing';
import { ComparePage } from './compare.page';

const agencies: AgencySummary[] = [
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: 'Department of Culture, Sports and Tourism', departments: [] },
  { code: 'STP', name: 'Sở Tư pháp', nameEn: 'Department of Justice', departments: [] },
  { code: 'SYT', name: 'Sở Y tế', nameEn: 'Department of Health', departments: [] },
];

const family = (code: string, nameVi: string, years: number[]): IndexFamilySummary => ({
  family: code,
  nameVi,
  nameEn: nameVi,
  frameworks: [],
  years,
  peerGroups: [],
});
// SIPAS has no scores, so it is not offered
const families = [
  family('par', 'Chỉ số cải cách hành chính (PAR INDEX)', [2021, 2022]),
  family('sipas', 'Chỉ số hài lòng (SIPAS)', []),
  family('papi', 'Chỉ số PAPI (PAPI)', [2022]),
];

const framework = (code: 'par' | 'papi', kind: 'threshold' | 'quartile', nodes: [string, string, number][]): Framework => ({
  family: code,
  version: '2022',
  yearFrom: 2022,
  yearTo: null,
  scale: { min: 0, max: 100, decimals: 2 },
  direction: 'higher-better',
  aggregation: 'sum',
  bands: { kind, groups: [] },
  confidence: 'unverified',
  nodes: nodes.map(([nodeCode, nameVi, maxPoints]) => ({
    code: nodeCode,
    nameVi,
    nameEn: nodeCode,
    maxPoints,
    direction: 'higher-better',
    source: 'appraised',
  })),
});
const parFramework = framework('par', 'threshold', [
  ['steering', 'Chỉ đạo, điều hành', 12],
  ['e-government', 'Chính phủ số', 14],
]);
const papiFramework = framework('papi', 'quartile', [['participation', 'Tham gia của người dân', 10]]);

const result = (unitCode: string, unitName: string, peerGroup: string, patch: Partial<UnitIndexResult>): UnitIndexResult => ({
  unitCode,
  unitName,
  peerGroup,
  frameworkVersion: '2022',
  total: null,
  missing: [],
  rank: null,
  peerCount: 3,
  rankedCount: 3,
  percentile: null,
  quartileGroup: null,
  band: null,
  fileTotal: null,
  fileRank: null,
  rankChange: null,
  rankChangeReason: 'methodology-changed',
  scoreChange: null,
  scoreChangeReason: null,
  ...patch,
});
const groupA = { code: 'A', nameVi: 'Nhóm A', nameEn: 'Group A' };
const groupB = { code: 'B', nameVi: 'Nhóm B', nameEn: 'Group B' };
// districts come first, but the page opens on the sở, where the chosen agency is ranked
const parScores: IndexScoresResponse = {
  family: 'par',
  year: 2022,
  peerGroups: [
    { code: 'huyen', name: 'Khối huyện 2022' },
    { code: 'so', name: 'Khối sở 2022' },
  ],
  units: [
    result('H1', 'Huyện Một', 'huyen', { total: 91, rank: 1, peerCount: 1, rankedCount: 1, band: groupA }),
    result('SYT', 'Sở Y tế', 'so', { total: 92.1, rank: 1, band: groupA }),
    result('STP', 'Sở Tư pháp', 'so', { total: 85.5, rank: 2, band: groupB }),
    result('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'so', { total: 78.71, rank: 3 }),
  ],
};
const papiScores: IndexScoresResponse = {
  family: 'papi',
  year: 2022,
  peerGroups: [{ code: 'papi-2022', name: 'PAPI 2022' }],
  units: [
    result('TM', 'Tỉnh Mẫu', 'papi-2022', {
      total: 48.8453,
      rank: 1,
      quartileGroup: 'highest',
      band: { code: 'highest', nameVi: 'Nhóm đạt điểm cao nhất', nameEn: 'Highest' },
      rankChange: 2,
      rankChangeReason: null,
    }),
    result('T2', 'Tỉnh Hai', 'papi-2022', {
      total: 40.1,
      rank: 2,
      quartileGroup: 'lowest',
      band: { code: 'lowest', nameVi: 'Nhóm đạt điểm thấp nhất', nameEn: 'Lowest' },
      rankChange: -2,
      rankChangeReason: null,
    }),
  ],
};

/** A unit's PAR INDEX 2022 scorecard with its two fields. */
function scorecard(unit: UnitIndexResult, steering: number, egov: number): UnitScorecardResponse {
  const node = (code: string, maxPoints: number, achieved: number) => ({
    code,
    nameVi: code,
    nameEn: code,
    parentCode: null,
    depth: 0,
    maxPoints,
    achieved,
    lost: null,
    lostOfTotal: null,
    missingReason: null,
    ownerDepartment: null,
  });
  return {
    unitCode: unit.unitCode,
    year: 2022,
    families: [
      {
        family: 'par',
        nameVi: families[0]!.nameVi,
        nameEn: families[0]!.nameEn,
        result: unit,
        scale: { min: 0, max: 100 },
        nodes: [node('steering', 12, steering), node('e-government', 14, egov)],
      },
    ],
  };
}
const [, syt, stp, svhttdl] = parScores.units as [UnitIndexResult, UnitIndexResult, UnitIndexResult, UnitIndexResult];
const scorecards: Record<string, UnitScorecardResponse> = {
  SYT: scorecard(syt, 11.5, 13),
  STP: scorecard(stp, 10.8, 11.9),
  SVHTTDL: scorecard(svhttdl, 9.85, 9.8),
};
const stats = (agency: string, onlineRate: number | null, onTimeRate: number | null) =>
  ({ agency, onlineRate, onTimeRate }) as DossierStatsResponse;
const rates: Record<string, DossierStatsResponse> = {
  SVHTTDL: stats('SVHTTDL', 80.75, 100),
  STP: stats('STP', null, null),
  SYT: stats('SYT', 72.64, 96.07),
};
const noScores = { statusCode: 404, code: 'no_scores', message: 'Chưa có điểm', messageEn: 'No scores' };

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('ComparePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = () => page().textContent!.replace(/\s+/g, ' ');
  const settle = () => harness.fixture.whenStable();
  const trim = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();
  const rows = () => [...page().querySelectorAll('[data-testid="league-table"] tbody tr')];
  const table = () => rows().map((row) => [...row.children].map(trim));
  const boxes = () => [...page().querySelectorAll<HTMLInputElement>('[data-testid="league-table"] tbody input[type="checkbox"]')];
  const caption = (testid: string) => trim(page().querySelector(`[data-testid="${testid}"] figcaption`)!);
  const heading = (label: string) =>
    [...page().querySelectorAll<HTMLButtonElement>('[data-testid="league-table"] thead button')].find((b) => trim(b) === label)!;

  beforeEach(async () => {
    signInAs('admin');
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'so-sanh', component: ComparePage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideEchartsCore({ echarts }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
  });

  const request = (url: string, param?: [string, string]) =>
    http.expectOne((r) => r.url === url && (!param || r.params.get(param[0]) === param[1]));

  function flushRates(): void {
    for (const agency of agencies) request('/api/dossiers/stats', ['agency', agency.code]).flush(rates[agency.code]!);
  }
  async function open(url = '/so-sanh?agency=SVHTTDL&period=2024-H1'): Promise<void> {
    await harness.navigateByUrl(url);
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    await settle();
    request('/api/indices/par/frameworks/2022').flush(parFramework);
    request('/api/indices/par/scores', ['year', '2022']).flush(parScores);
    flushRates();
    await settle();
    for (const unit of ['SYT', 'STP', 'SVHTTDL']) request(`/api/units/${unit}/scorecard`, ['year', '2022']).flush(scorecards[unit]!);
    await settle();
  }
  async function choose(testid: string, value: string): Promise<void> {
    const select = page().querySelector(`[data-testid="${testid}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  }

  it("ranks the chosen agency's peer group of the family's latest year, the agency marked", async () => {
    await open();
    expect(text()).toContain('Bảng xếp hạng PAR INDEX năm 2022');
    expect((page().querySelector('[data-testid="family"]') as HTMLSelectElement).value).toBe('par');
    expect([...page().querySelectorAll('[data-testid="family"] option')].map(trim)).toEqual(['PAR INDEX', 'PAPI']);
    expect((page().querySelector('[data-testid="year"]') as HTMLSelectElement).value).toBe('2022');
    expect((page().querySelector('[data-testid="group"]') as HTMLSelectElement).value).toBe('so');
    expect(table()).toEqual([
      ['', '1', 'Sở Y tế', '92,10', 'không so sánh được: đổi phương pháp', 'Nhóm A'],
      ['', '2', 'Sở Tư pháp', '85,50', 'không so sánh được: đổi phương pháp', 'Nhóm B'],
      ['', '3', 'Sở Văn hóa, Thể thao và Du lịch', '78,71', 'không so sánh được: đổi phương pháp', '—'],
    ]);
    expect(rows().map((row) => row.getAttribute('aria-current'))).toEqual([null, null, 'true']);
    // PAR INDEX bands are thresholds: named, not coloured as quartiles
    expect(rows().some((row) => row.hasAttribute('data-quartile'))).toBeFalse();
    expect(text()).toContain('Khối sở 2022: 3 đơn vị.');
    expect(page().querySelector('[data-testid="league-table"] a[href="/chi-so?unit=SYT&year=2022&family=par"]')).not.toBeNull();
  });

  it('draws the heatmap, the radar of the first two and the agency, and one scatter point per agency', async () => {
    await open();
    expect(boxes().map((box) => box.checked)).toEqual([true, true, true]);
    expect(caption('heatmap')).toContain('PAR INDEX năm 2022: 3 đơn vị, 2 lĩnh vực;');
    expect(caption('heatmap')).toContain('Ô thấp nhất: Sở Văn hóa, Thể thao và Du lịch — Chính phủ số (70,00%).');
    expect(caption('radar')).toBe(
      'PAR INDEX năm 2022, điểm đạt trên điểm tối đa của từng lĩnh vực — ' +
        'Sở Y tế: cao nhất Chỉ đạo, điều hành (95,83%), thấp nhất Chính phủ số (92,86%); ' +
        'Sở Tư pháp: cao nhất Chỉ đạo, điều hành (90,00%), thấp nhất Chính phủ số (85,00%); ' +
        'Sở Văn hóa, Thể thao và Du lịch: cao nhất Chỉ đạo, điều hành (82,08%), thấp nhất Chính phủ số (70,00%).',
    );
    expect(caption('scatter')).toBe(
      '6 tháng đầu năm 2024, 2 cơ quan — SVHTTDL: trực tuyến 80,75%, đúng hạn 100,00%; SYT: trực tuyến 72,64%, đúng hạn 96,07%. ' +
        'Chưa có hồ sơ trong kỳ: STP.',
    );
    expect(trim(page().querySelector('[data-testid="period-window"]')!)).toContain('từ ngày 15/12/2023 đến ngày 14/06/2024');
    const drawn = () => ['heatmap', 'radar', 'scatter'].filter((id) => page().querySelector(`[data-testid="${id}"] canvas`));
    await until(() => drawn().length === 3);
    expect(drawn()).toEqual(['heatmap', 'radar', 'scatter']);
  });

  it('sorts by a column heading, each in its own first order, and the other way on a second click', async () => {
    await open();
    const th = (label: string) => heading(label).closest('th')!;
    expect(th('Hạng').getAttribute('aria-sort')).toBe('ascending');
    heading('Đơn vị').click();
    await settle();
    expect(table().map((row) => row[2])).toEqual(['Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Y tế']);
    expect([th('Hạng').getAttribute('aria-sort'), th('Đơn vị').getAttribute('aria-sort')]).toEqual([null, 'ascending']);
    heading('Tổng điểm').click();
    await settle();
    expect(th('Tổng điểm').getAttribute('aria-sort')).toBe('descending');
    expect(table().map((row) => row[3])).toEqual(['92,10', '85,50', '78,71']);
    heading('Tổng điểm').click();
    await settle();
    expect(th('Tổng điểm').getAttribute('aria-sort')).toBe('ascending');
    expect(table().map((row) => row[3])).toEqual(['78,71', '85,50', '92,10']);
  });

  it('exports the league table as sorted, under the index, year and group chosen', async () => {
    await open();
    heading('Đơn vị').click();
    await settle();
    const rows = exportedRows(harness.routeDebugElement!);
    expect(rows.slice(0, 6)).toEqual([
      ['Bảng xếp hạng PAR INDEX năm 2022 — Khối sở 2022'],
      ['Chỉ số', 'PAR INDEX'],
      ['Năm', 2022],
      ['Khối xếp hạng', 'Khối sở 2022'],
      [],
      ['Hạng', 'Đơn vị', 'Tổng điểm', 'So với năm trước', 'Xếp nhóm'],
    ]);
    // ranks and totals are numbers; where there is no change to count, the reason the page gives
    expect(rows.slice(6)).toEqual([
      [2, 'Sở Tư pháp', 85.5, 'không so sánh được: đổi phương pháp', 'Nhóm B'],
      [3, 'Sở Văn hóa, Thể thao và Du lịch', 78.71, 'không so sánh được: đổi phương pháp', null],
      [1, 'Sở Y tế', 92.1, 'không so sánh được: đổi phương pháp', 'Nhóm A'],
    ]);
  });

  it('keeps 2–4 units picked for the radar, in the URL', async () => {
    await open();
    const router = TestBed.inject(Router);
    boxes()[0]!.click();
    await settle();
    expect(router.url).toBe('/so-sanh?agency=SVHTTDL&period=2024-H1&units=STP,SVHTTDL');
    expect(boxes().map((box) => [box.checked, box.disabled])).toEqual([
      [false, false],
      [true, true],
      [true, true],
    ]);
    expect(caption('radar')).not.toContain('Sở Y tế');
    expect(boxes()[1]!.getAttribute('aria-label')).toBe('So sánh Sở Tư pháp');
    boxes()[0]!.click();
    await settle();
    expect(router.url).toBe('/so-sanh?agency=SVHTTDL&period=2024-H1&units=STP,SVHTTDL,SYT');
    expect(boxes().every((box) => box.checked && !box.disabled)).toBeTrue();
  });

  it('colours provinces by PAPI quartile, with the group named too', async () => {
    await open();
    await choose('family', 'papi');
    expect(TestBed.inject(Router).url).toBe('/so-sanh?agency=SVHTTDL&period=2024-H1&family=papi');
    request('/api/indices/papi/frameworks/2022').flush(papiFramework);
    request('/api/indices/papi/scores', ['year', '2022']).flush(papiScores);
    await settle();
    request('/api/units/TM/scorecard', ['year', '2022']).flush(noScores, { status: 404, statusText: 'Not Found' });
    request('/api/units/T2/scorecard', ['year', '2022']).flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(rows().map((row) => row.getAttribute('data-quartile'))).toEqual(['highest', 'lowest']);
    expect(table().map((row) => row.slice(1))).toEqual([
      ['1', 'Tỉnh Mẫu', '48,8453', 'tăng 2 bậc', 'Nhóm đạt điểm cao nhất'],
      ['2', 'Tỉnh Hai', '40,1000', 'giảm 2 bậc', 'Nhóm đạt điểm thấp nhất'],
    ]);
    // places gained are a number in the export, signed as the API gives them
    expect(exportedRows(harness.routeDebugElement!).slice(-2)).toEqual([
      [1, 'Tỉnh Mẫu', 48.8453, 2, 'Nhóm đạt điểm cao nhất'],
      [2, 'Tỉnh Hai', 40.1, -2, 'Nhóm đạt điểm thấp nhất'],
    ]);
    // one group that year: nothing to choose; the agency is not a province, so nothing is marked
    expect(page().querySelector('[data-testid="group"]')).toBeNull();
    expect(rows().some((row) => row.hasAttribute('aria-current'))).toBeFalse();
    expect(caption('heatmap')).toBe('PAPI năm 2022: chưa có điểm từng lĩnh vực.');
  });

  it('switches peer group and period through the URL', async () => {
    await open();
    const router = TestBed.inject(Router);
    await choose('group', 'huyen');
    expect(router.url).toBe('/so-sanh?agency=SVHTTDL&period=2024-H1&group=huyen');
    expect(table().map((row) => row[2])).toEqual(['Huyện Một']);
    request('/api/units/H1/scorecard', ['year', '2022']).flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();

    await choose('period-kind', 'year');
    expect(router.url).toBe('/so-sanh?agency=SVHTTDL&period=2024&group=huyen&calendar=false');
    for (const agency of agencies) {
      expect(request('/api/dossiers/stats', ['agency', agency.code]).request.params.get('period')).toBe('2024');
    }
  });

  it("leaves a row empty where the account may not read a unit's components (403), the ranking still whole", async () => {
    await harness.navigateByUrl('/so-sanh?period=2024-H1');
    // a director's agency list holds their own agency only
    http.expectOne('/api/agencies').flush([agencies[0]]);
    http.expectOne('/api/indices').flush(families);
    await settle();
    request('/api/indices/par/frameworks/2022').flush(parFramework);
    request('/api/indices/par/scores', ['year', '2022']).flush(parScores);
    request('/api/dossiers/stats', ['agency', 'SVHTTDL']).flush(rates['SVHTTDL']!);
    await settle();
    const forbidden = { statusCode: 403, code: 'forbidden', message: 'Tài khoản không có quyền xem hoặc sửa mục này' };
    for (const unit of ['SYT', 'STP'])
      request(`/api/units/${unit}/scorecard`, ['year', '2022']).flush(forbidden, { status: 403, statusText: 'Forbidden' });
    request('/api/units/SVHTTDL/scorecard', ['year', '2022']).flush(scorecards['SVHTTDL']!);
    await settle();
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(table().map((row) => row[2])).toEqual(['Sở Y tế', 'Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch']);
    expect(caption('heatmap')).toContain('PAR INDEX năm 2022: 3 đơn vị, 2 lĩnh vực;');
    expect(caption('scatter')).toBe('6 tháng đầu năm 2024, 1 cơ quan — SVHTTDL: trực tuyến 80,75%, đúng hạn 100,00%.');
  });

  it('says where to load scores when there are none', async () => {
    await harness.navigateByUrl('/so-sanh');
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush([families[1]]);
    await settle();
    flushRates();
    await settle();
    expect(text()).toContain('Chưa có điểm chỉ số nào — tải tệp điểm ở trang Dữ liệu.');
    expect(page().querySelector('[data-testid="league-table"]')).toBeNull();
    expect(page().querySelector('[data-testid="family"]')).toBeNull();
  });

  it('shows the API error message, in the current language', async () => {
    await harness.navigateByUrl('/so-sanh?family=par&year=2021');
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    await settle();
    flushRates();
    request('/api/indices/par/frameworks/2021').flush(
      { statusCode: 500, code: 'clickhouse', message: 'Lỗi kho dữ liệu', messageEn: 'Store error' },
      { status: 500, statusText: 'Error' },
    );
    // forkJoin cancels the scores once the framework fails
    expect(request('/api/indices/par/scores', ['year', '2021']).cancelled).toBeTrue();
    await settle();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('Không tải được dữ liệu: Lỗi kho dữ liệu');
    TestBed.inject(I18nService).setLang('en');
    await settle();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('Could not load the data: Store error');
  });

  it('follows a language switch', async () => {
    await open();
    TestBed.inject(I18nService).setLang('en');
    await settle();
    expect(text()).toContain('PAR INDEX 2022 league table');
    expect(table()[0]).toEqual(['', '1', 'Sở Y tế', '92.10', 'not comparable: the methodology changed', 'Group A']);
    expect(caption('scatter')).toContain('first half of 2024, 2 agencies — SVHTTDL: 80.75% online, 100.00% on time;');
  });
});
