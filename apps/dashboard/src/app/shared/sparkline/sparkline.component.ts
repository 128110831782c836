import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface SparkPoint {
  value: number | null;
  /** A methodology break before this point: the line does not cross it. */
  breakBefore: boolean;
}

export interface SparkDot {
  x: number;
  y: number;
}

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 3;

/**
 * The points as runs of dots in a WIDTH × HEIGHT box, larger values higher; a break or a missing value
 * ends a run. A flat series sits in the middle rather than on an edge.
 */
export function sparkRuns(points: readonly SparkPoint[], width = WIDTH, height = HEIGHT): SparkDot[][] {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  const step = points.length > 1 ? (width - 2 * PAD) / (points.length - 1) : 0;
  const runs: SparkDot[][] = [];
  let run: SparkDot[] = [];
  points.forEach((point, i) => {
    if (point.breakBefore || point.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    if (point.value === null) return;
    const share = span === 0 ? 0.5 : (point.value - min) / span;
    run.push({ x: PAD + i * step, y: height - PAD - share * (height - 2 * PAD) });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A word-sized line of a few years: the shape only; `label` says the figures, for everyone, beside it. */
@Component({
  selector: 'cchc-sparkline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg [attr.viewBox]="viewBox" [attr.width]="width" [attr.height]="height" aria-hidden="true" focusable="false">
      @for (run of runs(); track $index) {
        <polyline [attr.points]="line(run)" fill="none" stroke="currentColor" stroke-width="1.5" />
        @for (dot of run; track $index) {
          <circle [attr.cx]="dot.x" [attr.cy]="dot.y" r="2" fill="currentColor" />
        }
      }
    </svg>
    <span class="label">{{ label() }}</span>
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      color: var(--accent);
    }
    svg {
      flex: none;
    }
    .label {
      font-size: 0.85rem;
      color: var(--muted);
    }
  `,
})
export class SparklineComponent {
  readonly points = input.required<readonly SparkPoint[]>();
  readonly label = input.required<string>();
  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  protected readonly runs = computed(() => sparkRuns(this.points()));

  protected line(run: readonly SparkDot[]): string {
    return run.map((dot) => `${dot.x},${dot.y}`).join(' ');
  }
}
