import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { rateLimited } from '../common/errors/app-errors';
import { RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory';

/** Counts failed sign-ins per account and per IP; only failures count, a success clears the account. */
@Injectable()
export class SignInLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  constructor(factory: RateLimiterFactory, @Inject(APP_CONFIG) config: AppConfig) {
    const window = config.auth.signInFailureWindowSeconds;
    this.perAccount = factory.create(
      'signin-account',
      config.auth.signInFailuresPerAccount,
      window,
    );
    this.perIp = factory.create('signin-ip', config.auth.signInFailuresPerIp, window);
  }

  async assertAllowed(login: string, ip: string): Promise<void> {
    const [account, address] = await Promise.all([
      this.perAccount.get(login.toLowerCase()),
      this.perIp.get(ip),
    ]);
    for (const [res, limiter] of [
      [account, this.perAccount],
      [address, this.perIp],
    ] as const) {
      if (res && res.consumedPoints >= limiter.points) {
        const seconds = Math.ceil(res.msBeforeNext / 1000);
        throw rateLimited(`Too many failed sign-ins; try again in ${seconds} s`, seconds);
      }
    }
  }

  async recordFailure(login: string, ip: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(login.toLowerCase(), 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(login: string): Promise<void> {
    await this.perAccount.delete(login.toLowerCase());
  }
}
