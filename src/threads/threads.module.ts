import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ModerationRulesModule } from '../moderation/rules/moderation-rules.module';
import { ThreadOpenedHooks } from './thread-opened.hooks';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [UsersModule, ModerationRulesModule],
  providers: [ThreadsService, ThreadsResolver, ThreadOpenedHooks],
  exports: [ThreadsService, ThreadOpenedHooks],
})
export class ThreadsModule {}
