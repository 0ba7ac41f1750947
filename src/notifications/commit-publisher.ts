import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import {
  DataSource,
  EntitySubscriberInterface,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { PUB_SUB } from '../realtime/pub-sub.provider';
import { takeCommitEvents } from './after-commit';

/**
 * Sends the live events a transaction queued (publishAfterCommit) once it has committed. A lost
 * live event is logged, never fatal: the rows are already safe and the client can re-read them.
 */
@Injectable()
export class CommitPublisher implements EntitySubscriberInterface, OnModuleInit {
  private readonly logger = new Logger(CommitPublisher.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  onModuleInit(): void {
    this.dataSource.subscribers.push(this);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the commit: wait for the outermost transaction.
    if (event.queryRunner.isTransactionActive) return;
    for (const e of takeCommitEvents(event.queryRunner.data as Record<string, unknown>)) {
      this.pubSub
        .publish(e.channel, e.payload)
        .catch((err: Error) =>
          this.logger.warn(`Could not publish to ${e.channel}: ${err.message}`),
        );
    }
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (event.queryRunner.isTransactionActive) return;
    takeCommitEvents(event.queryRunner.data as Record<string, unknown>);
  }
}
