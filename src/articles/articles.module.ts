import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { ArticlesResolver, ThreadArticleResolver } from './articles.resolver';
import { ArticleSeedsService } from './article-seeds.service';
import { ArticlesService } from './articles.service';
import { FeedImportService } from './feeds/feed-import.service';

@Module({
  imports: [ThreadsModule],
  providers: [
    ArticlesService,
    ArticleSeedsService,
    FeedImportService,
    ArticlesResolver,
    ThreadArticleResolver,
  ],
  exports: [ArticlesService, ArticleSeedsService],
})
export class ArticlesModule {}
