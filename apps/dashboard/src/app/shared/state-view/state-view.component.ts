import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { failureText, type Failure } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';

export type ViewState = 'loading' | 'empty' | 'error';

/**
 * The three states a data view can be in besides "here are the figures". Empty projects its
 * content (the page knows what to suggest); error shows the API's message in the current language,
 * except a 403: asking for another agency's figures is a wrong turn, not a fault, and is said so.
 */
@Component({
  selector: 'cchc-state-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (state()) {
      @case ('loading') {
        <p class="state loading" role="status"><span class="spinner" aria-hidden="true"></span>{{ i18n.t('common.loading') }}</p>
      }
      @case ('empty') {
        <p class="state empty" role="status"><ng-content /></p>
      }
      @case ('error') {
        @if (failure()?.code === 'forbidden') {
          <p class="state forbidden" role="alert">{{ i18n.t('common.forbidden') }}</p>
        } @else {
          <p class="state error" role="alert">{{ i18n.t('common.error') }}: {{ message() }}</p>
        }
      }
    }
  `,
  styleUrl: './state-view.component.css',
})
export class StateViewComponent {
  protected readonly i18n = inject(I18nService);
  readonly state = input.required<ViewState>();
  readonly failure = input<Failure | null>(null);
  protected readonly message = computed(() => {
    const failure = this.failure();
    return failure ? failureText(failure, this.i18n.lang()) : '';
  });
}
