export const ROLES = ['admin', 'director', 'department_head', 'inspector'] as const;
/**
 * admin: everything. director: their agency, everything. department_head: reads their agency,
 * edits only their department's tasks. inspector: reads every agency, edits nothing.
 */
export type Role = (typeof ROLES)[number];
