// Only the charts and components the dashboard draws are registered, which keeps ECharts out of the
// budget trouble a full import causes (STACK.md G13). app.config loads this file lazily, so ECharts
// arrives with the first page that draws a chart, not with the shell.
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkAreaComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  TitleComponent,
  LegendComponent,
  AriaComponent,
  MarkAreaComponent,
  CanvasRenderer,
]);

export { echarts };
