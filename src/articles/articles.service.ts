import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../common/errors/app-errors';
import { findById } from '../database/find-by-id';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { Thread } from '../threads/thread.entity';
import { ThreadsService } from '../threads/threads.service';
import { User } from '../users/user.entity';
import { Article } from './article.entity';
import { ImportArticleInput, ImportArticlePayload } from './dto/import-article.input';
import { ArticleInputError } from './import/article-input.error';
import { contentHash } from './import/content-hash';
import { parseArticle } from './import/parse-article';
import { ParsedArticle } from './import/parsed-article';

@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
  ) {}

  /** Parses without storing; bad input becomes BAD_USER_INPUT naming the field. */
  parse(
    input: Pick<ImportArticleInput, 'text' | 'format' | 'byline' | 'publishedAt'>,
  ): ParsedArticle {
    try {
      return parseArticle({
        text: input.text,
        format: input.format,
        byline: input.byline,
        publishedAt: input.publishedAt,
      });
    } catch (e) {
      if (e instanceof ArticleInputError) throw badInput(e.field, e.message);
      throw e;
    }
  }

  /**
   * Imports an article once: the same content (by normalised-body hash) or the same source URL
   * returns the stored article. With a motion, the thread opens in the same transaction.
   */
  async import(actor: User, input: ImportArticleInput): Promise<ImportArticlePayload> {
    const parsed = this.parse(input);
    const hash = contentHash(parsed.body);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager
        .createQueryBuilder(Article, 'a')
        .where('a.content_hash = :hash', { hash })
        .orWhere(input.sourceUrl ? 'a.source_url = :url' : 'false', { url: input.sourceUrl })
        .getOne();
      let article = existing;
      if (!article) {
        article = await manager.save(
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
            importedById: actor.id,
          }),
        );
      }
      let thread: Thread | null = null;
      if (input.motion) {
        thread = await this.threads.create(
          actor,
          { articleId: article.id, motion: input.motion, tags: input.tags },
          manager,
        );
      }
      return { article, created: !existing, thread };
    });
  }

  async get(id: string): Promise<Article> {
    const article = await findById(this.dataSource.manager, Article, id);
    if (!article) throw notFound('Article', id);
    return article;
  }

  load(loaders: RequestLoaders, id: string): Promise<Article | null> {
    return loaders.byId(this.dataSource.manager, Article, id);
  }
}
