import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context';
import { Role } from './role.enum';

export const AUTH_REQUIREMENT = 'rostra:auth';

export interface AuthRequirement {
  minRole: Role;
  /** A suspended account may still read its own state (to see why and until when). */
  allowSuspended: boolean;
  /**
   * The operation's own statement checks the session and the suspension again, so the guard may
   * admit on the account as read in the last few seconds instead of reading it (auth's
   * RecentAccounts). The role and trust level it sees may be that old.
   */
  writeRechecksSession?: boolean;
}

/** The operation needs a signed-in, unsuspended account. */
export const Authenticated = (options: Partial<AuthRequirement> = {}) =>
  SetMetadata(AUTH_REQUIREMENT, { minRole: Role.USER, allowSuspended: false, ...options });

/** The operation needs at least this role (MODERATOR includes ADMIN). */
export const Roles = (minRole: Role) => Authenticated({ minRole });

export const gqlContext = (ctx: ExecutionContext): RequestContext =>
  GqlExecutionContext.create(ctx).getContext<RequestContext>();

/** The account the auth guard loaded; only on @Authenticated operations. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext) => gqlContext(ctx).user,
);
