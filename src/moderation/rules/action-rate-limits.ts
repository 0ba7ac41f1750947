import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig, PerTrustLevel } from '../../config/app-config';
import { consumeOrThrow, RateLimiterFactory } from '../../common/rate-limit/rate-limiter.factory';
import { TrustLevel } from '../moderation-enums';
import { levelIndex } from './trust-level';

export type LimitedAction = 'post' | 'edit' | 'vote' | 'report';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Per-user limits on posting, editing, voting and reporting, set per trust level. */
@Injectable()
export class ActionRateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly settings: Record<
    LimitedAction,
    { points: PerTrustLevel; seconds: number; noun: string }
  >;

  constructor(
    private readonly factory: RateLimiterFactory,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const r = config.moderation.rates;
    this.settings = {
      post: { points: r.postsPerHour, seconds: HOUR, noun: 'posts an hour' },
      edit: { points: r.editsPerHour, seconds: HOUR, noun: 'edits an hour' },
      vote: { points: r.votesPerHour, seconds: HOUR, noun: 'votes an hour' },
      report: { points: r.reportsPerDay, seconds: DAY, noun: 'reports a day' },
    };
  }

  /** Counts one action for the user, or refuses it with RATE_LIMITED and when to retry. */
  async consume(action: LimitedAction, userId: string, level: TrustLevel): Promise<void> {
    const { noun } = this.settings[action];
    const { limiter, allowed } = this.limiterFor(action, level);
    await consumeOrThrow(
      limiter,
      userId,
      `Accounts at trust level ${level} may make ${allowed} ${noun}`,
    );
  }

  /** Gives back a point consumed for an action that was then refused. */
  async refund(action: LimitedAction, userId: string, level: TrustLevel): Promise<void> {
    await this.limiterFor(action, level).limiter.reward(userId, 1);
  }

  private limiterFor(action: LimitedAction, level: TrustLevel) {
    const { points, seconds } = this.settings[action];
    const allowed = points[levelIndex(level)];
    const name = `${action}:${level}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = this.factory.create(`action:${name}`, allowed, seconds);
      this.limiters.set(name, limiter);
    }
    return { limiter, allowed };
  }
}
