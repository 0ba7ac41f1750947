import { Global, Module } from '@nestjs/common';
import { PageCache } from './page-cache.service';

/** The anonymous page cache; ThreadEvents invalidates it, the GraphQL plugin reads and fills it. */
@Global()
@Module({ providers: [PageCache], exports: [PageCache] })
export class PageCacheModule {}
