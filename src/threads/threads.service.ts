import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { badInput, notFound } from '../common/errors/app-errors';
import { findById } from '../common/database/find-by-id';
import { preparedQuery } from '../common/database/prepared-query';
import { rowMapper } from '../common/database/row-mapper';
import { isUuid } from '../common/ids';
import { groupByKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { Connection } from '../common/pagination/connection';
import { paginate } from '../common/pagination/keyset';
import { User } from '../users/user.entity';
import { CreateThreadInput } from './dto/create-thread.input';
import { ThreadOrder, ThreadsArgs } from './dto/threads.args';
import { ThreadStatus } from './thread-status.enum';
import { recordModAction } from '../audit/record-mod-action';
import { ModAction, ModTargetType } from '../audit/audit-enums';
import { ThreadActivityKind } from '../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../realtime/thread-events';
import { Thread } from './thread.entity';
import { applyStanceCounts, StanceCountDeltas } from './counters/stance-counters';
import { setBalance } from './counters/balance-counters';
import { THREAD_TEXT_RULES, type ThreadTextRules } from './thread-text-rules';
import { THREAD_ARTICLES, ThreadArticle, ThreadArticles } from './thread-articles';

export type { StanceCountDeltas };
import { ThreadOpenedHooks } from './thread-opened.hooks';
import { loaderKey } from '../common/loaders/loader-key';

const THREADS_BY_ARTICLE = loaderKey<string, Thread[]>('threads.byArticle');

const ORDER_COLUMNS: Record<ThreadOrder, string[]> = {
  NEW: ['created_at'],
  ACTIVE: ['last_activity_at'],
  MOST_ARGUED: ['argument_count', 'created_at'],
};

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,39}$/u;

export function normaliseTags(tags: string[] | undefined): string[] {
  const out = new Set<string>();
  for (const raw of tags ?? []) {
    const tag = raw.trim().toLowerCase();
    if (!TAG.test(tag)) throw badInput('tags', `tag "${raw}" must be 1–40 letters, digits or -`);
    out.add(tag);
  }
  return [...out];
}

const STATUS_ACTION: Record<ThreadStatus, ModAction> = {
  OPEN: ModAction.UNLOCK_THREAD,
  LOCKED: ModAction.LOCK_THREAD,
  ARCHIVED: ModAction.ARCHIVE_THREAD,
};

@Injectable()
export class ThreadsService {
  private readonly rows;

  constructor(
    private readonly dataSource: DataSource,
    private readonly opened: ThreadOpenedHooks,
    private readonly events: ThreadEvents,
    @Inject(THREAD_TEXT_RULES) private readonly rules: ThreadTextRules,
    @Inject(THREAD_ARTICLES) private readonly articles: ThreadArticles,
  ) {
    this.rows = rowMapper(dataSource, Thread);
  }

  /** A moderator opens a thread; what follows it (the article's claims) is done on return. */
  async open(actor: User, input: CreateThreadInput): Promise<Thread> {
    const thread = await this.create(actor, input);
    await this.opened.run(thread, actor);
    return thread;
  }

  /** Inserts the thread in the caller's transaction; the caller runs `opened` after commit. */
  async create(
    actor: User,
    input: CreateThreadInput,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Thread> {
    const motion = input.motion.trim().replace(/\s+/g, ' ');
    if (motion.length < 10) throw badInput('motion', 'motion must be 10–300 characters');
    const tags = normaliseTags(input.tags);
    const description = input.description?.trim() || null;
    // Moderators open threads: BLOCK words apply to them, pre-moderation does not.
    const texts = [
      { field: 'motion', text: motion },
      ...(description ? [{ field: 'description', text: description }] : []),
      ...tags.map((text) => ({ field: 'tags', text })),
    ];
    await this.rules.refuseBlocked(texts, manager);
    let article: ThreadArticle | null = null;
    if (input.articleId) {
      article = await this.articles.find(manager, input.articleId);
      if (!article) throw notFound('Article', input.articleId);
    }
    const thread = await manager.save(
      manager.create(Thread, {
        motion,
        description,
        tags,
        articleId: article?.id ?? null,
        creatorId: actor.id,
        status: ThreadStatus.OPEN,
      }),
    );
    await manager.query(
      `UPDATE threads SET search_vector = to_tsvector('english', $2) WHERE id = $1`,
      [thread.id, [motion, thread.description ?? '', article?.title ?? ''].join(' ')],
    );
    return thread;
  }

  /** The thread, or NOT_FOUND; read as a prepared statement, as every page starts with it. */
  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Thread> {
    const [row] = isUuid(id)
      ? await preparedQuery(
          manager,
          `SELECT ${this.rows.select('t')} FROM threads t WHERE t.id = $1`,
          [id],
        )
      : [];
    if (!row) throw notFound('Thread', id);
    return this.rows.hydrate(row);
  }

  /** A stance was taken or changed: the thread's stance counters move by the deltas. */
  applyStanceCounts(manager: EntityManager, threadId: string, deltas: StanceCountDeltas) {
    return applyStanceCounts(manager, threadId, deltas);
  }

  /** Stores the balance its arguments roll up to (arguments/thread-balance-keeper.service.ts). */
  setBalance(manager: EntityManager, threadId: string, pro: number, con: number) {
    return setBalance(manager, threadId, pro, con);
  }

  /** Takes the thread row for the rest of the caller's transaction, as a post does. */
  async lockRow(manager: EntityManager, threadId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [threadId]);
  }

  /**
   * Takes many threads' rows (a sanction across threads) in id order, the order every
   * transaction that holds more than one thread takes them in, so two never wait on each other.
   */
  async lockRows(manager: EntityManager, threadIds: string[]): Promise<void> {
    if (threadIds.length === 0) return;
    await manager.query(`SELECT 1 FROM threads WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
      [...new Set(threadIds)],
    ]);
  }

  /**
   * Takes the thread row in key-share mode: actions that only read the thread's rules (votes,
   * stances, reports) run side by side, but wait for a post or a ban holding `lockRow`.
   */
  async lockShared(manager: EntityManager, threadId: string): Promise<void> {
    await manager.query(`SELECT 1 FROM threads WHERE id = $1 FOR KEY SHARE`, [threadId]);
  }

  load(loaders: RequestLoaders, id: string): Promise<Thread | null> {
    return loaders.byId(this.dataSource.manager, Thread, id);
  }

  loadByArticle(loaders: RequestLoaders, articleId: string): Promise<Thread[]> {
    return loaders
      .get(THREADS_BY_ARTICLE, async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.manager.find(Thread, {
            where: { articleId: In([...ids]) },
            order: { createdAt: 'DESC' },
          }),
          (t) => t.articleId!,
        ),
      )
      .load(articleId);
  }

  list(args: ThreadsArgs): Promise<Connection<Thread>> {
    const qb = this.dataSource.manager.createQueryBuilder(Thread, 't');
    if (args.tag) qb.andWhere(':tag = ANY(t.tags)', { tag: args.tag.trim().toLowerCase() });
    if (args.search?.trim()) {
      qb.andWhere(`t.search_vector @@ websearch_to_tsquery('english', :search)`, {
        search: args.search.trim(),
      });
    }
    const spec = {
      table: 'threads',
      alias: 't',
      keys: ORDER_COLUMNS[args.orderBy],
      list: `threads:${args.orderBy}`,
    };
    return paginate(qb, spec, args.first, args.after, args);
  }

  /** A moderator opens, locks or archives a thread (setThreadStatus), in its own transaction. */
  async setStatus(
    actor: User,
    threadId: string,
    status: ThreadStatus,
    reason?: string,
  ): Promise<Thread> {
    const { thread, changed } = await this.dataSource.transaction((manager) =>
      this.changeStatus(manager, actor.id, threadId, status, reason ?? null),
    );
    if (changed) this.events.publish(thread.id, ThreadActivityKind.THREAD_UPDATED);
    return thread;
  }

  /**
   * The one writer of a thread's status, for setThreadStatus and moderate(LOCK_THREAD |
   * UNLOCK_THREAD) alike, in the caller's transaction: the row is locked, anything but OPEN needs
   * a reason, `from` (when given) lists the statuses the change may start from, a repeat changes
   * and logs nothing, and every change is logged. The caller announces it after commit.
   */
  async changeStatus(
    manager: EntityManager,
    actorId: string,
    threadId: string,
    status: ThreadStatus,
    reason: string | null,
    from?: readonly ThreadStatus[],
  ): Promise<{ thread: Thread; changed: boolean }> {
    const why = reason?.trim() || null;
    if (status !== ThreadStatus.OPEN && !why) {
      throw badInput('reason', `Say why the thread is ${status.toLowerCase()}`);
    }
    const thread = await this.lock(manager, threadId);
    if (from && !from.includes(thread.status)) {
      throw badInput('action', `The thread is ${thread.status.toLowerCase()}`);
    }
    if (thread.status === status) return { thread, changed: false };
    await manager.update(Thread, { id: thread.id }, { status });
    await recordModAction(manager, {
      actorId,
      action: STATUS_ACTION[status],
      targetType: ModTargetType.THREAD,
      targetId: thread.id,
      threadId: thread.id,
      reason: why,
      details: `${thread.status} → ${status}`,
    });
    return { thread: Object.assign(thread, { status }), changed: true };
  }

  /** The one writer of slow mode (moderate SET_SLOW_MODE), logged, in the caller's transaction. */
  async setSlowMode(
    manager: EntityManager,
    actorId: string,
    threadId: string,
    seconds: number,
    reason: string | null,
  ): Promise<Thread> {
    const thread = await this.lock(manager, threadId);
    await manager.update(Thread, { id: thread.id }, { slowModeSeconds: seconds });
    await recordModAction(manager, {
      actorId,
      action: ModAction.SET_SLOW_MODE,
      targetType: ModTargetType.THREAD,
      targetId: thread.id,
      threadId: thread.id,
      reason,
      details: seconds === 0 ? 'slow mode off' : `${seconds} s between posts`,
    });
    return Object.assign(thread, { slowModeSeconds: seconds });
  }

  private async lock(manager: EntityManager, threadId: string): Promise<Thread> {
    const thread = await findById(manager, Thread, threadId, { lock: true });
    if (!thread) throw notFound('Thread', threadId);
    return thread;
  }
}
