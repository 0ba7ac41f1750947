import { Global, Module } from '@nestjs/common';
import { ARGUMENT_MODERATION } from '../../arguments/argument-moderation';
import { ArgumentsModule } from '../../arguments/arguments.module';
import { ACCOUNT_COUNT } from '../../auth/account-count';
import { THREAD_TEXT_RULES } from '../../threads/thread-text-rules';
import { ActionRateLimits } from './action-rate-limits';
import { PostingGate } from './posting-gate.service';
import { TrustService } from './trust.service';
import { WatchedWordsResolver } from './watched-words.resolver';
import { WatchedWordsService } from './watched-words.service';

/**
 * The rules posts pass before they are written. Global, because it also binds what the arguments
 * module asks of moderation (ARGUMENT_MODERATION) and what the auth guard reads with the account
 * (ACCOUNT_COUNT) without either importing this module.
 */
@Global()
@Module({
  imports: [ArgumentsModule],
  providers: [
    TrustService,
    ActionRateLimits,
    WatchedWordsService,
    WatchedWordsResolver,
    PostingGate,
    { provide: ARGUMENT_MODERATION, useExisting: PostingGate },
    { provide: THREAD_TEXT_RULES, useExisting: WatchedWordsService },
    { provide: ACCOUNT_COUNT, useExisting: TrustService },
  ],
  exports: [
    TrustService,
    WatchedWordsService,
    PostingGate,
    ARGUMENT_MODERATION,
    THREAD_TEXT_RULES,
    ACCOUNT_COUNT,
  ],
})
export class ModerationRulesModule {}
