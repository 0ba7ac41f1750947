import { Module } from '@nestjs/common';
import { ThreadsModule } from '../threads/threads.module';
import { UsersModule } from '../users/users.module';
import {
  ArgumentRevisionsResolver,
  ArgumentsResolver,
  ThreadArgumentsResolver,
} from './arguments.resolver';
import { ArgumentLifecycle } from './argument-lifecycle.service';
import { ThreadBalanceKeeper } from './thread-balance-keeper.service';
import { ArgumentsService } from './arguments.service';
import { StoredHtmlRenderer } from './stored-html-renderer.service';

@Module({
  imports: [UsersModule, ThreadsModule],
  providers: [
    ArgumentsService,
    ArgumentLifecycle,
    ThreadBalanceKeeper,
    StoredHtmlRenderer,
    ArgumentsResolver,
    ArgumentRevisionsResolver,
    ThreadArgumentsResolver,
  ],
  exports: [ArgumentsService, ArgumentLifecycle, ThreadBalanceKeeper, StoredHtmlRenderer],
})
export class ArgumentsModule {}
