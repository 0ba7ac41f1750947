import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { RequestLoaders } from '../common/loaders/request-loaders';
import type { ThreadArticles } from '../threads/thread-articles';
import { Article } from './article.entity';

/** Articles as threads and arguments read them (bound to THREAD_ARTICLES). */
@Injectable()
export class ArticleReader implements ThreadArticles {
  constructor(private readonly dataSource: DataSource) {}

  find(manager: EntityManager, id: string): Promise<Article | null> {
    return manager.findOne(Article, { where: { id } });
  }

  load(loaders: RequestLoaders, id: string): Promise<Article | null> {
    return loaders.byId(this.dataSource.manager, Article, id);
  }
}
