import { leaveFrom, rosterOfficers, slotFrom } from './duty-roster';

const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
};

describe('duty roster forms', () => {
  it('reads a slot with its weekday as a number; an empty end date is until further notice', () => {
    expect(
      slotFrom(formOf({ weekday: '3', primary: ' Nguyễn Thị Lan ', backup: 'Trần Văn Minh', validFrom: '2024-01-01', validTo: '' })),
    ).toEqual({
      weekday: 3,
      primary: 'Nguyễn Thị Lan',
      backup: 'Trần Văn Minh',
      validFrom: '2024-01-01',
      validTo: null,
    });
  });

  it('reads a leave; without a substitute the backup steps in', () => {
    expect(leaveFrom(formOf({ officer: 'Nguyễn Thị Lan', from: '2024-06-10', to: '2024-06-12', substitute: ' ' }))).toEqual({
      officer: 'Nguyễn Thị Lan',
      from: '2024-06-10',
      to: '2024-06-12',
      substitute: null,
    });
    expect(leaveFrom(formOf({ officer: 'Lan', from: '2024-06-10', to: '2024-06-10', substitute: 'Lê Văn Tuấn' })).substitute).toBe(
      'Lê Văn Tuấn',
    );
  });

  it('suggests everyone the roster names, once each, in Vietnamese order', () => {
    const slot = (primary: string, backup: string) => ({ weekday: 1, primary, backup, validFrom: '2024-01-01', validTo: null });
    expect(rosterOfficers([slot('Trần Văn Minh', 'Nguyễn Thị Lan'), slot('Nguyễn Thị Lan', 'Đỗ Hùng')])).toEqual([
      'Đỗ Hùng',
      'Nguyễn Thị Lan',
      'Trần Văn Minh',
    ]);
  });
});
