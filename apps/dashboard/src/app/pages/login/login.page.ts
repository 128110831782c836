import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import type { Role } from '@cchc/domain';
import { failureText, toFailure, type Failure } from '../../core/api/load-state';
import { AuthService, isSignInUrl, roleKey } from '../../core/auth/auth.service';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';
import { AGENCY_KEY } from '../../shared/dossier-filters/dossier-filters';

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
}

/**
 * The accounts the API creates on the embedded default (`npm start`), one per role, as the README
 * publishes them. Copied, not imported: the dashboard does not depend on the API's code. A production
 * install has none, which the block's title says.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', password: 'admin@demo', role: 'admin' },
  { username: 'giamdoc', password: 'giamdoc@demo', role: 'director' },
  { username: 'truongphong', password: 'truongphong@demo', role: 'department_head' },
  { username: 'thanhtra', password: 'thanhtra@demo', role: 'inspector' },
];

/** Only a path of this app: anything else (`//host`, `https://…`, the sign-in page itself) leads to the overview. */
export function returnUrlFrom(asked: string | null): string {
  return asked && /^\/(?![/\\])/.test(asked) && !isSignInUrl(asked) ? asked : '/';
}

/**
 * Sign in, then go on to the page that asked for it (?returnUrl=). Errors are the API's own, Vietnamese
 * first: wrong username or password, too many attempts with the wait, or the server not answering.
 */
@Component({
  selector: 'cchc-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: './login.page.css',
})
export class LoginPage {
  protected readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly demoAccounts = DEMO_ACCOUNTS;

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly submitting = signal(false);
  protected readonly failure = signal<Failure | null>(null);
  protected readonly canSubmit = computed(() => this.username().trim() !== '' && this.password() !== '' && !this.submitting());

  protected submit(): void {
    if (!this.canSubmit()) return;
    this.submitting.set(true);
    this.failure.set(null);
    this.auth.login(this.username().trim(), this.password()).subscribe({
      next: (user) => {
        // an account bound to one agency opens on it, not on the agency someone else last chose in this browser
        if (user.agencyCode) localStorage.setItem(AGENCY_KEY, user.agencyCode);
        void this.router.navigateByUrl(returnUrlFrom(this.route.snapshot.queryParamMap.get('returnUrl')));
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.failure.set(toFailure(error));
      },
    });
  }

  protected fill(account: DemoAccount): void {
    this.username.set(account.username);
    this.password.set(account.password);
    this.failure.set(null);
  }

  protected typed(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
  protected roleKey(role: Role): MessageKey {
    return roleKey(role);
  }
  protected demoKey(role: Role): MessageKey {
    return `login.demo.${role}`;
  }
}
