import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { badInput } from '../common/errors/app-errors';
import type { RequestContext } from '../common/graphql/request-context';
import { isUuid } from '../common/ids';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { ArgumentEntity } from '../arguments/argument.entity';
import { ArgumentsService } from '../arguments/arguments.service';
import { ThreadsService } from '../threads/threads.service';
import { Thread } from '../threads/thread.entity';
import { ThreadActivity, ThreadActivityEvent } from '../realtime/dto/thread-activity.model';
import { PUB_SUB } from '../realtime/pub-sub.provider';
import { threadChannel } from '../realtime/thread-events';

@Resolver(() => ThreadActivity)
export class ThreadActivityResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly threads: ThreadsService,
    private readonly arguments_: ArgumentsService,
  ) {}

  @Subscription(() => ThreadActivity, {
    description:
      'Live activity in a thread: arguments added, changed or withdrawn, stances and status, new rankings',
    // One subscription lives for many events: each gets fresh loaders and a fresh look at the
    // subscriber's role, so no field answers from an earlier event's cache.
    resolve: (event: ThreadActivityEvent, _args: unknown, ctx: RequestContext) => {
      ctx.loaders = new RequestLoaders();
      ctx.viewer = undefined;
      return event;
    },
  })
  async threadActivity(@Args('threadId', { type: () => ID }) threadId: string) {
    if (!isUuid(threadId)) throw badInput('threadId', 'threadId must be an ID');
    await this.threads.get(threadId);
    return this.pubSub.asyncIterableIterator(threadChannel(threadId));
  }

  @ResolveField(() => Thread)
  thread(@Parent() event: ThreadActivity, @Context() ctx: RequestContext): Promise<Thread | null> {
    return this.threads.load(ctx.loaders, event.threadId);
  }

  @ResolveField(() => ArgumentEntity, {
    nullable: true,
    description: 'The argument concerned; its text follows the usual visibility rules',
  })
  argument(
    @Parent() event: ThreadActivity,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return event.argumentId ? this.arguments_.load(ctx.loaders, event.argumentId) : null;
  }
}
