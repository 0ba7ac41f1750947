import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';

export type RedisState = 'up' | 'down' | 'unused';

/**
 * Every Redis client of the instance (rate limits, event publisher, event subscriber), built one
 * way: errors go to the log once per outage instead of crashing the process or printing raw
 * lines, clients reconnect forever, and `state()` tells /health whether all of them are ready.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly clients = new Map<string, Redis>();
  private readonly failing = new Set<string>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return !!this.config.redisUrl;
  }

  /** A named client; the same name gives the same client. */
  client(name: string, options: RedisOptions = {}): Redis {
    const existing = this.clients.get(name);
    if (existing) return existing;
    if (!this.config.redisUrl) throw new Error('REDIS_URL is not set');
    const client = new Redis(this.config.redisUrl, {
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
      ...options,
    });
    client.on('error', (e: Error) => {
      if (this.failing.has(name)) return;
      this.failing.add(name);
      this.logger.warn(`Redis (${name}) unreachable, reconnecting: ${e.message}`);
    });
    client.on('ready', () => {
      if (this.failing.delete(name)) this.logger.log(`Redis (${name}) reconnected`);
    });
    this.clients.set(name, client);
    return client;
  }

  state(): RedisState {
    if (!this.enabled || this.clients.size === 0) return 'unused';
    return [...this.clients.values()].every((c) => c.status === 'ready') ? 'up' : 'down';
  }

  async onApplicationShutdown(): Promise<void> {
    for (const client of this.clients.values()) client.disconnect();
    this.clients.clear();
  }
}
