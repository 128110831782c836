import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dutyOn, isoWeekday, type DutySlot, type Leave } from './duty-roster';

// 2023-06-12 is a Monday
const roster: DutySlot[] = [
  { weekday: 1, primary: 'Lan', backup: 'Minh', validFrom: '2023-01-01', validTo: '2023-06-30' },
  { weekday: 1, primary: 'Hoa', backup: 'Minh', validFrom: '2023-07-01', validTo: null },
  { weekday: 2, primary: 'Minh', backup: 'Lan', validFrom: '2023-01-01', validTo: null },
];

describe('dutyOn: who is at the one-stop counter', () => {
  it('numbers weekdays from Monday (1) to Sunday (7)', () => {
    assert.deepEqual(['2023-06-12', '2023-06-17', '2023-06-18'].map(isoWeekday), [1, 6, 7]);
  });
  it('takes the primary officer of the slot in force, switching on the first day of a new range', () => {
    assert.equal(dutyOn(roster, [], '2023-06-26').onDuty, 'Lan');
    assert.equal(dutyOn(roster, [], '2023-07-03').onDuty, 'Hoa');
  });
  it('puts the named substitute in for an officer on leave, else the backup', () => {
    const leaves: Leave[] = [{ officer: 'Lan', from: '2023-06-12', to: '2023-06-12', substitute: 'Tuấn' }];
    assert.deepEqual([dutyOn(roster, leaves, '2023-06-12').onDuty, dutyOn(roster, leaves, '2023-06-12').reason], ['Tuấn', 'substitute']);
    const noSubstitute: Leave[] = [{ officer: 'Lan', from: '2023-06-01', to: '2023-06-20', substitute: null }];
    assert.deepEqual([dutyOn(roster, noSubstitute, '2023-06-19').onDuty, dutyOn(roster, noSubstitute, '2023-06-19').reason], ['Minh', 'backup']);
    assert.equal(dutyOn(roster, noSubstitute, '2023-06-26').onDuty, 'Lan', 'back after the leave');
  });
  it('says nobody when the primary and the backup are both away, or no slot covers the day', () => {
    const both: Leave[] = [
      { officer: 'Minh', from: '2023-06-13', to: '2023-06-13', substitute: null },
      { officer: 'Lan', from: '2023-06-13', to: '2023-06-13', substitute: null },
    ];
    assert.deepEqual([dutyOn(roster, both, '2023-06-13').onDuty, dutyOn(roster, both, '2023-06-13').reason], [null, 'nobody']);
    assert.equal(dutyOn(roster, [], '2023-06-17').reason, 'nobody', 'Saturday has no slot');
  });
});
