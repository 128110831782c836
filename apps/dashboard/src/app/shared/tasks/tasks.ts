// Task lists as the pages show them: which tasks a filter keeps, in what order, and how a list
// takes a task the API has just answered with. Pure, so the pages only wire them.
import { TASK_STATUSES, type TaskStatus, type TaskView } from '@cchc/domain';

/** The two kinds of silence the daily check reports: past the due day, and no update for too long. */
export const TASK_FLAGS = ['overdue', 'stale'] as const;
export type TaskFlag = (typeof TASK_FLAGS)[number];

export interface TaskFilter {
  status: TaskStatus | null;
  only: TaskFlag | null;
}

/** URL values that are not a status or a flag filter nothing: a mistyped link shows every task rather than none. */
export function taskFilter(status: string | null, only: string | null): TaskFilter {
  return {
    status: TASK_STATUSES.find((s) => s === status) ?? null,
    only: TASK_FLAGS.find((f) => f === only) ?? null,
  };
}

export function filterTasks(tasks: readonly TaskView[], { status, only }: TaskFilter): TaskView[] {
  return tasks.filter((task) => (!status || task.status === status) && (!only || task[only]));
}

/** What is still to do first, the nearest due day on top; done tasks last. */
export function byDueDate(tasks: readonly TaskView[]): TaskView[] {
  const rank = (task: TaskView) => (task.status === 'done' ? 1 : 0);
  return [...tasks].sort((a, b) => rank(a) - rank(b) || a.dueDate.localeCompare(b.dueDate));
}

/** The list with `task` in place of the one with its id, or first when it is new. */
export function withTask(tasks: readonly TaskView[], task: TaskView): TaskView[] {
  return tasks.some((t) => t.id === task.id) ? tasks.map((t) => (t.id === task.id ? task : t)) : [task, ...tasks];
}

/** Whole days from one yyyy-MM-dd to another (both calendar days, so no time zone enters). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
