// "5 rõ" tasks: when a task is overdue and when its owner has gone silent. Dates are Vietnam calendar
// days (yyyy-MM-dd), the way plans and reports write deadlines.
import { addDays } from '../lib/vietnam-time';

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'blocked'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface TaskState {
  status: TaskStatus;
  /** Last day to deliver (rõ thời gian). */
  dueDate: string;
  /** Day of the latest status update, or of the assignment when there is none. */
  lastUpdate: string;
}

/** Past its due day and not done: the due day itself is still in time. */
export function isOverdue(task: TaskState, today: string): boolean {
  return task.status !== 'done' && task.dueDate < today;
}

/**
 * No update for `staleDays` days or more while not done. A silent owner is the failure the seeds
 * complain about, so a blocked task is stale too: blocked is a reason to write, not to stop writing.
 */
export function isStale(task: TaskState, today: string, staleDays: number): boolean {
  return task.status !== 'done' && addDays(task.lastUpdate, staleDays) <= today;
}
