import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { RequestLoaders } from '../../common/loaders/request-loaders';
import { User } from '../../users/user.entity';
import { TrustLevel } from '../moderation-enums';
import { TrustStats, trustLevelOf } from './trust-level';
import { loaderKey } from '../../common/loaders/loader-key';
import { visibleSql } from '../../arguments/argument-visibility';
import type { AccountCount } from '../../auth/account-count';

const APPROVED_POSTS = loaderKey<string, number>('moderation.approvedPosts');

const HOUR_MS = 3_600_000;

/** An account's approved posts: its published arguments. `userId` is an SQL expression. */
const approvedPostsSql = (userId: string) =>
  `SELECT count(*)::int FROM arguments WHERE author_id = ${userId} AND ${visibleSql('arguments')}`;

/**
 * Trust levels. Also the AccountCount the auth guard reads with the signed-in account, so the
 * approved-post count a vote's or a post's rate limit needs comes in the guard's statement.
 */
@Injectable()
export class TrustService implements AccountCount {
  /**
   * Counts the guard read with this request's account, used once: a later check in the same
   * request (a second post in one operation) counts afresh, as what it counts may have changed.
   */
  private readonly counted = new WeakMap<User, number>();

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `manager`: read inside the caller's transaction (one connection is all PGlite has). */
  async stats(user: User, manager: EntityManager = this.dataSource.manager): Promise<TrustStats> {
    const known = this.counted.get(user);
    if (known !== undefined) {
      this.counted.delete(user);
      return this.statsOf(user, known);
    }
    const [{ n }]: { n: number }[] = await manager.query(
      `SELECT (${approvedPostsSql('$1')}) AS n`,
      [user.id],
    );
    return this.statsOf(user, n);
  }

  countSql(userId: string): string {
    return approvedPostsSql(userId);
  }

  remember(account: User, count: number): void {
    this.counted.set(account, count);
  }

  async levelOf(user: User, manager?: EntityManager): Promise<TrustLevel> {
    return trustLevelOf(await this.stats(user, manager), this.config.moderation.trust);
  }

  /** Trust levels of many users with one count query (for `User.trustLevel`). */
  loadLevel(loaders: RequestLoaders, user: User): Promise<TrustLevel> {
    return loaders
      .get(APPROVED_POSTS, async (ids) => {
        const rows: { author_id: string; n: number }[] = await this.dataSource.query(
          `SELECT author_id, count(*)::int AS n FROM arguments
           WHERE author_id = ANY($1::uuid[]) AND ${visibleSql('arguments')} GROUP BY author_id`,
          [[...ids]],
        );
        const byUser = new Map(rows.map((r) => [r.author_id, r.n]));
        return ids.map((id) => byUser.get(id) ?? 0);
      })
      .load(user.id)
      .then((n) => trustLevelOf(this.statsOf(user, n), this.config.moderation.trust));
  }

  private statsOf(user: User, approvedPosts: number): TrustStats {
    return {
      ageHours: (Date.now() - user.createdAt.getTime()) / HOUR_MS,
      approvedPosts,
      reputation: user.reputation,
    };
  }
}
