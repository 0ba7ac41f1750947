import { Global, Module } from '@nestjs/common';
import { PUB_SUB, pubSubProvider } from './pub-sub.provider';
import { ThreadEvents } from './thread-events';

/** Live updates over GraphQL subscriptions; any feature publishes through ThreadEvents. */
@Global()
@Module({
  providers: [pubSubProvider, ThreadEvents],
  exports: [ThreadEvents, PUB_SUB],
})
export class RealtimeModule {}
