import { Inject, Injectable, Optional } from '@nestjs/common';
import * as argon2 from 'argon2';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { HashSlots } from './hash-slots';

@Injectable()
export class PasswordService {
  private readonly slots: HashSlots;

  constructor(@Optional() @Inject(APP_CONFIG) config?: AppConfig) {
    this.slots = new HashSlots(config?.security.passwordHashConcurrency ?? 2);
  }

  hash(password: string): Promise<string> {
    return this.slots.run(() => argon2.hash(password, { type: argon2.argon2id }));
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await this.slots.run(() => argon2.verify(hash, password));
    } catch {
      return false;
    }
  }
}
