import { Module } from '@nestjs/common';
import { ArgumentsModule } from '../arguments/arguments.module';
import { ModerationRulesModule } from '../moderation/rules/moderation-rules.module';
import { UsersModule } from '../users/users.module';
import { ThreadsModule } from '../threads/threads.module';
import { BridgingModule } from './bridging/bridging.module';
import { ThreadBalanceResolver } from './balance/thread-balance.resolver';
import { ThreadBalanceService } from './balance/thread-balance.service';
import { VotesResolver } from './votes.resolver';
import { VotePayloadResolver } from './vote-payload.resolver';
import { VotesService } from './votes.service';

@Module({
  imports: [ModerationRulesModule, ArgumentsModule, UsersModule, BridgingModule, ThreadsModule],
  providers: [
    VotesService,
    VotesResolver,
    VotePayloadResolver,
    ThreadBalanceService,
    ThreadBalanceResolver,
  ],
  exports: [VotesService],
})
export class VotesModule {}
