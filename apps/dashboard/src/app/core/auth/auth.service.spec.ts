import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AuthUser } from '@cchc/domain';
import { AuthService, SESSION_KEY } from './auth.service';
import { signInAs, signOut, testSession, TEST_USERS } from './testing';

describe('AuthService', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    signOut();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    signOut();
  });

  it('signs in with the API and keeps the session in this tab', () => {
    const auth = TestBed.inject(AuthService);
    expect([auth.user(), auth.token(), auth.signedIn()]).toEqual([null, null, false]);
    let user: AuthUser | undefined;
    auth.login('giamdoc', 'giamdoc@demo').subscribe((signedIn) => (user = signedIn));
    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ username: 'giamdoc', password: 'giamdoc@demo' });
    const session = testSession('director');
    request.flush(session);
    expect(user).toEqual(TEST_USERS.director);
    expect(auth.user()).toEqual(TEST_USERS.director);
    expect(auth.token()).toBe('token-director');
    expect(JSON.parse(sessionStorage.getItem(SESSION_KEY)!)).toEqual(session);
  });

  it('keeps no session when the API refuses', () => {
    const auth = TestBed.inject(AuthService);
    let failed = false;
    auth.login('giamdoc', 'sai').subscribe({ error: () => (failed = true) });
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, code: 'invalid_credentials', message: 'Sai tên đăng nhập hoặc mật khẩu' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(failed).toBeTrue();
    expect(auth.user()).toBeNull();
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('starts with the session of this tab, so a reload stays signed in', () => {
    signInAs('inspector');
    const auth = TestBed.inject(AuthService);
    expect(auth.user()?.displayName).toBe('Thanh tra tỉnh (demo)');
    expect(auth.signedIn()).toBeTrue();
    expect([auth.hasRole('inspector'), auth.hasRole('admin'), auth.hasRole('admin', 'inspector')]).toEqual([true, false, true]);
  });

  it('signs out: the user, the token and the stored session go', () => {
    signInAs('admin');
    const auth = TestBed.inject(AuthService);
    auth.logout();
    expect([auth.user(), auth.token()]).toEqual([null, null]);
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('ends a session whose token has expired', () => {
    signInAs('director', -1000);
    const auth = TestBed.inject(AuthService);
    expect(auth.signedIn()).toBeFalse();
    expect(auth.user()).toBeNull();
    expect(sessionStorage.getItem(SESSION_KEY)).toBeNull();
  });

  it('ignores a stored session it cannot read', () => {
    sessionStorage.setItem(SESSION_KEY, '{not json');
    expect(TestBed.inject(AuthService).user()).toBeNull();
    TestBed.resetTestingModule();
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ accessToken: 'x' }));
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    expect(TestBed.inject(AuthService).user()).toBeNull();
  });
});
