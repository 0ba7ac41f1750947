import { Module } from '@nestjs/common';
import { ArgumentsModule } from '../arguments/arguments.module';
import { ModerationRulesModule } from '../moderation/rules/moderation-rules.module';
import { UsersModule } from '../users/users.module';
import { BridgingScheduler } from './bridging/bridging-scheduler';
import { ThreadBalanceResolver } from './balance/thread-balance.resolver';
import { ThreadBalanceService } from './balance/thread-balance.service';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

@Module({
  imports: [ModerationRulesModule, ArgumentsModule, UsersModule],
  providers: [
    VotesService,
    VotesResolver,
    BridgingScheduler,
    ThreadBalanceService,
    ThreadBalanceResolver,
  ],
  exports: [VotesService, BridgingScheduler],
})
export class VotesModule {}
