import { Global, Module } from '@nestjs/common';
import { pubSubProvider } from './pub-sub.provider';
import { ThreadActivityResolver } from './thread-activity.resolver';
import { ThreadEvents } from './thread-events';

/** Live updates over GraphQL subscriptions; any feature publishes through ThreadEvents. */
@Global()
@Module({
  providers: [pubSubProvider, ThreadEvents, ThreadActivityResolver],
  exports: [ThreadEvents, pubSubProvider],
})
export class RealtimeModule {}
