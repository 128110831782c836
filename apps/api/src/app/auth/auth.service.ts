import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HttpException, HttpStatus, Inject, Injectable, Logger, UnauthorizedException, type OnApplicationBootstrap } from '@nestjs/common';
import type { AuthUser, LoginResponse, Role } from '@cchc/domain';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { UserRepository, type UserEntity } from '@cchc/store';
import { LoginLimiter } from './login-limiter';
import { hashPassword, verifyPassword } from './password';
import { signToken, verifyToken } from './token';

/** Published in the README and on the sign-in page: for demos on the embedded default only. */
export const DEMO_USERS: readonly (Omit<UserEntity, 'passwordHash'> & { password: string })[] = [
  { username: 'admin', password: 'admin@demo', displayName: 'Quản trị hệ thống (demo)', role: 'admin', agencyCode: null, department: null },
  { username: 'giamdoc', password: 'giamdoc@demo', displayName: 'Giám đốc Sở VHTTDL (demo)', role: 'director', agencyCode: 'SVHTTDL', department: null },
  {
    username: 'truongphong',
    password: 'truongphong@demo',
    displayName: 'Trưởng phòng Quản lý Văn hóa (demo)',
    role: 'department_head',
    agencyCode: 'SVHTTDL',
    department: 'Phòng Quản lý Văn hóa',
  },
  { username: 'thanhtra', password: 'thanhtra@demo', displayName: 'Thanh tra tỉnh (demo)', role: 'inspector', agencyCode: null, department: null },
];

const SYSTEM = 'system';

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);
  private readonly limiter = new LoginLimiter();
  private secret = '';

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.secret = this.config.auth.jwtSecret ?? this.keptSecret();
    const { admin, demoUsers } = this.config.auth;
    if (admin) await this.seed({ username: admin.username, password: admin.password, displayName: 'Quản trị hệ thống', role: 'admin', agencyCode: null, department: null });
    if (demoUsers) for (const user of DEMO_USERS) await this.seed(user);
  }

  async login(username: string, password: string, address: string): Promise<LoginResponse> {
    const keys = [`user:${username.toLowerCase()}`, `ip:${address}`];
    const wait = this.limiter.retryAfter(keys);
    if (wait > 0) {
      throw new HttpException(
        { code: 'too_many_attempts', message: `Đăng nhập sai quá nhiều lần; thử lại sau ${wait} giây`, messageEn: `Too many failed sign-ins; try again in ${wait} s` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    const user = await this.users.find(username);
    // a missing user costs the same as a wrong password, so timing does not tell which it was
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash()));
    if (!user || !ok) {
      this.limiter.fail(keys);
      throw new UnauthorizedException({ code: 'invalid_credentials', message: 'Sai tên đăng nhập hoặc mật khẩu', messageEn: 'Wrong username or password' });
    }
    this.limiter.succeed(keys);
    const authUser = toAuthUser(user);
    const { token, expiresAt } = signToken(authUser, this.secret, this.config.auth.tokenTtlSeconds);
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: authUser };
  }

  /** The user of a bearer token, or null. */
  authenticate(token: string): AuthUser | null {
    return verifyToken(token, this.secret);
  }

  private async seed(user: Omit<UserEntity, 'passwordHash'> & { password: string }): Promise<void> {
    const { password, ...rest } = user;
    if (await this.users.find(user.username)) return;
    await this.users.createIfMissing(SYSTEM, { ...rest, passwordHash: await hashPassword(password) });
    this.logger.log(`Created ${user.role} account "${user.username}"`);
  }

  private dummy: Promise<string> | undefined;
  private dummyHash(): Promise<string> {
    this.dummy ??= hashPassword(randomBytes(16).toString('hex'));
    return this.dummy;
  }

  /** Embedded installs keep a random key in the data dir, so tokens survive a restart. */
  private keptSecret(): string {
    const path = join(this.config.dataDir, 'token.key');
    if (existsSync(path)) return readFileSync(path, 'utf8').trim();
    mkdirSync(this.config.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(path, secret, { mode: 0o600 });
    return secret;
  }
}

export function toAuthUser(user: UserEntity): AuthUser {
  const { username, displayName, role, agencyCode, department } = user;
  return { username, displayName, role: role as Role, agencyCode, department };
}
