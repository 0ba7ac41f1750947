import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Viewer } from '../../auth/dto/viewer.model';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { Role } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { Appeal } from '../appeals/appeal.entity';
import { AppealsService } from '../appeals/appeals.service';
import { TrustLevel } from '../moderation-enums';
import { TrustService } from '../rules/trust.service';
import {
  SuspendUserInput,
  UnsuspendUserInput,
  UserModerationPayload,
  Warning,
  WarnUserInput,
} from './dto/user-moderation.input';
import { UserModerationService } from './user-moderation.service';

@Resolver(() => User)
export class UserModerationResolver {
  constructor(
    private readonly moderation: UserModerationService,
    private readonly trust: TrustService,
  ) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => UserModerationPayload, {
    description:
      'Suspend an account until a time, or permanently; with removeContent, remove their arguments too (moderators)',
  })
  async suspendUser(
    @Args('input') input: SuspendUserInput,
    @CurrentUser() mod: User,
  ): Promise<UserModerationPayload> {
    const { user, removed } = await this.moderation.suspend(mod, input);
    return { user, removedArgumentCount: removed ?? null };
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => UserModerationPayload, {
    description: 'Lift a suspension; the arguments it removed come back (moderators)',
  })
  async unsuspendUser(
    @Args('input') input: UnsuspendUserInput,
    @CurrentUser() mod: User,
  ): Promise<UserModerationPayload> {
    const { user, restored } = await this.moderation.unsuspend(mod, input.userId, input.reason);
    return { user, restoredArgumentCount: restored ?? null };
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => UserModerationPayload, {
    description: 'Warn an account; the warning shows on its `me` (moderators)',
  })
  async warnUser(
    @Args('input') input: WarnUserInput,
    @CurrentUser() mod: User,
  ): Promise<UserModerationPayload> {
    return { user: await this.moderation.warn(mod, input.userId, input.reason) };
  }

  @ResolveField(() => TrustLevel, {
    description: 'From account age, approved posts and reputation (see docs/MODERATION.md)',
  })
  trustLevel(@Parent() user: User, @Context() ctx: RequestContext): Promise<TrustLevel> {
    return this.trust.loadLevel(ctx.loaders, user);
  }
}

@Resolver(() => Viewer)
export class ViewerModerationResolver {
  constructor(
    private readonly moderation: UserModerationService,
    private readonly appealsService: AppealsService,
  ) {}

  @ResolveField(() => [Warning], { description: 'Warnings from moderators, newest first' })
  warnings(@Parent() viewer: Viewer): Promise<Warning[]> {
    return this.moderation.warnings(viewer.user.id);
  }

  @ResolveField(() => [Appeal], { description: 'Your appeals and their outcomes, newest first' })
  appeals(@Parent() viewer: Viewer): Promise<Appeal[]> {
    return this.appealsService.mine(viewer.user);
  }
}
