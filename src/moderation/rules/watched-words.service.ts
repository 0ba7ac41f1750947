import { Inject, Injectable, OnModuleDestroy, OnModuleInit, Optional } from '@nestjs/common';
import type { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, IsNull, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors/app-errors';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { User } from '../../users/user.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { WatchedWordAction } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { AddWatchedWordInput } from './dto/watched-word.input';
import { validateWatchedWordPattern, WatchedWordRule } from './watched-word-matcher';
import { maskedText } from './masked-texts';

/** Not Markdown syntax, so a masked word cannot turn into emphasis or a rule when rendered. */
export const CENSOR_MASK = '•';

export const mask = (text: string, censorRules: WatchedWordRule[]): string =>
  censorRules.length > 0 ? maskedText(text, censorRules, CENSOR_MASK) : text;
import { WatchedWord } from './watched-word.entity';
import { PageCache } from '../../page-cache/page-cache.service';
import { PUB_SUB } from '../../realtime/pub-sub.provider';
import { refuseBlocked, WrittenText } from './written-text';
import { CensorRulesCache } from './censor-rules-cache';

/** Every instance hears a rule change here (through Redis when REDIS_URL is set). */
const RULES_CHANGED = 'watched-words:changed';

@Injectable()
export class WatchedWordsService implements OnModuleInit, OnModuleDestroy {
  /** The CENSOR rules readers' text is masked with, kept in memory between changes. */
  private readonly censorCache = new CensorRulesCache(() => this.loadCensorRules());
  private subscription?: Promise<number>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly pageCache: PageCache,
    // Absent where nothing serves readers (some terminal set-ups): the rules are then re-read.
    @Optional() @Inject(PUB_SUB) private readonly pubSub?: PubSubEngine,
  ) {}

  onModuleInit(): void {
    // Not awaited: a Redis outage queues the SUBSCRIBE and must not hold the start-up.
    this.subscription = this.pubSub?.subscribe(RULES_CHANGED, () => this.heardRulesChanged(), {});
    this.subscription?.catch(() => undefined);
  }

  onModuleDestroy(): void {
    void this.subscription?.then((id) => this.pubSub?.unsubscribe(id)).catch(() => undefined);
  }

  /** A rule change can change how every body reads (CENSOR), so no cached page outlives it. */
  async add(admin: User, input: AddWatchedWordInput): Promise<WatchedWord> {
    const word = await this.addRule(admin, input);
    await this.rulesChanged();
    return word;
  }

  async remove(admin: User, id: string, reason?: string): Promise<WatchedWord> {
    const word = await this.removeRule(admin, id, reason);
    await this.rulesChanged();
    return word;
  }

  /** This instance forgets its rules at once; the others as soon as they hear of it. */
  private async rulesChanged(): Promise<void> {
    this.censorCache.forget();
    this.pageCache.invalidateAll();
    await this.pubSub?.publish(RULES_CHANGED, { at: Date.now() }).catch(() => undefined);
  }

  /**
   * Another instance changed the rules: forget ours, and retire the cached pages again, since
   * pages this instance rendered with the old rules after the change (before hearing of it) may
   * have been cached under the changer's fresh generation.
   */
  private heardRulesChanged(): void {
    this.censorCache.forget();
    this.pageCache.invalidateAll();
  }

  private addRule(admin: User, input: AddWatchedWordInput): Promise<WatchedWord> {
    const problem = validateWatchedWordPattern(input.pattern);
    if (problem) throw badInput('pattern', problem);
    const pattern = input.pattern.normalize('NFC').trim();
    return this.dataSource.transaction(async (manager) => {
      // Adds take turns (reads go on), so two admins adding one word cannot both pass the check.
      await manager.query(`LOCK TABLE watched_words IN SHARE ROW EXCLUSIVE MODE`);
      const [same] = await manager.query(
        `SELECT id FROM watched_words WHERE lower(pattern) = lower($1) AND removed_at IS NULL`,
        [pattern],
      );
      if (same) throw conflict(`"${pattern}" is already a watched word`, 'pattern');
      const word = await manager.save(
        manager.create(WatchedWord, { pattern, action: input.action, createdById: admin.id }),
      );
      await recordModAction(manager, {
        actorId: admin.id,
        action: ModAction.ADD_WATCHED_WORD,
        targetType: ModTargetType.WATCHED_WORD,
        targetId: word.id,
        details: `${input.action}: ${pattern}`,
      });
      return word;
    });
  }

  /** Stops applying a watched word; the row stays, marked removed. */
  private removeRule(admin: User, id: string, reason?: string): Promise<WatchedWord> {
    return this.dataSource.transaction(async (manager) => {
      const word = await manager.findOne(WatchedWord, { where: { id } });
      if (!word) throw notFound('WatchedWord', id);
      if (word.removedAt) return word;
      word.removedAt = new Date();
      word.removedById = admin.id;
      await manager.update(
        WatchedWord,
        { id },
        { removedAt: word.removedAt, removedById: admin.id },
      );
      await recordModAction(manager, {
        actorId: admin.id,
        action: ModAction.REMOVE_WATCHED_WORD,
        targetType: ModTargetType.WATCHED_WORD,
        targetId: word.id,
        reason: reason ?? null,
        details: `${word.action}: ${word.pattern}`,
      });
      return word;
    });
  }

  list(
    includeRemoved: boolean,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WatchedWord[]> {
    return manager.find(WatchedWord, {
      where: includeRemoved ? {} : { removedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The rules in force, in the order they were added. */
  /** `manager`: read inside the caller's transaction (one connection is all PGlite has). */
  async active(manager?: EntityManager): Promise<WatchedWordRule[]> {
    return (await this.list(false, manager)).map((w) => ({
      id: w.id,
      pattern: w.pattern,
      action: w.action,
    }));
  }

  /** Refuses the first text with a BLOCK word (ThreadTextRules: motions, descriptions, tags). */
  async refuseBlocked(texts: WrittenText[], manager?: EntityManager): Promise<void> {
    refuseBlocked(texts, await this.active(manager));
  }

  /** Masks CENSOR words for readers (the stored text keeps them). */
  async censor(_loaders: RequestLoaders, text: string): Promise<string> {
    return mask(text, await this.censorRules());
  }

  /**
   * CENSOR rules, from memory: read again after a change (here, or on another instance through
   * the rules-changed message) and at least every CENSOR_RULES_MAX_AGE_MS, so a change made
   * where no message reaches (a terminal without Redis) shows within that bound.
   */
  censorRules(): Promise<WatchedWordRule[]> {
    return this.censorCache.get();
  }

  private async loadCensorRules(): Promise<WatchedWordRule[]> {
    return (await this.active()).filter((r) => r.action === WatchedWordAction.CENSOR);
  }
}
