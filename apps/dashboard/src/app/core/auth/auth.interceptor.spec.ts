import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApiService } from '../api/api.service';
import { authInterceptor } from './auth.interceptor';
import { AuthService } from './auth.service';
import { signInAs, signOut } from './testing';

@Component({ template: '' })
class BlankPage {}

const unauthenticated = { statusCode: 401, code: 'unauthenticated', message: 'Chưa đăng nhập hoặc phiên đã hết hạn' };

describe('authInterceptor', () => {
  let http: HttpTestingController;
  let api: ApiService;

  beforeEach(() => {
    signInAs('director');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'dang-nhap', component: BlankPage },
          { path: 'ho-so', component: BlankPage },
        ]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    api = TestBed.inject(ApiService);
  });
  afterEach(() => {
    http.verify();
    signOut();
  });

  const authorization = (url: string) => http.expectOne(url).request.headers.get('Authorization');

  it('sends the bearer token to the API, but not with the sign-in nor elsewhere', () => {
    api.agencies().subscribe();
    expect(authorization('/api/agencies')).toBe('Bearer token-director');
    api.login('giamdoc', 'giamdoc@demo').subscribe();
    expect(authorization('/api/auth/login')).toBeNull();
    TestBed.inject(HttpClient).get('/favicon.svg').subscribe();
    expect(authorization('/favicon.svg')).toBeNull();
  });

  it('sends no token once signed out', () => {
    TestBed.inject(AuthService).logout();
    api.agencies().subscribe();
    expect(authorization('/api/agencies')).toBeNull();
  });

  it('ends the session on a 401 and asks to sign in again, coming back to the page', async () => {
    const harness = await RouterTestingHarness.create('/ho-so?agency=SVHTTDL&period=2023-H1');
    let failed = false;
    api.agencies().subscribe({ error: () => (failed = true) });
    http.expectOne('/api/agencies').flush(unauthenticated, { status: 401, statusText: 'Unauthorized' });
    await harness.fixture.whenStable();
    expect(failed).withContext('the page still sees its request fail').toBeTrue();
    expect(TestBed.inject(AuthService).user()).toBeNull();
    const router = TestBed.inject(Router);
    expect(router.url).toBe(`/dang-nhap?returnUrl=${encodeURIComponent('/ho-so?agency=SVHTTDL&period=2023-H1')}`);

    // the other requests of the page failing too do not turn the way back into the sign-in page
    api.agencies().subscribe({ error: () => undefined });
    http.expectOne('/api/agencies').flush(unauthenticated, { status: 401, statusText: 'Unauthorized' });
    await harness.fixture.whenStable();
    expect(router.parseUrl(router.url).queryParamMap.get('returnUrl')).toBe('/ho-so?agency=SVHTTDL&period=2023-H1');
  });

  it('keeps the session on a 403: the page says the figures are out of scope', async () => {
    const harness = await RouterTestingHarness.create('/ho-so?agency=STP');
    api.dossierStats({ agency: 'STP', period: '2023-H1', calendar: false }).subscribe({ error: () => undefined });
    http
      .expectOne((r) => r.url === '/api/dossiers/stats')
      .flush({ statusCode: 403, code: 'forbidden', message: 'Không có quyền' }, { status: 403, statusText: 'Forbidden' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(AuthService).signedIn()).toBeTrue();
    expect(TestBed.inject(Router).url).toBe('/ho-so?agency=STP');
  });

  it('leaves a refused sign-in to the sign-in page', async () => {
    const harness = await RouterTestingHarness.create('/dang-nhap?returnUrl=%2Fho-so');
    api.login('giamdoc', 'sai').subscribe({ error: () => undefined });
    http
      .expectOne('/api/auth/login')
      .flush({ statusCode: 401, code: 'invalid_credentials', message: 'Sai' }, { status: 401, statusText: 'Unauthorized' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(AuthService).signedIn()).toBeTrue();
    expect(TestBed.inject(Router).url).toBe('/dang-nhap?returnUrl=%2Fho-so');
  });
});
