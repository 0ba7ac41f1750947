import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { Role } from '../../common/auth/role.enum';
import { Thread } from '../../threads/thread.entity';
import { ThreadBan } from '../../threads/thread-ban.entity';
import { ThreadsService } from '../../threads/threads.service';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import {
  BanFromThreadInput,
  LiftThreadBanInput,
  ThreadBanPayload,
  ThreadBansArgs,
} from './dto/thread-ban.input';
import { ThreadBanSanctions } from './thread-ban-sanctions.service';

@Resolver(() => ThreadBan)
export class ThreadBansResolver {
  constructor(
    private readonly sanctions: ThreadBanSanctions,
    private readonly threads: ThreadsService,
    private readonly users: UsersService,
  ) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => ThreadBanPayload, {
    description:
      'Ban a person from one thread: no posting, editing, voting, stance or reports there, until `until` or lifted (moderators)',
  })
  async banFromThread(
    @Args('input') input: BanFromThreadInput,
    @CurrentUser() mod: User,
  ): Promise<ThreadBanPayload> {
    return { ban: await this.sanctions.ban(mod, input) };
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ThreadBanPayload, { description: 'End a ban from a thread early (moderators)' })
  async liftThreadBan(
    @Args('input') input: LiftThreadBanInput,
    @CurrentUser() mod: User,
  ): Promise<ThreadBanPayload> {
    return { ban: await this.sanctions.lift(mod, input.banId, input.reason?.trim() || null) };
  }

  @Roles(Role.MODERATOR)
  @Query(() => [ThreadBan], {
    description:
      'The bans from a thread, newest first; those in force unless includeEnded (moderators)',
  })
  threadBans(@Args() args: ThreadBansArgs): Promise<ThreadBan[]> {
    return this.sanctions.forThread(args.threadId, args.includeEnded);
  }

  @ResolveField(() => Boolean, { description: 'In force now: not lifted and not expired' })
  active(@Parent() ban: ThreadBan): boolean {
    return ban.isActive();
  }

  @ResolveField(() => Thread, { nullable: true })
  thread(@Parent() ban: ThreadBan, @Context() ctx: RequestContext): Promise<Thread | null> {
    return this.threads.load(ctx.loaders, ban.threadId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The person banned' })
  user(@Parent() ban: ThreadBan, @Context() ctx: RequestContext): Promise<User | null> {
    return this.users.load(ctx.loaders, ban.userId);
  }

  @ResolveField(() => User, { nullable: true, description: 'The moderator who banned them' })
  bannedBy(@Parent() ban: ThreadBan, @Context() ctx: RequestContext): Promise<User | null> {
    return this.users.load(ctx.loaders, ban.bannedById);
  }

  @ResolveField(() => User, { nullable: true, description: 'The moderator who lifted it early' })
  liftedBy(@Parent() ban: ThreadBan, @Context() ctx: RequestContext): Promise<User | null> {
    return ban.liftedById ? this.users.load(ctx.loaders, ban.liftedById) : Promise.resolve(null);
  }
}
