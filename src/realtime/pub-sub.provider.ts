import { Provider } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import Redis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * In memory on a single instance; through Redis when REDIS_URL is set, so a subscriber on one
 * instance hears what happens on every other.
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): PubSubEngine =>
    config.redisUrl
      ? new RedisPubSub({
          publisher: new Redis(config.redisUrl),
          subscriber: new Redis(config.redisUrl),
        })
      : new PubSub(),
};
