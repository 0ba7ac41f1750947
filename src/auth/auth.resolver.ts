import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '../common/auth/auth.decorators';
import type { RequestContext } from '../common/graphql/request-context';
import { User } from '../users/user.entity';
import { AuthService } from './auth.service';
import { AuthPayload, SignOutPayload } from './dto/auth.payload';
import { RefreshSessionInput, SignOutInput } from './dto/refresh-session.input';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { Viewer } from './dto/viewer.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: 'Create an account and sign in' })
  signUp(@Args('input') input: SignUpInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.auth.signUp(input, ctx.ip);
  }

  @Mutation(() => AuthPayload)
  signIn(@Args('input') input: SignInInput, @Context() ctx: RequestContext): Promise<AuthPayload> {
    return this.auth.signIn(input, ctx.ip);
  }

  @Mutation(() => AuthPayload, {
    description: 'Trade a refresh token for new tokens (the old one stops working)',
  })
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => SignOutPayload, {
    description: 'End this session on every device that shares it',
  })
  async signOut(
    @Context() ctx: RequestContext,
    @Args('input', { nullable: true, type: () => SignOutInput }) input?: SignOutInput,
  ): Promise<SignOutPayload> {
    await this.auth.signOut(ctx.auth!, input?.refreshToken);
    return { signedOut: true };
  }

  @Authenticated({ allowSuspended: true })
  @Query(() => Viewer, { description: 'The signed-in account' })
  me(@CurrentUser() user: User): Omit<Viewer, 'email'> {
    return {
      user,
      suspended: user.isSuspended(),
      suspendedUntil: user.isSuspended() ? user.suspendedUntil : null,
      suspensionReason: user.isSuspended() ? user.suspensionReason : null,
    };
  }
}
