import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { ThreadsResolver } from './threads.resolver';
import { ThreadsService } from './threads.service';

@Module({
  imports: [UsersModule],
  providers: [ThreadsService, ThreadsResolver],
  exports: [ThreadsService],
})
export class ThreadsModule {}
