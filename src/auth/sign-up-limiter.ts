import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterAbstract } from 'rate-limiter-flexible';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { consumeOrThrow, RateLimiterFactory } from '../common/rate-limit/rate-limiter.factory';
import { addressKey } from '../common/rate-limit/address-key';

/**
 * New accounts per address (an IPv6 /64 counting as one) per hour: each costs a password hash and
 * is a fresh voice for brigading.
 */
@Injectable()
export class SignUpLimiter {
  private readonly perIp: RateLimiterAbstract;

  constructor(factory: RateLimiterFactory, @Inject(APP_CONFIG) config: AppConfig) {
    this.perIp = factory.create('signup-ip', config.security.signUpsPerIpPerHour, 3600);
  }

  take(ip: string): Promise<void> {
    return consumeOrThrow(this.perIp, addressKey(ip), 'Too many new accounts from this address');
  }
}
