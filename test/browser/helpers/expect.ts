import { expect as jestExpect } from '@jest/globals';

/** Jest's expect plus a small poll for values the page settles on asynchronously. */
type Poll = <T>(read: () => Promise<T>, timeoutMs?: number) => { toBe(expected: T): Promise<void> };

const poll: Poll = (read, timeoutMs = 10000) => ({
  async toBe(expected) {
    const until = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < until) {
      last = await read();
      if (last === expected) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    jestExpect(last).toBe(expected);
  },
});

export const expect = Object.assign(jestExpect, { poll });
