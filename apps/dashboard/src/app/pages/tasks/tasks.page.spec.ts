import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AgencySummary, DepartmentScorecardResponse, IndexFamilySummary, Role } from '@cchc/domain';
import { signInAs, signOut } from '../../core/auth/testing';
import { defaultPeriod } from '../../shared/dossier-filters/dossier-filters';
import { exportedRows } from '../../shared/export/testing';
import { daysFromToday, testTask } from '../../shared/tasks/testing';
import { TasksPage } from './tasks.page';

const departments = ['Văn phòng Sở', 'Phòng Quản lý Văn hóa'];
const agencies: AgencySummary[] = [{ code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments }];
const families: IndexFamilySummary[] = [
  {
    family: 'par',
    nameVi: 'Chỉ số cải cách hành chính (PAR INDEX)',
    nameEn: 'PAR INDEX',
    frameworks: [],
    years: [2023, 2024],
    peerGroups: [],
  },
];
const tasks = [
  testTask({ id: 'done', content: 'Niêm yết thủ tục', status: 'done', dueDate: daysFromToday(-40), leadDepartment: 'Văn phòng Sở' }),
  testTask({ id: 'late', content: 'Rà soát thủ tục', status: 'in_progress', dueDate: daysFromToday(-3), overdue: true }),
  testTask({ id: 'silent', content: 'Số hóa hồ sơ', dueDate: daysFromToday(10), lastUpdate: daysFromToday(-15), stale: true }),
];
const row = (department: string, pointsLost: number, overdue: number, onTimeRate: number | null) => ({
  department,
  nodesOwned: pointsLost > 0 ? ['procedure-reform'] : [],
  pointsLost,
  tasks: { total: overdue + 1, done: 1, overdue, stale: 0 },
  dossiers: { resolved: 10, onTimeRate, pendingOverdue: 0 },
});
const scorecard = {
  agencyCode: 'SVHTTDL',
  family: 'par',
  year: 2024,
  rows: [row('Phòng Quản lý Văn hóa', 1.5, 0, 90), row('Văn phòng Sở', 4.25, 2, 100)],
} as DepartmentScorecardResponse;

describe('TasksPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const contents = () => [...page().querySelectorAll('[data-testid="task-content"]')].map((c) => c.textContent!.trim());
  const choose = async (testid: string, value: string) => {
    const select = page().querySelector(`[data-testid="${testid}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await settle();
  };
  const type = (selector: string, value: string) => {
    const input = page().querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  async function open(role: Role, url = '/nhiem-vu?agency=SVHTTDL'): Promise<void> {
    signInAs(role);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([{ path: 'nhiem-vu', component: TasksPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    http.expectOne('/api/agencies').flush(agencies);
    http.expectOne((r) => r.url === '/api/tasks').flush(tasks);
    if (role !== 'department_head') {
      http.expectOne('/api/indices').flush(families);
      await settle();
      const request = http.expectOne((r) => r.url === '/api/units/SVHTTDL/departments');
      expect(request.request.params.toString()).toBe(`family=par&year=2024&period=${defaultPeriod()}&calendar=false`);
      request.flush(scorecard);
    }
    await settle();
  }

  beforeEach(() => {
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
  });
  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.agency');
  });

  it('lists what is still to do first, and filters by flag, status and department in the URL', async () => {
    await open('director');
    expect(contents()).toEqual(['Rà soát thủ tục', 'Số hóa hồ sơ', 'Niêm yết thủ tục']);
    expect(page().querySelector('[data-testid="task-count"]')!.textContent).toContain('Đang hiện 3/3 nhiệm vụ');
    const router = TestBed.inject(Router);

    await choose('only', 'overdue');
    expect(router.url).toBe('/nhiem-vu?agency=SVHTTDL&only=overdue');
    expect(contents()).toEqual(['Rà soát thủ tục']);
    expect(page().querySelector('[data-testid="task-overdue"]')!.textContent!.trim()).toBe('quá hạn 3 ngày');

    await choose('only', 'stale');
    await choose('status', 'blocked');
    expect(router.url).toBe('/nhiem-vu?agency=SVHTTDL&only=stale&status=blocked');
    expect(page().querySelector('[role="status"]')!.textContent!.trim()).toBe('Không có nhiệm vụ nào khớp bộ lọc.');

    await choose('status', '');
    await choose('department', 'Văn phòng Sở');
    expect(router.url).toBe(`/nhiem-vu?agency=SVHTTDL&only=stale&department=${encodeURIComponent('Văn phòng Sở')}`);
    http.expectOne(`/api/tasks?agency=SVHTTDL&department=${encodeURIComponent('Văn phòng Sở')}`).flush([]);
    await settle();
    expect(page().querySelector('[role="status"]')!.textContent!.trim()).toBe('Chưa có nhiệm vụ nào.');
  });

  it('lets a department head give their own department a task, which then leads the list; no import, no scorecard', async () => {
    await open('department_head');
    expect([...page().querySelectorAll('[data-testid="task-form-lead"] option')].map((o) => o.textContent!.trim())).toEqual([
      'Phòng Quản lý Văn hóa',
    ]);
    expect(page().querySelector('[data-testid="task-import"]')).toBeNull();
    expect(page().querySelector('[data-testid="department-scorecard"]')).toBeNull();
    // their department's tasks can be updated, the office's cannot
    const editable = [...page().querySelectorAll('[data-testid="task"]')].map((c) => !!c.querySelector('[data-testid="task-update"]'));
    expect(editable).toEqual([true, true, false]);

    (page().querySelector('[data-testid="task-form"]') as HTMLDetailsElement).open = true;
    type('[data-testid="task-form-content"]', 'Cập nhật quy trình nội bộ');
    type('[data-testid="task-form-due"]', '2030-06-30');
    type('[data-testid="task-form-document"]', 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023');
    type('[data-testid="task-form-evidence"]', 'https://example.vn/quy-trinh\n\n Biên bản ');
    (page().querySelector('input[name="supporting"][value="Văn phòng Sở"]') as HTMLInputElement).checked = true;
    (page().querySelector('[data-testid="task-form"] button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/tasks');
    expect(request.request.body).toEqual({
      agency: 'SVHTTDL',
      content: 'Cập nhật quy trình nội bộ',
      leadDepartment: 'Phòng Quản lý Văn hóa',
      leadPerson: '',
      supportingDepartments: ['Văn phòng Sở'],
      dueDate: '2030-06-30',
      accountableHead: '',
      deliverable: '',
      evidence: ['https://example.vn/quy-trinh', 'Biên bản'],
      assigningDocument: 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023',
    });
    request.flush(testTask({ id: 'new', content: 'Cập nhật quy trình nội bộ', dueDate: daysFromToday(-10), overdue: true }));
    await settle();
    expect(contents()[0]).toBe('Cập nhật quy trình nội bộ');
    expect(page().querySelector('[data-testid="task-form-done"]')!.textContent!.trim()).toBe('Đã giao nhiệm vụ.');
    expect((page().querySelector('[data-testid="task-form-content"]') as HTMLTextAreaElement).value).toBe('');
  });

  it('imports a plan for a director: the count created, the rows it could not take, and the list asked for again', async () => {
    await open('director');
    const file = new File(['STT;Nội dung nhiệm vụ\n'], 'ke-hoach.csv', { type: 'text/csv' });
    const input = page().querySelector('[data-testid="task-import-file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(file);
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    type('[data-testid="task-import-document"]', 'Kế hoạch 70/KH-SVHTTDL');
    await settle();
    (page().querySelector('[data-testid="task-import"] button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne('/api/tasks/import?agency=SVHTTDL');
    expect((request.request.body as FormData).get('document')).toBe('Kế hoạch 70/KH-SVHTTDL');
    request.flush({
      rowsRead: 3,
      created: 2,
      errors: [
        {
          line: 4,
          column: 'Thời gian hoàn thành',
          value: '31/02/2024',
          reasonVi: 'Ngày không hợp lệ (dd/MM/yyyy)',
          reasonEn: 'Invalid date',
        },
      ],
    });
    await settle();
    expect(page().querySelector('[data-testid="task-import-result"]')!.textContent!.trim()).toBe(
      'Đã đọc 3 dòng, tạo 2 nhiệm vụ; 1 dòng lỗi.',
    );
    const cells = [...page().querySelectorAll('[data-testid="row-errors"] tbody td')].map((td) => td.textContent!.trim());
    expect(cells).toEqual(['4', 'Thời gian hoàn thành', '31/02/2024', 'Ngày không hợp lệ (dd/MM/yyyy)']);
    http.expectOne('/api/tasks?agency=SVHTTDL').flush(tasks);
    // the department scorecard counts tasks: it is asked for again
    http.expectOne((r) => r.url === '/api/units/SVHTTDL/departments').flush(scorecard);
    await settle();
    expect(contents().length).toBe(3);
  });

  it('gives an inspector the department scorecard, sortable, and no controls to change anything', async () => {
    await open('inspector');
    expect(page().querySelector('[data-testid="task-form"]')).toBeNull();
    expect(page().querySelector('[data-testid="task-import"]')).toBeNull();
    expect(page().querySelector('[data-testid="task-update"]')).toBeNull();
    const departmentsShown = () =>
      [...page().querySelectorAll('[data-testid="department-scorecard"] tbody th')].map((th) => th.textContent!.trim());
    // the most points lost first
    expect(departmentsShown()).toEqual(['Văn phòng Sở', 'Phòng Quản lý Văn hóa']);
    const first = [...page().querySelectorAll('[data-testid="department-scorecard"] tbody tr:first-child td')].map((td) =>
      td.textContent!.trim(),
    );
    expect(first).toEqual(['1', '4,25', '3', '1', '2', '0', '10', '100,00%', '0']);
    const heading = (label: string) =>
      [...page().querySelectorAll('[data-testid="department-scorecard"] th button.sort')].find(
        (b) => b.textContent!.trim() === label,
      ) as HTMLButtonElement;
    heading('Tỷ lệ đúng hạn').click();
    await settle();
    expect(departmentsShown()).toEqual(['Phòng Quản lý Văn hóa', 'Văn phòng Sở']);
    expect(heading('Tỷ lệ đúng hạn').parentElement!.getAttribute('aria-sort')).toBe('ascending');
    const link = page().querySelector('[data-testid="department-scorecard"] tbody th a')!;
    expect(link.getAttribute('href')).toBe(`/nhiem-vu?agency=SVHTTDL&department=${encodeURIComponent('Phòng Quản lý Văn hóa')}`);
  });

  it('exports the task list as filtered and ordered, with the filters in the header rows', async () => {
    await open('director', '/nhiem-vu?agency=SVHTTDL&only=stale');
    const rows = exportedRows(harness.routeDebugElement!, 0);
    expect(rows.slice(0, 6)).toEqual([
      ['Nhiệm vụ (5 rõ)'],
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Phòng', 'Tất cả các phòng'],
      ['Trạng thái', 'Mọi trạng thái'],
      ['Chỉ hiện', 'Chưa cập nhật'],
      [],
    ]);
    // the one stale task, silent for 15 days
    expect(rows.slice(7).map((row) => [row[0], row[1], row[11], row[13]])).toEqual([['Chưa bắt đầu', 'Số hóa hồ sơ', null, 15]]);
  });

  it('lets a director edit a listed task, and the list shows the answer', async () => {
    await open('director');
    const card = () => page().querySelector('[data-task="late"]')!;
    expect(card().querySelector('[data-testid="task-edit"]')).withContext('the page gives the cards the departments').not.toBeNull();
    (card().querySelector('[data-testid="task-edit-due"]') as HTMLInputElement).value = daysFromToday(20);
    (card().querySelector('[data-testid="task-edit"] button[type="submit"]') as HTMLButtonElement).click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/tasks/late' });
    expect(request.request.body.dueDate).toBe(daysFromToday(20));
    request.flush({ ...tasks[1]!, dueDate: daysFromToday(20), overdue: false });
    await settle();
    expect(card().querySelector('[data-testid="task-overdue"]')).toBeNull();
    // an edited task counts again in the scorecard
    http.expectOne((r) => r.url === '/api/units/SVHTTDL/departments').flush(scorecard);
  });

  it('exports the scorecard as sorted, under the agency, index, year and period, with numbers as numbers', async () => {
    await open('inspector');
    const rows = exportedRows(harness.routeDebugElement!, 1);
    expect(rows.slice(0, 7)).toEqual([
      ['Trách nhiệm theo phòng'],
      ['Cơ quan', 'Sở Văn hóa, Thể thao và Du lịch'],
      ['Chỉ số', 'PAR INDEX'],
      ['Năm chỉ số', 2024],
      ['Kỳ báo cáo', jasmine.stringContaining(' — từ ngày ')],
      [],
      [
        'Phòng',
        'Chỉ số — Tiêu chí chủ trì',
        'Chỉ số — Mất',
        'Nhiệm vụ — Tổng số',
        'Nhiệm vụ — Hoàn thành',
        'Nhiệm vụ — Quá hạn',
        'Nhiệm vụ — Chưa cập nhật',
        'Hồ sơ TTHC — Đã giải quyết',
        'Hồ sơ TTHC — Tỷ lệ đúng hạn',
        'Hồ sơ TTHC — Đang giải quyết quá hạn',
      ],
    ]);
    expect(rows[7]).toEqual(['Văn phòng Sở', 1, 4.25, 3, 1, 2, 0, 10, 100, 0]);
    expect(rows.length).toBe(9);
  });
});
