import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import { AUTH_REQUIREMENT, AuthRequirement, gqlContext } from '../common/auth/auth.decorators';
import { ROLE_RANK } from '../common/auth/role.enum';
import { AuthService, suspensionMessage } from './auth.service';

/** Global guard: operations marked @Authenticated/@Roles need a live session of the right role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = this.reflector.getAllAndOverride<AuthRequirement | undefined>(
      AUTH_REQUIREMENT,
      [context.getHandler(), context.getClass()],
    );
    if (!requirement || context.getType<string>() !== 'graphql') return true;
    const ctx = gqlContext(context);
    if (!ctx.auth) throw unauthenticated();
    if (!ctx.user) {
      const user = await this.auth.liveAccount(ctx.auth.userId, ctx.auth.sessionFamilyId);
      if (!user) throw unauthenticated('Your session has ended; sign in again');
      ctx.user = user;
    }
    if (!requirement.allowSuspended && ctx.user.isSuspended())
      throw forbidden(suspensionMessage(ctx.user));
    if (ROLE_RANK[ctx.user.role] < ROLE_RANK[requirement.minRole]) {
      throw forbidden(`This needs the ${requirement.minRole} role`);
    }
    return true;
  }
}
