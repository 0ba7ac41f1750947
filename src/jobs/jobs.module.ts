import { BeforeApplicationShutdown, Global, Inject, Module } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { InProcessJobQueue } from './in-process-job-queue';
import { JOB_QUEUE, JobQueue } from './job-queue';
import { PgBossJobQueue } from './pg-boss-job-queue';

/** The durable job queue every feature sends background work to. */
@Global()
@Module({
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<JobQueue> => {
        if (!config.database.url) return new InProcessJobQueue(config.jobRetryLimit);
        const queue = new PgBossJobQueue(config.database.url, config.jobRetryLimit);
        await queue.start();
        return queue;
      },
    },
  ],
  exports: [JOB_QUEUE],
})
export class JobsModule implements BeforeApplicationShutdown {
  constructor(@Inject(JOB_QUEUE) private readonly queue: JobQueue) {}

  /** Before the database closes: running jobs finish, waiting ones stay owed. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.queue.stop();
  }
}
