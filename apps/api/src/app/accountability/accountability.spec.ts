import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDays,
  vnDate,
  type AuditEntryView,
  type CopyForwardResponse,
  type DepartmentScorecardResponse,
  type DutyView,
  type NotificationView,
  type OwnershipResponse,
  type TaskImportResponse,
  type TaskView,
  type UnitScorecardResponse,
} from '@cchc/domain';
import { createTestPostgres, type TestPostgres } from '@cchc/store';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');

const task = (over: Record<string, unknown> = {}) => ({
  agency: 'SVHTTDL',
  family: 'par',
  year: 2023,
  nodeCode: 'procedure-reform',
  content: 'Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa',
  leadDepartment: 'Phòng Quản lý Văn hóa',
  leadPerson: 'Trưởng phòng Quản lý Văn hóa',
  supportingDepartments: ['Văn phòng Sở'],
  startDate: '2023-05-04',
  dueDate: '2023-06-30',
  accountableHead: 'Phó Giám đốc phụ trách',
  deliverable: 'Báo cáo rà soát',
  evidence: ['https://example.invalid/bao-cao.pdf'],
  assigningDocument: 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023',
  ...over,
});

/** The same scenarios on SQLite and, when the machine runs one, on PostgreSQL. */
function scenarios(engine: 'SQLite' | 'PostgreSQL'): void {
  describe(`accountability ("5 rõ") on ${engine}: node owners, tasks, the daily check, the department scorecard, the audit log`, () => {
    let t: TestApp;
    let director: string;
    let head: string;
    let inspector: string;
    let postgres: TestPostgres | undefined;
    let skip: string | undefined;

    before(async () => {
      const env: Record<string, string> = {};
      if (engine === 'PostgreSQL') {
        const created = await createTestPostgres();
        if ('unavailable' in created) {
          skip = created.unavailable;
          return;
        }
        postgres = created;
        env['DATABASE_URL'] = created.url;
      }
      t = await startTestApp(env);
      const directory = join(t.installation.config.dataDir, 'agencies.csv');
      writeFileSync(
        directory,
        'Mã cơ quan,Tên cơ quan,Phòng\nSVHTTDL,"Sở Văn hóa, Thể thao và Du lịch",Văn phòng Sở;Phòng Quản lý Văn hóa\n',
      );
      await t.upload(directory);
      await t.upload(join(FIXTURES, 'dossiers-hand-count.csv'));
      await t.upload(join(FIXTURES, 'par-scores-wide.csv'), { family: 'par' });
      [director, head, inspector] = await Promise.all([t.tokenOf('giamdoc'), t.tokenOf('truongphong'), t.tokenOf('thanhtra')]);
    });
    after(async () => {
      await t?.close();
      await postgres?.drop();
    });

    it('assigns nodes to departments with targets, beside what they scored, and lists the unassigned', async (c) => {
      if (skip) return c.skip(skip);
      const { status, body } = await t.send<OwnershipResponse>(
        'PUT',
        '/api/units/SVHTTDL/ownership',
        {
          family: 'par',
          year: 2023,
          assignments: [
            {
              nodeCode: 'procedure-reform',
              leadDepartment: 'Phòng Quản lý Văn hóa',
              supportingDepartments: ['Văn phòng Sở'],
              responsiblePerson: 'Trưởng phòng Quản lý Văn hóa',
              target: { kind: 'points', value: 13 },
            },
            { nodeCode: 'impact', leadDepartment: 'Văn phòng Sở', supportingDepartments: [], responsiblePerson: 'Chánh Văn phòng' },
          ],
        },
        director,
      );
      assert.equal(status, 200, JSON.stringify(body));
      const procedure = body.nodes.find((n) => n.code === 'procedure-reform')!;
      // SVHTTDL 2023 in the fixture: procedure-reform 12 of 14
      assert.deepEqual(
        [procedure.achieved, procedure.lost, procedure.owner?.leadDepartment, procedure.owner?.target],
        [12, 2, 'Phòng Quản lý Văn hóa', { kind: 'points', value: 13 }],
      );
      assert.deepEqual(body.unassigned, [
        'steering',
        'institutional-reform',
        'organisation-reform',
        'civil-service-reform',
        'public-finance-reform',
        'e-government',
      ]);
      const wrong = await t.send<{ code: string }>(
        'PUT',
        '/api/units/SVHTTDL/ownership',
        {
          family: 'par',
          year: 2023,
          assignments: [{ nodeCode: 'nope', leadDepartment: 'x', supportingDepartments: [], responsiblePerson: 'y' }],
        },
        director,
      );
      assert.deepEqual([wrong.status, wrong.body.code], [400, 'unknown_node']);
      assert.equal(
        (await t.send('PUT', '/api/units/SVHTTDL/ownership', { family: 'par', year: 2023, assignments: [] }, head)).status,
        403,
        'a department head does not assign',
      );
      assert.equal(
        (await t.send('PUT', '/api/units/SVHTTDL/ownership', { family: 'par', year: 2023, assignments: [] }, inspector)).status,
        403,
        'an inspector reads only',
      );
    });

    it('copies the owners forward to the next year where node codes match', async (c) => {
      if (skip) return c.skip(skip);
      const { body } = await t.send<CopyForwardResponse>(
        'POST',
        '/api/units/SVHTTDL/ownership/copy-forward',
        { family: 'par', fromYear: 2023, toYear: 2024 },
        director,
      );
      assert.deepEqual(body.copied, ['impact', 'procedure-reform']);
      assert.equal(body.unassigned.length, 6);
      const next = await t.get<OwnershipResponse>('/api/units/SVHTTDL/ownership?family=par&year=2024', director);
      assert.equal(next.body.nodes.find((n) => n.code === 'impact')?.owner?.responsiblePerson, 'Chánh Văn phòng');
      // the scorecard names the owner of each component beside the points it lost
      const card = await t.get<UnitScorecardResponse>('/api/units/SVHTTDL/scorecard?year=2023', director);
      const owners = Object.fromEntries(card.body.families[0]!.nodes.map((n) => [n.code, n.ownerDepartment]));
      assert.deepEqual([owners['impact'], owners['procedure-reform'], owners['steering']], ['Văn phòng Sở', 'Phòng Quản lý Văn hóa', null]);
    });

    it('lets a department head change only their own department’s tasks', async (c) => {
      if (skip) return c.skip(skip);
      const own = await t.send<TaskView>('POST', '/api/tasks', task(), head);
      assert.equal(own.status, 201, JSON.stringify(own.body));
      const others = await t.send<{ code: string }>('POST', '/api/tasks', task({ leadDepartment: 'Văn phòng Sở' }), head);
      assert.equal(others.status, 403);
      const byDirector = await t.send<TaskView>(
        'POST',
        '/api/tasks',
        task({ leadDepartment: 'Văn phòng Sở', dueDate: '2099-12-31', content: 'Kiện toàn công chức chuyên trách CNTT' }),
        director,
      );
      assert.equal(byDirector.status, 201);
      assert.equal(
        (await t.send('POST', `/api/tasks/${byDirector.body.id}/updates`, { status: 'in_progress', comment: 'Đã bắt đầu' }, head)).status,
        403,
      );
      const update = await t.send<TaskView>(
        'POST',
        `/api/tasks/${own.body.id}/updates`,
        { status: 'in_progress', comment: 'Đã gửi văn bản xin ý kiến', date: '2023-06-10' },
        head,
      );
      assert.deepEqual(
        [update.status, update.body.status, update.body.updates.length, update.body.updates[0]?.author],
        [201, 'in_progress', 1, 'truongphong'],
      );
      assert.equal((await t.send('POST', `/api/tasks/${own.body.id}/updates`, { status: 'done', comment: 'x' }, inspector)).status, 403);
    });

    it('flags overdue and stale tasks, and the daily check records each notice once a day', async (c) => {
      if (skip) return c.skip(skip);
      const { body: tasks } = await t.get<TaskView[]>('/api/tasks?agency=SVHTTDL', director);
      const late = tasks.find((x) => x.dueDate === '2023-06-30')!;
      const future = tasks.find((x) => x.dueDate === '2099-12-31')!;
      // due 30/06/2023 and not done: overdue; both were created or updated today: not stale yet
      assert.deepEqual([late.overdue, late.stale, future.overdue, future.stale], [true, false, false, false]);
      // 15 days on, with no update, both are stale (14 days by default) and the late one still overdue
      const day = addDays(vnDate(new Date()), 15);
      const first = await t.send<{ added: number }>('POST', '/api/tasks/check', { day });
      const again = await t.send<{ added: number }>('POST', '/api/tasks/check', { day });
      assert.deepEqual([first.body.added, again.body.added], [3, 0]);
      const { body: notices } = await t.get<NotificationView[]>(`/api/notifications?agency=SVHTTDL&day=${day}`, director);
      assert.deepEqual(notices.map((n) => [n.kind, n.department, n.dueDate]).sort(), [
        ['overdue', 'Phòng Quản lý Văn hóa', '2023-06-30'],
        ['stale', 'Phòng Quản lý Văn hóa', '2023-06-30'],
        ['stale', 'Văn phòng Sở', '2099-12-31'],
      ]);
    });

    it('imports a task plan, reporting the rows it cannot take by line, column and reason', async (c) => {
      if (skip) return c.skip(skip);
      const form = new FormData();
      form.append('file', new Blob([readFileSync(join(FIXTURES, 'task-plan.csv'))]), 'ke-hoach.csv');
      form.append('document', 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023');
      const response = await fetch(`${t.url}/api/tasks/import?agency=SVHTTDL`, {
        method: 'POST',
        body: form,
        headers: { authorization: `Bearer ${director}` },
      });
      const body = (await response.json()) as TaskImportResponse;
      assert.deepEqual([response.status, body.rowsRead, body.created], [201, 4, 2]);
      assert.deepEqual(
        body.errors.map((e) => [e.line, e.column, e.reasonEn]),
        [
          [4, 'Nội dung nhiệm vụ', 'Required value is missing'],
          [5, 'Thời gian hoàn thành', 'Invalid date (dd/MM/yyyy)'],
        ],
      );
      const { body: tasks } = await t.get<TaskView[]>('/api/tasks?agency=SVHTTDL&department=V%C4%83n%20ph%C3%B2ng%20S%E1%BB%9F', director);
      const imported = tasks.find((x) => x.content === 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình')!;
      assert.deepEqual(
        [imported.dueDate, imported.supportingDepartments, imported.assigningDocument],
        ['2023-12-31', ['Phòng Quản lý Văn hóa', 'Phòng Quản lý Du lịch'], 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023'],
      );
    });

    it('gives the department scorecard an inspector reads', async (c) => {
      if (skip) return c.skip(skip);
      const { status, body } = await t.get<DepartmentScorecardResponse>(
        '/api/units/SVHTTDL/departments?family=par&year=2023&period=2023-H1',
        inspector,
      );
      assert.equal(status, 200);
      const culture = body.rows.find((r) => r.department === 'Phòng Quản lý Văn hóa')!;
      // owns procedure-reform (2 points lost); 2 tasks (own + imported row 1), one overdue and stale;
      // dossiers of the hand-count fixture in H1 2023: HS01 early, HS06 on time → 100,00%
      assert.deepEqual(
        [culture.nodesOwned, culture.pointsLost, culture.dossiers.resolved, culture.dossiers.onTimeRate],
        [['procedure-reform'], 2, 2, 100],
      );
      // its own task and the plan's row 1 are both due in 2023 and not done
      assert.deepEqual(culture.tasks, { total: 2, done: 0, overdue: 2, stale: 0 });
    });

    it('keeps an audit trail of assignments and tasks: who, what, before and after', async (c) => {
      if (skip) return c.skip(skip);
      const { body } = await t.get<AuditEntryView[]>('/api/audit?entity=task&limit=50', inspector);
      // a status update carries the update itself beside the task as it became
      const update = body.find((e) => e.action === 'update' && e.actor === 'truongphong' && 'update' in (e.after as object))!;
      assert.equal((update.before as { status: string }).status, 'not_started');
      assert.equal((update.after as { status: string }).status, 'in_progress');
      const assignments = await t.get<AuditEntryView[]>('/api/audit?entity=assignment', inspector);
      assert.ok(assignments.body.some((e) => e.actor === 'giamdoc' && e.action === 'create'));
    });

    it('shows who is on duty at the one-stop counter, with substitutes for leave', async (c) => {
      if (skip) return c.skip(skip);
      const roster = [
        { weekday: 1, primary: 'Nguyễn Thị Lan', backup: 'Trần Văn Minh', validFrom: '2023-01-01' },
        { weekday: 2, primary: 'Trần Văn Minh', backup: 'Nguyễn Thị Lan', validFrom: '2023-01-01' },
      ];
      assert.equal((await t.send('PUT', '/api/units/SVHTTDL/duty', { roster }, head)).status, 403, 'the director sets the roster');
      assert.equal((await t.send('PUT', '/api/units/SVHTTDL/duty', { roster }, director)).status, 200);
      const leave = await t.send<DutyView>(
        'POST',
        '/api/units/SVHTTDL/duty/leaves',
        { officer: 'Nguyễn Thị Lan', from: '2023-06-12', to: '2023-06-12', substitute: 'Lê Văn Tuấn' },
        director,
      );
      // 12/06/2023 is a Monday: Lan is on leave and names Tuấn; Tuesday is Minh's
      assert.deepEqual(
        leave.body.days.slice(0, 2).map((d) => [d.date, d.onDuty, d.reason]),
        [
          ['2023-06-12', 'Lê Văn Tuấn', 'substitute'],
          ['2023-06-13', 'Trần Văn Minh', 'primary'],
        ],
      );
      const week = await t.get<DutyView>('/api/units/SVHTTDL/duty?from=2023-06-19', head);
      assert.deepEqual([week.body.days[0]!.onDuty, week.body.days[5]!.reason], ['Nguyễn Thị Lan', 'nobody']);
    });

    it('withdraws a leave, after which the roster applies again, and audits it', async (c) => {
      if (skip) return c.skip(skip);
      const { body: before } = await t.get<DutyView>('/api/units/SVHTTDL/duty?from=2023-06-12', director);
      const leave = before.leaves.find((l) => l.officer === 'Nguyễn Thị Lan')!;
      assert.deepEqual([leave.from, leave.substitute], ['2023-06-12', 'Lê Văn Tuấn']);
      const path = `/api/units/SVHTTDL/duty/leaves/${leave.id}`;
      assert.equal((await t.send('DELETE', path, undefined, head)).status, 403, 'the director keeps the roster');
      assert.equal((await t.send('DELETE', '/api/units/SVHTTDL/duty/leaves/not-an-id', undefined, director)).status, 400);
      const removed = await t.send<DutyView>('DELETE', path, undefined, director);
      assert.deepEqual([removed.status, removed.body.leaves.length], [200, 0]);
      const { body: after } = await t.get<DutyView>('/api/units/SVHTTDL/duty?from=2023-06-12', director);
      assert.deepEqual([after.days[0]!.onDuty, after.days[0]!.reason], ['Nguyễn Thị Lan', 'primary']);
      const again = await t.send<{ code: string }>('DELETE', path, undefined, director);
      assert.deepEqual([again.status, again.body.code], [404, 'unknown_leave']);
      const { body: audit } = await t.get<AuditEntryView[]>('/api/audit?entity=duty&limit=10', inspector);
      const entry = audit.find((e) => e.action === 'delete')!;
      assert.deepEqual([entry.actor, (entry.before as { officer: string }).officer, entry.after], ['giamdoc', 'Nguyễn Thị Lan', null]);
    });

    it('edits a task’s "5 rõ" under the same rule as creating it, keeping its status and history, audited', async (c) => {
      if (skip) return c.skip(skip);
      const { body: tasks } = await t.get<TaskView[]>('/api/tasks?agency=SVHTTDL', director);
      const own = tasks.find((x) => x.content === task().content)!;
      const office = tasks.find((x) => x.dueDate === '2099-12-31')!;
      const edit = {
        content: 'Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa và gia đình',
        leadPerson: 'Nguyễn Văn An',
        startDate: null,
        dueDate: '2023-07-31',
        evidence: [],
      };
      const edited = await t.send<TaskView>('PATCH', `/api/tasks/${own.id}`, edit, head);
      assert.equal(edited.status, 200, JSON.stringify(edited.body));
      const b = edited.body;
      assert.deepEqual(
        [b.content, b.leadPerson, b.startDate, b.dueDate, b.evidence, b.deliverable, b.status, b.lastUpdate, b.updates.length],
        [edit.content, 'Nguyễn Văn An', null, '2023-07-31', [], own.deliverable, own.status, own.lastUpdate, own.updates.length],
      );
      assert.equal((await t.get<TaskView[]>('/api/tasks?agency=SVHTTDL', head)).body.find((x) => x.id === own.id)?.dueDate, '2023-07-31');

      const status = async (id: string, body: object, token: string) => (await t.send('PATCH', `/api/tasks/${id}`, body, token)).status;
      assert.equal(await status(own.id, { leadDepartment: 'Văn phòng Sở' }, head), 403, 'a department head cannot hand a task to another department');
      assert.equal(await status(office.id, { deliverable: 'x' }, head), 403, 'nor edit another department’s');
      assert.equal(await status(own.id, { deliverable: 'x' }, inspector), 403, 'an inspector reads only');
      const moved = await t.send<TaskView>('PATCH', `/api/tasks/${office.id}`, { leadDepartment: 'Phòng Quản lý Văn hóa', supportingDepartments: ['Văn phòng Sở'] }, director);
      assert.deepEqual([moved.status, moved.body.leadDepartment, moved.body.supportingDepartments], [200, 'Phòng Quản lý Văn hóa', ['Văn phòng Sở']]);

      const refused = await t.send<{ code: string }>('PATCH', `/api/tasks/${own.id}`, {}, director);
      assert.deepEqual([refused.status, refused.body.code], [400, 'nothing_to_change']);
      assert.equal(await status(own.id, { content: null }, director), 400, 'only the start date may be cleared');
      assert.equal(await status(own.id, { dueDate: '31/07/2023' }, director), 400);
      assert.equal(await status(own.id, { status: 'done' }, director), 400, 'the status moves with an update, not an edit');
      assert.equal(await status(own.id, { agency: 'SYT' }, director), 400);
      assert.equal(await status('no-such-task', { deliverable: 'x' }, director), 404);

      const { body: audit } = await t.get<AuditEntryView[]>('/api/audit?entity=task&limit=20', inspector);
      const entry = audit.find((e) => e.entityId === own.id && e.action === 'update')!;
      const [was, is] = [entry.before as TaskView, entry.after as TaskView];
      assert.deepEqual(
        [entry.actor, was.dueDate, is.dueDate, was.startDate, is.startDate, is.status],
        ['truongphong', '2023-06-30', '2023-07-31', '2023-05-04', null, 'in_progress'],
      );
    });
  });
}

scenarios('SQLite');
scenarios('PostgreSQL');
