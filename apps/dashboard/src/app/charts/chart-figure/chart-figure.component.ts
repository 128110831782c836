import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective } from 'ngx-echarts';

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
      <div echarts class="chart" [options]="options()" [style.height.px]="height()"></div>
      <figcaption>{{ summary() }}</figcaption>
    </figure>
  `,
  styleUrl: './chart-figure.component.css',
})
export class ChartFigureComponent {
  readonly options = input.required<EChartsCoreOption>();
  readonly summary = input.required<string>();
  /** Pixels; a chart with a row per unit grows with the units. */
  readonly height = input(320);
}
