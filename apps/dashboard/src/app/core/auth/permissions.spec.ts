import { mayManage, mayUpdateTask, taskDepartments } from './permissions';
import { TEST_USERS } from './testing';

const { admin, director, department_head: head, inspector } = TEST_USERS;
const departments = ['Văn phòng Sở', 'Phòng Quản lý Văn hóa'];

describe('permissions', () => {
  it('lets admins manage any agency and a director only their own', () => {
    expect([mayManage(admin, 'STP'), mayManage(director, 'SVHTTDL'), mayManage(director, 'STP')]).toEqual([true, true, false]);
    expect([mayManage(head, 'SVHTTDL'), mayManage(inspector, 'SVHTTDL'), mayManage(null, 'SVHTTDL')]).toEqual([false, false, false]);
  });

  it('lets a department head update only the tasks their department leads', () => {
    const task = (agencyCode: string, leadDepartment: string) => ({ agencyCode, leadDepartment });
    expect(mayUpdateTask(head, task('SVHTTDL', 'Phòng Quản lý Văn hóa'))).toBeTrue();
    expect(mayUpdateTask(head, task('SVHTTDL', 'Văn phòng Sở'))).toBeFalse();
    expect(mayUpdateTask(head, task('STP', 'Phòng Quản lý Văn hóa'))).toBeFalse();
    expect(mayUpdateTask(director, task('SVHTTDL', 'Văn phòng Sở'))).toBeTrue();
    expect(mayUpdateTask(director, task('STP', 'Văn phòng Sở'))).toBeFalse();
    expect(mayUpdateTask(admin, task('STP', 'Văn phòng Sở'))).toBeTrue();
    expect(mayUpdateTask(inspector, task('SVHTTDL', 'Văn phòng Sở'))).toBeFalse();
  });

  it('offers the lead departments a new task may have', () => {
    expect(taskDepartments(director, 'SVHTTDL', departments)).toEqual(departments);
    expect(taskDepartments(head, 'SVHTTDL', departments)).toEqual(['Phòng Quản lý Văn hóa']);
    expect(taskDepartments(head, 'STP', departments)).toEqual([]);
    expect(taskDepartments(inspector, 'SVHTTDL', departments)).toEqual([]);
  });
});
