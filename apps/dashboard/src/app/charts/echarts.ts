// Only the charts and components the dashboard draws are registered, which keeps ECharts out of the
// budget trouble a full import causes (STACK.md G13). app.config loads this file lazily, so ECharts
// arrives with the first page that draws a chart, not with the shell.
import { BarChart, HeatmapChart, LineChart, RadarChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  HeatmapChart,
  RadarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  AriaComponent,
  MarkAreaComponent,
  VisualMapContinuousComponent,
  // moves the scatter's agency codes apart where points overlap
  LabelLayout,
  CanvasRenderer,
]);

export { echarts };
