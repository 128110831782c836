import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideEchartsCore } from 'ngx-echarts';
import { echarts } from '../echarts';
import { ChartFigureComponent } from './chart-figure.component';

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('ChartFigureComponent', () => {
  it('saves the drawn chart as a PNG under its name', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection(), provideEchartsCore({ echarts })] });
    const fixture = TestBed.createComponent(ChartFigureComponent);
    fixture.componentRef.setInput('options', {
      animation: false,
      xAxis: { type: 'category', data: ['T1', 'T2'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [58, 62] }],
    });
    fixture.componentRef.setInput('summary', 'Hồ sơ trực tuyến theo tháng');
    fixture.componentRef.setInput('name', 'ho-so-kenh-nop');
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    await until(() => element.querySelector('canvas') !== null);

    const links: HTMLAnchorElement[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      links.push(this);
    });
    const button = element.querySelector('[data-testid="chart-png"]') as HTMLButtonElement;
    expect(button.getAttribute('aria-label')).toBe('Tải biểu đồ (PNG)');
    button.click();
    expect(links.length).toBe(1);
    expect(links[0]!.download).toBe('ho-so-kenh-nop.png');
    expect(links[0]!.href).toMatch(/^data:image\/png;base64,/);
  });
});
