import type { WatchedWordRule } from './watched-word-matcher';

/** The longest a reader's page may mask with rules an unheard-of change replaced. */
export const CENSOR_RULES_MAX_AGE_MS = 30_000;

/**
 * The CENSOR rules in memory. `forget` is called on every change and drops what was read before
 * it, so the next reader reads the rules again.
 */
export class CensorRulesCache {
  private rules?: Promise<WatchedWordRule[]>;
  private readAt = 0;

  constructor(
    private readonly read: () => Promise<WatchedWordRule[]>,
    private readonly maxAgeMs = CENSOR_RULES_MAX_AGE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(): Promise<WatchedWordRule[]> {
    if (this.rules && this.now() - this.readAt < this.maxAgeMs) return this.rules;
    const rules = this.read();
    this.rules = rules;
    this.readAt = this.now();
    rules.catch(() => {
      if (this.rules === rules) this.rules = undefined;
    });
    return rules;
  }

  forget(): void {
    this.rules = undefined;
  }
}
