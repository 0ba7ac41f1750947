import { EventEmitter } from 'node:events';
import { Provider } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisConnections } from '../common/redis/redis-connections';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * In memory on a single instance; through Redis when REDIS_URL is set, so a subscriber on one
 * instance hears what happens on every other. The subscriber waits out a Redis outage
 * (maxRetriesPerRequest: null: a SUBSCRIBE is queued until Redis is back, never rejected) and
 * subscribes again by itself once reconnected.
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [RedisConnections],
  useFactory: (redis: RedisConnections): PubSubEngine =>
    redis.enabled
      ? new RedisPubSub({
          // A publish during an outage fails at once (the event is lost and the gap shows in
          // the sequence numbers) rather than piling up.
          publisher: redis.client('publisher', { enableOfflineQueue: false }),
          subscriber: redis.client('subscriber', { maxRetriesPerRequest: null }),
        })
      : // Every subscriber of a thread listens on its channel: no listener limit.
        new PubSub({ eventEmitter: new EventEmitter().setMaxListeners(0) }),
};
