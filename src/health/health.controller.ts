import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { RedisConnections } from '../common/redis/redis-connections';
import { ShutdownDrain } from './shutdown-drain';

/**
 * Liveness (the process answers) and readiness (the database answers). Redis is reported but
 * does not make the instance unready: without it the instance still serves requests (rate
 * limits fall back to memory, live events pause), so it is "degraded", not down.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnections,
    private readonly drain: ShutdownDrain,
  ) {}

  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const ready = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const database = ready ? 'up' : 'down';
    const redis = this.redis.state();
    const status = this.drain.draining
      ? 'draining'
      : !ready
        ? 'unavailable'
        : redis === 'down'
          ? 'degraded'
          : 'ok';
    const serving = ready && !this.drain.draining;
    await reply.status(serving ? 200 : 503).send({ status, live: true, database, redis });
  }
}
