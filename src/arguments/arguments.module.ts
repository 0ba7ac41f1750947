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

@Module({
  imports: [UsersModule, ThreadsModule],
  providers: [
    ArgumentsService,
    ArgumentLifecycle,
    ThreadBalanceKeeper,
    ArgumentsResolver,
    ArgumentRevisionsResolver,
    ThreadArgumentsResolver,
  ],
  exports: [ArgumentsService, ArgumentLifecycle, ThreadBalanceKeeper],
})
export class ArgumentsModule {}
