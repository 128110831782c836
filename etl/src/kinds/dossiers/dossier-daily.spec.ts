import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { TestInstallation } from '@cchc/config';
import { ClickhouseRepository, dossierStatsSql, TABLES, type DossierCountsRow, type StatsWindow } from '@cchc/clickhouse';
import { EtlPipelineService } from '../../pipeline/etl-pipeline.service';
import { RecoveryService } from '../../pipeline/recovery.service';
import { openEtlTestContext, type EtlTestContext } from '../../testing/etl-test-context';

const HEADER = 'Mã hồ sơ,Mã TTHC,Tên thủ tục,Lĩnh vực,Mã cơ quan,Phòng xử lý,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Ký số,Số hóa,Thanh toán trực tuyến,Đối tượng';
const CHANNELS = ['Trực tuyến', 'Trực tiếp', 'Bưu chính'] as const;
const CHANNEL_KEYS = ['online', 'direct', 'postal'] as const;

/** A dossier as the oracle sees it: Vietnam wall-clock instants as sortable 'yyyy-MM-dd HH:mm'. */
interface Dossier {
  agency: string;
  code: string;
  procedure: string;
  department: string;
  channel: number;
  received: string;
  due: string;
  result: string | null;
  flags: [boolean, boolean, boolean];
}

/** Deterministic so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
function instant(day: number, minutes: number): string {
  const date = new Date(Date.UTC(2022, 10, 1) + day * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
const vnText = (value: string) => `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)} ${value.slice(11)}`;

/** Dossiers received over about 15 months; due 0–20 days after receipt; a result 0–40 days after, or none. */
function generate(next: () => number, count: number, prefix: string): Dossier[] {
  return Array.from({ length: count }, (_, i) => {
    const day = Math.floor(next() * 450);
    const dueDay = day + Math.floor(next() * 21);
    const resultDay = next() < 0.2 ? null : day + Math.floor(next() * 41);
    return {
      agency: next() < 0.8 ? 'SVHTTDL' : 'STP',
      code: `${prefix}${i}`,
      procedure: `1.00000${Math.floor(next() * 4)}`,
      department: ['Văn phòng', 'Phòng Quản lý Văn hóa', 'Phòng Du lịch'][Math.floor(next() * 3)]!,
      channel: Math.floor(next() * 3),
      received: instant(day, 420 + Math.floor(next() * 600)),
      due: instant(dueDay, 420 + Math.floor(next() * 600)),
      // the same day as receipt only after it, as the software records it
      result: resultDay === null ? null : instant(resultDay, resultDay === day ? 1_100 : Math.floor(next() * 1_440)),
      flags: [next() < 0.5, next() < 0.5, next() < 0.3],
    };
  });
}

function csv(dossiers: readonly Dossier[]): string {
  const yes = (b: boolean) => (b ? 'Có' : 'Không');
  return [
    HEADER,
    ...dossiers.map((d) =>
      [d.code, d.procedure, `Thủ tục ${d.procedure}`, 'Văn hóa', d.agency, d.department, CHANNELS[d.channel], vnText(d.received), vnText(d.due), d.result ? vnText(d.result) : '', d.result ? 'Đã trả kết quả' : 'Đang xử lý', yes(d.flags[0]), yes(d.flags[1]), yes(d.flags[2]), 'Công dân'].join(','),
    ),
  ].join('\n');
}

/** The official definitions applied to each dossier, instant by instant: what the aggregates must equal. */
function oracle(dossiers: readonly Dossier[], window: StatsWindow): Record<string, number> {
  const start = window.start.slice(0, 16);
  const end = window.end.slice(0, 16);
  const day = (value: string) => value.slice(0, 10);
  const counts: Record<string, number> = {};
  const add = (name: string, when: boolean) => {
    counts[name] = (counts[name] ?? 0) + (when ? 1 : 0);
  };
  for (const d of dossiers) {
    const inWindow = d.received >= start && d.received < end;
    const resolved = d.result !== null && d.result >= start && d.result < end;
    const pending = d.received < end && (d.result === null || d.result >= end);
    add('received', inWindow);
    for (const [i, key] of CHANNEL_KEYS.entries()) add(`received_${key}`, inWindow && d.channel === i);
    add('carried_over', d.received < start && (d.result === null || d.result >= start));
    add('resolved', resolved);
    add('resolved_early', resolved && day(d.result!) < day(d.due));
    add('resolved_on_time', resolved && day(d.result!) === day(d.due));
    add('resolved_late', resolved && day(d.result!) > day(d.due));
    add('pending', pending);
    add('pending_overdue', pending && day(d.due) < window.lastDay);
    add('signed', inWindow && d.flags[0]);
    add('digitized', inWindow && d.flags[1]);
    add('paid_online', inWindow && d.flags[2]);
  }
  return counts;
}

function windowOf(key: string, firstDay: string, lastDay: string): StatsWindow {
  const next = new Date(`${lastDay}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const end = next.toISOString().slice(0, 10);
  return { key, start: `${firstDay} 00:00:00`, end: `${end} 00:00:00`, firstDay, lastDay };
}

/** Months, quarters, the official half-year cut (15/12–14/06), a year and one-day windows. */
const WINDOWS: StatsWindow[] = [
  ...Array.from({ length: 15 }, (_, m) => {
    const first = new Date(Date.UTC(2022, 10 + m, 1));
    const last = new Date(Date.UTC(2022, 11 + m, 0));
    return windowOf(`m${m}`, first.toISOString().slice(0, 10), last.toISOString().slice(0, 10));
  }),
  windowOf('q1', '2023-01-01', '2023-03-31'),
  windowOf('half', '2022-12-15', '2023-06-14'),
  windowOf('year', '2023-01-01', '2023-12-31'),
  windowOf('day', '2023-05-17', '2023-05-17'),
  windowOf('before', '2021-01-01', '2021-12-31'),
];

describe('dossier daily aggregates: the statistics equal the definitions applied to every dossier', () => {
  let installation: TestInstallation;
  let context: INestApplicationContext;
  let pipeline: EtlPipelineService;
  let clickhouse: ClickhouseRepository;
  let latest: Dossier[] = [];

  const stats = async (agency: string, extra: { department?: string; groupBy?: 'department' | 'procedure' } = {}) => {
    const { sql, params } = dossierStatsSql((name) => clickhouse.table(name), { agency, windows: WINDOWS, ...extra });
    return clickhouse.query<DossierCountsRow>(sql, params);
  };
  const assertMatches = async (dossiers: readonly Dossier[], label: string) => {
    for (const agency of ['SVHTTDL', 'STP']) {
      const rows = await stats(agency);
      for (const window of WINDOWS) {
        const row = rows.find((r) => r.window === window.key);
        const expected = oracle(dossiers.filter((d) => d.agency === agency), window);
        const actual = Object.fromEntries(Object.keys(expected).map((name) => [name, Number(row?.[name as keyof DossierCountsRow] ?? 0)]));
        assert.deepEqual(actual, expected, `${label}: ${agency} ${window.key}`);
      }
    }
    const byDepartment = await stats('SVHTTDL', { groupBy: 'department' });
    const department = 'Phòng Du lịch';
    const filtered = await stats('SVHTTDL', { department });
    for (const window of WINDOWS) {
      const expected = oracle(dossiers.filter((d) => d.agency === 'SVHTTDL' && d.department === department), window);
      for (const rows of [byDepartment.filter((r) => r.group === department), filtered]) {
        const row = rows.find((r) => r.window === window.key);
        assert.equal(Number(row?.pending_overdue ?? 0), expected['pending_overdue'], `${label}: ${department} ${window.key}`);
        assert.equal(Number(row?.resolved_late ?? 0), expected['resolved_late'], `${label}: ${department} ${window.key}`);
      }
    }
  };
  const load = async (name: string, dossiers: readonly Dossier[]) => {
    const path = join(installation.config.dataDir, name);
    writeFileSync(path, csv(dossiers));
    const job = await pipeline.load(path);
    assert.equal(job.status, 'done', job.message ?? '');
    return job;
  };

  let testContext: EtlTestContext;
  before(async () => {
    testContext = await openEtlTestContext();
    ({ installation, context, pipeline, clickhouse } = testContext);
  });
  after(() => testContext.close());

  it('after a first export that repeats some codes (the last line wins), for every window, agency and department', async () => {
    const first = generate(random(7), 3_000, 'H');
    // earlier lines for a tenth of the dossiers: a first load's aggregates come from its own rows, which must hold each dossier once
    const stale = generate(random(5), 300, 'x').map((d, i) => ({ ...d, code: first[i * 10]!.code, agency: first[i * 10]!.agency }));
    const job = await load('first.csv', [...stale, ...first]);
    assert.deepEqual([job.rowsLoaded, job.rowsRejected], [3_000, 300]);
    await assertMatches(first, 'first export');
  });

  it('after a later export changes results, channels and dates of some dossiers and adds others', async () => {
    const first = generate(random(7), 3_000, 'H');
    const next = random(11);
    const changed = first.filter(() => next() < 0.3).map((d) => {
      const [replacement] = generate(next, 1, 'x');
      return { ...replacement!, code: d.code, agency: d.agency };
    });
    const added = generate(random(13), 500, 'N');
    await load('later.csv', [...changed, ...added]);
    const byKey = new Map(first.map((d) => [`${d.agency}/${d.code}`, d]));
    for (const d of [...changed, ...added]) byKey.set(`${d.agency}/${d.code}`, d);
    latest = [...byKey.values()];
    await assertMatches(latest, 'later export');
    const generations = async () => {
      const [row] = await clickhouse.query<{ n: string; deltas: string }>(
        `SELECT uniqExact(generation) AS n, countIf(NOT base) AS deltas FROM ${clickhouse.table(TABLES.dossierDaily)} WHERE agency = 'SVHTTDL'`,
      );
      return [Number(row?.n), Number(row?.deltas) > 0];
    };
    assert.deepEqual(await generations(), [2, true], 'the later export wrote only its changes, beside the base');
    await load('later-again.csv', [...added, ...changed].reverse());
    await assertMatches(latest, 'the same rows exported again in another order');
    assert.deepEqual(await generations(), [1, false], 'grown deltas were summed into a new base, and the generations it supersedes dropped');
  });

  it('an installation upgraded with dossiers but no aggregates gets them at start-up', async () => {
    await clickhouse.command(`TRUNCATE TABLE ${clickhouse.table(TABLES.dossierDaily)}`);
    assert.equal((await stats('SVHTTDL')).length, 0, 'no aggregates, no figures');
    const recovered = await context.get(RecoveryService).recover();
    assert.equal(recovered.aggregated, 2);
    await assertMatches(latest, 'built at start-up');
    assert.equal((await context.get(RecoveryService).recover()).aggregated, 0, 'built once');
  });
});
