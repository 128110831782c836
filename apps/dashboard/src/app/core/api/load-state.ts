import { HttpErrorResponse } from '@angular/common/http';
import type { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { ApiError, Lang } from '@cchc/domain';
import { catchError, map, of, startWith, switchMap, type Observable } from 'rxjs';

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

export function dataOf<T>(state: LoadState<T>): T | null {
  return state.status === 'ok' ? state.data : null;
}

export function failureOf<T>(state: LoadState<T>): Failure | null {
  return state.status === 'error' ? state.failure : null;
}

export function toFailure(error: unknown): Failure {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as Partial<ApiError> | null;
    if (body && typeof body === 'object' && typeof body.message === 'string') {
      return { message: body.message, messageEn: body.messageEn, code: body.code };
    }
    // status 0: the API did not answer at all (down, or the network)
    return {
      message: error.status === 0 ? 'Không kết nối được máy chủ' : `${error.status} ${error.statusText}`,
      messageEn: error.status === 0 ? 'The server cannot be reached' : undefined,
    };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

export function failureText(failure: Failure, lang: Lang): string {
  return lang === 'en' && failure.messageEn ? failure.messageEn : failure.message;
}
