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
import { Authenticated, CurrentUser } from '../common/auth/auth.decorators';
import type { RequestContext } from '../common/graphql/request-context';
import { Connection, emptyConnection, PageArgs } from '../common/pagination/connection';
import { THREAD_ARTICLES, type ThreadArticles } from '../threads/thread-articles';
import { AuthService } from '../auth/auth.service';
import { Thread } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { ARGUMENT_MODERATION, type ArgumentModeration } from './argument-moderation';
import { isModerator } from '../common/auth/role.enum';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ArgumentSource } from './argument-source.entity';
import { censorSources } from './censor-sources';
import { htmlOf } from './rendered-body';
import { ArgumentEntity } from './argument.entity';
import { ArgumentsService } from './arguments.service';
import { ReaderTexts } from './reader-texts';
import { existsFor, readableBy, readerBody, seesBehindPlaceholder } from './argument-visibility';
import { notFound } from '../common/errors/app-errors';
import { ArgumentConnection, ArgumentRevisionConnection } from './dto/argument-connection';
import { ArgumentListArgs } from './dto/argument-list.args';
import { ArgumentRevision } from './argument-revision.entity';
import { HeldEdit } from './held-edit.entity';
import {
  ArgumentPayload,
  EditArgumentPayload,
  CreateArgumentInput,
  DeleteArgumentInput,
  EditArgumentInput,
  Quote,
} from './dto/create-argument.input';

@Resolver(() => ArgumentEntity)
export class ArgumentsResolver {
  /** Placeholders for hidden states, CENSOR words masked (not for moderators). */
  private readonly readerTexts = new ReaderTexts(async (ctx) => {
    const viewer = await this.auth.viewer(ctx);
    if (isModerator(viewer)) return (arg) => readerBody(arg, viewer);
    const censor = await this.moderation.censorer(ctx.loaders);
    return (arg) => censor(readerBody(arg, viewer));
  });

  constructor(
    private readonly arguments_: ArgumentsService,
    private readonly threads: ThreadsService,
    @Inject(THREAD_ARTICLES) private readonly articles: ThreadArticles,
    private readonly users: UsersService,
    @Inject(ARGUMENT_MODERATION) private readonly moderation: ArgumentModeration,
    private readonly auth: AuthService,
  ) {}

  @Authenticated()
  @Mutation(() => ArgumentPayload, {
    description: 'Post a PRO or CON of the motion, or of another argument',
  })
  async createArgument(
    @Args('input') input: CreateArgumentInput,
    @CurrentUser() user: User,
  ): Promise<ArgumentPayload> {
    return { argument: await this.arguments_.create(user, input) };
  }

  @Authenticated()
  @Mutation(() => EditArgumentPayload, {
    description:
      'Edit your argument; the earlier version is kept. An edit that needs a moderator first is held aside (heldEdit) while readers keep the published version',
  })
  editArgument(
    @Args('input') input: EditArgumentInput,
    @CurrentUser() user: User,
  ): Promise<EditArgumentPayload> {
    return this.arguments_.edit(user, input);
  }

  @Authenticated()
  @Mutation(() => ArgumentPayload, { description: 'Withdraw your argument; replies stay in place' })
  async deleteArgument(
    @Args('input') input: DeleteArgumentInput,
    @CurrentUser() user: User,
  ): Promise<ArgumentPayload> {
    return { argument: await this.arguments_.delete(user, input.argumentId) };
  }

  @Query(() => ArgumentEntity, {
    description: 'A held or rejected post is NOT_FOUND except for its author and moderators',
  })
  async argument(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity> {
    const arg = await this.arguments_.get(id);
    if (!existsFor(arg, await this.auth.viewer(ctx))) throw notFound('Argument', id);
    return arg;
  }

  // Fields on every row of a page take graphql-js's (parent, args, context) with no parameter
  // decorators: @nestjs/graphql then calls the method directly (see docs/PERFORMANCE.md).
  @ResolveField(() => String, {
    description: 'Markdown; a placeholder when deleted, removed or hidden',
  })
  body(arg: ArgumentEntity, _args: unknown, ctx: RequestContext): string | Promise<string> {
    return this.readerTexts.of(arg, ctx);
  }

  @ResolveField(() => String, { description: 'The body rendered to sanitised HTML' })
  bodyHtml(arg: ArgumentEntity, _args: unknown, ctx: RequestContext): string | Promise<string> {
    // Stored at write time; rendered here only for a placeholder, masked words or an old renderer.
    const text = this.readerTexts.of(arg, ctx);
    return typeof text === 'string' ? htmlOf(arg, text) : text.then((t) => htmlOf(arg, t));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why it was removed, hidden or held for review; shown to its author and to moderators only',
  })
  async statusReason(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<string | null> {
    const entitled = seesBehindPlaceholder(arg, await this.auth.viewer(ctx));
    return entitled ? arg.statusReason : null;
  }

  @ResolveField(() => ArgumentEntity, {
    nullable: true,
    description: 'The argument a moderator marked this one a duplicate of',
  })
  duplicateOf(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return arg.duplicateOfId ? this.arguments_.load(ctx.loaders, arg.duplicateOfId) : null;
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Null for claims taken from the article',
  })
  author(
    arg: ArgumentEntity,
    _args: unknown,
    ctx: RequestContext,
  ): User | Promise<User | null> | null {
    // Lists read their authors with them; an argument read alone loads its author.
    if (arg.author !== undefined) return arg.author;
    return arg.authorId ? this.users.load(ctx.loaders, arg.authorId) : null;
  }

  @ResolveField(() => Thread)
  thread(@Parent() arg: ArgumentEntity, @Context() ctx: RequestContext): Promise<Thread | null> {
    return this.threads.load(ctx.loaders, arg.threadId);
  }

  @ResolveField(() => ArgumentEntity, { nullable: true })
  parent(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return arg.parentId ? this.arguments_.load(ctx.loaders, arg.parentId) : null;
  }

  @ResolveField(() => [ID], { description: 'IDs from the top-level argument down to this one' })
  path(@Parent() arg: ArgumentEntity): string[] {
    return [...arg.ancestorIds, arg.id];
  }

  @ResolveField(() => ArgumentEntity, {
    nullable: true,
    description: 'For a link: the claim it points to',
  })
  linkedArgument(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentEntity | null> | null {
    return arg.linkedArgumentId ? this.arguments_.load(ctx.loaders, arg.linkedArgumentId) : null;
  }

  @ResolveField(() => ArgumentConnection, { description: 'Replies, PRO and CON of this argument' })
  children(
    @Parent() arg: ArgumentEntity,
    @Args() args: ArgumentListArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<ArgumentEntity>> {
    // Later pages, and pages backwards, go to the keyset query; first pages batch per request.
    return args.after || args.before || args.last
      ? this.arguments_.list(arg.threadId, arg.id, args)
      : this.arguments_.loadFirstReplies(ctx.loaders, arg, args);
  }

  @ResolveField(() => [ArgumentSource], {
    description:
      'Empty while the argument is not published, except for its author and moderators; CENSOR words masked',
  })
  async sources(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentSource[]> {
    const viewer = await this.auth.viewer(ctx);
    if (!readableBy(arg, viewer)) return [];
    const sources = await this.arguments_.loadSources(ctx.loaders, arg.id);
    return isModerator(viewer) ? sources : censorSources(this.moderation, ctx.loaders, sources);
  }

  @ResolveField(() => Quote, {
    nullable: true,
    description: 'The span of the thread’s article this argument cites',
  })
  async quote(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<Quote | null> {
    if (arg.quoteStart === null || arg.quoteEnd === null) return null;
    const thread = await this.threads.load(ctx.loaders, arg.threadId);
    const article = thread?.articleId
      ? await this.articles.load(ctx.loaders, thread.articleId)
      : null;
    if (!article) return null;
    return {
      start: arg.quoteStart,
      end: arg.quoteEnd,
      text: article.body.slice(arg.quoteStart, arg.quoteEnd),
    };
  }

  @ResolveField(() => HeldEdit, {
    nullable: true,
    description:
      'An edit waiting for a moderator; readers see the published version meanwhile. Only for its author and moderators',
  })
  async heldEdit(
    @Parent() arg: ArgumentEntity,
    @Context() ctx: RequestContext,
  ): Promise<HeldEdit | null> {
    if (!seesBehindPlaceholder(arg, await this.auth.viewer(ctx))) return null;
    return this.arguments_.loadWaitingEdit(ctx.loaders, arg.id);
  }

  @ResolveField(() => ArgumentRevisionConnection, {
    description:
      'Earlier versions, newest first; of an argument that is not published, only for its author and moderators',
  })
  async revisions(
    @Parent() arg: ArgumentEntity,
    @Args() page: PageArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<ArgumentRevision>> {
    if (!readableBy(arg, await this.auth.viewer(ctx))) {
      return emptyConnection();
    }
    return this.arguments_.revisions(arg.id, page);
  }
}

@Resolver(() => ArgumentRevision)
export class ArgumentRevisionsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly arguments_: ArgumentsService,
    private readonly auth: AuthService,
    @Inject(ARGUMENT_MODERATION) private readonly moderation: ArgumentModeration,
  ) {}

  @ResolveField(() => String, { description: 'The text as it was before the edit' })
  async body(@Parent() revision: ArgumentRevision, @Context() ctx: RequestContext) {
    if (isModerator(await this.auth.viewer(ctx))) return revision.body;
    return this.moderation.censor(ctx.loaders, revision.body);
  }

  @ResolveField(() => [ArgumentSource], {
    description: 'The sources this version cited, when the edit replaced them (else empty)',
  })
  async sources(
    @Parent() revision: ArgumentRevision,
    @Context() ctx: RequestContext,
  ): Promise<ArgumentSource[]> {
    const sources = await this.arguments_.loadRevisionSources(ctx.loaders, revision.id);
    if (isModerator(await this.auth.viewer(ctx))) return sources;
    return censorSources(this.moderation, ctx.loaders, sources);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who made the edit that replaced this version',
  })
  editor(
    @Parent() revision: ArgumentRevision,
    @Context() ctx: RequestContext,
  ): Promise<User | null> | null {
    return revision.editorId ? this.users.load(ctx.loaders, revision.editorId) : null;
  }
}

@Resolver(() => Thread)
export class ThreadArgumentsResolver {
  constructor(private readonly arguments_: ArgumentsService) {}

  @ResolveField(() => ArgumentConnection, { description: 'Arguments on the motion itself' })
  arguments(
    @Parent() thread: Thread,
    @Args() args: ArgumentListArgs,
    @Context() ctx: RequestContext,
  ): Promise<Connection<ArgumentEntity>> {
    // First pages batch per request (both sides in one statement); later pages go to the keyset.
    return args.after || args.before || args.last
      ? this.arguments_.list(thread.id, null, args)
      : this.arguments_.loadFirstPage(ctx.loaders, thread.id, args);
  }
}
