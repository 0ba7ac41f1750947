import { Global, Module } from '@nestjs/common';
import { ModerationRulesModule } from '../moderation/rules/moderation-rules.module';
import { PageSql } from './page-sql.service';

/** Anonymous thread pages built by the database; the GraphQL plugin serves them. */
@Global()
@Module({ imports: [ModerationRulesModule], providers: [PageSql], exports: [PageSql] })
export class PageSqlModule {}
