import { Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ModerationRulesModule } from '../moderation/rules/moderation-rules.module';
import { PageSql } from './page-sql.service';

/** Thread pages built by the database; the GraphQL plugin serves them. */
@Global()
@Module({ imports: [AuthModule, ModerationRulesModule], providers: [PageSql], exports: [PageSql] })
export class PageSqlModule {}
