import { ActivityModule } from './activity/activity.module';
import { ArgumentsModule } from './arguments/arguments.module';
import { StoredHtmlModule } from './arguments/stored-html.module';
import { ArticlesModule } from './articles/articles.module';
import { KialoModule } from './kialo/kialo.module';
import { ThreadsModule } from './threads/threads.module';
import { ModerationModule } from './moderation/moderation.module';
import { NotificationsModule } from './notifications/notifications.module';
import { SeedModule } from './seed/seed.module';
import { StancesModule } from './votes/stances/stances.module';
import { UsersModule } from './users/users.module';
import { VotesModule } from './votes/votes.module';

/** The product's feature modules, in dependency order. */
export const FEATURE_MODULES = [
  UsersModule,
  ThreadsModule,
  ArticlesModule,
  ArgumentsModule,
  StoredHtmlModule,
  KialoModule,
  ActivityModule,
  VotesModule,
  StancesModule,
  ModerationModule,
  NotificationsModule,
  SeedModule,
];
