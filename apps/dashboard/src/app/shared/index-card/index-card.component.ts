import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ScorecardFamily } from '@cchc/domain';
import { familyDecimals, formatBound, formatScore, indexName, rankChangeText, rankText, scoreChangeText } from '../../charts/index-charts';
import { I18nService } from '../../core/i18n/i18n.service';

/** Where a card links to on the index page: the unit and year it shows (the family is the card's own). */
export interface IndexCardLink {
  unit: string;
  year: number;
}

/**
 * One index family's result of a unit for a year: total on its scale, rank "15/15", the change in
 * places with an arrow (or why there is none), the score change and the band. The arrow is only a
 * cue for the eye: the words beside it say the same.
 */
@Component({
  selector: 'cchc-index-card',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './index-card.component.html',
  styleUrl: './index-card.component.css',
})
export class IndexCardComponent {
  protected readonly i18n = inject(I18nService);
  readonly card = input.required<ScorecardFamily>();
  /** The index the page shows in detail. */
  readonly chosen = input(false);
  /** Set where the card leads to the index page; the index page itself leaves it out. */
  readonly link = input<IndexCardLink | null>(null);

  protected readonly result = computed(() => this.card().result);
  private readonly decimals = computed(() => familyDecimals(this.card()));
  protected readonly name = computed(() => indexName(this.card(), this.i18n.lang()));
  protected readonly total = computed(() =>
    this.i18n.t('indices.points', { value: formatScore(this.result().total, this.i18n.lang(), this.decimals()) }),
  );
  protected readonly scale = computed(() => {
    const { min, max } = this.card().scale;
    const lang = this.i18n.lang();
    return this.i18n.t('indices.scale', { min: formatBound(min, lang), max: formatBound(max, lang) });
  });
  protected readonly rank = computed(() => rankText(this.result(), this.i18n.lang()));
  protected readonly change = computed(() => rankChangeText(this.result(), this.i18n.lang()));
  protected readonly arrow = computed(() => {
    const change = this.result().rankChange;
    if (change === null) return null;
    return change > 0 ? '▲' : change < 0 ? '▼' : '=';
  });
  protected readonly scoreChange = computed(() => {
    const change = this.result().scoreChange;
    return change === null ? null : scoreChangeText(change, this.i18n.lang(), this.decimals());
  });
  protected readonly band = computed(() => {
    const band = this.result().band;
    return band && (this.i18n.lang() === 'en' ? band.nameEn : band.nameVi);
  });
}
