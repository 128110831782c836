import type { EtlJobStatus, EtlJobSummary } from '@cchc/domain';
import { exhaustMap, takeWhile, timer, type Observable } from 'rxjs';

export const POLL_MS = 3000;
const ACTIVE: ReadonlySet<EtlJobStatus> = new Set(['queued', 'running', 'committing']);

export function anyActive(jobs: readonly EtlJobSummary[]): boolean {
  return jobs.some((job) => ACTIVE.has(job.status));
}

/**
 * Requests now, then every `every` ms while `active` holds for the latest answer; the first answer
 * that is no longer active is still emitted, then the stream completes. A slow answer is never
 * overlapped by the next request (exhaustMap).
 */
export function pollWhile<T>(request: () => Observable<T>, active: (value: T) => boolean, every = POLL_MS): Observable<T> {
  return timer(0, every).pipe(
    exhaustMap(() => request()),
    takeWhile(active, true),
  );
}
