import { Module } from '@nestjs/common';
import { ArgumentsModule } from '../arguments/arguments.module';
import { ArticlesModule } from '../articles/articles.module';
import { ArticleClaimsSeeder } from './seeding/article-claims.seeder';
import { ThreadsModule } from '../threads/threads.module';
import { UsersModule } from '../users/users.module';
import { ModerationResolver } from './actions/moderation.resolver';
import { ModerationService } from './actions/moderation.service';
import { AppealsResolver } from './appeals/appeals.resolver';
import { AppealsService } from './appeals/appeals.service';
import { ModLogResolver } from './log/mod-log.resolver';
import { ModLogService } from '../audit/mod-log.service';
import { ModerationQueueResolver } from './review/moderation-queue.resolver';
import { ModerationQueueService } from './review/moderation-queue.service';
import { ReportsResolver } from './reporting/reports.resolver';
import { ReportsService } from './reporting/reports.service';
import { ModerationRulesModule } from './rules/moderation-rules.module';
import { UserModerationResolver, ViewerModerationResolver } from './users/user-moderation.resolver';
import { UserModerationService } from './users/user-moderation.service';
import { ThreadBanSanctions } from './users/thread-ban-sanctions.service';
import { ThreadBansResolver } from './users/thread-bans.resolver';
import {
  ModeratorNoteResolver,
  PeopleResolver,
  ReporterAccuracyResolver,
} from './people/people.resolver';
import { PeopleService } from './people/people.service';

/** Reports, the review queue, moderators' actions, appeals and the public log. */
@Module({
  imports: [UsersModule, ThreadsModule, ArticlesModule, ArgumentsModule, ModerationRulesModule],
  providers: [
    ReportsService,
    ReportsResolver,
    ModerationQueueService,
    ModerationQueueResolver,
    ModerationService,
    ModerationResolver,
    AppealsService,
    AppealsResolver,
    UserModerationService,
    UserModerationResolver,
    ViewerModerationResolver,
    ThreadBanSanctions,
    ThreadBansResolver,
    PeopleService,
    PeopleResolver,
    ModeratorNoteResolver,
    ReporterAccuracyResolver,
    ModLogService,
    ModLogResolver,
    ArticleClaimsSeeder,
  ],
  exports: [ArticleClaimsSeeder],
})
export class ModerationModule {}
