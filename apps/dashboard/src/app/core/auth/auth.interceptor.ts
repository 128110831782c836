import { HttpErrorResponse, type HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { LOGIN_URL } from '../api/api.service';
import { AuthService, isSignInUrl, signInTree } from './auth.service';

/**
 * Every API call but the sign-in itself carries the bearer token. A 401 means the session is over
 * (expired, or the server no longer knows the token): it ends here too, and the user signs in again
 * and comes back to the page they were on. 403 is not handled here: the page says it is out of scope.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/') || request.url === LOGIN_URL) return next(request);
  const auth = inject(AuthService);
  const router = inject(Router);
  const token = auth.token();
  const sent = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(sent).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401) {
        auth.logout();
        // several requests of a page fail together: the first one leads to the sign-in page
        if (!isSignInUrl(router.url)) void router.navigateByUrl(signInTree(router, router.url));
      }
      return throwError(() => error);
    }),
  );
};
