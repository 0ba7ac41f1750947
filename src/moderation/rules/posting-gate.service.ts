import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { ArgumentStatus } from '../../arguments/argument-enums';
import { ArgumentEntity } from '../../arguments/argument.entity';
import { ArgumentLifecycle } from '../../arguments/argument-lifecycle.service';
import type { ArgumentModeration, PostDecision } from '../../arguments/argument-moderation';
import type { RequestLoaders } from '../../common/loaders/request-loaders';
import { isModerator } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';
import { QueueItemKind, ReportReason, TrustLevel, WatchedWordAction } from '../moderation-enums';
import { openQueueItem, resolveArgumentItems } from '../queue/open-queue-item';
import { NotificationKind } from '../../notifications/notification-kind';
import { notifyAuthor } from '../../notifications/notify';
import { fileReport } from '../reports/file-report';
import { ActionRateLimits, LimitedAction } from './action-rate-limits';
import { trustLevelOf } from './trust-level';
import { TrustService } from './trust.service';
import { refuseBlocked, WrittenText } from './written-text';
import { mask, WatchedWordsService } from './watched-words.service';

const NOTHING_TO_REFUND = () => Promise.resolve();

export const WORD_HOLD_REASON =
  'Held for review: the text contains a word a moderator checks first';

/**
 * The rules every post and edit passes before it is written: per-trust-level rate limits,
 * watched words, and pre-moderation of a new account's first posts. Moderators are exempt from
 * the limits and pre-moderation, not from BLOCK words.
 */
@Injectable()
export class PostingGate implements ArgumentModeration {
  constructor(
    private readonly trust: TrustService,
    private readonly limits: ActionRateLimits,
    private readonly words: WatchedWordsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly lifecycle: ArgumentLifecycle,
  ) {}

  async checkPost(actor: User, texts: WrittenText[]): Promise<PostDecision> {
    return this.check(actor, texts, 'post');
  }

  /** Edits by an account still under pre-moderation wait for a moderator like its posts. */
  checkEdit(actor: User, texts: WrittenText[]): Promise<PostDecision> {
    return this.check(actor, texts, 'edit');
  }

  async underReview(manager: EntityManager, arg: ArgumentEntity): Promise<boolean> {
    if (arg.status === ArgumentStatus.HIDDEN) return true;
    // Reports by people; an automatic report (a FLAG word) follows the text instead.
    const [open]: unknown[] = await manager.query(
      `SELECT 1 FROM reports WHERE argument_id = $1 AND status = 'OPEN' AND reporter_id IS NOT NULL
       LIMIT 1`,
      [arg.id],
    );
    return open !== undefined;
  }

  private async check(
    actor: User,
    texts: WrittenText[],
    action: 'post' | 'edit',
  ): Promise<PostDecision> {
    const decision = await this.checkText(texts);
    if (isModerator(actor)) return decision;
    const stats = await this.trust.stats(actor);
    const level = trustLevelOf(stats, this.config.moderation.trust);
    const refund = await this.consume(actor, action, level);
    const premod = this.config.moderation.premodFirstPosts;
    const premoderated = level === TrustLevel.NEW && stats.approvedPosts < premod;
    if (!premoderated || decision.status === ArgumentStatus.PENDING) return { ...decision, refund };
    return {
      ...decision,
      refund,
      status: ArgumentStatus.PENDING,
      statusReason: `Held for review: a moderator checks a new account’s first ${premod} posts${
        action === 'edit' ? ' and its edits' : ''
      }`,
    };
  }

  /**
   * Takes one point of `action`'s limit (none for moderators) and returns how to give it back.
   * A caller that already knows the actor's trust level passes it, saving the lookup.
   */
  async consume(
    actor: User,
    action: LimitedAction,
    knownLevel?: TrustLevel,
  ): Promise<() => Promise<void>> {
    if (isModerator(actor)) return NOTHING_TO_REFUND;
    const level = knownLevel ?? (await this.trust.levelOf(actor));
    await this.limits.consume(action, actor.id, level);
    return () => this.limits.refund(action, actor.id, level);
  }

  /**
   * Runs `work` under one point of `action`'s limit, given back if the work is refused (and by
   * `work` itself when it turns out to change nothing).
   */
  async limited<T>(
    actor: User,
    action: LimitedAction,
    work: (refund: () => Promise<void>) => Promise<T>,
    knownLevel?: TrustLevel,
  ): Promise<T> {
    const refund = await this.consume(actor, action, knownLevel);
    try {
      return await work(refund);
    } catch (e) {
      await refund();
      throw e;
    }
  }

  /**
   * After the write, in its transaction: queue a held post, and report a flagged one
   * (automatic reports have no reporter and weigh 1).
   */
  async afterWrite(manager: EntityManager, arg: ArgumentEntity, d: PostDecision): Promise<void> {
    if (d.status === ArgumentStatus.PENDING) {
      await notifyAuthor(
        manager,
        arg,
        NotificationKind.ARGUMENT_HELD,
        d.statusReason ?? 'Your post waits for a moderator',
      );
      await openQueueItem(manager, {
        kind: QueueItemKind.PENDING_POST,
        threadId: arg.threadId,
        argumentId: arg.id,
      });
    }
    if (d.flags.length > 0) {
      const note = `Matched watched word${d.flags.length > 1 ? 's' : ''} ${d.flags
        .map((f) => `"${f.pattern}"`)
        .join(', ')}`;
      await fileReport(
        manager,
        { argument: arg, reporterId: null, reason: ReportReason.OTHER, note, weight: 1 },
        { threshold: this.config.moderation.reportHideThreshold, lifecycle: this.lifecycle },
      );
    }
  }

  async afterHeldEdit(manager: EntityManager, arg: ArgumentEntity, reason: string): Promise<void> {
    await notifyAuthor(manager, arg, NotificationKind.ARGUMENT_HELD, reason);
    await openQueueItem(manager, {
      kind: QueueItemKind.PENDING_POST,
      threadId: arg.threadId,
      argumentId: arg.id,
      note: 'An edit of a published argument: see heldEdit',
    });
  }

  async afterWithdraw(manager: EntityManager, arg: ArgumentEntity, actorId: string): Promise<void> {
    await resolveArgumentItems(manager, arg.id, actorId, null);
  }

  censor(loaders: RequestLoaders, text: string): Promise<string> {
    return this.words.censor(loaders, text);
  }

  async censorer(_loaders: RequestLoaders): Promise<(text: string) => string> {
    const rules = await this.words.censorRules();
    return (text) => mask(text, rules);
  }

  private async checkText(texts: WrittenText[]): Promise<PostDecision> {
    const matches = refuseBlocked(texts, await this.words.active());
    const held = matches.some((m) => m.rule.action === WatchedWordAction.REQUIRE_APPROVAL);
    const flags = [
      ...new Map(
        matches
          .filter((m) => m.rule.action === WatchedWordAction.FLAG)
          .map((m) => [m.rule.id, m.rule]),
      ).values(),
    ];
    return {
      // eslint-disable-next-line no-restricted-syntax -- the status the post starts in
      status: held ? ArgumentStatus.PENDING : ArgumentStatus.PUBLISHED,
      statusReason: held ? WORD_HOLD_REASON : null,
      flags,
      refund: NOTHING_TO_REFUND,
    };
  }
}
