import { provideHttpClient } from '@angular/common/http';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { Role } from '@cchc/domain';
import { AuthService } from '../core/auth/auth.service';
import { signInAs, signOut } from '../core/auth/testing';
import { I18nService } from '../core/i18n/i18n.service';
import { ShellComponent } from './shell.component';

@Component({ template: '' })
class BlankPage {}

describe('ShellComponent', () => {
  let fixture: ComponentFixture<ShellComponent>;
  const shell = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => shell().querySelector(selector)?.textContent?.trim();
  const links = () => [...shell().querySelectorAll('nav a')].map((a) => a.textContent!.trim());

  async function open(role?: Role): Promise<void> {
    if (role) signInAs(role);
    TestBed.configureTestingModule({
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideRouter([{ path: '**', component: BlankPage }])],
    });
    fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.removeItem('cchc.lang'));
  afterEach(() => {
    signOut();
    localStorage.removeItem('cchc.lang');
  });

  it('shows who is signed in and their role in words; Dữ liệu only for admins', async () => {
    await open('director');
    expect(text('[data-testid="user-name"]')).toBe('Giám đốc Sở VHTTDL (demo)');
    expect(text('[data-testid="user-role"]')).toBe('Giám đốc');
    expect(links()).toEqual(['Tổng quan', 'Chỉ số', 'So sánh', 'Hồ sơ TTHC', 'Nhiệm vụ', 'Báo cáo', 'Phân công']);
    TestBed.inject(I18nService).setLang('en');
    await fixture.whenStable();
    expect(text('[data-testid="user-role"]')).toBe('Director');
  });

  it('gives admins the Dữ liệu link', async () => {
    await open('admin');
    expect(links()).toEqual(['Tổng quan', 'Chỉ số', 'So sánh', 'Hồ sơ TTHC', 'Nhiệm vụ', 'Báo cáo', 'Phân công', 'Dữ liệu']);
  });

  it('names the same page for what each role does there: a department head’s own indices, no assigning for inspectors', async () => {
    await open('department_head');
    expect(links()).toEqual(['Tổng quan', 'Chỉ số', 'So sánh', 'Hồ sơ TTHC', 'Nhiệm vụ', 'Báo cáo', 'Chỉ số của tôi']);
    expect(shell().querySelector('nav a[href="/cua-toi"]')).not.toBeNull();
    TestBed.resetTestingModule();
    await open('inspector');
    expect(links()).toEqual(['Tổng quan', 'Chỉ số', 'So sánh', 'Hồ sơ TTHC', 'Nhiệm vụ', 'Báo cáo']);
  });

  it('names each role', async () => {
    const roles: [Role, string][] = [
      ['admin', 'Quản trị'],
      ['director', 'Giám đốc'],
      ['department_head', 'Trưởng phòng'],
      ['inspector', 'Thanh tra'],
    ];
    for (const [role, words] of roles) {
      TestBed.resetTestingModule();
      await open(role);
      expect(text('[data-testid="user-role"]')).withContext(role).toBe(words);
    }
  });

  it('signs out to the sign-in page, where only the name and the language switch remain', async () => {
    await open('inspector');
    (shell().querySelector('[data-testid="logout"]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(TestBed.inject(AuthService).user()).toBeNull();
    expect(TestBed.inject(Router).url).toBe('/dang-nhap');
    expect(shell().querySelector('nav')).toBeNull();
    expect(shell().querySelector('[data-testid="user-menu"]')).toBeNull();
    expect(text('button.lang')).toBe('English');
  });
});
