import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import { ArgumentEntity } from '../arguments/argument.entity';
import { Authenticated, CurrentUser } from '../common/auth/auth.decorators';
import type { RequestContext } from '../common/graphql/request-context';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { PUB_SUB } from '../realtime/pub-sub.provider';
import { Thread } from '../threads/thread.entity';
import { User } from '../users/user.entity';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
  NotificationsArgs,
} from './dto/notifications.args';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';
import { notificationChannel } from './notify';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Authenticated({ allowSuspended: true })
  @Query(() => NotificationConnection, {
    description: 'What happened to your posts, reports and account, newest first',
  })
  notifications(@Args() args: NotificationsArgs, @CurrentUser() user: User) {
    return this.service.list(user.id, args);
  }

  @Authenticated({ allowSuspended: true })
  @Mutation(() => MarkNotificationsReadPayload, {
    description: 'Mark your notifications read: the ones given, or all of them',
  })
  async markNotificationsRead(
    // A class type (not a union) so the validation pipe checks the ids.
    @Args('input', { type: () => MarkNotificationsReadInput, defaultValue: {} })
    input: MarkNotificationsReadInput,
    @CurrentUser() user: User,
  ): Promise<MarkNotificationsReadPayload> {
    // Null when the client sends an explicit null: mark all, as when it is omitted.
    const marked = await this.service.markRead(
      user.id,
      (input as MarkNotificationsReadInput | null)?.ids,
    );
    return { marked, unreadCount: await this.service.unreadCount(user.id) };
  }

  @Authenticated({ allowSuspended: true })
  @Subscription(() => Notification, {
    description: 'Your notifications as they are written',
    // The event carries the row's id; each is read afresh, with fresh loaders and role.
    async resolve(
      this: NotificationsResolver,
      event: Notification,
      _a: unknown,
      ctx: RequestContext,
    ) {
      ctx.loaders = new RequestLoaders();
      ctx.viewer = undefined;
      return this.service.get(event.id);
    },
  })
  notificationAdded(@CurrentUser() user: User) {
    return this.pubSub.asyncIterableIterator(notificationChannel(user.id));
  }

  @ResolveField(() => Boolean)
  read(@Parent() n: Notification): boolean {
    return n.readAt !== null;
  }

  @ResolveField(() => ArgumentEntity, {
    nullable: true,
    description: 'The argument concerned; its text follows the usual visibility rules',
  })
  argument(
    @Parent() n: Notification,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return n.argumentId ? this.service.loadArgument(ctx.loaders, n.argumentId) : null;
  }

  @ResolveField(() => Thread, { nullable: true })
  thread(@Parent() n: Notification, @Context() ctx: RequestContext): Promise<Thread | null> | null {
    return n.threadId ? this.service.loadThread(ctx.loaders, n.threadId) : null;
  }
}
