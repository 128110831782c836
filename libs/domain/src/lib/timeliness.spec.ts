import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriod } from './periods';
import { classifyResolution, computeDossierStats, hasActivity, type DossierFacts, type DossierStats } from './timeliness';
import { vnDate } from './vietnam-time';

const vn = (text: string) => new Date(`${text}+07:00`);

describe('classifyResolution (by calendar day in Vietnam time)', () => {
  const due = vn('2023-03-10T17:00:00');
  it('a result at 09:00 on the due day (due 17:00) is on time, not early', () => assert.equal(classifyResolution(due, vn('2023-03-10T09:00:00')), 'on_time'));
  it('23:59 the day before is early', () => assert.equal(classifyResolution(due, vn('2023-03-09T23:59:00')), 'early'));
  it('00:00 the day after is late', () => assert.equal(classifyResolution(due, vn('2023-03-11T00:00:00')), 'late'));
  it('compares Vietnamese days even where UTC days differ (00:30 VN is the previous UTC day)', () => {
    assert.equal(classifyResolution(vn('2023-03-10T00:30:00'), vn('2023-03-10T23:30:00')), 'on_time');
    assert.equal(classifyResolution(vn('2023-03-10T00:30:00'), vn('2023-03-09T23:30:00')), 'early');
  });
});

describe('computeDossierStats', () => {
  const d = (receivedAt: string, dueAt: string, resultAt: string | null, channel: DossierFacts['channel'] = 'online'): DossierFacts => ({
    receivedAt: vn(receivedAt), dueAt: vn(dueAt), resultAt: resultAt ? vn(resultAt) : null, channel, digitized: true, signed: channel !== 'postal', paidOnline: false,
  });
  // The same hand-counted cases as etl/src/testing/fixtures/dossiers-hand-count.csv
  const dossiers = [
    d('2023-01-10T09:00:00', '2023-01-20T17:00:00', '2023-01-18T10:00:00'),
    d('2023-06-14T23:59:00', '2023-06-20T17:00:00', null, 'direct'),
    d('2023-06-15T00:00:00', '2023-06-20T17:00:00', null, 'postal'),
    d('2022-12-01T08:00:00', '2022-12-10T17:00:00', '2022-12-16T09:00:00'),
    d('2022-12-05T08:00:00', '2022-12-25T17:00:00', null),
    d('2023-03-01T08:00:00', '2023-03-10T17:00:00', '2023-03-10T09:00:00'),
    d('2023-06-01T08:00:00', '2023-06-05T17:00:00', '2023-06-20T10:00:00', 'direct'),
    d('2022-12-10T08:00:00', '2022-12-12T17:00:00', '2022-12-13T09:00:00'),
  ];

  it('gives the hand-counted figures for the official first half of 2023', () => {
    const stats = computeDossierStats(dossiers, parsePeriod('2023-H1'));
    assert.deepEqual(stats, {
      from: '2022-12-15', to: '2023-06-14',
      received: 4, receivedOnline: 2, receivedDirect: 2, receivedPostal: 0, carriedOver: 2,
      resolved: 3, resolvedEarly: 1, resolvedOnTime: 1, resolvedLate: 1,
      pending: 3, pendingWithinDeadline: 1, pendingOverdue: 2,
      onlineRate: 50, onTimeRate: 66.67, digitizedRate: 100, signedRate: 100, paidOnlineRate: 0,
    });
    assert.equal(stats.received + stats.carriedOver, stats.resolved + stats.pending, 'received + carried over = resolved + pending');
  });

  it('a result after the period end leaves the dossier pending at the end', () => {
    const stats = computeDossierStats([d('2023-06-01T08:00:00', '2023-06-30T17:00:00', '2023-06-15T08:00:00')], parsePeriod('2023-H1'));
    assert.deepEqual([stats.resolved, stats.pending, stats.pendingWithinDeadline], [0, 1, 1]);
  });

  it('a dossier due on the period’s last day is still within deadline there', () => {
    const stats = computeDossierStats([d('2023-06-01T08:00:00', '2023-06-14T17:00:00', null)], parsePeriod('2023-H1'));
    assert.deepEqual([stats.pendingWithinDeadline, stats.pendingOverdue], [1, 0]);
  });

  it('gives null rates, not zero, when nothing was received', () => {
    const stats = computeDossierStats([], parsePeriod('2023'));
    assert.deepEqual([stats.onlineRate, stats.onTimeRate], [null, null]);
  });
});

describe('classifyResolution, more boundaries', () => {
  it('a result after the due time on the due day is still on time', () => assert.equal(classifyResolution(vn('2023-03-10T08:00:00'), vn('2023-03-10T23:59:59')), 'on_time'));
  it('days apart either way', () => {
    assert.equal(classifyResolution(vn('2023-03-10T17:00:00'), vn('2023-02-01T10:00:00')), 'early');
    assert.equal(classifyResolution(vn('2023-03-10T17:00:00'), vn('2024-03-10T10:00:00')), 'late');
  });
  it('judges by the VN day when the due time is late evening (the UTC day is still the same)', () => {
    // due 10/03 23:30 VN = 10/03 16:30 UTC; result 11/03 00:10 VN = 10/03 17:10 UTC: same UTC day, later VN day
    assert.equal(classifyResolution(vn('2023-03-10T23:30:00'), vn('2023-03-11T00:10:00')), 'late');
  });
  it('crosses a leap day', () => assert.equal(classifyResolution(vn('2024-02-29T17:00:00'), vn('2024-02-28T23:59:00')), 'early'));
});

describe('computeDossierStats at the edges of the period (official first half of 2023)', () => {
  const h1 = parsePeriod('2023-H1');
  const one = (facts: Partial<DossierFacts> & Pick<DossierFacts, 'receivedAt'>): DossierStats =>
    computeDossierStats([{ dueAt: vn('2023-06-30T17:00:00'), resultAt: null, channel: 'online', digitized: false, signed: false, paidOnline: false, ...facts }], h1);
  const pick = (s: DossierStats, ...keys: Array<keyof DossierStats>) => keys.map((k) => s[k]);

  it('received at 15/12 00:00 VN (the first instant) counts as received, not carried over', () => {
    assert.deepEqual(pick(one({ receivedAt: vn('2022-12-15T00:00:00') }), 'received', 'carriedOver', 'pending'), [1, 0, 1]);
  });
  it('received at 14/12 23:59 VN is carried over', () => {
    assert.deepEqual(pick(one({ receivedAt: vn('2022-12-14T23:59:00') }), 'received', 'carriedOver', 'pending'), [0, 1, 1]);
  });
  it('received before and resolved before the start appears nowhere', () => {
    const s = one({ receivedAt: vn('2022-12-01T08:00:00'), resultAt: vn('2022-12-14T23:59:59') });
    assert.deepEqual(pick(s, 'received', 'carriedOver', 'resolved', 'pending'), [0, 0, 0, 0]);
  });
  it('received before and resolved at the first instant is carried over and resolved', () => {
    const s = one({ receivedAt: vn('2022-12-01T08:00:00'), resultAt: vn('2022-12-15T00:00:00') });
    assert.deepEqual(pick(s, 'received', 'carriedOver', 'resolved', 'pending'), [0, 1, 1, 0]);
  });
  it('resolved at 14/06 23:59:59 VN is resolved; at 15/06 00:00 VN it is still pending at the end', () => {
    const inside = one({ receivedAt: vn('2023-06-01T08:00:00'), resultAt: vn('2023-06-14T23:59:59') });
    const outside = one({ receivedAt: vn('2023-06-01T08:00:00'), resultAt: vn('2023-06-15T00:00:00') });
    assert.deepEqual(pick(inside, 'resolved', 'pending'), [1, 0]);
    assert.deepEqual(pick(outside, 'resolved', 'pending'), [0, 1]);
  });
  it('received at 15/06 00:00 VN belongs to the next period', () => {
    assert.deepEqual(pick(one({ receivedAt: vn('2023-06-15T00:00:00') }), 'received', 'carriedOver', 'pending'), [0, 0, 0]);
  });
  it('pending: due on the last day is within deadline, due the day before is overdue', () => {
    assert.deepEqual(pick(one({ receivedAt: vn('2023-06-01T08:00:00'), dueAt: vn('2023-06-14T08:00:00') }), 'pendingWithinDeadline', 'pendingOverdue'), [1, 0]);
    assert.deepEqual(pick(one({ receivedAt: vn('2023-06-01T08:00:00'), dueAt: vn('2023-06-13T23:59:00') }), 'pendingWithinDeadline', 'pendingOverdue'), [0, 1]);
  });
  it('pending: due 14/06 00:30 VN (13/06 in UTC) is on the last day, so within deadline', () => {
    assert.deepEqual(pick(one({ receivedAt: vn('2023-06-01T08:00:00'), dueAt: vn('2023-06-14T00:30:00') }), 'pendingWithinDeadline', 'pendingOverdue'), [1, 0]);
  });
  it('a dossier resolved in the period but late stays late even though it was carried over', () => {
    const s = one({ receivedAt: vn('2022-11-01T08:00:00'), dueAt: vn('2022-11-20T17:00:00'), resultAt: vn('2023-01-05T10:00:00') });
    assert.deepEqual(pick(s, 'carriedOver', 'resolved', 'resolvedLate', 'onTimeRate'), [1, 1, 1, 0]);
  });
});

describe('computeDossierStats, counting and rates', () => {
  const base = { dueAt: vn('2023-06-30T17:00:00'), resultAt: null, digitized: false, signed: false, paidOnline: false } as const;
  it('counts channels and flags among received dossiers only', () => {
    const dossiers: DossierFacts[] = [
      { ...base, receivedAt: vn('2023-02-01T08:00:00'), channel: 'online', digitized: true, signed: true, paidOnline: true },
      { ...base, receivedAt: vn('2023-02-02T08:00:00'), channel: 'online', digitized: true, signed: false, paidOnline: false },
      { ...base, receivedAt: vn('2023-02-03T08:00:00'), channel: 'direct', digitized: true, signed: true, paidOnline: false },
      { ...base, receivedAt: vn('2023-02-04T08:00:00'), channel: 'postal', digitized: false, signed: false, paidOnline: false },
      // carried over: its flags must not count
      { ...base, receivedAt: vn('2022-11-04T08:00:00'), channel: 'online', digitized: true, signed: true, paidOnline: true },
    ];
    const s = computeDossierStats(dossiers, parsePeriod('2023-H1'));
    assert.deepEqual(
      [s.received, s.receivedOnline, s.receivedDirect, s.receivedPostal, s.carriedOver, s.onlineRate, s.digitizedRate, s.signedRate, s.paidOnlineRate],
      [4, 2, 1, 1, 1, 50, 75, 50, 25],
    );
    assert.equal(s.onTimeRate, null, 'nothing resolved');
  });
  it('reproduces the seed share: 353 online of 428 received → 82.48%', () => {
    const dossiers = Array.from({ length: 428 }, (_, i): DossierFacts => ({ ...base, receivedAt: vn('2023-03-01T08:00:00'), channel: i < 353 ? 'online' : i % 2 ? 'direct' : 'postal' }));
    const s = computeDossierStats(dossiers, parsePeriod('2023-H1'));
    assert.deepEqual([s.received, s.receivedOnline, s.receivedDirect + s.receivedPostal, s.onlineRate], [428, 353, 75, 82.48]);
  });
  it('accepts any iterable, read once (a generator)', () => {
    function* gen(): Generator<DossierFacts> {
      yield { ...base, receivedAt: vn('2023-03-01T08:00:00'), channel: 'online' };
      yield { ...base, receivedAt: vn('2023-03-01T08:00:00'), channel: 'direct', resultAt: vn('2023-03-02T08:00:00') };
    }
    const s = computeDossierStats(gen(), parsePeriod('2023-Q1'));
    assert.deepEqual([s.received, s.resolved, s.resolvedEarly, s.pending, s.onTimeRate], [2, 1, 1, 1, 100]);
  });
  it('uses the period’s window for calendar periods', () => {
    const dossier: DossierFacts = { ...base, receivedAt: vn('2023-06-20T08:00:00'), channel: 'online' };
    assert.equal(computeDossierStats([dossier], parsePeriod('2023-H1')).received, 0);
    const calendar = computeDossierStats([dossier], parsePeriod('2023-H1', { calendar: true }));
    assert.deepEqual([calendar.from, calendar.to, calendar.received], ['2023-01-01', '2023-06-30', 1]);
  });

  // Deterministic pseudo-random dossiers (mulberry32), so a failure reproduces exactly.
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const sample = (seed: number, count: number): DossierFacts[] => {
    const next = random(seed);
    const origin = vn('2022-10-01T00:00:00').getTime();
    const hour = 3_600_000;
    return Array.from({ length: count }, () => {
      const receivedAt = origin + Math.floor(next() * 24 * 30 * 13) * hour;
      const dueAt = receivedAt + Math.floor(next() * 24 * 40) * hour;
      const resultAt = next() < 0.2 ? null : receivedAt + Math.floor(next() * 24 * 60) * hour;
      const channel = (['online', 'direct', 'postal'] as const)[Math.floor(next() * 3)]!;
      return { receivedAt: new Date(receivedAt), dueAt: new Date(dueAt), resultAt: resultAt === null ? null : new Date(resultAt), channel, digitized: next() < 0.5, signed: next() < 0.5, paidOnline: next() < 0.5 };
    });
  };

  it('balances on random data: received + carried over = resolved + pending, and the parts add up', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const dossiers = sample(seed, 500);
      for (const code of ['2023-01', '2023-Q1', '2023-H1', '2023-H2', '2023-9M', '2023']) {
        for (const calendar of [false, true]) {
          const s = computeDossierStats(dossiers, parsePeriod(code, { calendar }));
          const where = `seed ${seed} ${code} ${calendar}`;
          assert.equal(s.received + s.carriedOver, s.resolved + s.pending, where);
          assert.equal(s.received, s.receivedOnline + s.receivedDirect + s.receivedPostal, where);
          assert.equal(s.resolved, s.resolvedEarly + s.resolvedOnTime + s.resolvedLate, where);
          assert.equal(s.pending, s.pendingWithinDeadline + s.pendingOverdue, where);
        }
      }
    }
  });
  it('chains periods: the pending at the end of one month is carried into the next', () => {
    const dossiers = sample(42, 800);
    for (const calendar of [false, true]) {
      for (let month = 2; month <= 12; month++) {
        const current = computeDossierStats(dossiers, parsePeriod(`2023-${String(month).padStart(2, '0')}`, { calendar }));
        const before = computeDossierStats(dossiers, parsePeriod(`2023-${String(month - 1).padStart(2, '0')}`, { calendar }));
        assert.equal(current.carriedOver, before.pending, `month ${month} ${calendar}`);
      }
    }
  });
  it('gives the same figures from a later export, in which some pending dossiers have since been resolved', () => {
    const period = parsePeriod('2023-H1');
    const atCutOff = sample(7, 500).map((d) => (d.resultAt && d.resultAt >= vn('2023-06-15T00:00:00') ? { ...d, resultAt: null } : d));
    const later = atCutOff.map((d, i) => (d.resultAt === null && i % 2 === 0 ? { ...d, resultAt: vn('2023-07-20T10:00:00') } : d));
    assert.deepEqual(computeDossierStats(later, period), computeDossierStats(atCutOff, period));
  });
  it('matches a dossier-by-dossier recount of the hand-written rules', () => {
    const dossiers = sample(9, 600);
    const period = parsePeriod('2023-Q2');
    const start = vn('2023-03-15T00:00:00');
    const end = vn('2023-06-15T00:00:00');
    const expected = { received: 0, carriedOver: 0, resolved: 0, late: 0, pending: 0, overdue: 0 };
    for (const d of dossiers) {
      if (d.receivedAt >= start && d.receivedAt < end) expected.received++;
      if (d.receivedAt < start && (d.resultAt === null || d.resultAt >= start)) expected.carriedOver++;
      if (d.resultAt !== null && d.resultAt >= start && d.resultAt < end) {
        expected.resolved++;
        if (vnDate(d.resultAt) > vnDate(d.dueAt)) expected.late++;
      }
      if (d.receivedAt < end && (d.resultAt === null || d.resultAt >= end)) {
        expected.pending++;
        if (vnDate(d.dueAt) < '2023-06-14') expected.overdue++;
      }
    }
    const s = computeDossierStats(dossiers, period);
    assert.deepEqual(
      { received: s.received, carriedOver: s.carriedOver, resolved: s.resolved, late: s.resolvedLate, pending: s.pending, overdue: s.pendingOverdue },
      expected,
    );
    assert.ok(expected.received > 50 && expected.carriedOver > 10 && expected.late > 5 && expected.overdue > 5, 'the sample exercises every branch');
  });
});

describe('hasActivity', () => {
  it('is false only when nothing was received, carried over, resolved or pending', () => {
    const none = { received: 0, carriedOver: 0, resolved: 0, pending: 0 };
    assert.equal(hasActivity(none), false);
    for (const key of Object.keys(none) as (keyof typeof none)[]) assert.equal(hasActivity({ ...none, [key]: 1 }), true, key);
  });
});
