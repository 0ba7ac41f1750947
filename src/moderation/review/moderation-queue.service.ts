import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { conflict, notFound } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { groupByKeys, RequestLoaders } from '../../common/loaders/request-loaders';
import { Connection } from '../../common/pagination/connection';
import { paginate, SortKey } from '../../common/pagination/keyset';
import { User } from '../../users/user.entity';
import { Report } from '../reports/report.entity';
import { ModerationQueueArgs, QueueOrder } from './dto/moderation-queue.args';
import { assertImpartial } from './assert-impartial';
import { claimQueueItem } from '../queue/claim-queue-item';
import { QueueItem } from '../queue/queue-item.entity';
import { loaderKey } from '../../common/loaders/loader-key';

const REPORTS_BY_ARGUMENT = loaderKey<string, Report[]>('moderation.reportsByArgument');

const SECONDS_PER_DAY = 86_400;

/**
 * Priority = weight + days waited. Every item ages at the same rate, so ordering by
 * weight − created_at (in days) gives the same order at any moment: a stable keyset key.
 */
const ORDER_KEYS: Record<QueueOrder, SortKey[]> = {
  PRIORITY: [(q) => `(${q}.weight - extract(epoch FROM ${q}.created_at) / ${SECONDS_PER_DAY})`],
  OLDEST: [(q) => `(-extract(epoch FROM ${q}.created_at))`],
};

export const priorityOf = (item: QueueItem, now = Date.now()): number =>
  item.weight + (now - item.createdAt.getTime()) / (SECONDS_PER_DAY * 1000);

@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(args: ModerationQueueArgs): Promise<Connection<QueueItem>> {
    const f = args.filter;
    const qb = this.dataSource.manager
      .createQueryBuilder(QueueItem, 'q')
      .where('q.status = :status', { status: f?.status ?? 'OPEN' });
    if (f?.kind) qb.andWhere('q.kind = :kind', { kind: f.kind });
    if (f?.threadId) qb.andWhere('q.thread_id = :threadId', { threadId: f.threadId });
    if (f?.userId) {
      qb.andWhere(
        `(EXISTS (SELECT 1 FROM arguments a WHERE a.id = q.argument_id AND a.author_id = :userId)
          OR EXISTS (SELECT 1 FROM appeals p WHERE p.id = q.appeal_id AND p.appellant_id = :userId))`,
        { userId: f.userId },
      );
    }
    if (f?.reason) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM reports r WHERE r.argument_id = q.argument_id AND r.status = 'OPEN' AND r.reason = :reason)`,
        { reason: f.reason },
      );
    }
    const spec = {
      table: 'moderation_queue_items',
      alias: 'q',
      keys: ORDER_KEYS[args.orderBy],
      list: `queue:${args.orderBy}`,
    };
    return paginate(qb, spec, args.first, args.after, args);
  }

  /**
   * Claims an open item for `claimMinutes`, so two moderators do not work on the same thing.
   * One conditional UPDATE decides between concurrent claims; renewing your own claim is fine.
   */
  async claim(moderator: User, itemId: string): Promise<QueueItem> {
    const existing = await findById(this.dataSource.manager, QueueItem, itemId);
    if (!existing) throw notFound('QueueItem', itemId);
    await assertImpartial(this.dataSource.manager, moderator, existing);
    const affected = await claimQueueItem(
      this.dataSource.manager,
      itemId,
      moderator.id,
      this.config.moderation.claimMinutes,
    );
    const item = await this.dataSource.manager.findOne(QueueItem, { where: { id: itemId } });
    if (!item) throw notFound('QueueItem', itemId);
    if (!affected) {
      if (item.status !== 'OPEN') throw conflict('This item has already been resolved', 'itemId');
      throw conflict(
        `Another moderator is working on this item until ${item.claimedUntil?.toISOString()}`,
        'itemId',
      );
    }
    return item;
  }

  get(id: string): Promise<QueueItem | null> {
    return findById(this.dataSource.manager, QueueItem, id);
  }

  /** All reports on many arguments, open ones first, heaviest first. */
  loadReports(loaders: RequestLoaders, argumentId: string): Promise<Report[]> {
    return loaders
      .get(REPORTS_BY_ARGUMENT, async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.manager.find(Report, {
            where: { argumentId: In([...ids]) },
            order: { status: 'ASC', weight: 'DESC', createdAt: 'ASC' },
          }),
          (r) => r.argumentId,
        ),
      )
      .load(argumentId);
  }
}
