import { Controller, Get, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';

/** Liveness (the process answers) and readiness (the database answers). */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async health(@Res() reply: FastifyReply): Promise<void> {
    const ready = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const database = ready ? 'up' : 'down';
    await reply
      .status(ready ? 200 : 503)
      .send({ status: ready ? 'ok' : 'unavailable', live: true, database });
  }
}
