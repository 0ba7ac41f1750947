import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/errors/app-errors';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { User } from '../../users/user.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { WatchedWordAction } from '../moderation-enums';
import { ModAction, ModTargetType } from '../../audit/audit-enums';
import { AddWatchedWordInput } from './dto/watched-word.input';
import { censorText, validateWatchedWordPattern, WatchedWordRule } from './watched-word-matcher';

/** Not Markdown syntax, so a masked word cannot turn into emphasis or a rule when rendered. */
export const CENSOR_MASK = '•';

export const mask = (text: string, censorRules: WatchedWordRule[]): string =>
  censorRules.length > 0 ? censorText(text, censorRules, CENSOR_MASK) : text;
import { WatchedWord } from './watched-word.entity';
import { PageCache } from '../../page-cache/page-cache.service';
import { refuseBlocked, WrittenText } from './written-text';
import { loaderKey } from '../../common/loaders/loader-key';

const CENSOR_RULES = loaderKey<string, WatchedWordRule[]>('moderation.censorRules');

@Injectable()
export class WatchedWordsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pageCache: PageCache,
  ) {}

  /** A rule change can change how every body reads (CENSOR), so no cached page outlives it. */
  async add(admin: User, input: AddWatchedWordInput): Promise<WatchedWord> {
    const word = await this.addRule(admin, input);
    this.pageCache.invalidateAll();
    return word;
  }

  async remove(admin: User, id: string, reason?: string): Promise<WatchedWord> {
    const word = await this.removeRule(admin, id, reason);
    this.pageCache.invalidateAll();
    return word;
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
  async censor(loaders: RequestLoaders, text: string): Promise<string> {
    return mask(text, await this.censorRules(loaders));
  }

  /** CENSOR rules, read once per request (or once, without one) however many texts it shows. */
  async censorRules(loaders?: RequestLoaders): Promise<WatchedWordRule[]> {
    if (!loaders) return (await this.active()).filter((r) => r.action === WatchedWordAction.CENSOR);
    return loaders
      .get(CENSOR_RULES, async (keys) => {
        const rules = (await this.active()).filter((r) => r.action === WatchedWordAction.CENSOR);
        return keys.map(() => rules);
      })
      .load('all');
  }
}
