import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Role, TaskView } from '@cchc/domain';
import { signInAs, signOut } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { daysFromToday, testTask, today } from '../tasks/testing';
import { TaskCardComponent } from './task-card.component';

describe('TaskCardComponent', () => {
  let fixture: ComponentFixture<TaskCardComponent>;
  let http: HttpTestingController;
  let emitted: TaskView[];
  const card = () => fixture.nativeElement as HTMLElement;
  const text = (testid: string) => card().querySelector(`[data-testid="${testid}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

  async function show(role: Role, task: TaskView): Promise<void> {
    signInAs(role);
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TaskCardComponent);
    emitted = [];
    // as the pages do: the answered task replaces the one shown
    fixture.componentInstance.updated.subscribe((answered) => {
      emitted.push(answered);
      fixture.componentRef.setInput('task', answered);
    });
    fixture.componentRef.setInput('task', task);
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.removeItem('cchc.lang'));
  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.lang');
  });

  it('shows the five "rõ" and the assigning document', async () => {
    await show(
      'inspector',
      testTask({
        startDate: '2023-05-04',
        dueDate: '2023-06-30',
        supportingDepartments: ['Văn phòng Sở'],
        family: 'par',
        year: 2023,
        nodeCode: 'procedure-reform',
        evidence: ['https://dichvucong.example/bao-cao', 'Biên bản họp'],
      }),
    );
    expect(text('task-content')).toBe('Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa');
    expect(text('task-lead')).toBe('Phòng Quản lý Văn hóa — Nguyễn Văn An');
    expect(text('task-due')).toBe('từ 04/05/2023 đến 30/06/2023');
    expect(text('task-document')).toBe('Văn bản giao: Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023');
    const words = card().textContent!.replace(/\s+/g, ' ');
    for (const label of ['Rõ việc', 'Rõ người', 'Rõ thời gian', 'Rõ trách nhiệm', 'Rõ sản phẩm']) expect(words).toContain(label);
    expect(words).toContain('phối hợp: Văn phòng Sở');
    expect(words).toContain('Tiêu chí procedure-reform (PAR năm 2023)');
    expect(words).toContain('Phó Giám đốc Trần Bình');
    expect(card().querySelector('a[href="https://dichvucong.example/bao-cao"]')).not.toBeNull();
    expect(words).toContain('Biên bản họp');
    expect(text('task-status')).toBe('Chưa bắt đầu');
  });

  it('says overdue and stale in words, not only in red', async () => {
    await show('inspector', testTask({ dueDate: daysFromToday(-5), lastUpdate: daysFromToday(-20), overdue: true, stale: true }));
    expect(text('task-overdue')).toBe('quá hạn 5 ngày');
    expect(text('task-stale')).toBe('chưa cập nhật 20 ngày');
    expect(card().querySelector('[data-testid="task-due"]')!.classList).toContain('bad');
    expect(card().querySelector('article')!.classList).toContain('overdue');
    TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect([text('task-overdue'), text('task-stale')]).toEqual(['5 days overdue', 'no update for 20 days']);
  });

  it('lets the head of the lead department post a status and a comment in one click', async () => {
    await show('department_head', testTask());
    const comment = card().querySelector('[data-testid="task-comment"]') as HTMLInputElement;
    const submit = card().querySelector('[data-testid="task-update"] button[type="submit"]') as HTMLButtonElement;
    expect(submit.disabled).withContext('nothing to say yet').toBeTrue();
    const status = card().querySelector('[data-testid="task-status-select"]') as HTMLSelectElement;
    expect(status.value).toBe('not_started');
    status.value = 'in_progress';
    status.dispatchEvent(new Event('change'));
    comment.value = 'Đã họp với các phòng';
    comment.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    submit.click();
    const request = http.expectOne('/api/tasks/task-1/updates');
    expect(request.request.body).toEqual({ status: 'in_progress', comment: 'Đã họp với các phòng' });
    const update = { status: 'in_progress' as const, comment: 'Đã họp với các phòng', date: today(), author: 'truongphong' };
    request.flush(testTask({ status: 'in_progress', updates: [update] }));
    await fixture.whenStable();
    expect(emitted.map((t) => t.status)).toEqual(['in_progress']);
    expect(text('task-status')).toBe('Đang thực hiện');
    expect(text('task-latest')).toContain('Đang thực hiện: Đã họp với các phòng (truongphong)');
    expect((card().querySelector('[data-testid="task-comment"]') as HTMLInputElement).value).toBe('');
  });

  it("shows the API's refusal beside the form", async () => {
    await show('director', testTask());
    const comment = card().querySelector('[data-testid="task-comment"]') as HTMLInputElement;
    comment.value = 'Xong';
    comment.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    (card().querySelector('[data-testid="task-update"] button[type="submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/tasks/task-1/updates')
      .flush({ statusCode: 404, code: 'unknown_task', message: 'Không có nhiệm vụ này' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(card().querySelector('[role="alert"]')!.textContent!.trim()).toBe('Không có nhiệm vụ này');
    expect(emitted).toEqual([]);
  });

  it('lets the head of the lead department edit the "5 rõ", offering only their own department to lead', async () => {
    await show('department_head', testTask({ startDate: '2023-05-04', dueDate: '2030-06-30', evidence: ['Biên bản họp'] }));
    fixture.componentRef.setInput('departments', ['Văn phòng Sở', 'Phòng Quản lý Văn hóa']);
    await fixture.whenStable();
    const field = <E extends HTMLElement>(name: string) => card().querySelector<E>(`[data-testid="task-edit-${name}"]`)!;
    expect([...field<HTMLSelectElement>('lead').options].map((o) => o.value)).toEqual(['Phòng Quản lý Văn hóa']);
    expect(field<HTMLTextAreaElement>('content').value).toBe('Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa');
    expect(field<HTMLInputElement>('due').value).toBe('2030-06-30');
    expect(field<HTMLTextAreaElement>('evidence').value).toBe('Biên bản họp');
    field<HTMLInputElement>('due').value = '2030-09-30';
    field<HTMLInputElement>('start').value = '';
    field<HTMLInputElement>('person').value = ' Lê Thị Hoa ';
    (card().querySelector('[data-testid="task-edit"] button[type="submit"]') as HTMLButtonElement).click();

    const request = http.expectOne('/api/tasks/task-1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      content: 'Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa',
      leadDepartment: 'Phòng Quản lý Văn hóa',
      leadPerson: 'Lê Thị Hoa',
      supportingDepartments: [],
      startDate: null,
      dueDate: '2030-09-30',
      accountableHead: 'Phó Giám đốc Trần Bình',
      deliverable: 'Báo cáo rà soát',
      evidence: ['Biên bản họp'],
      assigningDocument: 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023',
    });
    request.flush(testTask({ leadPerson: 'Lê Thị Hoa', dueDate: '2030-09-30', evidence: ['Biên bản họp'] }));
    await fixture.whenStable();
    expect(emitted.map((t) => t.dueDate)).toEqual(['2030-09-30']);
    expect(text('task-due')).toBe('hạn 30/09/2030');
    expect(text('task-lead')).toBe('Phòng Quản lý Văn hóa — Lê Thị Hoa');
    expect(text('task-edit-done')).toBe('Đã lưu thay đổi.');
    expect(field<HTMLInputElement>('person').value).withContext('the form shows the task as saved').toBe('Lê Thị Hoa');
  });

  it('offers a director every department to hand the task to, and no edit without the departments', async () => {
    await show('director', testTask());
    expect(card().querySelector('[data-testid="task-edit"]')).withContext('the page gave no departments').toBeNull();
    fixture.componentRef.setInput('departments', ['Văn phòng Sở', 'Phòng Quản lý Văn hóa']);
    await fixture.whenStable();
    const lead = card().querySelector<HTMLSelectElement>('[data-testid="task-edit-lead"]')!;
    expect([...lead.options].map((o) => o.value)).toEqual(['Văn phòng Sở', 'Phòng Quản lý Văn hóa']);
    expect(lead.value).withContext("the task's own lead department is the one chosen").toBe('Phòng Quản lý Văn hóa');
  });

  it('hides the update controls from those who may not change the task', async () => {
    await show('department_head', testTask({ leadDepartment: 'Văn phòng Sở' }));
    expect(card().querySelector('[data-testid="task-update"]')).toBeNull();
    TestBed.resetTestingModule();
    await show('inspector', testTask());
    fixture.componentRef.setInput('departments', ['Văn phòng Sở', 'Phòng Quản lý Văn hóa']);
    await fixture.whenStable();
    expect(card().querySelector('[data-testid="task-update"]')).toBeNull();
    expect(card().querySelector('[data-testid="task-edit"]')).toBeNull();
  });
});
