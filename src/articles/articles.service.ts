import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../common/errors/app-errors';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { uniqueViolation } from '../common/database/unique-violation';
import { findById } from '../common/database/find-by-id';
import { byKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { loaderKey } from '../common/loaders/loader-key';
import { Thread } from '../threads/thread.entity';
import { ThreadOpenedHooks } from '../threads/thread-opened.hooks';
import { ThreadsService } from '../threads/threads.service';
import { User } from '../users/user.entity';
import { Article } from './article.entity';
import { ImportArticleInput, ImportArticlePayload } from './dto/import-article.input';
import { ArticleInputError } from './import/article-input.error';
import { articleKey } from './import/content-hash';
import { ArticleWork } from './import/article-work';
import { ParsedArticle } from './import/parsed-article';
import { FeedFetchError, fetchFeedText } from './feeds/fetch-feed';

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/markdown;q=0.8, text/plain;q=0.7';

const ARTICLE_SUMMARY = loaderKey<string, Article | null>('articles.summary');

@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly opened: ThreadOpenedHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly work: ArticleWork,
  ) {}

  /**
   * Parses without storing; bad input becomes BAD_USER_INPUT naming the field (`url` for what
   * is wrong with a page the server fetched).
   */
  async parse(
    input: ArticleImportSource,
    textField: 'text' | 'url' = 'text',
  ): Promise<ParsedArticle> {
    try {
      return await this.work.read({
        text: input.text,
        format: input.format,
        byline: input.byline,
        publishedAt: input.publishedAt,
      });
    } catch (e) {
      if (e instanceof ArticleInputError) {
        if (e.field === 'text' && textField === 'url') {
          throw badInput('url', `The page at url: ${e.message}`);
        }
        throw badInput(e.field, e.message);
      }
      throw e;
    }
  }

  /** The article's text: as given, or fetched from its url (which becomes its source URL). */
  private async source(input: ImportArticleInput): Promise<ArticleImportSource> {
    if (input.url && input.text != null)
      throw badInput('url', 'Give either text or url, not both.');
    if (!input.url) {
      if (input.text == null) throw badInput('text', 'Give the article text or its url.');
      return { ...input, text: input.text };
    }
    try {
      const text = await fetchFeedText(input.url, {
        allowPrivateHosts: this.config.feedAllowPrivateHosts,
        accept: PAGE_ACCEPT,
      });
      return { ...input, text, sourceUrl: input.sourceUrl ?? input.url };
    } catch (e) {
      if (e instanceof FeedFetchError) {
        throw badInput('url', `Could not fetch the article from ${input.url}: ${e.message}.`);
      }
      throw e;
    }
  }

  /**
   * Imports an article once: the same content (by normalised-body hash) or the same source URL
   * returns the stored article. With a motion, the thread opens in the same transaction.
   */
  async import(actor: User, input: ImportArticleInput): Promise<ImportArticlePayload> {
    const source = await this.source(input);
    const parsed = await this.parse(source, input.url ? 'url' : 'text');
    const payload = await retryOnDuplicate(() =>
      this.dataSource.transaction(async (manager) => {
        const { article, created } = await storeOnce(manager, parsed, source, actor.id);
        if (!input.motion) return { article, created, thread: null, threadCreated: false };
        // The same article with the same motion again is the thread already open on it.
        const existing = created ? null : await sameMotionThread(manager, article.id, input.motion);
        if (existing) return { article, created, thread: existing, threadCreated: false };
        const thread = await this.threads.create(
          actor,
          { articleId: article.id, motion: input.motion, tags: input.tags },
          manager,
        );
        return { article, created, thread, threadCreated: true };
      }),
    );
    // Seeding the claims of a thread happens once, when it opens.
    if (payload.thread && payload.threadCreated) await this.opened.run(payload.thread, actor);
    return { article: payload.article, created: payload.created, thread: payload.thread };
  }

  /** Imports an article once, without opening a thread (feeds, the import command). */
  async importArticleOnly(
    importedBy: User | null,
    input: ArticleImportSource,
  ): Promise<{ article: Article; created: boolean }> {
    const parsed = await this.parse(input);
    return retryOnDuplicate(() =>
      this.dataSource.transaction((manager) =>
        storeOnce(manager, parsed, input, importedBy?.id ?? null),
      ),
    );
  }

  async get(id: string): Promise<Article> {
    const article = await findById(this.dataSource.manager, Article, id);
    if (!article) throw notFound('Article', id);
    return article;
  }

  load(loaders: RequestLoaders, id: string): Promise<Article | null> {
    return loaders.byId(this.dataSource.manager, Article, id);
  }

  /**
   * The article without its texts (title, source, byline, dates): what a thread page shows of
   * it. Its text fields load the whole row when a client asks for them (ArticlesResolver).
   */
  loadSummary(loaders: RequestLoaders, id: string): Promise<Article | null> {
    return loaders
      .get(ARTICLE_SUMMARY, async (ids) => {
        const columns = this.dataSource
          .getMetadata(Article)
          .columns.filter((c) => !ARTICLE_TEXTS.includes(c.propertyName as keyof Article))
          .map((c) => `a.${c.propertyName}`);
        const rows = await this.dataSource.manager
          .createQueryBuilder(Article, 'a')
          .select(columns)
          .where('a.id = ANY(:ids)', { ids: [...ids] })
          .getMany();
        return byKeys(ids, rows, (a) => a.id);
      })
      .load(id);
  }

  /** The whole article behind a summary (itself when it is already whole). */
  async whole(loaders: RequestLoaders, article: Article): Promise<Article> {
    if (article.body !== undefined) return article;
    return (await this.load(loaders, article.id)) ?? article;
  }
}

/** The columns a summary leaves out: the article's texts, up to megabytes each. */
const ARTICLE_TEXTS: (keyof Article)[] = ['originalText', 'body', 'sections', 'paragraphs'];

export type ArticleImportSource = Pick<
  ImportArticleInput,
  'format' | 'sourceUrl' | 'byline' | 'publishedAt'
> & { text: string };

/** A thread on the article whose motion reads the same (spacing and case aside). */
function sameMotionThread(
  manager: EntityManager,
  articleId: string,
  motion: string,
): Promise<Thread | null> {
  return manager
    .createQueryBuilder(Thread, 't')
    .where('t.articleId = :articleId', { articleId })
    .andWhere('lower(t.motion) = lower(:motion)', { motion: motion.trim().replace(/\s+/gu, ' ') })
    .orderBy('t.createdAt', 'ASC')
    .getOne();
}

/** The stored article with the same content or source URL, or a new one. */
async function storeOnce(
  manager: EntityManager,
  parsed: ParsedArticle,
  input: ArticleImportSource,
  importedById: string | null,
): Promise<{ article: Article; created: boolean }> {
  const hash = articleKey(parsed);
  const existing = await manager
    .createQueryBuilder(Article, 'a')
    .where('a.content_hash = :hash', { hash })
    .orWhere(input.sourceUrl ? 'a.source_url = :url' : 'false', { url: input.sourceUrl })
    .getOne();
  if (existing) return { article: existing, created: false };
  const article = await manager.save(
    manager.create(Article, {
      title: parsed.title.slice(0, 300),
      titleDerived: parsed.titleDerived,
      sourceUrl: input.sourceUrl ?? null,
      byline: parsed.byline?.slice(0, 300) ?? null,
      publishedAt: parsed.publishedAt,
      format: input.format,
      originalText: input.text,
      body: parsed.body,
      contentHash: hash,
      sections: parsed.sections,
      paragraphs: parsed.paragraphs,
      importedById,
    }),
  );
  return { article, created: true };
}

/**
 * Two imports of the same article at once: the loser of the race hits a unique index. Trying
 * again finds the winner's row and answers created: false.
 */
async function retryOnDuplicate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (uniqueViolation(e)) {
      return work();
    }
    throw e;
  }
}
