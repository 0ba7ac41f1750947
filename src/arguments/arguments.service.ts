import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { badInput, forbidden, notFound, rateLimited } from '../common/errors/app-errors';
import { findById } from '../database/find-by-id';
import { groupByKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { Connection } from '../common/pagination/connection';
import { paginateDesc } from '../common/pagination/keyset';
import { Article } from '../articles/article.entity';
import { ThreadStatus } from '../threads/thread-status.enum';
import { Thread } from '../threads/thread.entity';
import { resolveArgumentItems } from '../moderation/queue/open-queue-item';
import { PostingGate } from '../moderation/rules/posting-gate.service';
import { argumentTexts } from '../moderation/rules/written-text';
import { ThreadEvents } from '../realtime/thread-events';
import { isModerator } from '../users/role.enum';
import { User } from '../users/user.entity';
import { changeArgumentStatus } from './change-argument-status';
import {
  applySideChange,
  applyVisibilityDelta,
  refreshParticipantCount,
} from './argument-counters';
import { ArgumentOrigin, ArgumentStatus, combineSides, Side } from './argument-enums';
import { ArgumentRevision } from './argument-revision.entity';
import { ArgumentSource } from './argument-source.entity';
import { ArgumentEntity } from './argument.entity';
import { ArgumentListArgs } from './dto/argument-list.args';
import { SORT_KEYS } from './argument-sort-keys';
import {
  CreateArgumentInput,
  EditArgumentInput,
  QuoteInput,
  SourceInput,
} from './dto/create-argument.input';

/** Statuses that keep their place in the tree (as placeholders when not published). */
const LISTED = [
  ArgumentStatus.PUBLISHED,
  ArgumentStatus.DELETED,
  ArgumentStatus.REMOVED,
  ArgumentStatus.HIDDEN,
];

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
}

@Injectable()
export class ArgumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly gate: PostingGate,
    private readonly events: ThreadEvents,
  ) {}

  /**
   * A signed-in user posts on the motion or replies to an argument. The posting rules decide
   * first whether it is refused, held for a moderator (PENDING) or published.
   */
  async create(actor: User, input: CreateArgumentInput): Promise<ArgumentEntity> {
    const decision = await this.gate.checkPost(actor, argumentTexts(input.body, input.sources));
    const arg = await this.dataSource
      .transaction(async (manager) => {
        const arg = await this.insert(manager, actor.id, {
          ...input,
          status: decision.status,
          statusReason: decision.statusReason,
          slowMode: !isModerator(actor),
        });
        await this.gate.afterWrite(manager, arg, decision);
        return arg;
      })
      .catch(async (e: unknown) => {
        await decision.refund();
        throw e;
      });
    this.events.publishVisibility(
      arg.threadId,
      arg.id,
      false,
      arg.status === ArgumentStatus.PUBLISHED,
    );
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
    if (body.length === 0) throw badInput('body', 'body must be 1–2000 characters');
    const thread = await manager
      .createQueryBuilder(Thread, 't')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id: input.threadId })
      .getOne();
    if (!thread) throw notFound('Thread', input.threadId);
    assertOpen(thread);
    if (input.slowMode && authorId && thread.slowModeSeconds > 0) {
      await assertSlowModeAllows(manager, thread, authorId);
    }
    let parent: ArgumentEntity | null = null;
    if (input.parentId) {
      parent = await manager.findOne(ArgumentEntity, { where: { id: input.parentId } });
      if (!parent) throw notFound('Argument', input.parentId);
      if (parent.threadId !== thread.id)
        throw badInput('parentId', 'parentId belongs to another thread');
      if (parent.status !== ArgumentStatus.PUBLISHED)
        throw badInput('parentId', 'You can only reply to a published argument');
    }
    const quote = input.quote ? await this.checkQuote(manager, thread, input.quote) : null;
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
        status,
        statusReason: input.statusReason ?? null,
        linkedArgumentId: input.linkedArgumentId ?? null,
        quoteStart: quote?.start ?? null,
        quoteEnd: quote?.end ?? null,
        ...(input.createdAt ? { createdAt: input.createdAt } : {}),
      }),
    );
    await this.saveSources(manager, arg.id, input.sources ?? []);
    if (status === ArgumentStatus.PUBLISHED) {
      await applyVisibilityDelta(manager, arg, 1);
      await refreshParticipantCount(manager, thread.id);
    }
    return arg;
  }

  /** The author edits while the thread is open; the earlier version is kept as a revision. */
  async edit(actor: User, input: EditArgumentInput): Promise<ArgumentEntity> {
    const texts = argumentTexts(input.body?.trim(), input.sources);
    const decision = texts.length > 0 ? await this.gate.checkEdit(actor, texts) : null;
    let wasVisible = false;
    const edited = await this.dataSource
      .transaction(async (manager) => {
        const arg = await this.lockOwn(manager, actor, input.argumentId);
        wasVisible = arg.status === ArgumentStatus.PUBLISHED;
        const thread = await manager.findOneOrFail(Thread, { where: { id: arg.threadId } });
        assertOpen(thread);
        const newBody = input.body?.trim() ?? arg.body;
        if (newBody.length === 0) throw badInput('body', 'body must be 1–2000 characters');
        const newSide = input.side ?? arg.side;
        if (newSide !== arg.side) {
          const replies = await manager.count(ArgumentEntity, { where: { parentId: arg.id } });
          if (replies > 0)
            throw badInput('side', 'The side cannot change after others have replied');
        }
        if (newBody === arg.body && newSide === arg.side && !input.sources) return arg;

        const revision = await manager.save(
          manager.create(ArgumentRevision, {
            argumentId: arg.id,
            body: arg.body,
            side: arg.side,
            editorId: actor.id,
          }),
        );
        const before = { ...arg } as ArgumentEntity;
        arg.body = newBody;
        arg.side = newSide;
        if (newSide !== before.side) {
          const parent = arg.parentId
            ? await manager.findOneOrFail(ArgumentEntity, { where: { id: arg.parentId } })
            : null;
          arg.stanceOnMotion = parent ? combineSides(parent.stanceOnMotion, newSide) : newSide;
          if (arg.status === ArgumentStatus.PUBLISHED) await applySideChange(manager, before, arg);
        }
        arg.editedAt = new Date();
        await manager.update(
          ArgumentEntity,
          { id: arg.id },
          {
            body: arg.body,
            side: arg.side,
            stanceOnMotion: arg.stanceOnMotion,
            editedAt: arg.editedAt,
          },
        );
        if (input.sources) {
          // The replaced sources stay, as part of the revision that keeps the earlier version.
          await manager.update(
            ArgumentSource,
            { argumentId: arg.id, revisionId: IsNull() },
            { revisionId: revision.id },
          );
          await this.saveSources(manager, arg.id, input.sources);
        }
        if (decision) {
          if (
            decision.status === ArgumentStatus.PENDING &&
            arg.status === ArgumentStatus.PUBLISHED
          ) {
            await changeArgumentStatus(manager, arg, ArgumentStatus.PENDING, HELD_EDIT_REASON);
          }
          await this.gate.afterWrite(manager, arg, decision);
        }
        return arg;
      })
      .catch(async (e: unknown) => {
        await decision?.refund();
        throw e;
      });
    const isVisible = edited.status === ArgumentStatus.PUBLISHED;
    this.events.publishVisibility(edited.threadId, edited.id, wasVisible, isVisible);
    return edited;
  }

  /** Soft deletion by the author: the text stays for moderators, replies keep their place. */
  async delete(actor: User, argumentId: string): Promise<ArgumentEntity> {
    let wasVisible = false;
    const deleted = await this.dataSource.transaction(async (manager) => {
      const arg = await this.lockOwn(manager, actor, argumentId);
      if (arg.status === ArgumentStatus.DELETED) return arg;
      wasVisible = arg.status === ArgumentStatus.PUBLISHED;
      await changeArgumentStatus(manager, arg, ArgumentStatus.DELETED, arg.statusReason);
      // Nothing is left for a moderator to review once the author has withdrawn it.
      await resolveArgumentItems(manager, arg.id, actor.id, null);
      return arg;
    });
    this.events.publishVisibility(deleted.threadId, deleted.id, wasVisible, false);
    return deleted;
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
    return paginateDesc(qb, 'a', 'arguments', SORT_KEYS[args.sort], args.first, args.after);
  }

  /**
   * First pages of replies for many parents at once (one window query plus one fetch), so a
   * thread page costs the same number of statements for 5 arguments as for 50.
   */
  loadFirstReplies(
    loaders: RequestLoaders,
    parent: ArgumentEntity,
    args: ArgumentListArgs,
  ): Promise<Connection<ArgumentEntity>> {
    const name = `replies:${args.side ?? 'ALL'}:${args.sort}:${args.first}`;
    return loaders
      .get<string, Connection<ArgumentEntity>>(name, async (parentIds) => {
        const order = SORT_KEYS[args.sort]
          .concat('id')
          .map((k) => `${typeof k === 'string' ? `a.${k}` : k('a')} DESC`)
          .join(', ');
        const params: unknown[] = [[...parentIds], LISTED, args.first + 1];
        const sideFilter = args.side ? `AND a.side = $4` : '';
        if (args.side) params.push(args.side);
        const ranked: { id: string; parent_id: string; rn: string }[] = await this.dataSource.query(
          `SELECT id, parent_id, rn FROM (
             SELECT a.id, a.parent_id, row_number() OVER (PARTITION BY a.parent_id ORDER BY ${order}) AS rn
             FROM arguments a
             WHERE a.parent_id = ANY($1::uuid[]) AND a.status::text = ANY($2::text[]) ${sideFilter}
           ) x WHERE rn <= $3 ORDER BY parent_id, rn`,
          params,
        );
        const rows = ranked.length
          ? await this.dataSource.manager.find(ArgumentEntity, {
              where: { id: In(ranked.map((r) => r.id)) },
            })
          : [];
        const byId = new Map(rows.map((r) => [r.id, r]));
        const groups = groupByKeys(parentIds, ranked, (r) => r.parent_id);
        return groups.map((group) => {
          const nodes = group.slice(0, args.first).map((r) => byId.get(r.id)!);
          const edges = nodes.map((node) => ({
            node,
            cursor: Buffer.from(`c:${node.id}`).toString('base64url'),
          }));
          return {
            edges,
            pageInfo: {
              hasNextPage: group.length > args.first,
              endCursor: edges.at(-1)?.cursor ?? null,
            },
          };
        });
      })
      .load(parent.id);
  }

  loadSources(loaders: RequestLoaders, argumentId: string): Promise<ArgumentSource[]> {
    return loaders
      .get<string, ArgumentSource[]>('sources', async (ids) =>
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

  /** The sources an earlier version cited (those its edit replaced), for many revisions at once. */
  loadRevisionSources(loaders: RequestLoaders, revisionId: string): Promise<ArgumentSource[]> {
    return loaders
      .get<string, ArgumentSource[]>('revisionSources', async (ids) =>
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

  revisions(
    argumentId: string,
    first: number,
    after?: string,
  ): Promise<Connection<ArgumentRevision>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(ArgumentRevision, 'r')
      .where('r.argument_id = :argumentId', { argumentId });
    return paginateDesc(qb, 'r', 'argument_revisions', ['created_at'], first, after);
  }

  private async checkQuote(
    manager: EntityManager,
    thread: Thread,
    quote: QuoteInput,
  ): Promise<QuoteInput> {
    if (!thread.articleId) throw badInput('quote', 'This thread has no article to quote');
    const article = await manager.findOneOrFail(Article, { where: { id: thread.articleId } });
    if (quote.end <= quote.start || quote.end > article.body.length) {
      throw badInput('quote', 'quote offsets fall outside the article');
    }
    if (article.body.slice(quote.start, quote.end) !== quote.text) {
      throw badInput('quote', 'quote text does not match the article at those offsets');
    }
    return quote;
  }

  private async saveSources(
    manager: EntityManager,
    argumentId: string,
    sources: SourceInput[],
  ): Promise<void> {
    if (sources.length === 0) return;
    await manager.insert(
      ArgumentSource,
      sources.map((s, position) => ({
        argumentId,
        position,
        url: s.url.trim(),
        title: s.title.trim(),
        excerpt: s.excerpt?.trim() || null,
      })),
    );
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

const HELD_EDIT_REASON = 'The edit is waiting for a moderator (watched word)';

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

export function assertOpen(thread: Thread): void {
  if (thread.status !== ThreadStatus.OPEN) {
    throw forbidden(`This thread is ${thread.status.toLowerCase()}: no new arguments or edits`);
  }
}
