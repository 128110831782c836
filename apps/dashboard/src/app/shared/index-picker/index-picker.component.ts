import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { shortIndexName, type IndexName } from '../../charts/index-charts';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';

/** An index family offered in a filter bar, with the short name the selects show. */
export interface IndexOption extends IndexName {
  family: string;
}

/** The index select of the filter bars and, when years are given, the year select beside it. */
@Component({
  selector: 'cchc-index-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label>
      {{ i18n.t(label()) }}
      <select data-testid="family" (change)="familyPicked.emit(value($event))">
        @for (option of families(); track option.family) {
          <option [value]="option.family" [selected]="option.family === family()">{{ short(option) }}</option>
        }
      </select>
    </label>
    @if (years().length > 0) {
      <label>
        {{ i18n.t('period.year') }}
        <select data-testid="year" (change)="yearPicked.emit(value($event))">
          @for (y of years(); track y) {
            <option [value]="y" [selected]="y === year()">{{ y }}</option>
          }
        </select>
      </label>
    }
  `,
  styles: ':host { display: contents; }',
})
export class IndexPickerComponent {
  protected readonly i18n = inject(I18nService);
  readonly families = input.required<readonly IndexOption[]>();
  readonly family = input<string | null>(null);
  readonly years = input<readonly number[]>([]);
  readonly year = input<number | null>(null);
  readonly label = input<MessageKey>('compare.family');
  readonly familyPicked = output<string>();
  readonly yearPicked = output<string>();

  protected short(option: IndexOption): string {
    return shortIndexName(option, this.i18n.lang());
  }
  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
