import { provideHttpClient } from '@angular/common/http';
import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { Role } from '@cchc/domain';
import { roleGuard, signedInGuard } from './auth.guards';
import { signInAs, signOut } from './testing';

@Component({ template: '' })
class BlankPage {}

describe('signedInGuard and roleGuard', () => {
  afterEach(() => signOut());

  /** The app's shape: a public sign-in page, the rest behind the session, Dữ liệu for admins. */
  async function visit(url: string, role?: Role, expiresInMs?: number): Promise<string> {
    if (role) signInAs(role, expiresInMs);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideRouter([
          { path: 'dang-nhap', component: BlankPage },
          {
            path: '',
            canActivateChild: [signedInGuard],
            children: [
              { path: '', pathMatch: 'full', component: BlankPage },
              { path: 'ho-so', component: BlankPage },
              { path: 'du-lieu', canActivate: [roleGuard('admin')], component: BlankPage },
            ],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  it('sends a visitor without a session to the sign-in page, remembering where they were going', async () => {
    expect(await visit('/ho-so?agency=SVHTTDL&period=2023-H1')).toBe(
      `/dang-nhap?returnUrl=${encodeURIComponent('/ho-so?agency=SVHTTDL&period=2023-H1')}`,
    );
  });

  it('does not spell out the overview as the way back', async () => {
    expect(await visit('/')).toBe('/dang-nhap');
  });

  it('lets a signed-in user in', async () => {
    expect(await visit('/ho-so?agency=SVHTTDL', 'director')).toBe('/ho-so?agency=SVHTTDL');
  });

  it('asks to sign in again once the token has expired', async () => {
    expect(await visit('/ho-so', 'inspector', -1)).toBe('/dang-nhap?returnUrl=%2Fho-so');
  });

  it('opens Dữ liệu to admins only; anyone else lands on the overview', async () => {
    expect(await visit('/du-lieu', 'admin')).toBe('/du-lieu');
    TestBed.resetTestingModule();
    expect(await visit('/du-lieu', 'inspector')).toBe('/');
    TestBed.resetTestingModule();
    expect(await visit('/du-lieu', 'department_head')).toBe('/');
  });

  it('asks for the sign-in before the role', async () => {
    expect(await visit('/du-lieu')).toBe('/dang-nhap?returnUrl=%2Fdu-lieu');
  });
});
