import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { consumeOrThrow, RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory';
import { addressKey } from '../common/rate-limit/address-key';

const MESSAGE = 'Too many failed sign-ins';

/**
 * Sign-in attempts take a point before the password is checked (an atomic consume, so a burst
 * cannot all pass the check) and give it back when the password was right. Buckets: the account
 * from one address (SIGNIN_FAILURES_PER_ACCOUNT), the account from anywhere (a higher limit, so
 * an attacker elsewhere does not lock the owner out at five), and the address (an IPv6 /64
 * counting as one address, `addressKey`).
 */
@Injectable()
export class SignInLimiter {
  private readonly accountFromIp: RateLimiterAbstract;
  private readonly account: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  constructor(factory: RateLimiterFactory, @Inject(APP_CONFIG) config: AppConfig) {
    const window = config.auth.signInFailureWindowSeconds;
    this.accountFromIp = factory.create(
      'signin-account-ip',
      config.auth.signInFailuresPerAccount,
      window,
    );
    this.account = factory.create(
      'signin-account',
      config.security.signInFailuresPerAccountAnyIp,
      window,
    );
    this.perIp = factory.create('signin-ip', config.auth.signInFailuresPerIp, window);
  }

  /** `account` names the account whatever login was typed (its id), or the login when none matches. */
  async take(account: string, ip: string): Promise<void> {
    const taken: [RateLimiterAbstract, string][] = [];
    try {
      for (const [limiter, key] of this.buckets(account, ip)) {
        await consumeOrThrow(limiter, key, MESSAGE);
        taken.push([limiter, key]);
      }
    } catch (e) {
      await Promise.all(taken.map(([limiter, key]) => limiter.reward(key, 1)));
      throw e;
    }
  }

  /** The password was right: the owner's own failures are forgiven, the other points returned. */
  async giveBack(account: string, ip: string): Promise<void> {
    const from = addressKey(ip);
    await Promise.all([
      this.accountFromIp.delete(`${account}|${from}`),
      this.account.reward(account, 1),
      this.perIp.reward(from, 1),
    ]);
  }

  private buckets(account: string, ip: string): [RateLimiterAbstract, string][] {
    const from = addressKey(ip);
    return [
      [this.perIp, from],
      [this.accountFromIp, `${account}|${from}`],
      [this.account, account],
    ];
  }
}
