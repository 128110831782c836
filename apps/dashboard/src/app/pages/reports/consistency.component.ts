import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ConsistencyIssue, ConsistencyResult } from '@cchc/domain';
import { I18nService } from '../../core/i18n/i18n.service';

/** The outcome of the consistency checks: green when every check passed, else each failure with its figures. */
@Component({
  selector: 'cchc-consistency',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = result();
    @if (r.consistent) {
      <p class="verdict good" role="status" data-testid="consistent">✓ {{ i18n.t('reports.consistent', { count: r.checked.length }) }}</p>
    } @else {
      <div class="verdict bad" role="alert" data-testid="inconsistent">
        <p>✗ {{ i18n.t('reports.inconsistent', { count: r.issues.length }) }}</p>
        <ul>
          @for (issue of r.issues; track issue.code) {
            <li [attr.data-code]="issue.code">{{ message(issue) }}</li>
          }
        </ul>
      </div>
    }
    @if (r.skipped.length > 0) {
      <p class="skipped">{{ i18n.t('reports.skipped', { count: r.skipped.length }) }}</p>
    }
  `,
  styles: `
    .verdict {
      margin: 0.5rem 0;
      padding: 0.6rem 0.8rem;
      border-radius: var(--radius);
      border: 1px solid currentColor;
      font-weight: 600;
    }
    .verdict.good {
      color: var(--good);
      background: #e8f3ec;
    }
    .verdict.bad {
      color: var(--bad);
      background: #fbeceb;
    }
    .verdict p {
      margin: 0;
    }
    .verdict ul {
      margin: 0.4rem 0 0;
      padding-left: 1.2rem;
      font-weight: 400;
    }
    .skipped {
      color: var(--muted);
      font-size: 0.85rem;
    }
  `,
})
export class ConsistencyComponent {
  protected readonly i18n = inject(I18nService);
  readonly result = input.required<ConsistencyResult>();

  protected message(issue: ConsistencyIssue): string {
    return this.i18n.lang() === 'en' ? issue.messageEn : issue.messageVi;
  }
}
