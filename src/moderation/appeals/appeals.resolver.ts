import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentUser } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentsService } from '../../arguments/arguments.service';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { Appeal } from './appeal.entity';
import { AppealsService } from './appeals.service';
import {
  AppealPayload,
  AppealRemovalInput,
  AppealSuspensionInput,
  SuspensionCredentialsInput,
} from './dto/appeal.input';
import { Suspension } from './dto/suspension.model';

@Resolver(() => Appeal)
export class AppealsResolver {
  constructor(
    private readonly appeals: AppealsService,
    private readonly users: UsersService,
    private readonly arguments_: ArgumentsService,
  ) {}

  @Authenticated()
  @Mutation(() => AppealPayload, {
    description: 'Appeal, once, the removal or rejection of your argument',
  })
  async appealRemoval(
    @Args('input') input: AppealRemovalInput,
    @CurrentUser() user: User,
  ): Promise<AppealPayload> {
    return { appeal: await this.appeals.appealRemoval(user, input) };
  }

  @Mutation(() => AppealPayload, {
    description:
      'Appeal, once, your account’s suspension (with your credentials, as you cannot sign in)',
  })
  async appealSuspension(
    @Args('input') input: AppealSuspensionInput,
    @Context() ctx: RequestContext,
  ): Promise<AppealPayload> {
    return { appeal: await this.appeals.appealSuspension(input, ctx.ip) };
  }

  @Query(() => Suspension, {
    description:
      'Your account’s suspension and your appeal of it (with your credentials, as you cannot sign in)',
  })
  mySuspension(
    @Args('input') input: SuspensionCredentialsInput,
    @Context() ctx: RequestContext,
  ): Promise<Suspension> {
    return this.appeals.suspensionOf(input, ctx.ip);
  }

  @ResolveField(() => ArgumentEntity, { nullable: true, description: 'For a removal appeal' })
  argument(
    @Parent() appeal: Appeal,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return appeal.argumentId ? this.arguments_.load(ctx.loaders, appeal.argumentId) : null;
  }

  @ResolveField(() => User)
  appellant(@Parent() appeal: Appeal, @Context() ctx: RequestContext): Promise<User | null> {
    return this.users.load(ctx.loaders, appeal.appellantId);
  }
}
