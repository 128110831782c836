import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser, Role } from '@cchc/domain';

export const PUBLIC = 'cchc:public';
export const ROLES = 'cchc:roles';
export const AGENCY_SCOPE = 'cchc:agency-scope';

/** Reachable without signing in (health, sign-in itself). */
export const Public = () => SetMetadata(PUBLIC, true);

/** Only these roles; without it every signed-in role may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/**
 * Where the route names the agency it reads or changes; a director or department head may only name
 * their own. `unitParam` routes also serve provinces, which are published figures anyone may read.
 */
export type AgencyScope = { query: string } | { param: string } | { unitParam: string } | { body: string };
export const ScopedTo = (scope: AgencyScope) => SetMetadata(AGENCY_SCOPE, scope);

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthUser => {
  return context.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
