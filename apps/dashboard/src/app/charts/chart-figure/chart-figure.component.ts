import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';
import { I18nService } from '../../core/i18n/i18n.service';
import { saveUrl } from '../../shared/save-file/save-file';

/**
 * A chart with its text summary shown beside it: the sentence is what a screen reader (or someone
 * printing in black and white) gets, so it is visible, not hidden. ECharts' aria labels the canvas.
 */
@Component({
  selector: 'cchc-chart-figure',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure>
      <div echarts class="chart" [options]="options()" [style.height.px]="height()" (chartInit)="chart = $event"></div>
      <figcaption>{{ summary() }}</figcaption>
      <div class="tools no-print">
        <button type="button" data-testid="chart-png" [attr.aria-label]="i18n.t('chart.png')" [title]="i18n.t('chart.png')" (click)="png()">
          PNG
        </button>
      </div>
    </figure>
  `,
  styleUrl: './chart-figure.component.css',
})
export class ChartFigureComponent {
  protected readonly i18n = inject(I18nService);
  readonly options = input.required<EChartsCoreOption>();
  readonly summary = input.required<string>();
  /** Pixels; a chart with a row per unit grows with the units. */
  readonly height = input(320);
  /** The PNG's file name, without extension. */
  readonly name = input('bieu-do');
  protected chart: ECharts | null = null;

  /** The chart as drawn, at twice the screen's pixels so it stays sharp in a document; white, not transparent, behind it. */
  protected png(): void {
    if (this.chart) saveUrl(this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), `${this.name()}.png`);
  }
}
