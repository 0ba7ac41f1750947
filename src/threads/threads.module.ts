import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ThreadActivityResolver } from './thread-activity.resolver';
import { ThreadOpenedHooks } from './thread-opened.hooks';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [UsersModule],
  providers: [ThreadsService, ThreadsResolver, ThreadOpenedHooks, ThreadActivityResolver],
  exports: [ThreadsService, ThreadOpenedHooks],
})
export class ThreadsModule {}
