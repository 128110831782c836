// What the signed-in user may change, as the API decides it (apps/api … tasks.service assertMayEdit,
// @Roles on the routes). The API still refuses with 403; these only keep controls that would be
// refused off the screen.
import type { AuthUser, TaskView } from '@cchc/domain';

/** Admins anywhere, a director in their own agency: assignments, copy forward, task import, tasks of any department. */
export function mayManage(user: AuthUser | null, agency: string): boolean {
  return user?.role === 'admin' || (user?.role === 'director' && user.agencyCode === agency);
}

/** Status updates: managers of the task's agency, and the head of its lead department. */
export function mayUpdateTask(user: AuthUser | null, task: Pick<TaskView, 'agencyCode' | 'leadDepartment'>): boolean {
  return (
    mayManage(user, task.agencyCode) ||
    (user?.role === 'department_head' && user.agencyCode === task.agencyCode && user.department === task.leadDepartment)
  );
}

/** The lead departments the user may give a new task to: all for managers, their own for a department head, none otherwise. */
export function taskDepartments(user: AuthUser | null, agency: string, departments: readonly string[]): string[] {
  if (mayManage(user, agency)) return [...departments];
  return user?.role === 'department_head' && user.agencyCode === agency && user.department ? [user.department] : [];
}
