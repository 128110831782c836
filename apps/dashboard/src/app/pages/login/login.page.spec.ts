import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AuthService } from '../../core/auth/auth.service';
import { signOut, testSession } from '../../core/auth/testing';
import { I18nService } from '../../core/i18n/i18n.service';
import { LoginPage, returnUrlFrom } from './login.page';

@Component({ template: '' })
class BlankPage {}

describe('returnUrlFrom', () => {
  it('goes back only to a page of this app', () => {
    expect(returnUrlFrom('/ho-so?agency=SVHTTDL')).toBe('/ho-so?agency=SVHTTDL');
    expect(returnUrlFrom(null)).toBe('/');
    expect(returnUrlFrom('https://example.com/')).toBe('/');
    expect(returnUrlFrom('//example.com')).toBe('/');
    expect(returnUrlFrom('/\\example.com')).toBe('/');
    expect(returnUrlFrom('/dang-nhap?returnUrl=%2F')).toBe('/');
  });
});

describe('LoginPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  const page = () => harness.routeNativeElement as HTMLElement;
  const settle = () => harness.fixture.whenStable();
  const input = (testid: string) => page().querySelector(`[data-testid="${testid}"]`) as HTMLInputElement;
  const submitButton = () => page().querySelector('button[type="submit"]') as HTMLButtonElement;
  const alert = () => page().querySelector('[role="alert"]')?.textContent?.trim();

  async function type(testid: string, value: string): Promise<void> {
    input(testid).value = value;
    input(testid).dispatchEvent(new Event('input'));
    await settle();
  }
  async function signIn(username: string, password: string): Promise<void> {
    await type('username', username);
    await type('password', password);
    submitButton().click();
    await settle();
  }
  const refuse = (status: number, body: object | string) => http.expectOne('/api/auth/login').flush(body, { status, statusText: 'Error' });

  beforeEach(async () => {
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
    signOut();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'dang-nhap', component: LoginPage },
          { path: 'ho-so', component: BlankPage },
          { path: '', component: BlankPage },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/dang-nhap?returnUrl=${encodeURIComponent('/ho-so?agency=SVHTTDL')}`);
  });
  afterEach(() => {
    http.verify();
    signOut();
    localStorage.removeItem('cchc.lang');
    localStorage.removeItem('cchc.agency');
  });

  it('signs in and goes on to the page that asked for it', async () => {
    expect(submitButton().disabled).withContext('nothing typed yet').toBeTrue();
    await signIn(' giamdoc ', 'giamdoc@demo');
    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ username: 'giamdoc', password: 'giamdoc@demo' });
    expect(submitButton().textContent!.trim()).toBe('Đang đăng nhập…');
    expect(submitButton().disabled).withContext('no second request while the first runs').toBeTrue();
    request.flush(testSession('director'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/ho-so?agency=SVHTTDL');
    expect(TestBed.inject(AuthService).user()?.role).toBe('director');
    expect(localStorage.getItem('cchc.agency')).withContext("the pages open on the director's agency").toBe('SVHTTDL');
  });

  it('goes to the overview when no page asked, leaving the agency last chosen to an inspector', async () => {
    localStorage.setItem('cchc.agency', 'STP');
    await harness.navigateByUrl('/dang-nhap');
    await signIn('thanhtra', 'thanhtra@demo');
    http.expectOne('/api/auth/login').flush(testSession('inspector'));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/');
    expect(localStorage.getItem('cchc.agency')).toBe('STP');
  });

  it('says the username or password is wrong, in the current language, and stays', async () => {
    await signIn('giamdoc', 'sai');
    refuse(401, {
      statusCode: 401,
      code: 'invalid_credentials',
      message: 'Sai tên đăng nhập hoặc mật khẩu',
      messageEn: 'Wrong username or password',
    });
    await settle();
    expect(alert()).toBe('Sai tên đăng nhập hoặc mật khẩu');
    expect(TestBed.inject(Router).url).toContain('/dang-nhap');
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(submitButton().disabled).withContext('the user may try again').toBeFalse();
    TestBed.inject(I18nService).setLang('en');
    await settle();
    expect(alert()).toBe('Wrong username or password');
  });

  it('says how long to wait after too many failed attempts', async () => {
    await signIn('giamdoc', 'sai');
    refuse(429, {
      statusCode: 429,
      code: 'too_many_attempts',
      message: 'Đăng nhập sai quá nhiều lần; thử lại sau 840 giây',
      messageEn: 'Too many failed sign-ins; try again in 840 s',
    });
    await settle();
    expect(alert()).toBe('Đăng nhập sai quá nhiều lần; thử lại sau 840 giây');
  });

  it('says the server cannot be reached, whether nothing answers or the proxy in front of it does', async () => {
    await signIn('giamdoc', 'giamdoc@demo');
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();
    expect(alert()).toBe('Không kết nối được máy chủ');
    submitButton().click();
    await settle();
    expect(alert()).withContext('the old message goes while trying again').toBeUndefined();
    refuse(502, '<html>Bad Gateway</html>');
    await settle();
    expect(alert()).toBe('Không kết nối được máy chủ');
  });

  it('offers the demo accounts, labelled as such; a click fills the form', async () => {
    const block = page().querySelector('[data-testid="demo-accounts"]')!;
    expect(block.querySelector('h2')!.textContent!.trim()).toBe('Tài khoản dùng thử — chỉ có trên bản cài đặt mẫu (npm start)');
    const accounts = [...block.querySelectorAll<HTMLButtonElement>('button.account')];
    expect(accounts.map((button) => button.querySelector('strong')!.textContent!.trim())).toEqual([
      'Quản trị',
      'Giám đốc',
      'Trưởng phòng',
      'Thanh tra',
    ]);
    accounts[2]!.click();
    await settle();
    expect([input('username').value, input('password').value]).toEqual(['truongphong', 'truongphong@demo']);
    submitButton().click();
    expect(http.expectOne('/api/auth/login').request.body).toEqual({ username: 'truongphong', password: 'truongphong@demo' });
  });
});
