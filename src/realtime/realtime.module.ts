import { Global, Module } from '@nestjs/common';
import { pubSubProvider } from './pub-sub.provider';
import { RedisConnections } from './redis-connections';
import { ThreadActivityResolver } from './thread-activity.resolver';
import { ThreadEvents } from './thread-events';

/** Live updates over GraphQL subscriptions; any feature publishes through ThreadEvents. */
@Global()
@Module({
  providers: [RedisConnections, pubSubProvider, ThreadEvents, ThreadActivityResolver],
  exports: [ThreadEvents, RedisConnections],
})
export class RealtimeModule {}
