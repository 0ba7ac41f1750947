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
import { AuthService } from '../auth/auth.service';
import { CurrentUser, Roles } from '../common/auth/auth.decorators';
import type { RequestContext } from '../common/graphql/request-context';
import { Thread } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { forbidden } from '../common/errors/app-errors';
import { isModerator, Role } from '../common/auth/role.enum';
import { User } from '../users/user.entity';
import { Article } from './article.entity';
import { ArticlesService } from './articles.service';
import { ArticleSeedsService } from './article-seeds.service';
import { MotionCandidate, ReportedPosition } from './dto/article-seeds.model';
import { ArticleParagraph, ArticleSection } from './dto/article-structure.model';
import { ImportArticleInput, ImportArticlePayload } from './dto/import-article.input';
import { ImportFeedInput, ImportFeedPayload } from './dto/import-feed.input';
import { FeedImportService } from './feeds/feed-import.service';

@Resolver(() => Article)
export class ArticlesResolver {
  constructor(
    private readonly articles: ArticlesService,
    private readonly threadsService: ThreadsService,
    private readonly seeds: ArticleSeedsService,
    private readonly feeds: FeedImportService,
    private readonly auth: AuthService,
  ) {}

  @Roles(Role.MODERATOR)
  @Mutation(() => ImportArticlePayload, {
    description: 'Import a news article (and open a thread on it when given a motion)',
  })
  importArticle(
    @Args('input') input: ImportArticleInput,
    @CurrentUser() user: User,
  ): Promise<ImportArticlePayload> {
    return this.articles.import(user, input);
  }

  @Roles(Role.MODERATOR)
  @Mutation(() => ImportFeedPayload, {
    description:
      'Import every item of an RSS or Atom feed as an article, once each (by source URL or content)',
  })
  importFeed(
    @Args('input') input: ImportFeedInput,
    @CurrentUser() user: User,
  ): Promise<ImportFeedPayload> {
    return this.feeds.import(user, input);
  }

  @Query(() => Article)
  article(@Args('id', { type: () => ID }) id: string): Promise<Article> {
    return this.articles.get(id);
  }

  /**
   * The page as submitted, scripts and markup included: the importer's raw material, not
   * something to serve to every reader (the body is the article as read).
   */
  @ResolveField(() => String, { description: 'The text as it was imported (moderators)' })
  async originalText(@Parent() article: Article, @Context() ctx: RequestContext): Promise<string> {
    if (!isModerator(await this.auth.viewer(ctx))) {
      throw forbidden('The original text of an import is for moderators');
    }
    return (await this.articles.whole(ctx.loaders, article)).originalText;
  }

  @ResolveField(() => String, {
    description: 'Normalised plain text; every offset in the API points into this',
  })
  async body(@Parent() article: Article, @Context() ctx: RequestContext): Promise<string> {
    return (await this.articles.whole(ctx.loaders, article)).body;
  }

  @ResolveField(() => [ArticleSection])
  async sections(
    @Parent() article: Article,
    @Context() ctx: RequestContext,
  ): Promise<ArticleSection[]> {
    return (await this.articles.whole(ctx.loaders, article)).sections;
  }

  @ResolveField(() => [ArticleParagraph])
  async paragraphs(
    @Parent() article: Article,
    @Context() ctx: RequestContext,
  ): Promise<ArticleParagraph[]> {
    return (await this.articles.whole(ctx.loaders, article)).paragraphs;
  }

  @ResolveField(() => [MotionCandidate], {
    description: 'Motions suggested by the claim extractor, best first (moderators)',
  })
  async motionCandidates(
    @Parent() article: Article,
    @Context() ctx: RequestContext,
  ): Promise<MotionCandidate[]> {
    await this.assertModerator(ctx);
    return this.seeds.motionCandidates(
      ctx.loaders,
      await this.articles.whole(ctx.loaders, article),
    );
  }

  @ResolveField(() => [ReportedPosition], {
    description:
      'Positions the article reports, in body order, with sides relative to `motion` (default: the top motion candidate); moderators',
  })
  async reportedPositions(
    @Parent() article: Article,
    @Context() ctx: RequestContext,
    @Args('motion', { type: () => String, nullable: true }) motion?: string | null,
  ): Promise<ReportedPosition[]> {
    await this.assertModerator(ctx);
    const whole = await this.articles.whole(ctx.loaders, article);
    return this.seeds.reportedPositions(ctx.loaders, whole, motion);
  }

  /**
   * The extractor's suggestions are a moderator's tool, and each new motion costs an extraction
   * (a model call, when one is configured): readers get FORBIDDEN.
   */
  private async assertModerator(ctx: RequestContext): Promise<void> {
    if (!isModerator(await this.auth.viewer(ctx))) {
      throw forbidden('Motion candidates and reported positions are for moderators');
    }
  }

  @ResolveField(() => [Thread], { description: 'Threads seeded from this article' })
  threads(@Parent() article: Article, @Context() ctx: RequestContext): Promise<Thread[]> {
    return this.threadsService.loadByArticle(ctx.loaders, article.id);
  }
}

@Resolver(() => Thread)
export class ThreadArticleResolver {
  constructor(private readonly articles: ArticlesService) {}

  @ResolveField(() => Article, {
    nullable: true,
    description: 'The article the thread was seeded from',
  })
  article(
    @Parent() thread: Thread,
    @Context() ctx: RequestContext,
  ): Promise<Article | null> | null {
    return thread.articleId ? this.articles.loadSummary(ctx.loaders, thread.articleId) : null;
  }
}
