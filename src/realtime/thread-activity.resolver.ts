import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../common/errors/app-errors';
import type { RequestContext } from '../common/graphql/request-context';
import { isUuid } from '../common/ids';
import { findById } from '../database/find-by-id';
import { ArgumentEntity } from '../arguments/argument.entity';
import { Thread } from '../threads/thread.entity';
import { ThreadActivity, ThreadActivityEvent } from './dto/thread-activity.model';
import { PUB_SUB } from './pub-sub.provider';
import { sharedEventLoaders } from './shared-event-loaders';
import { threadChannel } from './thread-events';

@Resolver(() => ThreadActivity)
export class ThreadActivityResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly dataSource: DataSource,
  ) {}

  @Subscription(() => ThreadActivity, {
    description:
      'Live activity in a thread: arguments added, changed or withdrawn, stances and status, new rankings',
    // One subscription lives for many events: each gets fresh loaders (shared with the other
    // subscribers of its class) and a fresh look at the subscriber's role, so no field answers
    // from an earlier event's cache.
    resolve: (event: ThreadActivityEvent, _args: unknown, ctx: RequestContext) => {
      ctx.loaders = sharedEventLoaders(event, ctx);
      ctx.viewer = undefined;
      return event;
    },
  })
  async threadActivity(@Args('threadId', { type: () => ID }) threadId: string) {
    if (!isUuid(threadId)) throw badInput('threadId', 'threadId must be an ID');
    if (!(await findById(this.dataSource.manager, Thread, threadId))) {
      throw notFound('Thread', threadId);
    }
    return this.pubSub.asyncIterableIterator(threadChannel(threadId));
  }

  @ResolveField(() => Thread)
  thread(@Parent() event: ThreadActivity, @Context() ctx: RequestContext): Promise<Thread | null> {
    return ctx.loaders.byId(this.dataSource.manager, Thread, event.threadId);
  }

  @ResolveField(() => ArgumentEntity, {
    nullable: true,
    description: 'The argument concerned; its text follows the usual visibility rules',
  })
  argument(
    @Parent() event: ThreadActivity,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return event.argumentId
      ? ctx.loaders.byId(this.dataSource.manager, ArgumentEntity, event.argumentId)
      : null;
  }
}
