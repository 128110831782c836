import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { I18nService } from '../../core/i18n/i18n.service';

/**
 * "…upload a file on the page Dữ liệu": a link for admins, who may load data; for anyone else the
 * page's name and who to ask, since the link would lead nowhere.
 */
@Component({
  selector: 'cchc-data-link',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // one line: whitespace around the text would show as a space before the sentence's full stop
  template: `@if (auth.hasRole('admin')) {
      <a routerLink="/du-lieu">{{ i18n.t('nav.data') }}</a>
    } @else {
      <span>{{ i18n.t('nav.data') }} ({{ i18n.t('common.adminOnly') }})</span>
    }`,
})
export class DataLinkComponent {
  protected readonly i18n = inject(I18nService);
  protected readonly auth = inject(AuthService);
}
