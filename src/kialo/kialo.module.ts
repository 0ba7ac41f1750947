import { Module } from '@nestjs/common';
import { ArgumentsModule } from '../arguments/arguments.module';
import { ModerationRulesModule } from '../moderation/rules/moderation-rules.module';
import { ThreadsModule } from '../threads/threads.module';
import { KialoResolver } from './kialo.resolver';
import { KialoService } from './kialo.service';

@Module({
  imports: [ThreadsModule, ArgumentsModule, ModerationRulesModule],
  providers: [KialoService, KialoResolver],
})
export class KialoModule {}
