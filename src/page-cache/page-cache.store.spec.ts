import { MemoryPageCacheStore } from './page-cache.store';

describe('MemoryPageCacheStore', () => {
  const page = (n: number) => `{"data":"${String(n).padEnd(10_000, 'x')}"}`;

  it('keeps no more answers than its byte budget holds, dropping the least recently used', async () => {
    // About 20 KB per entry (two bytes a character): a 100 KB budget holds four.
    const store = new MemoryPageCacheStore(1000, 100_000, 60);
    const { generation } = await store.read('t', 'k0');
    for (let i = 0; i < 10; i++) await store.write('t', generation, `k${i}`, page(i));
    const kept = [];
    for (let i = 0; i < 10; i++) if ((await store.read('t', `k${i}`)).body) kept.push(i);
    expect(kept).toEqual([6, 7, 8, 9]);
  });

  it('does not keep an answer larger than the whole budget', async () => {
    const store = new MemoryPageCacheStore(1000, 10_000, 60);
    const { generation } = await store.read('t', 'big');
    await store.write('t', generation, 'big', page(1));
    expect((await store.read('t', 'big')).body).toBeUndefined();
  });
});
