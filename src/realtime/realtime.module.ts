import { Global, Module } from '@nestjs/common';
import { pubSubProvider } from './pub-sub.provider';
import { ThreadEvents } from './thread-events';

/** Live updates over GraphQL subscriptions; any feature publishes through ThreadEvents. */
@Global()
@Module({
  providers: [pubSubProvider, ThreadEvents],
  exports: [ThreadEvents],
})
export class RealtimeModule {}
