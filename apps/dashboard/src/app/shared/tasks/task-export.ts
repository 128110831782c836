// A task list as a file: the same tasks, in the same order, as the page shows them under its filters.
import type { Lang, TaskView } from '@cchc/domain';
import { translator } from '../../core/i18n/i18n.service';
import { exportDate, type ExportTable } from '../export/table-export';
import { daysBetween } from './tasks';

/** What the page says the list is: file name, title and the filters it is shown under. */
export type TaskListHeading = Pick<ExportTable, 'name' | 'title' | 'filters'>;

/**
 * One row per task with its "5 rõ"; dates are date cells, and overdue and silence are day counts
 * (empty when the task is neither) so a spreadsheet can sort and sum them.
 */
export function taskTable(tasks: readonly TaskView[], heading: TaskListHeading, lang: Lang, today: string): ExportTable {
  const t = translator(lang);
  const date = (day: string | null) => (day ? exportDate(day) : null);
  return {
    ...heading,
    columns: [
      { label: t('tasks.status'), width: 16 },
      { label: t('tasks.form.content'), width: 50 },
      { label: t('tasks.form.lead'), width: 28 },
      { label: t('tasks.form.leadPerson'), width: 24 },
      { label: t('tasks.form.supporting'), width: 28 },
      { label: t('tasks.form.start'), width: 12 },
      { label: t('tasks.form.due'), width: 12 },
      { label: t('tasks.form.head'), width: 24 },
      { label: t('tasks.form.deliverable'), width: 30 },
      { label: t('task.evidence'), width: 30 },
      { label: t('task.document'), width: 30 },
      { label: t('tasks.col.overdueDays') },
      { label: t('tasks.col.lastUpdate'), width: 12 },
      { label: t('tasks.col.silentDays') },
    ],
    rows: tasks.map((task) => [
      t(`task.status.${task.status}`),
      task.content,
      task.leadDepartment,
      task.leadPerson,
      task.supportingDepartments.join(', '),
      date(task.startDate),
      date(task.dueDate),
      task.accountableHead,
      task.deliverable,
      task.evidence.join('\n'),
      task.assigningDocument,
      task.overdue ? daysBetween(task.dueDate, today) : null,
      date(task.lastUpdate),
      task.stale ? daysBetween(task.lastUpdate, today) : null,
    ]),
  };
}
