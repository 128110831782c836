import type { TaskView } from '@cchc/domain';
import { byDueDate, daysBetween, filterTasks, taskFilter, withTask } from './tasks';

const task = (id: string, patch: Partial<TaskView>) => ({ id, status: 'in_progress', overdue: false, stale: false, ...patch }) as TaskView;
const ids = (tasks: TaskView[]) => tasks.map((t) => t.id);

describe('task lists', () => {
  const tasks = [
    task('a', { dueDate: '2023-06-30', status: 'done' }),
    task('b', { dueDate: '2023-07-15', overdue: true, stale: true }),
    task('c', { dueDate: '2023-05-01', overdue: true }),
    task('d', { dueDate: '2023-09-01', status: 'blocked', stale: true }),
  ];

  it('reads the filter from the URL, ignoring values it does not know', () => {
    expect(taskFilter('blocked', 'stale')).toEqual({ status: 'blocked', only: 'stale' });
    expect(taskFilter('finished', 'late')).toEqual({ status: null, only: null });
  });

  it('keeps the tasks of a status, and the overdue or stale ones', () => {
    expect(ids(filterTasks(tasks, taskFilter(null, 'overdue')))).toEqual(['b', 'c']);
    expect(ids(filterTasks(tasks, taskFilter(null, 'stale')))).toEqual(['b', 'd']);
    expect(ids(filterTasks(tasks, taskFilter('in_progress', 'stale')))).toEqual(['b']);
    expect(ids(filterTasks(tasks, taskFilter(null, null)))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts what is still to do first, nearest due day on top, done last', () => {
    expect(ids(byDueDate(tasks))).toEqual(['c', 'b', 'd', 'a']);
  });

  it('takes an answered task in place, or first when new', () => {
    expect(withTask(tasks, task('c', { status: 'done', dueDate: '2023-05-01' }))[2]!.status).toBe('done');
    expect(ids(withTask(tasks, task('e', { dueDate: '2024-01-01' })))).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('counts calendar days', () => {
    expect([
      daysBetween('2023-06-30', '2023-07-01'),
      daysBetween('2023-02-27', '2024-02-27'),
      daysBetween('2023-07-01', '2023-07-01'),
    ]).toEqual([1, 365, 0]);
  });
});
