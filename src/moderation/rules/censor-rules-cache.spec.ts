import { CensorRulesCache } from './censor-rules-cache';
import type { WatchedWordRule } from './watched-word-matcher';
import { WatchedWordAction } from '../moderation-enums';

const rule = (pattern: string): WatchedWordRule => ({
  id: pattern,
  pattern,
  action: WatchedWordAction.CENSOR,
});

describe('CensorRulesCache', () => {
  let now = 0;
  let reads = 0;
  let stored: WatchedWordRule[] = [];
  const cache = () =>
    new CensorRulesCache(
      async () => {
        reads++;
        return stored;
      },
      30_000,
      () => now,
    );

  beforeEach(() => {
    now = 0;
    reads = 0;
    stored = [rule('darn')];
  });

  it('reads the rules once for every reader until they change', async () => {
    const c = cache();
    await Promise.all([c.get(), c.get(), c.get()]);
    now = 29_000;
    expect(await c.get()).toEqual([rule('darn')]);
    expect(reads).toBe(1);
  });

  it('reads them again after a change, and after the longest age', async () => {
    const c = cache();
    await c.get();
    stored = [rule('darn'), rule('heck')];
    c.forget();
    expect(await c.get()).toEqual(stored);
    stored = [];
    now = 30_000;
    expect(await c.get()).toEqual([]);
    expect(reads).toBe(3);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const c = new CensorRulesCache(async () => {
      if (fail) throw new Error('database away');
      return stored;
    });
    await expect(c.get()).rejects.toThrow('database away');
    fail = false;
    expect(await c.get()).toEqual(stored);
  });
});
