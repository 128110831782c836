import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AuthUser, Role } from '@cchc/domain';
import { AgenciesService } from '@cchc/analytics';
import { AGENCY_SCOPE, PUBLIC, ROLES, type AgencyScope } from './access.decorators';
import { AuthService } from './auth.service';

/** Roles whose reach ends at their own agency. */
const AGENCY_BOUND: readonly Role[] = ['director', 'department_head'];

/**
 * Every API route passes here: a valid token (401 otherwise), a role the route allows (403), and for
 * agency-bound roles the agency the route names must be theirs — 403 for another agency that exists,
 * 404 for one that does not, so nobody learns more than "not yours".
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly agencies: AgenciesService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const header = request.headers.authorization ?? '';
    const user = header.startsWith('Bearer ') ? this.auth.authenticate(header.slice(7)) : null;
    if (!user) {
      throw new UnauthorizedException({ code: 'unauthenticated', message: 'Chưa đăng nhập hoặc phiên đã hết hạn', messageEn: 'Not signed in, or the session expired' });
    }
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) throw forbidden();
    const scope = this.reflector.getAllAndOverride<AgencyScope | undefined>(AGENCY_SCOPE, targets);
    if (scope && AGENCY_BOUND.includes(user.role)) await this.checkAgency(scope, request, user);
    return true;
  }

  private async checkAgency(scope: AgencyScope, request: Request, user: AuthUser): Promise<void> {
    const value =
      'query' in scope
        ? request.query[scope.query]
        : 'param' in scope
          ? request.params[scope.param]
          : 'body' in scope
            ? (request.body as Record<string, unknown> | undefined)?.[scope.body]
            : request.params[scope.unitParam];
    const code = typeof value === 'string' ? value.trim() : '';
    // a missing agency is the validation pipe's to answer (400)
    if (code === '' || code === user.agencyCode) return;
    const isAgency = await this.agencies.exists(code);
    if ('unitParam' in scope && !isAgency) return; // a province or other unit: published figures
    if (!isAgency) await this.agencies.require(code); // throws 404
    throw forbidden();
  }
}

function forbidden(): ForbiddenException {
  return new ForbiddenException({ code: 'forbidden', message: 'Tài khoản không có quyền xem hoặc sửa mục này', messageEn: 'Your account may not see or change this' });
}
