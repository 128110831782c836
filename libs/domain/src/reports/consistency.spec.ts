import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkOfficialTable, CONSISTENCY_CODES, type OfficialTable } from './consistency';

/** Seed 004 (Sở VHTTDL, 6 tháng đầu năm 2023) as printed. */
const SEED_004: OfficialTable = {
  received: 428,
  receivedOnline: 353,
  receivedDirect: 75,
  carriedOver: 47,
  resolved: 411,
  resolvedEarly: 360,
  resolvedOnTime: 51,
  resolvedLate: 0,
  pending: 17,
  pendingWithinDeadline: 17,
  pendingOverdue: 0,
  onlineRate: 82.48,
  directPostalRate: 17.52,
};

/** The hand-counted dossier fixture for H1 2023 (etl/src/testing/fixtures/README.md). */
const FIXTURE: OfficialTable = {
  received: 4,
  receivedOnline: 2,
  receivedDirect: 2,
  receivedPostal: 0,
  carriedOver: 2,
  resolved: 3,
  resolvedEarly: 1,
  resolvedOnTime: 1,
  resolvedLate: 1,
  pending: 3,
  pendingWithinDeadline: 1,
  pendingOverdue: 2,
  onlineRate: 50,
  directPostalRate: 50,
  onTimeRate: 66.67,
  lateRate: 33.33,
};

describe('checkOfficialTable: the seeds', () => {
  it('flags seed 002: online 55 + direct or postal 70 is not the 139 received', () => {
    const result = checkOfficialTable({ received: 139, receivedOnline: 55, receivedDirect: 70, carriedOver: 11 });
    assert.equal(result.consistent, false);
    assert.deepEqual(result.checked, ['received-by-channel']);
    assert.deepEqual(result.issues, [
      {
        code: 'received-by-channel',
        stated: 139,
        computed: 125,
        messageVi:
          'Số hồ sơ tiếp nhận (139) khác tổng theo hình thức nộp: trực tuyến 55 + trực tiếp 70 + bưu chính 0 = 125 (chênh lệch 14).',
        messageEn: 'Received (139) is not the sum by channel: online 55 + direct 70 + postal 0 = 125 (difference 14).',
      },
    ]);
    // the seed gives no resolved or pending split: those checks are listed as not run, not as passed
    assert.deepEqual(result.skipped, [
      { code: 'resolved-by-timeliness', missing: ['resolved', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate'] },
      { code: 'pending-by-deadline', missing: ['pending', 'pendingWithinDeadline', 'pendingOverdue'] },
      { code: 'period-balance', missing: ['resolved', 'pending'] },
      { code: 'online-rate', missing: ['onlineRate'] },
      { code: 'direct-postal-rate', missing: ['directPostalRate'] },
      { code: 'on-time-rate', missing: ['onTimeRate', 'resolvedEarly', 'resolvedOnTime', 'resolved'] },
      { code: 'late-rate', missing: ['lateRate', 'resolvedLate', 'resolved'] },
    ]);
  });

  it('passes seed 004 on channels, timeliness, deadlines and rates (353 + 75 = 428; 82,48% + 17,52%)', () => {
    const result = checkOfficialTable(SEED_004);
    const failed = result.issues.map((issue) => issue.code);
    assert.deepEqual(
      result.checked.filter((code) => !failed.includes(code)),
      ['received-by-channel', 'resolved-by-timeliness', 'pending-by-deadline', 'online-rate', 'direct-postal-rate'],
    );
  });

  it('finds seed 004 out of balance by exactly its 47 carried-over dossiers, and says so', () => {
    // 428 received + 47 carried over = 475 dossiers, but only 411 + 17 = 428 are accounted for: the
    // seed's 428 (and its channel split) already counts the carried-over dossiers
    const [issue] = checkOfficialTable(SEED_004).issues;
    assert.deepEqual(issue, {
      code: 'period-balance',
      stated: 475,
      computed: 428,
      messageVi:
        'Tiếp nhận trong kỳ 428 + từ kỳ trước chuyển qua 47 = 475, khác đã giải quyết 411 + đang giải quyết 17 + trả lại, rút hồ sơ 0 = 428 (chênh lệch 47). Chênh lệch đúng bằng số từ kỳ trước chuyển qua: số tiếp nhận có thể đã gồm cả hồ sơ kỳ trước.',
      messageEn:
        'Received in the period 428 + carried over 47 = 475, but resolved 411 + pending 17 + returned or withdrawn 0 = 428 (difference 47). The difference is exactly the carried-over count: the received figure may already include them.',
    });
    assert.equal(
      checkOfficialTable({ ...SEED_004, carriedOver: 0 }).consistent,
      true,
      'read with the carried-over dossiers inside the 428, the seed balances',
    );
  });

  it('passes the hand-counted fixture on all eight checks', () => {
    assert.deepEqual(checkOfficialTable(FIXTURE), { consistent: true, checked: [...CONSISTENCY_CODES], skipped: [], issues: [] });
  });
});

describe('checkOfficialTable: each rule', () => {
  const codes = (table: OfficialTable) => checkOfficialTable(table).issues.map((issue) => issue.code);

  it('adds postal to the channels when it is given, and reads it as 0 when the direct column is combined', () => {
    assert.deepEqual(codes({ ...FIXTURE, receivedDirect: 1, receivedPostal: 1 }), []);
    assert.deepEqual(codes({ ...FIXTURE, receivedPostal: 1 }), ['received-by-channel', 'direct-postal-rate']);
    const { receivedPostal: _omitted, ...combined } = FIXTURE;
    assert.deepEqual(codes(combined), []);
  });

  it('sums resolved dossiers by timeliness', () => {
    const [issue] = checkOfficialTable({ resolved: 10, resolvedEarly: 5, resolvedOnTime: 3, resolvedLate: 1 }).issues;
    assert.deepEqual([issue!.code, issue!.stated, issue!.computed], ['resolved-by-timeliness', 10, 9]);
    assert.equal(issue!.messageEn, 'Resolved (10) is not early 5 + on time 3 + late 1 = 9 (difference 1).');
    assert.equal(issue!.messageVi, 'Số hồ sơ đã giải quyết (10) khác tổng trước hạn 5 + đúng hạn 3 + quá hạn 1 = 9 (chênh lệch 1).');
  });

  it('sums pending dossiers by deadline, with a negative difference when the parts are larger', () => {
    const [issue] = checkOfficialTable({ pending: 1200, pendingWithinDeadline: 1000, pendingOverdue: 250 }).issues;
    assert.equal(issue!.messageVi, 'Số hồ sơ đang giải quyết (1.200) khác tổng trong hạn 1.000 + quá hạn 250 = 1.250 (chênh lệch -50).');
    assert.equal(issue!.messageEn, 'Pending (1,200) is not within deadline 1,000 + overdue 250 = 1,250 (difference -50).');
  });

  it('balances the period with returned or withdrawn dossiers when the table gives them', () => {
    const table = { received: 100, carriedOver: 10, resolved: 90, pending: 15 };
    assert.deepEqual(codes(table), ['period-balance']);
    assert.deepEqual(codes({ ...table, returnedOrWithdrawn: 5 }), []);
    const [issue] = checkOfficialTable(table).issues;
    assert.ok(!issue!.messageVi.includes('Chênh lệch đúng bằng'), 'a difference of 5 is not the carried-over 10');
  });

  it('accepts a printed rate one hundredth off its counts, not two', () => {
    // 48/110 = 43,636…% → 43,64% half-up; seed 004 prints 43,63%
    const base = { resolved: 110, resolvedEarly: 48, resolvedOnTime: 0, resolvedLate: 62 };
    assert.deepEqual(codes({ ...base, onTimeRate: 43.64 }), []);
    assert.deepEqual(codes({ ...base, onTimeRate: 43.63 }), []);
    assert.deepEqual(codes({ ...base, onTimeRate: 43.65 }), []);
    assert.deepEqual(codes({ ...base, onTimeRate: 43.62 }), ['on-time-rate']);
    assert.deepEqual(codes({ ...base, onTimeRate: 43.66 }), ['on-time-rate']);
    const [issue] = checkOfficialTable({ ...base, onTimeRate: 4.36 }).issues;
    assert.deepEqual([issue!.stated, issue!.computed], [4.36, 43.64]);
    assert.equal(issue!.messageVi, 'Tỷ lệ giải quyết trước và đúng hạn ghi 4,36% nhưng 48/110 = 43,64%.');
    assert.equal(issue!.messageEn, 'The on-time rate is stated as 4.36% but 48/110 = 43.64%.');
  });

  it('checks each rate against its own counts', () => {
    assert.deepEqual(codes({ ...FIXTURE, onlineRate: 40 }), ['online-rate']);
    assert.deepEqual(codes({ ...FIXTURE, directPostalRate: 40 }), ['direct-postal-rate']);
    assert.deepEqual(codes({ ...FIXTURE, lateRate: 30 }), ['late-rate']);
    assert.equal(
      checkOfficialTable({ ...FIXTURE, lateRate: 30 }).issues[0]!.messageVi,
      'Tỷ lệ giải quyết quá hạn ghi 30,00% nhưng 1/3 = 33,33%.',
    );
  });

  it('refuses a rate over nothing unless it is 0', () => {
    assert.deepEqual(codes({ received: 0, receivedOnline: 0, receivedDirect: 0, onlineRate: 0 }), []);
    const [issue] = checkOfficialTable({ received: 0, receivedOnline: 0, receivedDirect: 0, onlineRate: 100 }).issues;
    assert.deepEqual([issue!.code, issue!.computed], ['online-rate', null]);
    assert.equal(issue!.messageEn, 'The online share is stated as 100.00% but 0/0 = —.');
  });

  it('skips a rate given as null, as computed figures give it when there is no base', () => {
    const result = checkOfficialTable({ received: 0, receivedOnline: 0, receivedDirect: 0, onlineRate: null });
    assert.deepEqual(
      result.skipped.find((s) => s.code === 'online-rate'),
      { code: 'online-rate', missing: ['onlineRate'] },
    );
  });

  it('reports every failure at once', () => {
    const wrong = { ...FIXTURE, received: 5, resolvedLate: 2, pendingOverdue: 3 };
    assert.deepEqual(codes(wrong), [
      'received-by-channel',
      'resolved-by-timeliness',
      'pending-by-deadline',
      'period-balance',
      'online-rate',
      'direct-postal-rate',
      'late-rate',
    ]);
  });

  it('has nothing to check on an empty table', () => {
    const result = checkOfficialTable({});
    assert.deepEqual([result.consistent, result.checked, result.skipped.length], [true, [], CONSISTENCY_CODES.length]);
  });
});
