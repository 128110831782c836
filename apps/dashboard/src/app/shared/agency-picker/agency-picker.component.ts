import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import type { AgencySummary, Lang } from '@cchc/domain';
import { I18nService, type MessageKey } from '../../core/i18n/i18n.service';

/** A unit to pick that is not in the agency directory (the province ranked by PAPI, say). */
export interface OtherUnit {
  code: string;
  name: string;
}

export function agencyName(agency: AgencySummary, lang: Lang): string {
  return lang === 'en' && agency.nameEn ? agency.nameEn : agency.name;
}

/** The agency select of the filter bars, in the interface language; other units follow in their own group. */
@Component({
  selector: 'cchc-agency-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label>
      {{ i18n.t(label()) }}
      <select data-testid="agency" (change)="picked.emit(value($event))">
        @if (unlisted(); as code) {
          <option [value]="code" selected disabled>{{ code }}</option>
        }
        @for (agency of agencies(); track agency.code) {
          <option [value]="agency.code" [selected]="agency.code === selected()">{{ name(agency) }}</option>
        }
        @if (others().length > 0) {
          <optgroup [label]="othersLabel()">
            @for (unit of others(); track unit.code) {
              <option [value]="unit.code" [selected]="unit.code === selected()">{{ unit.name }}</option>
            }
          </optgroup>
        }
      </select>
    </label>
  `,
  styles: ':host { display: contents; }',
})
export class AgencyPickerComponent {
  protected readonly i18n = inject(I18nService);
  readonly agencies = input.required<readonly AgencySummary[]>();
  readonly selected = input<string | null>(null);
  readonly label = input<MessageKey>('common.agency');
  readonly others = input<readonly OtherUnit[]>([]);
  readonly othersLabel = input('');
  readonly picked = output<string>();
  /**
   * A unit the URL asks for that is not on offer (another agency, for a director): shown as chosen, so
   * the select does not pretend to be on the first agency, and picking that one is a change.
   */
  protected readonly unlisted = computed(() => {
    const code = this.selected();
    const listed = (unit: { code: string }) => unit.code === code;
    return code && !this.agencies().some(listed) && !this.others().some(listed) ? code : null;
  });

  protected name(agency: AgencySummary): string {
    return agencyName(agency, this.i18n.lang());
  }
  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
