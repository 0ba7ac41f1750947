import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ThreadOpenedHooks } from './thread-opened.hooks';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';
import { ThreadBansService } from './thread-bans.service';

@Module({
  imports: [UsersModule],
  providers: [ThreadsService, ThreadsResolver, ThreadOpenedHooks, ThreadBansService],
  exports: [ThreadsService, ThreadOpenedHooks, ThreadBansService],
})
export class ThreadsModule {}
