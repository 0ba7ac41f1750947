import { Global, Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { THREAD_ARTICLES } from '../threads/thread-articles';
import { ArticleReader } from './article-reader';
import { ArticlesResolver, ThreadArticleResolver } from './articles.resolver';
import { ArticleSeedsService } from './article-seeds.service';
import { ArticlesService } from './articles.service';
import { ArticleWork } from './import/article-work';
import { FeedImportService } from './feeds/feed-import.service';

/**
 * Imported articles, feeds and the article-to-thread flow. Global, because it also binds what
 * threads and arguments read of an article (THREAD_ARTICLES) without either importing it.
 */
@Global()
@Module({
  imports: [ThreadsModule],
  providers: [
    ArticleWork,
    ArticlesService,
    ArticleSeedsService,
    FeedImportService,
    ArticlesResolver,
    ThreadArticleResolver,
    ArticleReader,
    { provide: THREAD_ARTICLES, useExisting: ArticleReader },
  ],
  exports: [ArticlesService, ArticleSeedsService, THREAD_ARTICLES],
})
export class ArticlesModule {}
