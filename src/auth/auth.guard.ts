import {
  CallHandler,
  CanActivate,
  ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { map, Observable } from 'rxjs';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import { AUTH_REQUIREMENT, AuthRequirement, gqlContext } from '../common/auth/auth.decorators';
import { ROLE_RANK } from '../common/auth/role.enum';
import type { RequestContext } from '../common/graphql/request-context';
import type { SignedInAccount } from '../common/auth/signed-in-account';
import { AuthService, suspensionMessage } from './auth.service';

const requirementOf = (reflector: Reflector, context: ExecutionContext) =>
  context.getType<string>() === 'graphql'
    ? reflector.getAllAndOverride<AuthRequirement | undefined>(AUTH_REQUIREMENT, [
        context.getHandler(),
        context.getClass(),
      ])
    : undefined;

/** Why `account` (null: its session has ended) may not run an operation, or null if it may. */
export function accountRefusal(
  account: SignedInAccount | null,
  requirement: Pick<AuthRequirement, 'minRole' | 'allowSuspended'>,
): Error | null {
  if (!account) return unauthenticated('Your session has ended; sign in again');
  if (!requirement.allowSuspended && account.isSuspended())
    return forbidden(suspensionMessage(account));
  if (ROLE_RANK[account.role] < ROLE_RANK[requirement.minRole])
    return forbidden(`This needs the ${requirement.minRole} role`);
  return null;
}

/** Throws unless the context's session is live and its account meets the requirement. */
async function admit(
  auth: AuthService,
  ctx: RequestContext,
  requirement: AuthRequirement,
): Promise<void> {
  if (!ctx.auth) throw unauthenticated();
  const { userId, sessionFamilyId } = ctx.auth;
  ctx.user ??=
    (requirement.writeRechecksSession
      ? await auth.recentAccount(userId, sessionFamilyId)
      : await auth.liveAccount(userId, sessionFamilyId)) ?? undefined;
  const refusal = accountRefusal(ctx.user ?? null, requirement);
  if (refusal) throw refusal;
}

/** Global guard: operations marked @Authenticated/@Roles need a live session of the right role. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const requirement = requirementOf(this.reflector, context);
    if (requirement) await admit(this.auth, gqlContext(context), requirement);
    return true;
  }
}

/**
 * The guard admits a subscription once, but it lives on: each event of an @Authenticated/@Roles
 * subscription is let through only while the session is still live and the account still meets
 * the requirement (not signed out, demoted or suspended since). Otherwise the subscription ends
 * with that error instead of the event.
 */
@Injectable()
export class SubscriberRecheck implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const requirement = requirementOf(this.reflector, context);
    if (!requirement) return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'subscription') return next.handle();
    const ctx = gqlContext(context);
    return next.handle().pipe(
      map((events: AsyncIterator<unknown>) =>
        recheckEach(events, () => {
          ctx.user = undefined;
          return admit(this.auth, ctx, requirement);
        }),
      ),
    );
  }
}

function recheckEach<T>(
  events: AsyncIterator<T>,
  check: () => Promise<void>,
): AsyncIterableIterator<T> {
  const end = () => events.return?.() ?? Promise.resolve({ done: true as const, value: undefined });
  return {
    async next() {
      const event = await events.next();
      if (event.done) return event;
      try {
        await check();
      } catch (e) {
        await end();
        throw e;
      }
      return event;
    },
    return: end,
    throw: (e?: unknown) => events.throw?.(e) ?? Promise.reject(e),
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncIterableIterator<T>;
}
