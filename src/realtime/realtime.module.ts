import { Global, Module } from '@nestjs/common';
import { PUB_SUB, pubSubProvider } from './pub-sub.provider';
import { RedisConnections } from '../common/redis/redis-connections';
import { ThreadEvents } from './thread-events';

/** Live updates over GraphQL subscriptions; any feature publishes through ThreadEvents. */
@Global()
@Module({
  providers: [RedisConnections, pubSubProvider, ThreadEvents],
  exports: [ThreadEvents, PUB_SUB, RedisConnections],
})
export class RealtimeModule {}
