import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Connection } from '../common/pagination/connection';
import { paginateDesc } from '../common/pagination/keyset';
import { NotificationsArgs } from './dto/notifications.args';
import { Notification } from './notification.entity';

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
    const page = await paginateDesc(
      qb,
      'n',
      'notifications',
      ['created_at'],
      args.first,
      args.after,
    );
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

  async unreadCount(recipientId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`,
      [recipientId],
    );
    return n;
  }
}
