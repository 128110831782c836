import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { DutyView } from '@cchc/domain';
import { DutyRosterComponent } from './duty-roster.component';

const monday = { weekday: 1, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', validFrom: '2024-01-01', validTo: null };
const tuesday = { weekday: 2, primary: 'Trần Văn Minh', backup: 'Nguyễn Thị Lan', validFrom: '2024-01-01', validTo: '2024-12-31' };
const leave = {
  id: '3f1c2b9e-0000-4000-8000-000000000001',
  officer: 'Nguyễn Thị Lan',
  from: '2024-06-10',
  to: '2024-06-12',
  substitute: null,
};
const duty = (patch: Partial<DutyView> = {}): DutyView => ({
  agencyCode: 'SVHTTDL',
  days: [],
  roster: [monday, tuesday],
  leaves: [leave],
  ...patch,
});

describe('DutyRosterComponent', () => {
  let fixture: ComponentFixture<DutyRosterComponent>;
  let http: HttpTestingController;
  const root = () => fixture.nativeElement as HTMLElement;
  const rows = (testid: string) =>
    [...root().querySelectorAll(`[data-testid="${testid}"] tbody tr`)].map((tr) =>
      [...tr.children].map((cell) => cell.textContent!.trim()),
    );
  const texts = (selector: string) => [...root().querySelectorAll(selector)].map((cell) => cell.textContent!.trim());
  const labels = (selector: string) => [...root().querySelectorAll(selector)].map((button) => button.getAttribute('aria-label'));
  const fill = (form: string, values: Record<string, string>) => {
    for (const [name, value] of Object.entries(values)) {
      (root().querySelector(`[data-testid="${form}"] [name="${name}"]`) as HTMLInputElement | HTMLSelectElement).value = value;
    }
    (root().querySelector(`[data-testid="${form}"] button[type="submit"]`) as HTMLButtonElement).click();
  };

  beforeEach(async () => {
    localStorage.removeItem('cchc.lang');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DutyRosterComponent);
    fixture.componentRef.setInput('agency', 'SVHTTDL');
    await fixture.whenStable();
    http.expectOne('/api/units/SVHTTDL/duty').flush(duty());
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  it('shows the roster per weekday and the leaves, in Vietnamese dates', () => {
    expect(rows('duty-roster')).toEqual([
      ['Thứ Hai', 'Nguyễn Thị Lan', 'Trần Văn Minh', '01/01/2024', 'đến khi thay đổi', 'Xóa'],
      ['Thứ Ba', 'Trần Văn Minh', 'Nguyễn Thị Lan', '01/01/2024', '31/12/2024', 'Xóa'],
    ]);
    expect(rows('duty-leaves')).toEqual([['Nguyễn Thị Lan', '10/06/2024', '12/06/2024', 'người dự phòng', 'Xóa']]);
    expect(texts('[data-testid="duty-roster"] thead th')).toEqual([
      'Thứ',
      'Người trực chính',
      'Người dự phòng',
      'Từ ngày',
      'Đến ngày',
      'Xóa',
    ]);
    expect(texts('[data-testid="duty-leaves"] thead th')).toEqual(['Người nghỉ', 'Từ ngày', 'Đến ngày', 'Người trực thay', 'Xóa']);
    // names are text, set apart from the dates
    expect(texts('[data-testid="duty-roster"] tbody tr:first-child td.text')).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh']);
    expect(texts('[data-testid="duty-leaves"] tbody td.text')).toEqual(['người dự phòng']);
    // each remove button says which row it removes
    expect(labels('[data-testid="duty-roster"] tbody button')).toEqual([
      'Xóa lịch trực Thứ Hai của Nguyễn Thị Lan',
      'Xóa lịch trực Thứ Ba của Trần Văn Minh',
    ]);
    expect(labels('[data-testid="duty-leaves"] tbody button')).toEqual(['Xóa lượt nghỉ của Nguyễn Thị Lan từ 10/06/2024']);
    expect([...root().querySelectorAll('#duty-officers option')].map((o) => (o as HTMLOptionElement).value)).toEqual([
      'Nguyễn Thị Lan',
      'Trần Văn Minh',
    ]);
  });

  it('adds a slot by sending the whole roster with it, and removes one by sending the rest', async () => {
    fill('duty-slot-form', { weekday: '5', primary: 'Lê Văn Tuấn', backup: 'Nguyễn Thị Lan', validFrom: '2024-07-01' });
    const friday = { weekday: 5, primary: 'Lê Văn Tuấn', backup: 'Nguyễn Thị Lan', validFrom: '2024-07-01', validTo: null };
    const added = http.expectOne({ method: 'PUT', url: '/api/units/SVHTTDL/duty' });
    expect(added.request.body).toEqual({ roster: [monday, tuesday, friday] });
    added.flush(duty({ roster: [monday, tuesday, friday] }));
    await fixture.whenStable();
    expect(rows('duty-roster').map((row) => row[0])).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Sáu']);
    expect((root().querySelector('[data-testid="duty-slot-form"] [name="primary"]') as HTMLInputElement).value).toBe('');

    (root().querySelectorAll('[data-testid="duty-roster"] tbody button')[1] as HTMLButtonElement).click();
    fixture.detectChanges();
    // one change at a time: every remove button waits for the answer
    expect([...root().querySelectorAll<HTMLButtonElement>('[data-testid="duty-editor"] tbody button')].every((b) => b.disabled)).toBeTrue();
    const removed = http.expectOne({ method: 'PUT', url: '/api/units/SVHTTDL/duty' });
    expect(removed.request.body).toEqual({ roster: [monday, friday] });
    removed.flush(duty({ roster: [monday, friday] }));
    await fixture.whenStable();
    expect(rows('duty-roster').map((row) => row[0])).toEqual(['Thứ Hai', 'Thứ Sáu']);
  });

  it('records a leave with a substitute and withdraws one by its id', async () => {
    fill('duty-leave-form', { officer: 'Trần Văn Minh', from: '2024-06-18', to: '2024-06-18', substitute: 'Lê Văn Tuấn' });
    const recorded = http.expectOne({ method: 'POST', url: '/api/units/SVHTTDL/duty/leaves' });
    expect(recorded.request.body).toEqual({ officer: 'Trần Văn Minh', from: '2024-06-18', to: '2024-06-18', substitute: 'Lê Văn Tuấn' });
    const second = { ...recorded.request.body, id: '3f1c2b9e-0000-4000-8000-000000000002' };
    recorded.flush(duty({ leaves: [leave, second] }));
    await fixture.whenStable();
    expect(rows('duty-leaves').map((row) => row[3])).toEqual(['người dự phòng', 'Lê Văn Tuấn']);

    (root().querySelector('[data-testid="duty-leaves"] tbody button') as HTMLButtonElement).click();
    http.expectOne({ method: 'DELETE', url: `/api/units/SVHTTDL/duty/leaves/${leave.id}` }).flush(duty({ leaves: [second] }));
    await fixture.whenStable();
    expect(rows('duty-leaves').map((row) => row[0])).toEqual(['Trần Văn Minh']);
  });

  it("shows the API's refusal and keeps what was typed", async () => {
    fill('duty-leave-form', { officer: 'Trần Văn Minh', from: '2024-06-18', to: '2024-06-18' });
    http
      .expectOne('/api/units/SVHTTDL/duty/leaves')
      .flush(
        { statusCode: 403, code: 'forbidden', message: 'Tài khoản không được làm việc này' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect(root().querySelector('[role="alert"]')!.textContent!.trim()).toBe('Tài khoản không được làm việc này');
    expect((root().querySelector('[data-testid="duty-leave-form"] [name="officer"]') as HTMLInputElement).value).toBe('Trần Văn Minh');
  });
});
