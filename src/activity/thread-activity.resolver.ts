import { Inject } from '@nestjs/common';
import { Args, Context, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { badInput, notFound } from '../common/errors/app-errors';
import { RequestLoaders } from '../common/loaders/request-loaders';
import type { RequestContext } from '../common/graphql/request-context';
import { isUuid } from '../common/ids';
import { ArgumentEntity } from '../arguments/argument.entity';
import { ArgumentsService } from '../arguments/arguments.service';
import { ThreadsService } from '../threads/threads.service';
import { Thread } from '../threads/thread.entity';
import {
  ThreadActivity,
  ThreadActivityEvent,
  ThreadActivityKind,
} from '../realtime/dto/thread-activity.model';
import { PUB_SUB } from '../realtime/pub-sub.provider';
import { threadChannel } from '../realtime/thread-events';
import { sharedEventLoaders } from '../realtime/shared-event-loaders';

/** A page of the thread list at most (the list pages by 100 at most). */
const MAX_LISTED_THREADS = 100;

/** What changes a thread's line in the list: its counts, stances or status (not votes or ranks). */
const LIST_KINDS = new Set([
  ThreadActivityKind.ARGUMENT_ADDED,
  ThreadActivityKind.ARGUMENT_WITHDRAWN,
  ThreadActivityKind.THREAD_UPDATED,
]);

// One subscription lives for many events: each gets fresh loaders (shared with the other
// subscribers of its class) and a fresh look at the subscriber's role, so no field answers from
// an earlier event's cache.
const resolveEvent = (event: ThreadActivityEvent, _args: unknown, ctx: RequestContext) => {
  ctx.loaders = sharedEventLoaders(event, ctx);
  ctx.viewer = undefined;
  return event;
};

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
    resolve: resolveEvent,
  })
  async threadActivity(@Args('threadId', { type: () => ID }) threadId: string) {
    if (!isUuid(threadId)) throw badInput('threadId', 'threadId must be an ID');
    await this.threads.get(threadId);
    return this.pubSub.asyncIterableIterator(threadChannel(threadId));
  }

  @Subscription(() => ThreadActivity, {
    description: `What changes the given threads' lines in a list (up to ${MAX_LISTED_THREADS}): arguments added or withdrawn, stances and status; read \`thread\` for the new counts. Votes and rankings are left out, so \`sequence\` skips their numbers.`,
    filter: (event: ThreadActivityEvent) => LIST_KINDS.has(event.kind),
    resolve: resolveEvent,
  })
  async threadListActivity(@Args('threadIds', { type: () => [ID] }) threadIds: string[]) {
    const ids = [...new Set(threadIds)];
    if (ids.length === 0 || ids.length > MAX_LISTED_THREADS) {
      throw badInput('threadIds', `Give 1–${MAX_LISTED_THREADS} thread ids`);
    }
    if (!ids.every(isUuid)) throw badInput('threadIds', 'threadIds must be IDs');
    const loaders = new RequestLoaders();
    const found = await Promise.all(ids.map((id) => this.threads.load(loaders, id)));
    const missing = ids.find((_id, i) => !found[i]);
    if (missing) throw notFound('Thread', missing);
    return this.pubSub.asyncIterableIterator(ids.map(threadChannel));
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
