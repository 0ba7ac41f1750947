import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { RequestContext } from '../common/graphql/request-context';
import { Connection } from '../common/pagination/connection';
import { isModerator, Role } from '../common/auth/role.enum';
import { AuthService } from '../auth/auth.service';
import { THREAD_TEXT_RULES, type ThreadTextRules } from './thread-text-rules';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { CreateThreadInput, CreateThreadPayload } from './dto/create-thread.input';
import { ThreadConnection } from './dto/thread-connection';
import { SetThreadStatusInput, ThreadsArgs } from './dto/threads.args';
import { MyThreadBan } from './dto/my-thread-ban.model';
import { Thread } from './thread.entity';
import { ThreadBansService } from './thread-bans.service';
import { ThreadsService } from './threads.service';

@Resolver(() => Thread)
export class ThreadsResolver {
  constructor(
    private readonly threadsService: ThreadsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly bans: ThreadBansService,
    @Inject(THREAD_TEXT_RULES) private readonly rules: ThreadTextRules,
  ) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => CreateThreadPayload, {
    description: 'Open a thread on a motion, optionally seeded from an article',
  })
  async createThread(
    @Args('input') input: CreateThreadInput,
    @CurrentUser() user: User,
  ): Promise<CreateThreadPayload> {
    return { thread: await this.threadsService.open(user, input) };
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => CreateThreadPayload, { description: 'Open, lock or archive a thread' })
  async setThreadStatus(
    @Args('input') input: SetThreadStatusInput,
    @CurrentUser() user: User,
  ): Promise<CreateThreadPayload> {
    return {
      thread: await this.threadsService.setStatus(user, input.threadId, input.status, input.reason),
    };
  }

  @Query(() => Thread)
  thread(@Args('id', { type: () => ID }) id: string): Promise<Thread> {
    return this.threadsService.get(id);
  }

  @Query(() => ThreadConnection)
  threads(@Args() args: ThreadsArgs): Promise<Connection<Thread>> {
    return this.threadsService.list(args);
  }

  @ResolveField(() => String, {
    description: 'A yes/no question or a statement to argue for or against',
  })
  motion(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<string> {
    return this.forReader(ctx, thread.motion);
  }

  @ResolveField(() => String, { nullable: true })
  async description(
    @Parent() thread: Thread,
    @Context() ctx: RequestContext,
  ): Promise<string | null> {
    return thread.description === null ? null : this.forReader(ctx, thread.description);
  }

  @ResolveField(() => [String])
  tags(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<string[]> {
    return Promise.all(thread.tags.map((tag) => this.forReader(ctx, tag)));
  }

  /** CENSOR words masked for everyone but moderators. */
  private async forReader(ctx: RequestContext, text: string): Promise<string> {
    if (isModerator(await this.auth.viewer(ctx))) return text;
    return this.rules.censor(ctx.loaders, text);
  }

  @ResolveField(() => User, { nullable: true })
  creator(@Parent() thread: Thread, @Context() ctx: RequestContext): Promise<User | null> {
    return this.users.load(ctx.loaders, thread.creatorId);
  }

  @ResolveField(() => MyThreadBan, {
    nullable: true,
    description:
      'The signed-in reader’s own ban from this thread, while it is in force; null for everyone else and when signed out',
  })
  myBan(
    @Parent() thread: Thread,
    @Context() ctx: RequestContext,
  ): Promise<MyThreadBan | null> | null {
    return ctx.auth ? this.bans.loadMine(ctx.loaders, ctx.auth.userId, thread.id) : null;
  }
}
