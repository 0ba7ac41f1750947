import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { badInput, notFound } from '../common/errors/app-errors';
import { findById } from '../database/find-by-id';
import { groupByKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { Connection } from '../common/pagination/connection';
import { paginateDesc } from '../common/pagination/keyset';
import { Article } from '../articles/article.entity';
import { User } from '../users/user.entity';
import { CreateThreadInput } from './dto/create-thread.input';
import { ThreadOrder, ThreadsArgs } from './dto/threads.args';
import { ThreadStatus } from './thread-status.enum';
import { recordModAction } from '../moderation/log/record-mod-action';
import { ModAction, ModTargetType } from '../moderation/moderation-enums';
import { ThreadActivityKind } from '../realtime/dto/thread-activity.model';
import { ThreadEvents } from '../realtime/thread-events';
import { Thread } from './thread.entity';
import { WatchedWordsService } from '../moderation/rules/watched-words.service';
import { refuseBlocked } from '../moderation/rules/written-text';
import { ThreadOpenedHooks } from './thread-opened.hooks';

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
  constructor(
    private readonly dataSource: DataSource,
    private readonly opened: ThreadOpenedHooks,
    private readonly events: ThreadEvents,
    private readonly words: WatchedWordsService,
  ) {}

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
    refuseBlocked(texts, await this.words.active());
    let article: Article | null = null;
    if (input.articleId) {
      article = await manager.findOne(Article, { where: { id: input.articleId } });
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

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<Thread> {
    const thread = await findById(manager, Thread, id);
    if (!thread) throw notFound('Thread', id);
    return thread;
  }

  load(loaders: RequestLoaders, id: string): Promise<Thread | null> {
    return loaders.byId(this.dataSource.manager, Thread, id);
  }

  loadByArticle(loaders: RequestLoaders, articleId: string): Promise<Thread[]> {
    return loaders
      .get<string, Thread[]>('threadsByArticle', async (ids) =>
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
    return paginateDesc(qb, 't', 'threads', ORDER_COLUMNS[args.orderBy], args.first, args.after);
  }

  /** A moderator opens, locks or archives a thread; the change goes into the moderation log. */
  async setStatus(
    actor: User,
    threadId: string,
    status: ThreadStatus,
    reason?: string,
  ): Promise<Thread> {
    const why = reason?.trim() || null;
    if (status !== ThreadStatus.OPEN && !why) {
      throw badInput('reason', `Say why the thread is ${status.toLowerCase()}`);
    }
    const thread = await this.get(threadId);
    if (thread.status === status) return thread;
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.update(Thread, { id: thread.id }, { status });
      await recordModAction(manager, {
        actorId: actor.id,
        action: STATUS_ACTION[status],
        targetType: ModTargetType.THREAD,
        targetId: thread.id,
        threadId: thread.id,
        reason: why,
        details: `${thread.status} → ${status}`,
      });
      return Object.assign(thread, { status });
    });
    this.events.publish(thread.id, ThreadActivityKind.THREAD_UPDATED);
    return updated;
  }
}
