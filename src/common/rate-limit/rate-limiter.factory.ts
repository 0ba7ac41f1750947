import { Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import { RedisConnections } from '../redis/redis-connections';
import { rateLimited } from '../errors/app-errors';

/**
 * Rate limiters shared by every feature: in memory on a single instance, in Redis when
 * REDIS_URL is set so that all instances count together.
 */
@Injectable()
export class RateLimiterFactory {
  private readonly redis?: Redis;

  constructor(redis: RedisConnections) {
    if (redis.enabled) this.redis = redis.client('rate-limits', { enableOfflineQueue: false });
  }

  create(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const options = { keyPrefix: `rostra:${keyPrefix}`, points, duration: durationSeconds };
    return this.redis
      ? new RateLimiterRedis({
          ...options,
          storeClient: this.redis,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
  }
}

/** Consumes one point, turning a refusal into a RATE_LIMITED error that says when to retry. */
export async function consumeOrThrow(
  limiter: RateLimiterAbstract,
  key: string,
  message: string,
  points = 1,
): Promise<void> {
  try {
    await limiter.consume(key, points);
  } catch (e) {
    if (e instanceof RateLimiterRes) {
      const seconds = Math.ceil(e.msBeforeNext / 1000);
      throw rateLimited(`${message}; try again in ${seconds} s`, seconds);
    }
    throw e;
  }
}
