import {
  Args,
  Context,
  Float,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { Inject } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { PUB_SUB } from '../../realtime/pub-sub.provider';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { QUEUE_CHANNEL } from '../queue/open-queue-item';
import { CurrentUser, Roles } from '../../common/auth/auth.decorators';
import type { RequestContext } from '../../common/graphql/request-context';
import { Connection } from '../../common/pagination/connection';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentsService } from '../../arguments/arguments.service';
import { Thread } from '../../threads/thread.entity';
import { ThreadsService } from '../../threads/threads.service';
import { Role } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { Appeal } from '../appeals/appeal.entity';
import { Report } from '../reports/report.entity';
import {
  ClaimQueueItemInput,
  ModerationQueueArgs,
  QueueItemConnection,
  QueueItemPayload,
} from './dto/moderation-queue.args';
import { AppealsService } from '../appeals/appeals.service';
import { ModerationQueueService, priorityOf } from './moderation-queue.service';
import { QueueItem } from '../queue/queue-item.entity';
import { HeldEditDiff, heldEditDiff } from './held-edit-diff';

@Resolver(() => QueueItem)
export class ModerationQueueResolver {
  constructor(
    private readonly queue: ModerationQueueService,
    private readonly arguments_: ArgumentsService,
    private readonly threads: ThreadsService,
    private readonly users: UsersService,
    private readonly appeals: AppealsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Roles(Role.MODERATOR)
  @Query(() => QueueItemConnection, { description: 'What waits for a moderator (moderators)' })
  moderationQueue(@Args() args: ModerationQueueArgs): Promise<Connection<QueueItem>> {
    return this.queue.list(args);
  }

  @Roles(Role.MODERATOR)
  @Subscription(() => QueueItem, {
    description: 'New items in the moderation queue, as they arrive (moderators)',
    async resolve(
      this: ModerationQueueResolver,
      event: { id: string },
      _a: unknown,
      ctx: RequestContext,
    ) {
      ctx.loaders = new RequestLoaders();
      ctx.viewer = undefined;
      return this.queue.get(event.id);
    },
  })
  moderationQueueItemAdded() {
    return this.pubSub.asyncIterableIterator(QUEUE_CHANNEL);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => QueueItemPayload, {
    description: 'Claim an item for a few minutes so no other moderator acts on it meanwhile',
  })
  async claimQueueItem(
    @Args('input') input: ClaimQueueItemInput,
    @CurrentUser() user: User,
  ): Promise<QueueItemPayload> {
    return { item: await this.queue.claim(user, input.itemId) };
  }

  @ResolveField(() => Float, { description: 'weight + days waited; higher is more urgent' })
  priority(@Parent() item: QueueItem): number {
    return priorityOf(item);
  }

  @ResolveField(() => ArgumentEntity, { nullable: true })
  argument(
    @Parent() item: QueueItem,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return item.argumentId ? this.arguments_.load(ctx.loaders, item.argumentId) : null;
  }

  @ResolveField(() => HeldEditDiff, {
    nullable: true,
    description:
      'An edit of the argument waiting for a moderator, against the published version (while it waits)',
  })
  async heldEdit(
    @Parent() item: QueueItem,
    @Context() ctx: RequestContext,
  ): Promise<HeldEditDiff | null> {
    if (!item.argumentId) return null;
    const [arg, edit] = await Promise.all([
      this.arguments_.load(ctx.loaders, item.argumentId),
      this.arguments_.loadWaitingEdit(ctx.loaders, item.argumentId),
    ]);
    return arg && edit ? heldEditDiff(arg, edit) : null;
  }

  @ResolveField(() => Thread, { nullable: true })
  thread(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Thread | null> | null {
    return item.threadId ? this.threads.load(ctx.loaders, item.threadId) : null;
  }

  @ResolveField(() => [Report], { description: 'Every report on the argument, open ones first' })
  reports(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Report[]> | Report[] {
    return item.argumentId ? this.queue.loadReports(ctx.loaders, item.argumentId) : [];
  }

  @ResolveField(() => Appeal, { nullable: true })
  appeal(@Parent() item: QueueItem, @Context() ctx: RequestContext): Promise<Appeal | null> | null {
    return item.appealId ? this.appeals.load(ctx.loaders, item.appealId) : null;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who resolved it (the moderator, or the author who withdrew the argument)',
  })
  resolvedBy(
    @Parent() item: QueueItem,
    @Context() ctx: RequestContext,
  ): Promise<User | null> | null {
    return item.resolvedById ? this.users.load(ctx.loaders, item.resolvedById) : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'The moderator holding the claim' })
  claimedBy(
    @Parent() item: QueueItem,
    @Context() ctx: RequestContext,
  ): Promise<User | null> | null {
    const live = item.claimedById && item.claimedUntil && item.claimedUntil > new Date();
    return live ? this.users.load(ctx.loaders, item.claimedById!) : null;
  }
}
