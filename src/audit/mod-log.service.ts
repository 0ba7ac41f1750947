import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Connection } from '../common/pagination/connection';
import { paginate } from '../common/pagination/keyset';
import { ModLogArgs } from './dto/mod-log.args';
import { ModAction } from './audit-enums';
import { ModLogEntry } from './mod-log-entry.entity';

/** Actions between a moderator and one person, kept out of the public log. */
export const PRIVATE_ACTIONS = [ModAction.WARN_USER, ModAction.NOTE_USER];

@Injectable()
export class ModLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** The moderation log, newest first; warnings only for moderators (`withPrivate`). */
  list(args: ModLogArgs, withPrivate = false): Promise<Connection<ModLogEntry>> {
    const f = args.filter;
    const qb = this.dataSource.manager.createQueryBuilder(ModLogEntry, 'm').where('true');
    if (!withPrivate) {
      qb.andWhere('m.action::text <> ALL(:private)', { private: PRIVATE_ACTIONS });
    }
    if (f?.threadId) qb.andWhere('m.thread_id = :threadId', { threadId: f.threadId });
    if (f?.action) qb.andWhere('m.action = :action', { action: f.action });
    if (f?.targetUserId) qb.andWhere('m.target_user_id = :u', { u: f.targetUserId });
    if (f?.targetId) qb.andWhere('m.target_id = :t', { t: f.targetId });
    const spec = { table: 'mod_log', alias: 'm', keys: ['created_at'], list: 'mod_log' };
    return paginate(qb, spec, args.first, args.after, args);
  }
}
