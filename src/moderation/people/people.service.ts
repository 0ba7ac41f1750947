import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { notFound } from '../../common/errors/app-errors';
import { findById } from '../../common/database/find-by-id';
import { isModerator } from '../../common/auth/role.enum';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { Connection, PageArgs } from '../../common/pagination/connection';
import { ModLogService } from '../../audit/mod-log.service';
import { ModLogEntry } from '../../audit/mod-log-entry.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { User } from '../../users/user.entity';
import { UsersService } from '../../users/users.service';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { AppealsService } from '../appeals/appeals.service';
import { TrustService } from '../rules/trust.service';
import { UserModerationService } from '../users/user-moderation.service';
import { PersonView, ReportsReceived } from './dto';
import { ModeratorNote } from './moderator-note.entity';
import { accuracyOf, ReportCounts, ReporterAccuracy, reportCounts } from './reporter-accuracy';
import { loaderKey } from '../../common/loaders/loader-key';
import { ThreadBan } from '../../threads/thread-ban.entity';
import { ThreadBansService } from '../../threads/thread-bans.service';

const REPORTER_COUNTS = loaderKey<string, ReportCounts | undefined>('people.reporterCounts');

/** Escapes LIKE's wildcards, so a prefix matches literally. */
const likePrefix = (prefix: string) => `${prefix.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The moderators' view of one person: their record, reports filed and received, sanctions,
 * appeals and private notes; and finding people by name or address. Moderators only (the
 * resolver's guard); notes are written here and logged privately.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly trust: TrustService,
    private readonly appeals: AppealsService,
    private readonly sanctions: UserModerationService,
    private readonly log: ModLogService,
    private readonly bans: ThreadBansService,
  ) {}

  /** The person's bans from threads, in force or ended, newest first. */
  threadBans(userId: string): Promise<ThreadBan[]> {
    return this.bans.forUser(userId);
  }

  async view(userId: string): Promise<PersonView> {
    const user = await findById(this.dataSource.manager, User, userId);
    if (!user) throw notFound('User', userId);
    const manager = this.dataSource.manager;
    const [byStatus, [filed], [received], warnings, appeals, notes, level] = await Promise.all([
      manager.query(
        `SELECT status, count(*)::int AS count FROM arguments WHERE author_id = $1
         GROUP BY status ORDER BY status`,
        [user.id],
      ) as Promise<{ status: ArgumentStatus; count: number }[]>,
      reportCounts(manager, [user.id]),
      manager.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE r.status = 'OPEN')::int AS open,
                count(*) FILTER (WHERE r.status = 'UPHELD')::int AS upheld,
                count(*) FILTER (WHERE r.status = 'DISMISSED')::int AS dismissed,
                count(*) FILTER (WHERE r.status = 'IGNORED')::int AS ignored
         FROM reports r JOIN arguments a ON a.id = r.argument_id WHERE a.author_id = $1`,
        [user.id],
      ) as Promise<ReportsReceived[]>,
      this.sanctions.warnings(user.id),
      this.appeals.mine(user),
      manager.find(ModeratorNote, {
        where: { userId: user.id },
        order: { createdAt: 'DESC', id: 'ASC' },
      }),
      this.trust.levelOf(user),
    ]);
    return {
      user,
      suspendedAt: user.isSuspended() ? user.suspendedAt : null,
      suspendedUntil: user.isSuspended() ? user.suspendedUntil : null,
      suspensionReason: user.isSuspended() ? user.suspensionReason : null,
      arguments: byStatus,
      reportsFiled: accuracyOf(filed, level, isModerator(user)),
      reportsReceived: received,
      warnings,
      appeals,
      notes,
    };
  }

  /** Every log entry about the person, warnings and notes included, newest first. */
  history(userId: string, page: PageArgs): Promise<Connection<ModLogEntry>> {
    return this.log.list({ ...page, filter: { targetUserId: userId } }, true);
  }

  /** Accounts whose username or e-mail address starts with `prefix`, by username. */
  search(prefix: string, first: number): Promise<User[]> {
    return this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .where(`(lower(u.username) LIKE :p ESCAPE '\\' OR lower(u.email) LIKE :p ESCAPE '\\')`, {
        p: likePrefix(prefix),
      })
      .orderBy('lower(u.username)', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .limit(first)
      .getMany();
  }

  /** A private note about a person, with an entry in the (moderators') log. */
  addNote(mod: User, userId: string, body: string): Promise<ModeratorNote> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findById(manager, User, userId);
      if (!user) throw notFound('User', userId);
      const note = await manager.save(
        manager.create(ModeratorNote, { userId: user.id, authorId: mod.id, body: body.trim() }),
      );
      await recordModAction(manager, {
        actorId: mod.id,
        action: ModAction.NOTE_USER,
        targetType: ModTargetType.USER,
        targetId: user.id,
        targetUserId: user.id,
        details: `note ${note.id}`,
      });
      return note;
    });
  }

  /** Reporters' records for the queue, many reporters in one statement. */
  loadAccuracy(loaders: RequestLoaders, reporter: User): Promise<ReporterAccuracy> {
    return Promise.all([
      loaders
        .get(REPORTER_COUNTS, async (ids) => {
          const rows = await reportCounts(this.dataSource.manager, ids);
          const byId = new Map(rows.map((r) => [r.reporter_id, r]));
          return ids.map((id) => byId.get(id));
        })
        .load(reporter.id),
      this.trust.loadLevel(loaders, reporter),
    ]).then(([counts, level]) => accuracyOf(counts, level, isModerator(reporter)));
  }

  loadAuthor(loaders: RequestLoaders, note: ModeratorNote): Promise<User | null> {
    return this.users.load(loaders, note.authorId);
  }
}
