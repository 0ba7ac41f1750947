import type { EntityManager } from 'typeorm';
import type { RequestLoaders } from '../common/loaders/request-loaders';
import type { User } from '../users/user.entity';
import type { ArgumentStatus } from './argument-enums';
import type { ArgumentEntity } from './argument.entity';
import type { WrittenText } from './argument-texts';

/** What the posting rules decided about a new or edited text. */
export interface PostDecision {
  /** PENDING when the post must wait for a moderator. */
  status: ArgumentStatus.PUBLISHED | ArgumentStatus.PENDING;
  /** Why it waits, for its author (null when published). */
  statusReason: string | null;
  /** FLAG rules the text matched: each files an automatic report after the write. */
  flags: { id: string; pattern: string }[];
  /**
   * Gives back the rate-limit point this post or edit used, for when the write is then refused
   * (a locked thread, slow mode, a bad parent): only what is written counts against the limit.
   */
  refund: () => Promise<void>;
}

/**
 * What the arguments module asks of moderation, which sits above it: the posting rules before a
 * write, the queue and reports after it, and the censoring of what readers see. Declared here
 * and bound by the moderation rules module, so arguments imports nothing from moderation.
 */
export interface ArgumentModeration {
  /** Every text the author wrote (body, sources), each named by its input field. */
  checkPost(actor: User, texts: WrittenText[]): Promise<PostDecision>;
  /**
   * An edit (texts may be empty: a change of side or sources alone) under the edit limit;
   * PENDING when a watched word or the author's pre-moderation needs a moderator first.
   */
  checkEdit(actor: User, texts: WrittenText[]): Promise<PostDecision>;
  /** In the edit's transaction: whether reports on the argument wait for a moderator. */
  underReview(manager: EntityManager, arg: ArgumentEntity): Promise<boolean>;
  /** In the write's transaction: queue a held post, report a flagged one. */
  afterWrite(manager: EntityManager, arg: ArgumentEntity, decision: PostDecision): Promise<void>;
  /** In the edit's transaction: queue an edit held aside, and tell its author why it waits. */
  afterHeldEdit(manager: EntityManager, arg: ArgumentEntity, reason: string): Promise<void>;
  /** In the withdrawal's transaction: nothing is left for a moderator to review. */
  afterWithdraw(manager: EntityManager, arg: ArgumentEntity, actorId: string): Promise<void>;
  /** CENSOR words masked, the rules read once per request. */
  censor(loaders: RequestLoaders, text: string): Promise<string>;
  /** The same masking as a plain function for many texts (a page's rows), the rules read once. */
  censorer(loaders: RequestLoaders): Promise<(text: string) => string>;
}

export const ARGUMENT_MODERATION = Symbol('ArgumentModeration');
