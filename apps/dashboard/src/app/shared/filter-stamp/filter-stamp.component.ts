import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** One filter as a printed page states it: "Cơ quan: Sở Văn hóa, Thể thao và Du lịch". */
export interface StampItem {
  label: string;
  text: string;
}

/**
 * The filters a page is shown under, stamped above it. `printOnly` for pages whose filters live in
 * the URL rather than in a bar: on screen the page already says them, on paper nothing else would.
 */
@Component({
  selector: 'cchc-filter-stamp',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="stamp" [class.print-only]="printOnly()" data-testid="filter-stamp">
      @for (item of items(); track item.label) {
        <div>
          <dt>{{ item.label }}</dt>
          <dd>{{ item.text }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .stamp {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0 0 0.5rem;
      font-size: 0.85rem;
      color: var(--muted);
    }
    .stamp div {
      display: flex;
      gap: 0.3rem;
    }
    .stamp dt::after {
      content: ':';
    }
    .stamp dd {
      margin: 0;
      font-size: inherit;
      font-weight: 600;
      color: var(--ink);
    }
    .print-only {
      display: none;
    }
    @media print {
      .stamp {
        display: flex;
        color: var(--ink);
        border: 1px solid var(--ink);
        padding: 0.4rem 0.6rem;
      }
    }
  `,
})
export class FilterStampComponent {
  readonly items = input.required<readonly StampItem[]>();
  readonly printOnly = input(false);
}
