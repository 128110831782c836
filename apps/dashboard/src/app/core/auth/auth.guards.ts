import { inject } from '@angular/core';
import { Router, type CanActivateChildFn, type CanActivateFn } from '@angular/router';
import type { Role } from '@cchc/domain';
import { AuthService, signInTree } from './auth.service';

/** Every page but the sign-in page: without a session, sign in first and come back here. */
export const signedInGuard: CanActivateChildFn = (_route, state) => inject(AuthService).signedIn() || signInTree(inject(Router), state.url);

/** A page for some roles only (Dữ liệu: admins); anyone else lands on the overview, where their nav has no link to it. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return () => inject(AuthService).hasRole(...roles) || inject(Router).parseUrl('/');
}
