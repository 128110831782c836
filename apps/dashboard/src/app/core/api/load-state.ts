import { HttpErrorResponse } from '@angular/common/http';
import type { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ApiError, Lang } from '@cchc/domain';
import { catchError, from, map, mergeMap, of, startWith, switchMap, throwError, toArray, type Observable } from 'rxjs';

/** What the UI shows when a call fails: the API's own message (ApiError), Vietnamese first. */
export interface Failure {
  message: string;
  messageEn?: string;
  code?: string;
}

export type LoadState<T> = { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; failure: Failure };

export const LOADING: LoadState<never> = { status: 'loading' };

/** Turns a request into loading → data | error. */
export function loadState<T>(source: Observable<T>): Observable<LoadState<T>> {
  return source.pipe(
    map((data): LoadState<T> => ({ status: 'ok', data })),
    catchError((error: unknown) => of<LoadState<T>>({ status: 'error', failure: toFailure(error) })),
    startWith<LoadState<T>>(LOADING),
  );
}

/**
 * The load state of the request for the latest key: a new key cancels the request still running for
 * the one before, and a null key (not known yet) reads as loading. Call in an injection context.
 */
export function loadLatest<K, T>(key: Signal<K | null>, request: (key: K) => Observable<T>): Signal<LoadState<T>> {
  return toSignal(toObservable(key).pipe(switchMap((k) => (k === null ? of(LOADING) : loadState(request(k))))), {
    initialValue: LOADING,
  });
}

/** Request keys compare by value: the same key arriving again must not cancel and re-send its requests. */
export const sameKey = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One request per item, answers in the items' order, and none at all answers at once with none
 * (forkJoin([]) never emits). At most `concurrency` run at a time: a peer group's twenty scorecards
 * must not take every connection the browser allows the page (six per host).
 */
export function requestAll<I, T>(items: readonly I[], request: (item: I) => Observable<T>, concurrency = 4): Observable<T[]> {
  return from(items).pipe(
    mergeMap((item, i) => request(item).pipe(map((answer) => ({ i, answer }))), concurrency),
    toArray(),
    map((answers) => answers.sort((a, b) => a.i - b.i).map(({ answer }) => answer)),
  );
}

/** API errors with these codes read as an empty answer (null), not a failure. */
export function orNullOn<T>(codes: readonly string[], request: Observable<T>): Observable<T | null> {
  return request.pipe(catchError((error: unknown) => (codes.includes(toFailure(error).code ?? '') ? of(null) : throwError(() => error))));
}

/** The API answers 404 `no_scores` for a unit without scores: here that is an empty answer, not a failure. */
export function orNoScores<T>(request: Observable<T>): Observable<T | null> {
  return orNullOn(['no_scores'], request);
}

export function dataOf<T>(state: LoadState<T>): T | null {
  return state.status === 'ok' ? state.data : null;
}

export function failureOf<T>(state: LoadState<T>): Failure | null {
  return state.status === 'error' ? state.failure : null;
}

function unreachable(status: number): boolean {
  return status === 0 || (status >= 502 && status <= 504);
}

export function toFailure(error: unknown): Failure {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.message === 'string') {
      return { message: body.message, messageEn: body.messageEn, code: body.code };
    }
    // status 0: the API did not answer at all (down, or the network); 502–504 without an API body: the
    // proxy in front of it (nginx in production) could not reach it
    return unreachable(error.status)
      ? { message: 'Không kết nối được máy chủ', messageEn: 'The server cannot be reached' }
      : { message: `${error.status} ${error.statusText}` };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function failureText(failure: Failure, lang: Lang): string {
  return lang === 'en' && failure.messageEn ? failure.messageEn : failure.message;
}
