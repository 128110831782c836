import { Injectable, computed, inject, signal } from '@angular/core';
import type { Router, UrlTree } from '@angular/router';
import type { AuthUser, LoginResponse, Role } from '@cchc/domain';
import { map, tap, type Observable } from 'rxjs';
import { ApiService } from '../api/api.service';
import type { MessageKey } from '../i18n/i18n.service';

/** Where the session is kept: per tab, so it survives a reload but not closing the browser. */
export const SESSION_KEY = 'cchc.session';
export const SIGN_IN_PATH = 'dang-nhap';

/** Who is signed in in this tab and their bearer token; the interceptor and the guards read it. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiService);
  private readonly session = signal<LoginResponse | null>(storedSession());
  readonly user = computed((): AuthUser | null => this.session()?.user ?? null);

  login(username: string, password: string): Observable<AuthUser> {
    return this.api.login(username, password).pipe(
      tap((session) => {
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
        this.session.set(session);
      }),
      map((session) => session.user),
    );
  }

  /** The bearer token while it is valid; an expired one ends the session here rather than costing a 401. */
  token(): string | null {
    const session = this.session();
    if (session && Date.parse(session.expiresAt) <= Date.now()) this.logout();
    return this.session()?.accessToken ?? null;
  }

  signedIn(): boolean {
    return this.token() !== null;
  }

  /** Reads the user signal, so a template or computed follows a sign-in or sign-out. */
  hasRole(...roles: Role[]): boolean {
    const role = this.user()?.role;
    return role !== undefined && roles.includes(role);
  }

  logout(): void {
    sessionStorage.removeItem(SESSION_KEY);
    this.session.set(null);
  }
}

/** The role in words: Quản trị, Giám đốc, Trưởng phòng, Thanh tra. */
export function roleKey(role: Role): MessageKey {
  return `role.${role}`;
}

/** The sign-in page, coming back to `returnUrl` afterwards (the overview needs no saying). */
export function signInTree(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree([`/${SIGN_IN_PATH}`], { queryParams: returnUrl === '/' ? {} : { returnUrl } });
}

export function isSignInUrl(url: string): boolean {
  return url === `/${SIGN_IN_PATH}` || url.startsWith(`/${SIGN_IN_PATH}?`);
}

/** A stored session that no longer parses (another version of the app wrote it) counts as none. */
function storedSession(): LoginResponse | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? 'null') as Partial<LoginResponse> | null;
    return session && typeof session.accessToken === 'string' && typeof session.expiresAt === 'string' && session.user
      ? (session as LoginResponse)
      : null;
  } catch {
    return null;
  }
}
