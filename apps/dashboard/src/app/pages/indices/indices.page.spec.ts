import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AgencySummary,
  IndexFamilySummary,
  IndexScoresResponse,
  ScorecardNode,
  UnitIndexResult,
  UnitScorecardResponse,
  UnitTrendsResponse,
} from '@cchc/domain';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from '../../charts/echarts';
import { signInAs, signOut } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { exportedRows } from '../../shared/export/testing';
import { IndicesPage } from './indices.page';

const agencies: AgencySummary[] = [
  { code: 'STP', name: 'Sở Tư pháp', nameEn: 'Department of Justice', departments: [] },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: [] },
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
// SIPAS has no scores, so nothing is asked about it; PAPI has 2023, which SVHTTDL has none of
const families = [
  family('par', 'Chỉ số cải cách hành chính (PAR INDEX)', [2021, 2022]),
  family('sipas', 'Chỉ số hài lòng (SIPAS)', []),
  family('papi', 'Chỉ số PAPI (PAPI)', [2022, 2023]),
  family('ddci', 'Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)', [2022]),
];

const result = (unitCode: string, unitName: string, peerGroup: string, patch: Partial<UnitIndexResult>): UnitIndexResult => ({
  unitCode,
  unitName,
  peerGroup,
  frameworkVersion: '2022-2030',
  total: null,
  missing: [],
  rank: null,
  peerCount: 15,
  rankedCount: 15,
  percentile: null,
  quartileGroup: null,
  band: null,
  fileTotal: null,
  fileRank: null,
  rankChange: null,
  rankChangeReason: null,
  scoreChange: null,
  scoreChangeReason: null,
  ...patch,
});
const node = (
  code: string,
  nameVi: string,
  maxPoints: number,
  achieved: number | null,
  patch: Partial<ScorecardNode> = {},
): ScorecardNode => ({
  code,
  nameVi,
  nameEn: code,
  parentCode: null,
  depth: 0,
  maxPoints,
  achieved,
  lost: achieved === null ? null : Math.round((maxPoints - achieved) * 100) / 100,
  lostOfTotal: achieved === null ? null : Math.round((maxPoints - achieved) * 100) / 100,
  missingReason: achieved === null ? 'Chưa có điểm / not scored' : null,
  ownerDepartment: null,
  ...patch,
});

// Sở VHTTDL in 2022: last of 15 in PAR INDEX under the new methodology, 13th of 21 in DDCI
const svhttdlPar = result('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'par-2022', {
  total: 78.71,
  rank: 15,
  rankChangeReason: 'methodology-changed',
  scoreChangeReason: 'methodology-changed',
});
const svhttdlDdci = result('SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'ddci-2022', {
  frameworkVersion: '2019',
  total: 72.27,
  rank: 13,
  peerCount: 21,
  rankChange: 6,
  scoreChange: 4.29,
});
const scorecard: UnitScorecardResponse = {
  unitCode: 'SVHTTDL',
  year: 2022,
  families: [
    {
      family: 'par',
      nameVi: families[0]!.nameVi,
      nameEn: 'Public Administration Reform Index (PAR INDEX)',
      result: svhttdlPar,
      scale: { min: 0, max: 100 },
      nodes: [
        node('e-government', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 14, 9.8),
        node('procedure-reform', 'Cải cách thủ tục hành chính', 14, 9.98),
        node('e-government.portal', 'Cổng dịch vụ công', 4, null, { parentCode: 'e-government', depth: 1 }),
      ],
    },
    {
      family: 'ddci',
      nameVi: families[3]!.nameVi,
      nameEn: 'Department and District Competitiveness Index (DDCI)',
      result: svhttdlDdci,
      scale: { min: 10, max: 100 },
      nodes: [node('time-cost', 'Chi phí thời gian', 10, 6.52)],
    },
  ],
};
const parTrends: UnitTrendsResponse = {
  unitCode: 'SVHTTDL',
  family: 'par',
  points: [
    {
      year: 2021,
      total: 81.25,
      rank: 11,
      peerCount: 15,
      peerGroup: 'par-2021',
      frameworkVersion: '2012-2021',
      methodologyBreak: false,
      breakReason: null,
    },
    {
      year: 2022,
      total: 78.71,
      rank: 15,
      peerCount: 15,
      peerGroup: 'par-2022',
      frameworkVersion: '2022-2030',
      methodologyBreak: true,
      breakReason: 'methodology-changed',
    },
  ],
};
const ddciTrends: UnitTrendsResponse = {
  unitCode: 'SVHTTDL',
  family: 'ddci',
  points: [
    {
      year: 2022,
      total: 72.27,
      rank: 13,
      peerCount: 21,
      peerGroup: 'ddci-2022',
      frameworkVersion: '2019',
      methodologyBreak: false,
      breakReason: null,
    },
  ],
};
const scores: Record<string, IndexScoresResponse> = {
  par: {
    family: 'par',
    year: 2022,
    peerGroups: [{ code: 'par-2022', name: 'Khối sở 2022' }],
    units: [result('SYT', 'Sở Y tế', 'par-2022', { total: 92.1, rank: 1, rankChangeReason: 'methodology-changed' }), svhttdlPar],
  },
  papi: {
    family: 'papi',
    year: 2022,
    peerGroups: [{ code: 'papi-2022', name: 'PAPI 2022' }],
    units: [result('TM', 'Tỉnh Mẫu', 'papi-2022', { total: 48.8453, rank: 24, peerCount: 63 })],
  },
  ddci: {
    family: 'ddci',
    year: 2022,
    peerGroups: [{ code: 'ddci-2022', name: 'DDCI 2022' }],
    units: [result('STP', 'Sở Tư pháp', 'ddci-2022', { total: 80, rank: 1, peerCount: 21, rankChange: -1 }), svhttdlDdci],
  },
};
const noScores = { statusCode: 404, code: 'no_scores', message: 'Chưa có điểm', messageEn: 'No scores' };

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('IndicesPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const text = () => page().textContent!.replace(/\s+/g, ' ');
  const settle = () => harness.fixture.whenStable();
  const cells = (selector: string) => [...page().querySelectorAll(selector)].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
  const card = (family: string) => (testid: string) =>
    page().querySelector(`[data-family="${family}"] [data-testid="${testid}"]`)!.textContent!.trim();

  beforeEach(async () => {
    signInAs('admin');
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'chi-so', component: IndicesPage }]),
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

  /** The unit's history in each family with scores: PAR and DDCI, none in PAPI. */
  async function flushTrends(unit = 'SVHTTDL'): Promise<void> {
    request(`/api/units/${unit}/trends`, ['family', 'par']).flush(parTrends);
    request(`/api/units/${unit}/trends`, ['family', 'papi']).flush(noScores, { status: 404, statusText: 'Not Found' });
    request(`/api/units/${unit}/trends`, ['family', 'ddci']).flush(ddciTrends);
    await settle();
  }
  function scorecardRequest(unit = 'SVHTTDL'): TestRequest {
    return request(`/api/units/${unit}/scorecard`);
  }
  function flushScores(year = '2022'): void {
    for (const code of ['par', 'papi', 'ddci']) request(`/api/indices/${code}/scores`, ['year', year]).flush(scores[code]!);
  }
  async function open(url: string): Promise<void> {
    await harness.navigateByUrl(url);
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    await settle();
    await flushTrends();
  }
  async function openSvhttdl2022(): Promise<void> {
    await open('/chi-so?unit=SVHTTDL&year=2022');
    const card = scorecardRequest();
    expect(card.request.params.get('year')).toBe('2022');
    card.flush(scorecard);
    flushScores();
    await settle();
  }

  it('shows one card per index: total, rank 15/15 and the change in words', async () => {
    await openSvhttdl2022();
    expect(text()).toContain('Kết quả năm 2022 — Sở Văn hóa, Thể thao và Du lịch');
    const par = card('par');
    expect([par('total'), par('rank'), par('rank-change')]).toEqual(['78,71 điểm', '15/15', 'không so sánh được: đổi phương pháp']);
    const ddci = card('ddci');
    expect([ddci('total'), ddci('rank'), ddci('rank-change')]).toEqual(['72,27 điểm', '13/21', 'tăng 6 bậc']);
    expect(page().querySelector('[data-family="ddci"]')!.textContent).toContain('+4,29 điểm');
    expect(page().querySelector('[data-family="ddci"]')!.textContent).toContain('thang điểm 10–100');
  });

  it('opens on the index with the most points lost and lists every node, owner "chưa giao" until assigned', async () => {
    await openSvhttdl2022();
    expect((page().querySelector('[data-testid="family"]') as HTMLSelectElement).value).toBe('par');
    expect(text()).toContain('Mất điểm ở đâu — PAR INDEX');
    expect(cells('[data-testid="loss-table"] tbody tr:first-child > *')).toEqual([
      'e-government',
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
      '9,80',
      '14,00',
      '4,20',
      '4,20',
      'chưa giao',
    ]);
    expect(cells('[data-testid="loss-table"] tbody tr:last-child > *')).toEqual([
      'e-government.portal',
      'Cổng dịch vụ công (Chưa có điểm / not scored)',
      '—',
      '4,00',
      '—',
      '—',
      'chưa giao',
    ]);
    expect(text()).toContain('PAR INDEX năm 2022: đạt 78,71 trên thang 100 điểm.');
    expect(text()).toContain('năm 2022: hạng 15/15, 78,71 điểm. Năm 2022 không so sánh được với năm trước: đổi phương pháp.');
  });

  it('compares the unit with its peer group, highlighted, and offers ranked units that are not agencies', async () => {
    await openSvhttdl2022();
    const rows = [...page().querySelectorAll('[data-testid="peer-table"] tbody tr')];
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim()))).toEqual([
      ['1', 'Sở Y tế', '92,10', 'không so sánh được: đổi phương pháp'],
      ['15', 'Sở Văn hóa, Thể thao và Du lịch', '78,71', 'không so sánh được: đổi phương pháp'],
    ]);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows[0]!.getAttribute('aria-current')).toBeNull();
    expect(text()).toContain('Khối sở 2022, năm 2022: 2 đơn vị, xếp từ cao xuống thấp');
    const picker = page().querySelector('[data-testid="agency"]') as HTMLSelectElement;
    expect(picker.value).toBe('SVHTTDL');
    expect(cells('[data-testid="agency"] optgroup option')).toEqual(['Tỉnh Mẫu']);
  });

  it('exports where the points were lost, component by component, under the unit, year and index shown', async () => {
    await openSvhttdl2022();
    const rows = exportedRows(harness.routeDebugElement!, 0);
    expect(rows).toEqual([
      ['Mất điểm ở đâu — PAR INDEX'],
      ['Đơn vị', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Năm', 2022],
      ['Chỉ số', 'PAR INDEX'],
      [],
      ['Mã', 'Lĩnh vực, tiêu chí', 'Đạt', 'Tối đa', 'Mất', 'Mất trên tổng điểm', 'Phòng phụ trách'],
      ['e-government', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 9.8, 14, 4.2, 4.2, 'chưa giao'],
      ['procedure-reform', 'Cải cách thủ tục hành chính', 9.98, 14, 4.02, 4.02, 'chưa giao'],
      ['e-government.portal', 'Cổng dịch vụ công (Chưa có điểm / not scored)', null, 4, null, null, 'chưa giao'],
    ]);
  });

  it('exports the peer table under the unit, year, index and group shown', async () => {
    await openSvhttdl2022();
    const rows = exportedRows(harness.routeDebugElement!, 1);
    expect(rows.slice(0, 8)).toEqual([
      ['So sánh trong khối xếp hạng — PAR INDEX'],
      ['Đơn vị', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Năm', 2022],
      ['Chỉ số', 'PAR INDEX'],
      ['Khối xếp hạng', 'Khối sở 2022'],
      [],
      ['Hạng', 'Đơn vị', 'Tổng điểm', 'So với năm trước'],
      [1, 'Sở Y tế', 92.1, 'không so sánh được: đổi phương pháp'],
    ]);
    expect(rows.length).toBe(9);
  });

  it('draws the loss and trend charts on canvases', async () => {
    await openSvhttdl2022();
    await until(() => page().querySelectorAll('cchc-chart-figure canvas').length >= 2);
    expect(page().querySelectorAll('cchc-chart-figure canvas').length).toBe(2);
  });

  it('opens on the latest year the unit has scores in, not the latest of any index', async () => {
    await open('/chi-so?unit=SVHTTDL');
    const card = scorecardRequest();
    expect(card.request.params.get('year')).toBe('2022');
    card.flush(scorecard);
    flushScores('2022');
    await settle();
    expect((page().querySelector('[data-testid="year"]') as HTMLSelectElement).value).toBe('2022');
    expect(cells('[data-testid="year"] option')).toEqual(['2023', '2022', '2021']);
  });

  it('puts a new index, year or unit in the URL; only agencies are remembered for the other pages', async () => {
    await openSvhttdl2022();
    const router = TestBed.inject(Router);
    const choose = async (testid: string, value: string) => {
      const select = page().querySelector(`[data-testid="${testid}"]`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await settle();
    };

    await choose('family', 'ddci');
    expect(router.url).toBe('/chi-so?unit=SVHTTDL&year=2022&family=ddci');
    expect(text()).toContain('Mất điểm ở đâu — DDCI');
    expect(cells('[data-testid="peer-table"] tbody th')).toEqual(['Sở Tư pháp', 'Sở Văn hóa, Thể thao và Du lịch']);

    await choose('agency', 'TM');
    expect(router.url).toBe('/chi-so?unit=TM&year=2022&family=ddci');
    expect(localStorage.getItem('cchc.agency')).toBeNull();
    await flushTrends('TM');
    scorecardRequest('TM').flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();

    await choose('agency', 'STP');
    expect(localStorage.getItem('cchc.agency')).toBe('STP');
    await flushTrends('STP');
    scorecardRequest('STP').flush(noScores, { status: 404, statusText: 'Not Found' });
    await settle();

    await choose('year', '2021');
    expect(router.url).toBe('/chi-so?unit=STP&year=2021&family=ddci');
    expect(scorecardRequest('STP').request.params.get('year')).toBe('2021');
    request('/api/indices/par/scores', ['year', '2021']).flush({ ...scores['par']!, year: 2021, units: [] });
  });

  it('says so, and where to load scores, when the unit has none that year', async () => {
    await open('/chi-so?unit=SVHTTDL&year=2022');
    scorecardRequest().flush(noScores, { status: 404, statusText: 'Not Found' });
    flushScores();
    await settle();
    expect(text()).toContain('Sở Văn hóa, Thể thao và Du lịch chưa có điểm chỉ số năm 2022 — tải tệp điểm ở trang Dữ liệu.');
    expect(page().querySelector('a[href="/du-lieu"]')).not.toBeNull();
    expect(page().querySelector('[data-testid="index-card"]')).toBeNull();
    expect(page().querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the API error message, in the current language', async () => {
    await harness.navigateByUrl('/chi-so?unit=SVHTTDL&year=2022');
    http.expectOne('/api/agencies').flush(agencies);
    http
      .expectOne('/api/indices')
      .flush(
        { statusCode: 500, code: 'clickhouse', message: 'Lỗi kho dữ liệu', messageEn: 'Store error' },
        { status: 500, statusText: 'Error' },
      );
    await settle();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('Không tải được dữ liệu: Lỗi kho dữ liệu');
    TestBed.inject(I18nService).setLang('en');
    await settle();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('Could not load the data: Store error');
  });

  it('follows a language switch', async () => {
    await openSvhttdl2022();
    TestBed.inject(I18nService).setLang('en');
    await settle();
    const par = card('par');
    expect([par('total'), par('rank'), par('rank-change')]).toEqual(['78.71 points', '15/15', 'not comparable: the methodology changed']);
    expect(card('ddci')('rank-change')).toBe('up 6 places');
    expect(text()).toContain('Where points were lost — PAR INDEX');
    expect(text()).toContain('not assigned');
  });
});
