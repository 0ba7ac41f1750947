import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Connection } from '../common/pagination/connection';
import { paginate } from '../common/pagination/keyset';
import { NotificationsArgs } from './dto/notifications.args';
import { Notification } from './notification.entity';
import { ArgumentEntity } from '../arguments/argument.entity';
import { findById } from '../common/database/find-by-id';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { Thread } from '../threads/thread.entity';

@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The recipient's notifications, newest first, with how many are unread in all. */
  async list(
    recipientId: string,
    args: NotificationsArgs,
  ): Promise<Connection<Notification> & { unreadCount: number }> {
    const qb = this.dataSource.manager
      .createQueryBuilder(Notification, 'n')
      .where('n.recipient_id = :recipientId', { recipientId });
    if (args.unreadOnly) qb.andWhere('n.read_at IS NULL');
    const spec = {
      table: 'notifications',
      alias: 'n',
      keys: ['created_at'],
      list: `notifications:${recipientId}:${args.unreadOnly}`,
    };
    const page = await paginate(qb, spec, args.first, args.after, args);
    return { ...page, unreadCount: await this.unreadCount(recipientId) };
  }

  /** Marks the given notifications (only the recipient's own), or all of them, read. */
  async markRead(recipientId: string, ids?: string[]): Promise<number> {
    // An UPDATE answers [rows, count] through TypeORM.
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now(), updated_at = now()
       WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
       RETURNING id`,
      [recipientId, ids ?? null],
    );
    return count;
  }

  get(id: string): Promise<Notification | null> {
    return findById(this.dataSource.manager, Notification, id);
  }

  loadArgument(loaders: RequestLoaders, id: string): Promise<ArgumentEntity | null> {
    return loaders.byId(this.dataSource.manager, ArgumentEntity, id);
  }

  loadThread(loaders: RequestLoaders, id: string): Promise<Thread | null> {
    return loaders.byId(this.dataSource.manager, Thread, id);
  }

  async unreadCount(recipientId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [recipientId],
    );
    return n;
  }
}
