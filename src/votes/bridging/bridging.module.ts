import { Module } from '@nestjs/common';
import { BridgingScheduler } from './bridging-scheduler';

/** The background bridging fit; votes and stances both schedule it. */
@Module({
  providers: [BridgingScheduler],
  exports: [BridgingScheduler],
})
export class BridgingModule {}
