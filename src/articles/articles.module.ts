import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { ArticlesResolver, ThreadArticleResolver } from './articles.resolver';
import { ArticlesService } from './articles.service';

@Module({
  imports: [ThreadsModule],
  providers: [ArticlesService, ArticlesResolver, ThreadArticleResolver],
  exports: [ArticlesService],
})
export class ArticlesModule {}
