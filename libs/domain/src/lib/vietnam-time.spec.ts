import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriod } from './periods';
import { addDays, parseVnDateTime, periodInstants, vnDate, vnDateTimeText, vnDayStart, VN_UTC_OFFSET_MINUTES } from './vietnam-time';

describe('parseVnDateTime', () => {
  it('reads export formats as Vietnam local time', () => {
    assert.equal(parseVnDateTime('14/06/2023 09:05')?.toISOString(), '2023-06-14T02:05:00.000Z');
    assert.equal(parseVnDateTime('14/06/2023')?.toISOString(), '2023-06-13T17:00:00.000Z');
    assert.equal(parseVnDateTime('4/5/2023')?.toISOString(), '2023-05-03T17:00:00.000Z');
    assert.equal(parseVnDateTime('2023-06-14 09:05:30')?.toISOString(), '2023-06-14T02:05:30.000Z');
    assert.equal(parseVnDateTime(' 29/02/2024 ')?.toISOString(), '2024-02-28T17:00:00.000Z');
  });
  for (const bad of ['31/02/2023', '29/02/2023', '32/01/2023', '01/13/2023', '14/06/2023 24:00', '14/06/2023 10:60', '', 'hôm qua', '2023-06-14T09:05:00Z', '14-06-2023']) {
    it(`rejects "${bad}"`, () => assert.equal(parseVnDateTime(bad), null));
  }
});

describe('Vietnam calendar days', () => {
  it('00:30 VN belongs to the VN day, not the UTC one', () => assert.equal(vnDate(new Date('2023-06-14T17:30:00Z')), '2023-06-15'));
  it('day start is 17:00 UTC of the day before', () => assert.equal(vnDayStart('2023-06-15').toISOString(), '2023-06-14T17:00:00.000Z'));
  it('adds days across months and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2023-12-31', 1), '2024-01-01');
    assert.equal(addDays('2023-03-01', -1), '2023-02-28');
  });
});

describe('fixed UTC+7', () => {
  it('is 420 minutes', () => assert.equal(VN_UTC_OFFSET_MINUTES, 420));
  it('turns the VN day at 17:00 UTC', () => {
    assert.equal(vnDate(new Date('2023-06-14T16:59:59.999Z')), '2023-06-14');
    assert.equal(vnDate(new Date('2023-06-14T17:00:00.000Z')), '2023-06-15');
    assert.equal(vnDate(new Date('2023-12-31T17:00:00Z')), '2024-01-01');
    assert.equal(vnDate(new Date('2024-02-28T17:00:00Z')), '2024-02-29');
  });
  it('day start and vnDate are inverse', () => {
    for (let day = '2023-12-25'; day <= '2024-03-05'; day = addDays(day, 1)) {
      const start = vnDayStart(day);
      assert.equal(vnDate(start), day);
      assert.equal(vnDate(new Date(start.getTime() - 1)), addDays(day, -1));
    }
  });
  it('writes dd/MM/yyyy HH:mm in VN time', () => {
    assert.equal(vnDateTimeText(new Date('2023-06-14T17:30:00Z')), '15/06/2023 00:30');
    assert.equal(vnDateTimeText(new Date('2023-12-31T16:59:00Z')), '31/12/2023 23:59');
  });
});

describe('periodInstants', () => {
  it('official first half: 15/12 00:00 VN up to 15/06 00:00 VN', () => {
    const { start, endExclusive } = periodInstants(parsePeriod('2023-H1'));
    assert.equal(start.toISOString(), '2022-12-14T17:00:00.000Z');
    assert.equal(endExclusive.toISOString(), '2023-06-14T17:00:00.000Z');
  });
  it('calendar leap February ends before 01/03 00:00 VN', () => {
    const { start, endExclusive } = periodInstants(parsePeriod('2024-02', { calendar: true }));
    assert.equal(start.toISOString(), '2024-01-31T17:00:00.000Z');
    assert.equal(endExclusive.toISOString(), '2024-02-29T17:00:00.000Z');
  });
  it('calendar year ends before 01/01 00:00 VN of the next year', () => {
    assert.equal(periodInstants(parsePeriod('2023', { calendar: true })).endExclusive.toISOString(), '2023-12-31T17:00:00.000Z');
  });
  it('14/06 23:59:59.999 VN is inside the official first half, 15/06 00:00 VN is the start of H2', () => {
    const h1 = periodInstants(parsePeriod('2023-H1'));
    const h2 = periodInstants(parsePeriod('2023-H2'));
    const last = parseVnDateTime('14/06/2023 23:59:59')!.getTime() + 999;
    assert.ok(last < h1.endExclusive.getTime());
    assert.equal(parseVnDateTime('15/06/2023 00:00')!.getTime(), h1.endExclusive.getTime());
    assert.equal(h2.start.getTime(), h1.endExclusive.getTime());
  });
});

describe('parseVnDateTime, every accepted form', () => {
  const ok: Array<[string, string]> = [
    ['14/06/2023 09:05:30', '2023-06-14T02:05:30.000Z'],
    ['14/06/2023 00:30', '2023-06-13T17:30:00.000Z'],
    ['14/06/2023 23:59:59', '2023-06-14T16:59:59.000Z'],
    ['1/1/2024', '2023-12-31T17:00:00.000Z'],
    ['01/01/2024 7:05', '2024-01-01T00:05:00.000Z'],
    ['2023-06-14', '2023-06-13T17:00:00.000Z'],
    ['2023-06-14 09:05', '2023-06-14T02:05:00.000Z'],
    ['2023-06-14T09:05:30', '2023-06-14T02:05:30.000Z'],
    ['29/02/2000', '2000-02-28T17:00:00.000Z'],
  ];
  for (const [text, iso] of ok) it(`reads "${text}"`, () => assert.equal(parseVnDateTime(text)?.toISOString(), iso));
  const bad = ['29/02/2100', '31/04/2023', '00/01/2023', '01/00/2023', '2023-02-29', '2023-13-01', '2023-6-14', '14/06/2023 09:05:60', '14/06/2023 09', '14/06/2023 -1:00', '14/06/23', '14/06/2023 09:05 PM', '2023-06-14 09:05:00.123', '   ', 'undefined'];
  for (const text of bad) it(`rejects "${text}"`, () => assert.equal(parseVnDateTime(text), null));
});

describe('addDays', () => {
  it('handles zero, negatives, leap years and long spans', () => {
    assert.equal(addDays('2024-02-29', 0), '2024-02-29');
    assert.equal(addDays('2024-03-01', -1), '2024-02-29');
    assert.equal(addDays('2024-01-01', -1), '2023-12-31');
    assert.equal(addDays('2023-01-01', 365), '2024-01-01');
    assert.equal(addDays('2024-01-01', 366), '2025-01-01');
  });
});
