import type { AuthUser, LoginResponse, Role } from '@cchc/domain';
import { SESSION_KEY } from './auth.service';

/** One user per role, as the API's demo accounts sign in. */
export const TEST_USERS: Readonly<Record<Role, AuthUser>> = {
  admin: { username: 'admin', displayName: 'Quản trị hệ thống (demo)', role: 'admin', agencyCode: null, department: null },
  director: { username: 'giamdoc', displayName: 'Giám đốc Sở VHTTDL (demo)', role: 'director', agencyCode: 'SVHTTDL', department: null },
  department_head: {
    username: 'truongphong',
    displayName: 'Trưởng phòng Quản lý Văn hóa (demo)',
    role: 'department_head',
    agencyCode: 'SVHTTDL',
    department: 'Phòng Quản lý Văn hóa',
  },
  inspector: { username: 'thanhtra', displayName: 'Thanh tra tỉnh (demo)', role: 'inspector', agencyCode: null, department: null },
};

export function testSession(role: Role, expiresInMs = 60 * 60 * 1000): LoginResponse {
  return { accessToken: `token-${role}`, expiresAt: new Date(Date.now() + expiresInMs).toISOString(), user: TEST_USERS[role] };
}

/** A session in this tab, as a sign-in leaves it: the AuthService created next starts with it. */
export function signInAs(role: Role, expiresInMs?: number): LoginResponse {
  const session = testSession(role, expiresInMs);
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(SESSION_KEY);
}
