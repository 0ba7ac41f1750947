import { MemoryPageCacheStore } from './page-cache.store';

describe('MemoryPageCacheStore', () => {
  const page = (n: number) => `{"data":"${String(n).padEnd(10_000, 'x')}"}`;

  it('keeps no more answers than its byte budget holds, dropping the least recently used', async () => {
    // About 10 KB per entry (kept as UTF-8 bytes): a 50 KB budget holds four.
    const store = new MemoryPageCacheStore(1000, 50_000, 60);
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

  it('gives back exactly the answer it was given, whatever its characters', async () => {
    const store = new MemoryPageCacheStore(1000, 100_000, 60);
    const { generation } = await store.read('t', 'k');
    const body = '{"data":{"motion":"Städte ohne Autos? 🚲 — «oui», 是"}}';
    await store.write('t', generation, 'k', body);
    expect((await store.read('t', 'k')).body).toBe(body);
  });
});
