import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService, roleKey, SIGN_IN_PATH } from '../core/auth/auth.service';
import { I18nService } from '../core/i18n/i18n.service';

/**
 * The frame around every page: app name, navigation (a department head's own page, a director's
 * assignments, Dữ liệu for admins only), the signed-in user with their role and a sign-out, language
 * switch (Tiếng Việt first). Signed out, only name and language.
 */
@Component({
  selector: 'cchc-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.css',
})
export class ShellComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  protected readonly role = computed(() => {
    const user = this.auth.user();
    return user ? this.i18n.t(roleKey(user.role)) : '';
  });

  protected logout(): void {
    this.auth.logout();
    void this.router.navigate([`/${SIGN_IN_PATH}`]);
  }
}
