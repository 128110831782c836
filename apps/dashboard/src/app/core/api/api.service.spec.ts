import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiService } from './api.service';
import { failureText, toFailure } from './load-state';

describe('ApiService', () => {
  let api: ApiService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApiService);
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for dossier statistics and breakdowns with the URL filters', () => {
    api.dossierStats({ agency: 'SVHTTDL', period: '2023-H1', calendar: false }).subscribe();
    expect(http.expectOne('/api/dossiers/stats?agency=SVHTTDL&period=2023-H1&calendar=false').request.method).toBe('GET');
    api.dossierBreakdown({ agency: 'STP', period: '2023', calendar: true, department: 'Phòng Hành chính' }, 'department').subscribe();
    http.expectOne(
      `/api/dossiers/stats/breakdown?agency=STP&period=2023&calendar=true&department=${encodeURIComponent('Phòng Hành chính')}&by=department`,
    );
  });

  it('asks for a page of a dossier list with the URL filters, the figure and the procedure', () => {
    api.dossierList({ agency: 'SVHTTDL', period: '2023-H1', calendar: false, department: 'Phòng Quản lý Văn hóa', status: 'late', procedure: '1.000001', offset: 50, limit: 50 }).subscribe();
    http.expectOne(
      `/api/dossiers/list?agency=SVHTTDL&period=2023-H1&calendar=false&department=${encodeURIComponent('Phòng Quản lý Văn hóa')}&status=late&offset=50&limit=50&procedure=1.000001`,
    );
  });

  it('lists agencies and loads, and reads one load', () => {
    api.agencies().subscribe();
    api.jobs().subscribe();
    api.job('5b1e').subscribe();
    http.expectOne('/api/agencies');
    http.expectOne('/api/etl/jobs');
    http.expectOne('/api/etl/jobs/5b1e');
    api.jobErrorsCsv('5b1e').subscribe();
    expect(http.expectOne('/api/etl/jobs/5b1e/errors.csv').request.responseType).toBe('blob');
  });

  it('signs in with a JSON body', () => {
    api.login('giamdoc', 'giamdoc@demo').subscribe();
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ username: 'giamdoc', password: 'giamdoc@demo' });
  });

  it("asks for index families, frameworks, rankings, a unit's scorecard and its trends", () => {
    api.indices().subscribe();
    http.expectOne('/api/indices');
    api.framework('par', 2022).subscribe();
    http.expectOne('/api/indices/par/frameworks/2022');
    api.indexScores('par', 2022).subscribe();
    http.expectOne('/api/indices/par/scores?year=2022');
    api.indexScores('ddci', 2023, 'khối sở').subscribe();
    http.expectOne(`/api/indices/ddci/scores?year=2023&peerGroup=${encodeURIComponent('khối sở')}`);
    api.scorecard('SVHTTDL', 2022).subscribe();
    http.expectOne('/api/units/SVHTTDL/scorecard?year=2022');
    api.trends('TM', 'papi').subscribe();
    http.expectOne('/api/units/TM/trends?family=papi');
  });

  it('uploads a file as multipart with kind and agency only when chosen', () => {
    const file = new File(['a;b\n'], 'hoso.csv', { type: 'text/csv' });
    api.upload(file, 'dossiers', 'SVHTTDL').subscribe();
    const request = http.expectOne('/api/etl/uploads');
    expect(request.request.method).toBe('POST');
    const form = request.request.body as FormData;
    expect((form.get('file') as File).name).toBe('hoso.csv');
    expect([form.get('kind'), form.get('agency')]).toEqual(['dossiers', 'SVHTTDL']);
    api.upload(file, null, null).subscribe();
    const bare = http.expectOne('/api/etl/uploads').request.body as FormData;
    expect([bare.has('kind'), bare.has('agency')]).toEqual([false, false]);
  });

  it('reads and writes the ownership of an index family and year', () => {
    api.ownership('SVHTTDL', { family: 'par', year: 2024 }).subscribe();
    expect(http.expectOne('/api/units/SVHTTDL/ownership?family=par&year=2024').request.method).toBe('GET');
    const assignment = {
      nodeCode: 'procedure-reform',
      leadDepartment: 'Văn phòng Sở',
      supportingDepartments: [],
      responsiblePerson: 'Phó Giám đốc',
      target: null,
    };
    api.assign('SVHTTDL', { family: 'par', year: 2024 }, [assignment]).subscribe();
    const put = http.expectOne('/api/units/SVHTTDL/ownership');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ family: 'par', year: 2024, assignments: [assignment] });
    api.copyForward('SVHTTDL', 'par', 2023, 2024).subscribe();
    const copy = http.expectOne('/api/units/SVHTTDL/ownership/copy-forward');
    expect([copy.request.method, copy.request.body]).toEqual(['POST', { family: 'par', fromYear: 2023, toYear: 2024 }]);
  });

  it('lists, creates, updates and imports tasks', () => {
    api.tasks('SVHTTDL').subscribe();
    http.expectOne('/api/tasks?agency=SVHTTDL');
    api.tasks('SVHTTDL', 'Phòng Quản lý Văn hóa').subscribe();
    http.expectOne(`/api/tasks?agency=SVHTTDL&department=${encodeURIComponent('Phòng Quản lý Văn hóa')}`);
    const task = {
      agency: 'SVHTTDL',
      content: 'Rà soát thủ tục',
      leadDepartment: 'Phòng Quản lý Văn hóa',
      leadPerson: '',
      supportingDepartments: [],
      dueDate: '2023-06-30',
      accountableHead: '',
      deliverable: '',
      evidence: [],
      assigningDocument: 'Kế hoạch 63/KH-SVHTTDL',
    };
    api.createTask(task).subscribe();
    const created = http.expectOne('/api/tasks');
    expect([created.request.method, created.request.body]).toEqual(['POST', task]);
    api.updateTask('t/1', { status: 'done', comment: 'Xong' }).subscribe();
    const update = http.expectOne('/api/tasks/t%2F1/updates');
    expect([update.request.method, update.request.body]).toEqual(['POST', { status: 'done', comment: 'Xong' }]);
    api.importTasks('SVHTTDL', new File(['STT'], 'ke-hoach.xlsx'), 'Kế hoạch 63/KH-SVHTTDL').subscribe();
    const upload = http.expectOne('/api/tasks/import?agency=SVHTTDL');
    const form = upload.request.body as FormData;
    expect([(form.get('file') as File).name, form.get('document')]).toEqual(['ke-hoach.xlsx', 'Kế hoạch 63/KH-SVHTTDL']);
  });

  it("asks for today's notices, the department scorecard and the duty week", () => {
    api.notifications('SVHTTDL').subscribe();
    http.expectOne('/api/notifications?agency=SVHTTDL');
    api.departmentScorecard('SVHTTDL', { family: 'par', year: 2024 }, { period: '2024-H1', calendar: false }).subscribe();
    http.expectOne('/api/units/SVHTTDL/departments?family=par&year=2024&period=2024-H1&calendar=false');
    api.duty('SVHTTDL').subscribe();
    http.expectOne('/api/units/SVHTTDL/duty');
  });

  it('keeps the API error message, in both languages', () => {
    const error = new HttpErrorResponse({
      status: 404,
      error: { statusCode: 404, code: 'unknown_job', message: 'Không có lượt nạp x', messageEn: 'Unknown load x' },
    });
    expect(failureText(toFailure(error), 'vi')).toBe('Không có lượt nạp x');
    expect(failureText(toFailure(error), 'en')).toBe('Unknown load x');
    expect(failureText(toFailure(new HttpErrorResponse({ status: 0 })), 'vi')).toBe('Không kết nối được máy chủ');
    // nginx answering for an API that is down
    const gateway = new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>502 Bad Gateway</html>' });
    expect(failureText(toFailure(gateway), 'en')).toBe('The server cannot be reached');
    expect(failureText(toFailure(new HttpErrorResponse({ status: 500, statusText: 'Internal Server Error' })), 'vi')).toBe(
      '500 Internal Server Error',
    );
  });
});
