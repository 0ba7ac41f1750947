import { Module } from '@nestjs/common';
import { ActionRateLimits } from './action-rate-limits';
import { PostingGate } from './posting-gate.service';
import { TrustService } from './trust.service';
import { WatchedWordsResolver } from './watched-words.resolver';
import { WatchedWordsService } from './watched-words.service';

/** The rules posts pass before they are written; imported by the features that write. */
@Module({
  providers: [
    TrustService,
    ActionRateLimits,
    WatchedWordsService,
    WatchedWordsResolver,
    PostingGate,
  ],
  exports: [TrustService, WatchedWordsService, PostingGate],
})
export class ModerationRulesModule {}
