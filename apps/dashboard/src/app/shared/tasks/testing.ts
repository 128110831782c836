import { addDays, vnDate, type TaskView } from '@cchc/domain';

/** Today in Vietnam, and a day that many days away: overdue and stale are counted from today. */
export const today = () => vnDate(new Date());
export const daysFromToday = (days: number) => addDays(today(), days);

/** A task of the demo agency's culture department, due in a month and updated today; patch what a case needs. */
export function testTask(patch: Partial<TaskView> = {}): TaskView {
  return {
    id: 'task-1',
    agencyCode: 'SVHTTDL',
    family: null,
    year: null,
    nodeCode: null,
    content: 'Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa',
    leadDepartment: 'Phòng Quản lý Văn hóa',
    leadPerson: 'Nguyễn Văn An',
    supportingDepartments: [],
    startDate: null,
    dueDate: daysFromToday(30),
    accountableHead: 'Phó Giám đốc Trần Bình',
    deliverable: 'Báo cáo rà soát',
    evidence: [],
    assigningDocument: 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023',
    status: 'not_started',
    lastUpdate: today(),
    overdue: false,
    stale: false,
    updates: [],
    ...patch,
  };
}
