import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SparklineComponent, sparkRuns, type SparkPoint } from './sparkline.component';

const point = (value: number | null, breakBefore = false): SparkPoint => ({ value, breakBefore });

describe('sparkline', () => {
  it('draws larger values higher, across the width', () => {
    const [run] = sparkRuns([point(10), point(20), point(15)], 100, 26);
    expect(run).toEqual([
      { x: 3, y: 23 },
      { x: 50, y: 3 },
      { x: 97, y: 13 },
    ]);
  });

  it('does not draw across a methodology break or a missing year', () => {
    const runs = sparkRuns([point(1), point(2), point(3, true), point(null), point(4)], 100, 26);
    expect(runs.map((run) => run.length)).toEqual([2, 1, 1]);
  });

  it('puts a flat line in the middle', () => {
    expect(sparkRuns([point(5), point(5)], 100, 26)[0]!.map((dot) => dot.y)).toEqual([13, 13]);
  });

  it('shows the shape to the eye and the figures in words', async () => {
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    const fixture = TestBed.createComponent(SparklineComponent);
    fixture.componentRef.setInput('points', [point(81.25), point(78.71, true), point(84.27)]);
    fixture.componentRef.setInput('label', 'năm 2021: 81,25; năm 2022: 78,71; năm 2023: 84,27');
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    expect(host.querySelectorAll('polyline').length).toBe(2);
    expect(host.querySelectorAll('circle').length).toBe(3);
    expect(host.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(host.textContent!.trim()).toBe('năm 2021: 81,25; năm 2022: 78,71; năm 2023: 84,27');
  });
});
