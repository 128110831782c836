import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOverdue, isStale, type TaskState } from './tasks';

const task = (over: Partial<TaskState> = {}): TaskState => ({ status: 'in_progress', dueDate: '2023-06-14', lastUpdate: '2023-06-01', ...over });

describe('isOverdue: past the due day and not done', () => {
  it('is in time on the due day itself and overdue the day after', () => {
    assert.equal(isOverdue(task(), '2023-06-14'), false);
    assert.equal(isOverdue(task(), '2023-06-15'), true);
  });
  it('is never overdue once done, whatever the date', () => {
    assert.equal(isOverdue(task({ status: 'done' }), '2024-01-01'), false);
  });
  it('counts not started and blocked tasks like those in progress', () => {
    for (const status of ['not_started', 'blocked'] as const) assert.equal(isOverdue(task({ status }), '2023-06-15'), true, status);
  });
  it('crosses month and year ends by calendar day', () => {
    assert.equal(isOverdue(task({ dueDate: '2023-12-31' }), '2024-01-01'), true);
    assert.equal(isOverdue(task({ dueDate: '2024-02-29' }), '2024-02-29'), false);
  });
});

describe('isStale: no update for N days while not done', () => {
  it('turns stale exactly N days after the last update', () => {
    // last update 01/06, 14 days → stale from 15/06 on
    assert.equal(isStale(task(), '2023-06-14', 14), false);
    assert.equal(isStale(task(), '2023-06-15', 14), true);
  });
  it('counts a blocked task that stopped reporting, never a done one', () => {
    assert.equal(isStale(task({ status: 'blocked' }), '2023-07-01', 14), true);
    assert.equal(isStale(task({ status: 'done' }), '2023-07-01', 14), false);
  });
  it('takes 0 days as "stale unless updated today"', () => {
    assert.equal(isStale(task({ lastUpdate: '2023-06-01' }), '2023-06-01', 0), true);
    assert.equal(isStale(task({ lastUpdate: '2023-06-01' }), '2023-06-01', 1), false);
  });
});
