import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { EtlJobDetail, EtlJobSummary } from '@cchc/domain';
import { exportedRows } from '../../shared/export/testing';
import { DataPage } from './data.page';

const job = (patch: Partial<EtlJobSummary>): EtlJobSummary => ({
  id: 'a1',
  fileName: 'dossiers-SVHTTDL.csv',
  checksum: 'x',
  kind: 'dossiers',
  profile: 'dvc-quoc-gia',
  agency: 'SVHTTDL',
  status: 'done',
  startedAt: '2023-06-14T02:30:00Z',
  finishedAt: '2023-06-14T02:31:00Z',
  rowsRead: 1234,
  rowsLoaded: 1230,
  rowsRejected: 4,
  message: null,
  ...patch,
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('DataPage', () => {
  let fixture: ComponentFixture<DataPage>;
  let http: HttpTestingController;
  const page = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    localStorage.removeItem('cchc.lang');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DataPage);
    await fixture.whenStable();
    await tick(); // the poll's first request goes out on a timer
  });
  afterEach(() => http.verify());

  it('lists the loads with status, Vietnamese counts and the rejected-rows link', async () => {
    http
      .expectOne('/api/etl/jobs')
      .flush([job({}), job({ id: 'b2', fileName: 'agencies.csv', kind: 'agencies', rowsRejected: 0, status: 'skipped' })]);
    await fixture.whenStable();
    const rows = [...page().querySelectorAll('table.jobs tbody tr')];
    expect(rows.length).toBe(2);
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).toBe('dossiers-SVHTTDL.csv');
    expect(rows[0]!.textContent).toContain('1.234');
    expect(rows[0]!.textContent).toContain('14/06/2023 09:30');
    expect(rows[0]!.querySelector('.badge')!.textContent!.trim()).toBe('Xong');
    expect(rows[1]!.textContent).not.toContain('Dòng lỗi (CSV)');
    expect(page().textContent).not.toContain('Đang cập nhật');
  });

  it('exports the loads as listed, with when each ended and why it failed', async () => {
    http
      .expectOne('/api/etl/jobs')
      .flush([
        job({}),
        job({ id: 'b2', fileName: 'x.csv', status: 'failed', finishedAt: null, rowsLoaded: 0, message: 'Không nhận ra loại tệp' }),
      ]);
    await fixture.whenStable();
    const rows = exportedRows(fixture.debugElement);
    expect(rows.slice(0, 3)).toEqual([
      ['Các lượt nạp'],
      [],
      ['Tệp', 'Loại', 'Trạng thái', 'Đọc', 'Nạp', 'Lỗi', 'Bắt đầu', 'Kết thúc', 'Ghi chú'],
    ]);
    expect(rows.slice(3)).toEqual([
      // Vietnam wall-clock minutes (UTC+7), as the date-and-time cells hold them
      ['dossiers-SVHTTDL.csv', 'Hồ sơ TTHC', 'Xong', 1234, 1230, 4, new Date('2023-06-14T09:30:00Z'), new Date('2023-06-14T09:31:00Z'), null],
      ['x.csv', 'Hồ sơ TTHC', 'Bị từ chối', 1234, 0, 4, new Date('2023-06-14T09:30:00Z'), null, 'Không nhận ra loại tệp'],
    ]);
  });

  it('downloads the rejected rows with the token, as a file named after the upload', async () => {
    http.expectOne('/api/etl/jobs').flush([job({})]);
    await fixture.whenStable();
    const saved: HTMLAnchorElement[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      saved.push(this);
    });
    const download = [...page().querySelectorAll<HTMLButtonElement>('table.jobs button')].find((b) => b.textContent!.includes('CSV'))!;
    download.click();
    const request = http.expectOne('/api/etl/jobs/a1/errors.csv');
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['Dòng / Line\n'], { type: 'text/csv' }));
    expect(saved.map((link) => [link.download, link.href.startsWith('blob:')])).toEqual([['dossiers-SVHTTDL-dong-loi.csv', true]]);

    download.click();
    http
      .expectOne('/api/etl/jobs/a1/errors.csv')
      .flush(new Blob(['{}'], { type: 'application/json' }), { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(page().querySelector('[role="alert"]')!.textContent).toContain('404 Not Found');
  });

  it('shows the first rejected rows of a load with reasons in the current language', async () => {
    http.expectOne('/api/etl/jobs').flush([job({})]);
    await fixture.whenStable();
    (page().querySelector('table.jobs button') as HTMLButtonElement).click();
    await fixture.whenStable();
    const detail: EtlJobDetail = {
      ...job({}),
      errors: [{ line: 12, column: 'Ngày tiếp nhận', value: '31/02/2023', reasonVi: 'Ngày không hợp lệ', reasonEn: 'Invalid date' }],
      errorsTruncated: false,
    };
    http.expectOne('/api/etl/jobs/a1').flush(detail);
    await fixture.whenStable();
    const cells = [...page().querySelectorAll('table.errors tbody td')].map((td) => td.textContent!.trim());
    expect(cells).toEqual(['12', 'Ngày tiếp nhận', '31/02/2023', 'Ngày không hợp lệ']);
  });

  it('uploads the chosen file and starts following the jobs again', async () => {
    http.expectOne('/api/etl/jobs').flush([]);
    await fixture.whenStable();
    expect(page().textContent).toContain('Chưa có lượt nạp nào.');

    const input = page().querySelector('input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['Mã hồ sơ\n'], 'hoso.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    const kind = page().querySelector('select[name="kind"]') as HTMLSelectElement;
    kind.value = 'dossiers';
    kind.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    (page().querySelector('button[type="submit"]') as HTMLButtonElement).click();

    const upload = http.expectOne('/api/etl/uploads');
    expect((upload.request.body as FormData).get('kind')).toBe('dossiers');
    upload.flush(job({ id: 'c3', fileName: 'hoso.csv', status: 'running', rowsRejected: 0 }));
    await tick();
    http.expectOne('/api/etl/jobs').flush([job({ id: 'c3', fileName: 'hoso.csv', status: 'running', rowsRejected: 0 })]);
    http.expectOne('/api/etl/jobs/c3').flush({ ...job({ id: 'c3', status: 'running' }), errors: [], errorsTruncated: false });
    await fixture.whenStable();
    expect(page().textContent).toContain('Đang cập nhật mỗi 3 giây…');
    expect(page().querySelector('table.jobs .badge')!.textContent!.trim()).toBe('Đang nạp');
    fixture.destroy(); // stops the 3 s poll
  });

  it('shows the API message when the upload is refused', async () => {
    http.expectOne('/api/etl/jobs').flush([]);
    const input = page().querySelector('input[type="file"]') as HTMLInputElement;
    const files = new DataTransfer();
    files.items.add(new File(['x'], 'x.pdf'));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    (page().querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/etl/uploads')
      .flush(
        { statusCode: 400, code: 'unsupported_file', message: 'Không đọc được tệp x.pdf' },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(page().querySelector('form [role="alert"]')!.textContent).toContain('Không đọc được tệp x.pdf');
  });
});
