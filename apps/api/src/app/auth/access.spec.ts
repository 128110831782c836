import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import type { AgencySummary, AuthUser, LoginResponse } from '@cchc/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { DEMO_USERS } from './auth.service';
import { signToken } from './token';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');
const ROLES = ['admin', 'giamdoc', 'truongphong', 'thanhtra'] as const;
type Who = (typeof ROLES)[number];

/**
 * Every agency-scoped endpoint for the own agency (SVHTTDL, the demo director's), another one that
 * exists (SYT) and one that does not (NOPE). Expected codes per account, in ROLES order.
 */
const MATRIX: { name: string; path: (agency: string) => string; own: number[]; other: number[]; unknown: number[] }[] = [
  { name: 'dossier stats', path: (a) => `/api/dossiers/stats?agency=${a}&period=2023`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'dossier breakdown', path: (a) => `/api/dossiers/stats/breakdown?agency=${a}&period=2023&by=month`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'dossier list', path: (a) => `/api/dossiers/list?agency=${a}&period=2023&status=late`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'procedure stats', path: (a) => `/api/procedures/stats?agency=${a}&period=2023`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'feedback stats', path: (a) => `/api/feedback/stats?agency=${a}&period=2023`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: '766 estimate', path: (a) => `/api/indices/d766/estimate?agency=${a}&period=2023`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'scorecard', path: (a) => `/api/units/${a}/scorecard?year=2022`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'trends', path: (a) => `/api/units/${a}/trends?family=par`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'ownership', path: (a) => `/api/units/${a}/ownership?family=par&year=2022`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'department scorecard', path: (a) => `/api/units/${a}/departments?family=par&year=2022&period=2023`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'duty roster', path: (a) => `/api/units/${a}/duty`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'CCHC report', path: (a) => `/api/reports/cchc?agency=${a}&period=2023`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [404, 404, 404, 404] },
  { name: 'tasks', path: (a) => `/api/tasks?agency=${a}`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [200, 404, 404, 200] },
  { name: 'notifications', path: (a) => `/api/notifications?agency=${a}`, own: [200, 200, 200, 200], other: [200, 403, 403, 200], unknown: [200, 404, 404, 200] },
];

describe('sign-in, roles and scoping', () => {
  let t: TestApp;
  const tokens = {} as Record<Who, string>;

  before(async () => {
    t = await startTestApp();
    const directory = join(t.installation.config.dataDir, 'agencies.csv');
    writeFileSync(directory, 'Mã cơ quan,Tên cơ quan,Phòng\nSVHTTDL,"Sở Văn hóa, Thể thao và Du lịch",Văn phòng Sở;Phòng Quản lý Văn hóa\nSYT,Sở Y tế,Văn phòng Sở\n');
    for (const file of [directory, join(FIXTURES, 'dossiers-hand-count.csv')]) assert.equal((await t.upload<{ status: string }>(file)).body.status, 'done');
    assert.equal((await t.upload<{ status: string }>(join(FIXTURES, 'par-scores-wide.csv'), { family: 'par' })).body.status, 'done');
    for (const who of ROLES) tokens[who] = await t.tokenOf(who);
  });
  after(() => t.close());

  it('signs in the demo accounts and tells who is signed in', async () => {
    const { status, body } = await t.send<LoginResponse>('POST', '/api/auth/login', { username: 'giamdoc', password: 'giamdoc@demo' }, '');
    assert.equal(status, 200);
    assert.deepEqual(body.user, { username: 'giamdoc', displayName: 'Giám đốc Sở VHTTDL (demo)', role: 'director', agencyCode: 'SVHTTDL', department: null });
    assert.ok(Date.parse(body.expiresAt) > Date.now());
    const me = await t.get<AuthUser>('/api/auth/me', body.accessToken);
    assert.deepEqual(me.body, body.user);
  });

  it('answers 401 without a token, with a forged one and with an expired one; health stays public', async () => {
    assert.equal((await t.get('/api/agencies', '')).status, 401);
    assert.equal((await t.get('/api/agencies', `${tokens.admin.slice(0, -2)}xx`)).status, 401);
    const user = DEMO_USERS[0]!;
    const expired = signToken({ ...user, role: 'admin' }, 'another key of at least thirty-two chars', 60, Date.now() - 3_600_000).token;
    assert.deepEqual((await t.get<{ code: string }>('/api/agencies', expired)).body.code, 'unauthenticated');
    assert.equal((await t.get('/api/health', '')).status, 200);
  });

  it('sends security headers and keeps API answers out of caches', async () => {
    const response = await fetch(`${t.url}/api/health`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('x-powered-by'), null);
  });

  it('refuses a wrong password with 401, then rate-limits the account with 429', async () => {
    const attempt = () => t.send<{ code: string }>('POST', '/api/auth/login', { username: 'thanhtra', password: 'wrong' }, '');
    for (let i = 0; i < 5; i++) assert.deepEqual((await attempt()).body.code, 'invalid_credentials');
    const limited = await attempt();
    assert.deepEqual([limited.status, limited.body.code], [429, 'too_many_attempts']);
    const unknown = await t.send<{ code: string }>('POST', '/api/auth/login', { username: 'nobody', password: 'x' }, '');
    assert.equal(unknown.status, 429, 'the address is limited too');
  });

  it('lists only their own agency to a director and a department head', async () => {
    const codes = async (who: Who) => (await t.get<AgencySummary[]>('/api/agencies', tokens[who])).body.map((a) => a.code);
    assert.deepEqual(await codes('giamdoc'), ['SVHTTDL']);
    assert.deepEqual(await codes('truongphong'), ['SVHTTDL']);
    assert.deepEqual(await codes('thanhtra'), ['SVHTTDL', 'SYT']);
  });

  for (const row of MATRIX) {
    it(`${row.name}: own agency, another agency, an unknown one — per role`, async () => {
      for (const [column, agency] of [['own', 'SVHTTDL'], ['other', 'SYT'], ['unknown', 'NOPE']] as const) {
        const got = [];
        for (const who of ROLES) got.push((await t.get<unknown>(row.path(agency), tokens[who])).status);
        assert.deepEqual(got, row[column], `${row.name} ${column} (${ROLES.join(', ')})`);
      }
    });
  }

  it('forbids never with data: a 403 body carries only the code and the message', async () => {
    const { status, body } = await t.get<Record<string, unknown>>('/api/dossiers/stats?agency=SYT&period=2023', tokens.giamdoc);
    assert.equal(status, 403);
    assert.deepEqual(Object.keys(body).sort(), ['code', 'message', 'messageEn', 'statusCode']);
  });

  it('keeps data loading and the audit log to the roles that may see them', async () => {
    const statuses = async (path: string) => Promise.all(ROLES.map(async (who) => (await t.get(path, tokens[who])).status));
    assert.deepEqual(await statuses('/api/etl/jobs'), [200, 403, 403, 403]);
    assert.deepEqual(await statuses('/api/audit'), [200, 403, 403, 200]);
    assert.deepEqual(await statuses('/api/indices/par/scores?year=2022'), [200, 200, 200, 200], 'published rankings are for everyone');
  });
});
