import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type {
  AgencySummary,
  DossierStatsResponse,
  DutyView,
  IndexFamilySummary,
  NodeOwner,
  OwnershipNode,
  OwnershipResponse,
  Role,
  UnitTrendsResponse,
} from '@cchc/domain';
import { signInAs, signOut } from '../../core/auth/testing';
import { exportedRows } from '../../shared/export/testing';
import { daysFromToday, testTask } from '../../shared/tasks/testing';
import { MinePage } from './mine.page';

const culture = 'Phòng Quản lý Văn hóa';
const office = 'Văn phòng Sở';
const agencies: AgencySummary[] = [
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: [office, culture] },
];
const families: IndexFamilySummary[] = [
  { family: 'sipas', nameVi: 'Chỉ số hài lòng (SIPAS)', nameEn: 'SIPAS', frameworks: [], years: [], peerGroups: [] },
  {
    family: 'par',
    nameVi: 'Chỉ số cải cách hành chính (PAR INDEX)',
    nameEn: 'Public Administration Reform Index (PAR INDEX)',
    frameworks: [{ version: '2022-2030', yearFrom: 2022, yearTo: null, decision: null, confidence: 'official' }],
    years: [2022, 2023, 2024],
    peerGroups: [],
  },
];
const owner = (leadDepartment: string, patch: Partial<NodeOwner> = {}): NodeOwner => ({
  leadDepartment,
  supportingDepartments: [],
  responsiblePerson: 'Phó Giám đốc Trần Bình',
  target: null,
  ...patch,
});
const node = (
  code: string,
  nameVi: string,
  maxPoints: number,
  achieved: number,
  nodeOwner: NodeOwner | null,
  depth = 0,
): OwnershipNode => ({
  code,
  nameVi,
  nameEn: code,
  parentCode: depth > 0 ? code.split('.')[0]! : null,
  depth,
  maxPoints,
  achieved,
  lost: Math.round((maxPoints - achieved) * 100) / 100,
  owner: nodeOwner,
});
const tree = (nodes: OwnershipNode[]): OwnershipResponse => ({
  unitCode: 'SVHTTDL',
  family: 'par',
  year: 2024,
  frameworkVersion: '2022-2030',
  nodes,
  unassigned: nodes.filter((n) => !n.owner).map((n) => n.code),
});
const ownership = tree([
  node(
    'procedure-reform',
    'Cải cách thủ tục hành chính',
    14,
    9.98,
    owner(culture, { target: { kind: 'points', value: 12 }, supportingDepartments: [office] }),
  ),
  node('procedure-reform.public', 'Công khai thủ tục', 3, 2, owner(culture), 1),
  node('e-government', 'Chính phủ điện tử, Chính phủ số', 14, 9.8, null),
]);
const trends: UnitTrendsResponse = {
  unitCode: 'SVHTTDL',
  family: 'par',
  points: [2022, 2023, 2024].map((year, i) => ({
    year,
    total: [78.71, 82.53, 84.27][i]!,
    rank: [15, 12, 9][i]!,
    peerCount: 15,
    peerGroup: `par-${year}`,
    frameworkVersion: '2022-2030',
    methodologyBreak: false,
    breakReason: null,
  })),
};
const stats = {
  received: 212,
  carriedOver: 0,
  onlineRate: 85.38,
  resolved: 200,
  resolvedEarly: 120,
  resolvedOnTime: 78,
  resolvedLate: 2,
  pending: 12,
  pendingOverdue: 1,
} as DossierStatsResponse;

const duty: DutyView = {
  agencyCode: 'SVHTTDL',
  days: [],
  roster: [{ weekday: 1, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', validFrom: '2024-01-01', validTo: null }],
  leaves: [],
};

describe('MinePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const text = (selector: string) => page().querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  const rows = (testid: string) =>
    [...page().querySelectorAll(`[data-testid="${testid}"] tbody tr`)].map((row) =>
      [...row.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
  const value = (testid: string) => (page().querySelector(`[data-testid="${testid}"]`) as HTMLInputElement | HTMLSelectElement).value;

  async function open(role: Role, department: string): Promise<void> {
    signInAs(role);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'cua-toi', component: MinePage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/cua-toi?agency=SVHTTDL&year=2024&period=2024-H1');
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne('/api/indices').flush(families);
    await settle();
    http.expectOne('/api/units/SVHTTDL/ownership?family=par&year=2024').flush(ownership);
    http.expectOne('/api/units/SVHTTDL/trends?family=par').flush(trends);
    http
      .expectOne(`/api/tasks?agency=SVHTTDL&department=${encodeURIComponent(department)}`)
      .flush([testTask({ id: 'late', content: 'Rà soát thủ tục', dueDate: daysFromToday(-2), overdue: true, leadDepartment: department })]);
    const dossiers = http.expectOne((r) => r.url === '/api/dossiers/stats');
    expect(dossiers.request.params.toString()).toBe(
      `agency=SVHTTDL&period=2024-H1&calendar=false&department=${encodeURIComponent(department)}`,
    );
    dossiers.flush(stats);
    // a manager also keeps the one-stop duty roster here
    if (role !== 'department_head') http.expectOne('/api/units/SVHTTDL/duty').flush(duty);
    await settle();
  }

  beforeEach(() => {
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
  });
  afterEach(() => {
    http.verify();
    signOut();
  });

  it("shows a department head the nodes their department leads, the index's trend, their tasks and dossiers", async () => {
    await open('department_head', culture);
    expect(text('h1')).toBe('Chỉ số của tôi — Phòng Quản lý Văn hóa');
    expect(text('#mine-title')).toBe('Tiêu chí Phòng Quản lý Văn hóa chủ trì — PAR INDEX năm 2024');
    expect(rows('my-nodes')).toEqual([
      ['procedure-reform', 'Cải cách thủ tục hành chính', '12,00 điểm', '9,98', '14,00', '4,02', 'Phó Giám đốc Trần Bình', office],
      ['procedure-reform.public', 'Công khai thủ tục', 'chưa đặt', '2,00', '3,00', '1,00', 'Phó Giám đốc Trần Bình', ''],
    ]);
    expect(page().querySelectorAll('[data-testid="trend"] circle').length).toBe(3);
    expect(text('[data-testid="trend"] .label')).toContain('năm 2024: hạng 9/15, 84,27 điểm');
    expect(page().querySelector('[data-testid="ownership-table"]')).toBeNull();
    expect(page().querySelector('[data-testid="copy-forward"]')).toBeNull();
    expect(page().querySelector('[data-testid="department"]')).toBeNull();

    expect(text('[data-testid="task-overdue"]')).toBe('quá hạn 2 ngày');
    expect(page().querySelector('[data-testid="task-update"]')).not.toBeNull();
    expect(page().querySelector('a[href^="/nhiem-vu"]')!.getAttribute('href')).toBe(
      `/nhiem-vu?agency=SVHTTDL&department=${encodeURIComponent(culture)}`,
    );
    expect(text('[data-testid="my-received"]')).toBe('212');
    expect(text('[data-testid="my-online-rate"]')).toBe('85,38%');
    const figures = [...page().querySelectorAll('[data-testid="my-dossiers"] > div')].map((f) => [
      f.querySelector('dt')!.textContent!.trim(),
      f.querySelector('dd')!.textContent!.trim(),
    ]);
    expect(figures.slice(2)).toEqual([
      ['Trước hạn', '120'],
      ['Đúng hạn', '78'],
      ['Quá hạn', '2'],
      ['Đang giải quyết quá hạn', '1'],
    ]);
  });

  it("exports a department head's nodes and tasks under the agency, department, index and year", async () => {
    await open('department_head', culture);
    const filters = [
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Phòng', culture],
    ];
    const nodes = exportedRows(harness.routeDebugElement!, 0);
    expect(nodes.slice(0, 6)).toEqual([
      ['Tiêu chí Phòng Quản lý Văn hóa chủ trì — PAR INDEX năm 2024'],
      ...filters,
      ['Chỉ số', 'PAR INDEX'],
      ['Năm', 2024],
      [],
    ]);
    expect(nodes.slice(7)).toEqual([
      ['procedure-reform', 'Cải cách thủ tục hành chính', '12,00 điểm', 9.98, 14, 4.02, culture, 'Phó Giám đốc Trần Bình', office],
      ['procedure-reform.public', 'Công khai thủ tục', 'chưa đặt', 2, 3, 1, culture, 'Phó Giám đốc Trần Bình', ''],
    ]);
    const tasks = exportedRows(harness.routeDebugElement!, 1);
    expect(tasks.slice(0, 4)).toEqual([['Nhiệm vụ của Phòng Quản lý Văn hóa'], ...filters, []]);
    expect(tasks.slice(5).map((row) => [row[1], row[11]])).toEqual([['Rà soát thủ tục', 2]]);
    expect(page().querySelector('[data-testid="duty-editor"]')).withContext('the roster is for managers').toBeNull();
  });

  it('exports the whole tree with its owners for a director, and shows the duty roster to keep', async () => {
    await open('director', office);
    const assigned = exportedRows(harness.routeDebugElement!, 0);
    expect(assigned.slice(0, 4)).toEqual([
      ['Phân công tiêu chí — PAR INDEX năm 2024'],
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Chỉ số', 'PAR INDEX'],
      ['Năm', 2024],
    ]);
    expect(assigned.slice(6).map((row) => [row[0], row[6]])).toEqual([
      ['procedure-reform', culture],
      ['procedure-reform.public', culture],
      ['e-government', 'chưa giao'],
    ]);
    expect(rows('duty-roster')[0]!.slice(0, 3)).toEqual(['Thứ Hai', 'Nguyễn Thị Lan', 'Trần Văn Minh']);
  });

  it('lets a director assign nodes: the unassigned highlighted, the form filled from the tree, the answer shown', async () => {
    await open('director', office);
    expect(text('h1')).toBe('Phân công theo dõi chỉ số');
    expect(text('[data-testid="unassigned-count"]')).toBe('1/3 tiêu chí chưa giao');
    const unassigned = page().querySelector('[data-testid="ownership-table"] tr[data-node="e-government"]')!;
    expect(unassigned.classList).toContain('unassigned');
    expect(unassigned.querySelector('[data-testid="owner-lead"]')!.textContent!.trim()).toBe('chưa giao');
    // the office leads nothing yet
    expect(text('#mine-title ~ cchc-state-view')).toBe('Văn phòng Sở chưa được giao chủ trì tiêu chí nào của PAR INDEX năm 2024.');

    // the form opens on the first node nobody answers for; a row's button fills it with that node's owner
    expect(value('assign-node')).toBe('e-government');
    (page().querySelector('tr[data-node="procedure-reform"] button') as HTMLButtonElement).click();
    await settle();
    expect([
      value('assign-node'),
      value('assign-lead'),
      value('assign-person'),
      value('assign-target-kind'),
      value('assign-target-value'),
    ]).toEqual(['procedure-reform', culture, 'Phó Giám đốc Trần Bình', 'points', '12']);

    (page().querySelector('tr[data-node="e-government"] button') as HTMLButtonElement).click();
    await settle();
    const set = (testid: string, to: string) => ((page().querySelector(`[data-testid="${testid}"]`) as HTMLInputElement).value = to);
    set('assign-lead', office);
    set('assign-person', 'Chánh Văn phòng Lê Hoa');
    set('assign-target-kind', 'rank');
    set('assign-target-value', '5');
    (page().querySelector('[data-testid="assign-save"]') as HTMLButtonElement).click();
    const put = http.expectOne('/api/units/SVHTTDL/ownership');
    expect(put.request.body).toEqual({
      family: 'par',
      year: 2024,
      assignments: [
        {
          nodeCode: 'e-government',
          leadDepartment: office,
          supportingDepartments: [],
          responsiblePerson: 'Chánh Văn phòng Lê Hoa',
          target: { kind: 'rank', value: 5 },
        },
      ],
    });
    const assigned = owner(office, { responsiblePerson: 'Chánh Văn phòng Lê Hoa', target: { kind: 'rank', value: 5 } });
    put.flush(tree([...ownership.nodes.slice(0, 2), { ...ownership.nodes[2]!, owner: assigned }]));
    await settle();
    expect(text('[data-testid="assign-done"]')).toBe('Đã lưu phân công tiêu chí e-government.');
    expect(text('[data-testid="unassigned-count"]')).toBe('0/3 tiêu chí chưa giao');
    expect(rows('ownership-table')[2]!.slice(2, 6)).toEqual([office, '', 'Chánh Văn phòng Lê Hoa', 'hạng 5']);
    expect(rows('my-nodes')).toEqual([
      ['e-government', 'Chính phủ điện tử, Chính phủ số', 'hạng 5', '9,80', '14,00', '4,20', 'Chánh Văn phòng Lê Hoa', ''],
    ]);
  });

  it("copies last year's assignments forward and asks for the tree again", async () => {
    await open('director', office);
    (page().querySelector('[data-testid="copy-forward"]') as HTMLButtonElement).click();
    const copy = http.expectOne('/api/units/SVHTTDL/ownership/copy-forward');
    expect(copy.request.body).toEqual({ family: 'par', fromYear: 2023, toYear: 2024 });
    copy.flush({ copied: ['procedure-reform', 'procedure-reform.public'], unassigned: ['e-government'], dropped: [] });
    await settle();
    http.expectOne('/api/units/SVHTTDL/ownership?family=par&year=2024').flush(ownership);
    await settle();
    expect(text('[data-testid="copy-result"]')).toBe(
      'Đã chép 2 phân công từ năm 2023; còn 1 tiêu chí chưa giao; 0 tiêu chí năm trước không còn trong khung mới.',
    );
  });

  it("puts the director's choice of department in the URL and follows it", async () => {
    await open('director', office);
    const select = page().querySelector('[data-testid="department"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual([office, culture]);
    select.value = culture;
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/cua-toi?agency=SVHTTDL&year=2024&period=2024-H1&department=${encodeURIComponent(culture)}`);
    http.expectOne(`/api/tasks?agency=SVHTTDL&department=${encodeURIComponent(culture)}`).flush([]);
    http
      .expectOne((r) => r.url === '/api/dossiers/stats' && r.params.get('department') === culture)
      .flush({ ...stats, received: 0, resolved: 0, pending: 0 });
    await settle();
    expect(rows('my-nodes').map((row) => row[0])).toEqual(['procedure-reform', 'procedure-reform.public']);
    expect(text('#tasks-title ~ cchc-state-view')).toBe('Chưa có nhiệm vụ nào.');
  });
});
