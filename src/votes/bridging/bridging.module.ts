import { Module } from '@nestjs/common';
import { ArgumentsModule } from '../../arguments/arguments.module';
import { BridgingScheduler } from './bridging-scheduler';

/** The background bridging fit (and the balance it refreshes); votes and stances schedule it. */
@Module({
  imports: [ArgumentsModule],
  providers: [BridgingScheduler],
  exports: [BridgingScheduler],
})
export class BridgingModule {}
