import { Inject, Injectable } from '@nestjs/common';
import { retryOnConflict } from '../common/database/retry-on-conflict';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { badInput, conflict, forbidden, notFound, rateLimited } from '../common/errors/app-errors';
import { findById } from '../common/database/find-by-id';
import { rowMapper, RowMapper } from '../common/database/row-mapper';
import { isUuid } from '../common/ids';
import { groupByKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { Connection, PageArgs } from '../common/pagination/connection';
import { paginate, toConnection } from '../common/pagination/keyset';
import { ThreadStatus } from '../threads/thread-status.enum';
import { Thread } from '../threads/thread.entity';
import { argumentTexts } from './argument-texts';
import { ThreadEvents } from '../realtime/thread-events';
import { isModerator, Role } from '../common/auth/role.enum';
import { User } from '../users/user.entity';
import {
  ARGUMENT_MODERATION,
  type ArgumentModeration,
  type PostDecision,
} from './argument-moderation';
import { ArgumentLifecycle } from './argument-lifecycle.service';
import { ThreadBalanceKeeper } from './thread-balance-keeper.service';
import { changesAnything, revise } from './lifecycle/revise';
import { saveSources } from './lifecycle/sources';
import { HOLDS_EDITS, REVISABLE } from './lifecycle/transitions';
import { HeldEdit, HeldEditStatus } from './held-edit.entity';
import {
  applyVisibilityDelta,
  voteCountersSql,
  refreshParticipantCount,
} from './counters/argument-counters';
import { ArgumentOrigin, ArgumentStatus, combineSides, Side } from './argument-enums';
import { ArgumentRevision } from './argument-revision.entity';
import { ArgumentSource } from './argument-source.entity';
import { argumentList } from './argument-list-names';
import { existsFor, isVisible, LISTED_STATUSES, visibleSql } from './argument-visibility';
import { ArgumentEntity } from './argument.entity';
import { renderedBodyOf } from './rendered-body';
import { ArgumentListArgs } from './dto/argument-list.args';
import { SORT_KEYS } from './argument-sort-keys';
import { FirstPages, TopLevelGroup } from './first-pages';
import {
  BODY_MAX,
  CreateArgumentInput,
  EditArgumentInput,
  QuoteInput,
  SourceInput,
} from './dto/create-argument.input';
import { THREAD_ARTICLES, type ThreadArticles } from '../threads/thread-articles';
import { ThreadBansService } from '../threads/thread-bans.service';
import { threadIdOf } from './thread-of';
import { loaderKey, scoped } from '../common/loaders/loader-key';

const FIRST_REPLIES = loaderKey<string, ArgumentEntity[]>('arguments.firstReplies');
const FIRST_PAGES = loaderKey<TopLevelGroup, ArgumentEntity[]>('arguments.firstPages');
const SOURCES = loaderKey<string, ArgumentSource[]>('arguments.sources');
const REVISION_SOURCES = loaderKey<string, ArgumentSource[]>('arguments.revisionSources');
const WAITING_EDITS = loaderKey<string, HeldEdit | null>('arguments.waitingEdits');

const LISTED = LISTED_STATUSES;

export interface NewArgument {
  threadId: string;
  parentId?: string | null;
  side: Side;
  body: string;
  sources?: SourceInput[];
  quote?: QuoteInput;
  origin?: ArgumentOrigin;
  status?: ArgumentStatus;
  statusReason?: string | null;
  linkedArgumentId?: string | null;
  /** For bulk imports, where siblings must keep their order within one transaction. */
  createdAt?: Date;
  /** Enforce the thread's slow mode on the author (people, not imports or moderators). */
  slowMode?: boolean;
  /** Who posts it (people, not imports): a parent held from them is not found. */
  poster?: { userId: string; role: Role };
}

@Injectable()
export class ArgumentsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ARGUMENT_MODERATION) private readonly gate: ArgumentModeration,
    private readonly events: ThreadEvents,
    private readonly lifecycle: ArgumentLifecycle,
    @Inject(THREAD_ARTICLES) private readonly articles: ThreadArticles,
    private readonly balance: ThreadBalanceKeeper,
    private readonly bans: ThreadBansService,
  ) {
    this.firstPages = new FirstPages(dataSource);
    this.rows = rowMapper(dataSource, ArgumentEntity);
  }

  private readonly firstPages: FirstPages;
  private readonly rows: RowMapper<ArgumentEntity>;

  /**
   * A signed-in user posts on the motion or replies to an argument. The posting rules decide
   * first whether it is refused, held for a moderator (PENDING) or published.
   */
  async create(actor: User, input: CreateArgumentInput): Promise<ArgumentEntity> {
    const decision = await this.gate.checkPost(actor, argumentTexts(input.body, input.sources));
    const arg = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const arg = await this.insert(manager, actor.id, {
          ...input,
          status: decision.status,
          statusReason: decision.statusReason,
          slowMode: !isModerator(actor),
          poster: { userId: actor.id, role: actor.role },
        });
        await this.gate.afterWrite(manager, arg, decision);
        return arg;
      }),
    ).catch(async (e: unknown) => {
      await decision.refund();
      throw e;
    });
    this.events.publishVisibility(arg.threadId, arg.id, false, isVisible(arg));
    return arg;
  }

  /**
   * A claim a moderator brings in from elsewhere (a Kialo import) passes the same posting rules
   * as anyone's post (BLOCK refuses, REQUIRE_APPROVAL holds, FLAG reports) and the same length
   * limit. Called before the import's transaction, like checkPost before a post's.
   */
  async checkImported(actor: User, body: string): Promise<PostDecision> {
    const text = body.trim();
    if (text.length === 0 || text.length > BODY_MAX) {
      throw badInput('body', `body must be 1–${BODY_MAX} characters`);
    }
    return this.gate.checkPost(actor, [{ field: 'body', text }]);
  }

  /** Writes an imported claim (authorless) as its decision says, in the caller's transaction. */
  async insertImported(
    manager: EntityManager,
    input: NewArgument,
    decision: PostDecision,
  ): Promise<ArgumentEntity> {
    const arg = await this.insert(manager, null, {
      ...input,
      status: decision.status,
      statusReason: decision.statusReason,
    });
    await this.gate.afterWrite(manager, arg, decision);
    return arg;
  }

  /**
   * Inserts one argument and updates every counter it touches, in the caller's transaction.
   * The thread row is locked so that posts to one thread apply one after another.
   */
  async insert(
    manager: EntityManager,
    authorId: string | null,
    input: NewArgument,
  ): Promise<ArgumentEntity> {
    const body = input.body.trim();
    if (body.length === 0) throw badInput('body', `body must be 1–${BODY_MAX} characters`);
    const thread = await manager
      .createQueryBuilder(Thread, 't')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id: input.threadId })
      .getOne();
    if (!thread) throw notFound('Thread', input.threadId);
    assertOpen(thread);
    // Under the thread's lock, so a ban written at the same time is seen or waits for this post.
    if (authorId) await this.bans.assertNotBanned(manager, authorId, thread.id);
    if (input.slowMode && authorId && thread.slowModeSeconds > 0) {
      await assertSlowModeAllows(manager, thread, authorId);
    }
    let parent: ArgumentEntity | null = null;
    if (input.parentId) {
      parent = await manager.findOne(ArgumentEntity, { where: { id: input.parentId } });
      if (!parent || (input.poster && !existsFor(parent, input.poster)))
        throw notFound('Argument', input.parentId);
      if (parent.threadId !== thread.id)
        throw badInput('parentId', 'parentId belongs to another thread');
      if (!isVisible(parent))
        throw badInput('parentId', 'You can only reply to a published argument');
    }
    const quote = input.quote ? await this.checkQuote(manager, thread, input.quote) : null;
    // eslint-disable-next-line no-restricted-syntax -- the status it starts in (the posting rules may hold it)
    const status = input.status ?? ArgumentStatus.PUBLISHED;
    const arg = await manager.save(
      manager.create(ArgumentEntity, {
        threadId: thread.id,
        parentId: parent?.id ?? null,
        authorId,
        origin: input.origin ?? ArgumentOrigin.USER,
        side: input.side,
        stanceOnMotion: parent ? combineSides(parent.stanceOnMotion, input.side) : input.side,
        depth: parent ? parent.depth + 1 : 0,
        ancestorIds: parent ? [...parent.ancestorIds, parent.id] : [],
        body,
        ...renderedBodyOf(body),
        status,
        statusReason: input.statusReason ?? null,
        linkedArgumentId: input.linkedArgumentId ?? null,
        quoteStart: quote?.start ?? null,
        quoteEnd: quote?.end ?? null,
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      }),
    );
    await saveSources(manager, arg.id, input.sources ?? []);
    if (isVisible({ status })) {
      await applyVisibilityDelta(manager, arg, 1);
      await refreshParticipantCount(manager, thread.id);
      await this.balance.refresh(manager, thread.id);
    }
    return arg;
  }

  /**
   * The author edits while the thread is open and the argument is still theirs to change
   * (published, held or hidden); the earlier version is kept as a revision. An edit that needs
   * a moderator first (a watched word, the author's pre-moderation, or reports under review) of
   * a published or hidden argument is held aside: readers keep the published version, and the
   * text under review does not change beneath the moderator.
   */
  async edit(actor: User, input: EditArgumentInput): Promise<EditOutcome> {
    // A change of side or sources alone is an edit too, under the same limit.
    const decision = await this.gate.checkEdit(
      actor,
      argumentTexts(input.body?.trim(), input.sources),
    );
    let unchanged = false;
    const outcome = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager): Promise<EditOutcome> => {
        // The thread before the argument (the lock order), and no edits from a banned author.
        const threadId = await threadIdOf(manager, input.argumentId);
        if (threadId) await this.bans.guard(manager, actor.id, threadId);
        const arg = await this.lockOwn(manager, actor, input.argumentId);
        if (arg.status === ArgumentStatus.PENDING) {
          throw conflict(
            'This post waits for a moderator and cannot change until they decide; withdraw it and post again to change it',
            'argumentId',
          );
        }
        if (!REVISABLE.author.includes(arg.status)) {
          throw badInput(
            'argumentId',
            `The argument is ${arg.status.toLowerCase()}: it can no longer be edited`,
          );
        }
        const thread = await manager.findOneOrFail(Thread, { where: { id: arg.threadId } });
        assertOpen(thread);
        if ((input.side ?? arg.side) !== arg.side) {
          const replies = await manager.count(ArgumentEntity, { where: { parentId: arg.id } });
          if (replies > 0)
            throw badInput('side', 'The side cannot change after others have replied');
        }
        if (input.body !== undefined && input.body.trim().length === 0) {
          throw badInput('body', `body must be 1–${BODY_MAX} characters`);
        }
        if (!changesAnything(arg, input)) {
          unchanged = true;
          return { argument: arg, heldEdit: null };
        }
        if (HOLDS_EDITS.includes(arg.status)) {
          const reason = await this.holdReason(manager, arg, decision);
          if (reason) {
            const heldEdit = await this.lifecycle.holdEdit(manager, arg, actor.id, input, reason);
            await this.gate.afterHeldEdit(manager, arg, reason);
            return { argument: arg, heldEdit };
          }
        }
        const sideBefore = arg.side;
        await revise(manager, arg, actor.id, input);
        // A published argument that changes side moves its weight to the other side of its parent.
        if (isVisible(arg) && arg.side !== sideBefore) {
          await this.balance.refresh(manager, arg.threadId);
        }
        await this.gate.afterWrite(manager, arg, decision);
        return { argument: arg, heldEdit: null };
      }),
    ).catch(async (e: unknown) => {
      await decision.refund();
      throw e;
    });
    // An edit that changes nothing does not use up the limit.
    if (unchanged) await decision.refund();
    // An edit changes no status; readers hear of a published one's new text (not of one held aside).
    const { argument } = outcome;
    const visible = isVisible(argument) && !outcome.heldEdit;
    this.events.publishVisibility(argument.threadId, argument.id, visible, visible);
    return outcome;
  }

  /** Why an edit of a published or hidden argument must wait, or null when it need not. */
  private async holdReason(
    manager: EntityManager,
    arg: ArgumentEntity,
    decision: PostDecision,
  ): Promise<string | null> {
    if (decision.status === ArgumentStatus.PENDING) {
      return decision.statusReason ?? 'Held for review';
    }
    if (await this.gate.underReview(manager, arg)) return UNDER_REVIEW_REASON;
    return null;
  }

  /** Soft deletion by the author: the text stays for moderators, replies keep their place. */
  async delete(actor: User, argumentId: string): Promise<ArgumentEntity> {
    let wasVisible = false;
    const deleted = await retryOnConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const arg = await this.lockOwn(manager, actor, argumentId);
        if (arg.status === ArgumentStatus.DELETED) return arg;
        wasVisible = isVisible(arg);
        await this.lifecycle.withdraw(manager, arg);
        await this.gate.afterWithdraw(manager, arg, actor.id);
        return arg;
      }),
    );
    this.events.publishVisibility(deleted.threadId, deleted.id, wasVisible, false);
    return deleted;
  }

  /** An imported link claim points at its target (which may have come later in the import). */
  async link(manager: EntityManager, argumentId: string, linkedArgumentId: string): Promise<void> {
    await manager.update(ArgumentEntity, { id: argumentId }, { linkedArgumentId });
  }

  /**
   * The arguments a batch of votes goes to, as a CTE body for the batch's one statement (see
   * votes.service.ts); `argumentIds` is SQL for a uuid array. Each argument (`whole`: every
   * column, as `hydrate` reads them; else its id, thread and author), locked after its thread
   * (key-share), only while it takes votes (visible, in an open thread). An argument without a
   * row refuses its votes; `readForVote` then tells why.
   */
  voteTargetSql(argumentIds: string, whole: boolean) {
    const columns = whole
      ? this.rows.select('a')
      : `a.id AS "id", a.thread_id AS "threadId", a.author_id AS "authorId"`;
    // Locked in id order, so two batches sharing arguments wait for each other, never deadlock.
    return `SELECT ${columns} FROM arguments a JOIN threads t ON t.id = a.thread_id
       WHERE a.id = ANY(${argumentIds}) AND ${visibleSql('a')} AND t.status = '${ThreadStatus.OPEN}'
       ORDER BY a.id FOR KEY SHARE OF t FOR UPDATE OF a`;
  }

  /** The vote's counter update as a CTE body: `delta` names a CTE of (argument_id, up, down). */
  voteCountersSql(delta: string): string {
    return voteCountersSql(delta);
  }

  /** An argument from a row of `voteTargetSql`'s whole columns. */
  hydrate(row: Record<string, unknown>): ArgumentEntity {
    return this.rows.hydrate(row);
  }

  /** For a refused vote: the argument and its thread's status; null when there is none. */
  async readForVote(
    argumentId: string,
  ): Promise<{ arg: ArgumentEntity; threadStatus: ThreadStatus } | null> {
    if (!isUuid(argumentId)) return null;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${this.rows.select('a')}, t.status AS "threadStatus"
       FROM arguments a JOIN threads t ON t.id = a.thread_id WHERE a.id = $1`,
      [argumentId],
    );
    const [row] = rows;
    if (!row) return null;
    return { arg: this.rows.hydrate(row), threadStatus: row.threadStatus as ThreadStatus };
  }

  async get(id: string): Promise<ArgumentEntity> {
    const arg = await findById(this.dataSource.manager, ArgumentEntity, id);
    if (!arg) throw notFound('Argument', id);
    return arg;
  }

  load(loaders: RequestLoaders, id: string): Promise<ArgumentEntity | null> {
    return loaders.byId(this.dataSource.manager, ArgumentEntity, id);
  }

  /** Top-level arguments of a thread (parentId null) or replies to one argument, as a page. */
  list(
    threadId: string,
    parentId: string | null,
    args: ArgumentListArgs,
  ): Promise<Connection<ArgumentEntity>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ArgumentEntity, 'a')
      .where('a.thread_id = :threadId', { threadId })
      .andWhere(parentId ? 'a.parent_id = :parentId' : 'a.parent_id IS NULL', { parentId })
      .andWhere('a.status IN (:...listed)', { listed: LISTED });
    if (args.side) qb.andWhere('a.side = :side', { side: args.side });
    const spec = {
      table: 'arguments',
      alias: 'a',
      keys: SORT_KEYS[args.sort],
      list: argumentList(threadId, parentId, args),
    };
    return paginate(qb, spec, args.first, args.after, args);
  }

  /** Every argument of a thread that keeps its place in the tree, oldest first. */
  listedTree(threadId: string): Promise<ArgumentEntity[]> {
    return this.dataSource.manager.find(ArgumentEntity, {
      where: { threadId, status: In(LISTED_STATUSES) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The first page of a thread's top-level arguments, batched per request: a page asking for
   * the PRO and the CON list reads both in one statement, authors included.
   */
  loadFirstPage(
    loaders: RequestLoaders,
    threadId: string,
    args: ArgumentListArgs,
  ): Promise<Connection<ArgumentEntity>> {
    const scope = `${args.side ? 'bySide' : 'ALL'}:${args.sort}:${args.first}`;
    const query = { limit: args.first + 1, sort: args.sort };
    return loaders
      .get(scoped(FIRST_PAGES, scope), (groups) => this.firstPages.topLevel(groups, query), {
        cacheKeyFn: (g) => `${g.threadId}|${g.side ?? ''}`,
      })
      .load({ threadId, side: args.side })
      .then((rows) => ({
        ...toConnection(rows, args.first, argumentList(threadId, null, args)),
        totalCount: () => this.countListed(threadId, args.side),
      }));
  }

  /**
   * First pages of replies for many parents at once (one statement, whole rows and authors), so
   * a thread page costs the same number of statements for 5 arguments as for 50.
   */
  loadFirstReplies(
    loaders: RequestLoaders,
    parent: ArgumentEntity,
    args: ArgumentListArgs,
  ): Promise<Connection<ArgumentEntity>> {
    // One loader per page shape: parents asking for the same page batch together.
    const scope = `${args.side ?? 'ALL'}:${args.sort}:${args.first}`;
    const query = { limit: args.first + 1, sort: args.sort };
    return loaders
      .get(scoped(FIRST_REPLIES, scope), (parentIds) =>
        this.firstPages.replies(parentIds, args.side, query),
      )
      .load(parent.id)
      .then((rows) =>
        // Counting each parent's replies would undo the batching: totalCount stays null here.
        toConnection(rows, args.first, argumentList(parent.threadId, parent.id, args)),
      );
  }

  /** Listed top-level arguments of a thread (of one side), for a first page's totalCount. */
  private async countListed(threadId: string, side?: Side): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM arguments
       WHERE thread_id = $1 AND parent_id IS NULL AND status::text = ANY($2::text[])
         AND ($3::text IS NULL OR side::text = $3)`,
      [threadId, LISTED, side ?? null],
    );
    return n;
  }

  loadSources(loaders: RequestLoaders, argumentId: string): Promise<ArgumentSource[]> {
    return loaders
      .get(SOURCES, async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.manager.find(ArgumentSource, {
            where: { argumentId: In([...ids]), revisionId: IsNull() },
            order: { position: 'ASC' },
          }),
          (s) => s.argumentId,
        ),
      )
      .load(argumentId);
  }

  /** The edit waiting for a moderator on each of many arguments (one statement). */
  loadWaitingEdit(loaders: RequestLoaders, argumentId: string): Promise<HeldEdit | null> {
    return loaders
      .get(WAITING_EDITS, async (ids) => {
        const rows = await this.dataSource.manager.find(HeldEdit, {
          where: { argumentId: In([...ids]), status: HeldEditStatus.WAITING },
        });
        const byArgument = new Map(rows.map((r) => [r.argumentId, r]));
        return ids.map((id) => byArgument.get(id) ?? null);
      })
      .load(argumentId);
  }

  /** The sources an earlier version cited (those its edit replaced), for many revisions at once. */
  loadRevisionSources(loaders: RequestLoaders, revisionId: string): Promise<ArgumentSource[]> {
    return loaders
      .get(REVISION_SOURCES, async (ids) =>
        groupByKeys(
          ids,
          await this.dataSource.manager.find(ArgumentSource, {
            where: { revisionId: In([...ids]) },
            order: { position: 'ASC' },
          }),
          (s) => s.revisionId!,
        ),
      )
      .load(revisionId);
  }

  revisions(argumentId: string, page: PageArgs): Promise<Connection<ArgumentRevision>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ArgumentRevision, 'r')
      .where('r.argument_id = :argumentId', { argumentId });
    const spec = {
      table: 'argument_revisions',
      alias: 'r',
      keys: ['created_at'],
      list: `revisions:${argumentId}`,
    };
    return paginate(qb, spec, page.first, page.after, page);
  }

  private async checkQuote(
    manager: EntityManager,
    thread: Thread,
    quote: QuoteInput,
  ): Promise<QuoteInput> {
    if (!thread.articleId) throw badInput('quote', 'This thread has no article to quote');
    const article = await this.articles.find(manager, thread.articleId);
    if (!article) throw badInput('quote', 'This thread has no article to quote');
    if (quote.end <= quote.start || quote.end > article.body.length) {
      throw badInput('quote', 'quote offsets fall outside the article');
    }
    if (article.body.slice(quote.start, quote.end) !== quote.text) {
      throw badInput('quote', 'quote text does not match the article at those offsets');
    }
    return quote;
  }

  private async lockOwn(
    manager: EntityManager,
    actor: User,
    argumentId: string,
  ): Promise<ArgumentEntity> {
    const arg = await findById(manager, ArgumentEntity, argumentId, { lock: true });
    if (!arg) throw notFound('Argument', argumentId);
    if (arg.authorId !== actor.id) throw forbidden('Only the author can change this argument');
    if (arg.status === ArgumentStatus.REMOVED) throw forbidden('A moderator removed this argument');
    return arg;
  }
}

/** A list's identity, which its cursors carry: the same for a first page of replies and the next. */
const UNDER_REVIEW_REASON =
  'Held for review: reports on this argument wait for a moderator, who sees both versions';

/** What an edit did: the argument as it now is, and the edit held aside for a moderator. */
export interface EditOutcome {
  argument: ArgumentEntity;
  heldEdit: HeldEdit | null;
}

/** Slow mode: refuses a post sooner than the thread allows after the author's last one. */
async function assertSlowModeAllows(
  manager: EntityManager,
  thread: Thread,
  authorId: string,
): Promise<void> {
  const [{ since }]: { since: number | null }[] = await manager.query(
    `SELECT extract(epoch FROM (now() - max(created_at)))::float8 AS since
     FROM arguments WHERE thread_id = $1 AND author_id = $2`,
    [thread.id, authorId],
  );
  if (since !== null && since < thread.slowModeSeconds) {
    const wait = Math.max(1, Math.ceil(thread.slowModeSeconds - since));
    throw rateLimited(
      `This thread is in slow mode: one post every ${thread.slowModeSeconds} s; try again in ${wait} s`,
      wait,
    );
  }
}

export function assertOpen(thread: Pick<Thread, 'status'>): void {
  if (thread.status !== ThreadStatus.OPEN) {
    throw forbidden(`This thread is ${thread.status.toLowerCase()}: no new arguments or edits`);
  }
}
