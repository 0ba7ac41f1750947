import Redis from 'ioredis';
import { LRUCache } from 'lru-cache';

/**
 * Where cached pages live. Every entry is filed under a tag and that tag's generation; bumping
 * a generation makes all its entries unreachable at once, and an answer computed before the bump
 * is stored under the old generation, so a read that raced a write can never resurrect old text.
 */
export interface PageCacheStore {
  /** The current generation of `tag` and the entry for `key` in it, if any. */
  read(tag: string, key: string): Promise<{ generation: string; body?: string }>;
  write(tag: string, generation: string, key: string, body: string): Promise<void>;
  /** Retires every entry of these tags. */
  bump(tags: string[]): Promise<void>;
  /** Retires every entry. */
  bumpAll(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One process: an LRU of entries bounded by count and by size (an answer is a whole page of
 * text, so a count alone lets a burst of distinct queries hold hundreds of megabytes), and
 * generations in a map. Answers are kept as UTF-8 bytes outside V8's heap: V8 lets its old
 * generation grow to a multiple of what is live before it collects, so every megabyte of pages
 * kept in the heap cost several of the process's memory under load; a Buffer costs its bytes,
 * and its size is exact.
 */
export class MemoryPageCacheStore implements PageCacheStore {
  private readonly entries: LRUCache<string, Buffer>;
  private readonly generations = new Map<string, number>();
  private epoch = 0;

  constructor(maxEntries: number, maxBytes: number, ttlSeconds: number) {
    this.entries = new LRUCache({
      max: maxEntries,
      maxSize: maxBytes,
      // The key is a string in the heap (two bytes a character at most).
      sizeCalculation: (body, key) => body.length + 2 * key.length,
      ttl: ttlSeconds * 1000,
    });
  }

  private generation(tag: string): string {
    return `${this.epoch}.${this.generations.get(tag) ?? 0}`;
  }

  read(tag: string, key: string) {
    const generation = this.generation(tag);
    const body = this.entries.get(`${tag}|${generation}|${key}`);
    return Promise.resolve({ generation, body: body?.toString('utf8') });
  }

  write(tag: string, generation: string, key: string, body: string) {
    if (generation === this.generation(tag))
      this.entries.set(`${tag}|${generation}|${key}`, bytesOf(body));
    return Promise.resolve();
  }

  bump(tags: string[]) {
    for (const tag of tags) this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1);
    return Promise.resolve();
  }

  bumpAll() {
    this.epoch++;
    this.entries.clear();
    return Promise.resolve();
  }

  close() {
    return Promise.resolve();
  }
}

/** A Buffer of its own: a small one from Buffer.from would share (and keep) an 8 KB pool slab. */
function bytesOf(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  return bytes;
}

/** Read a tag's generation (and the epoch) and the entry under it in one round trip. */
const READ_SCRIPT = `
local epoch = redis.call('GET', KEYS[1]) or '0'
local gen = redis.call('GET', KEYS[2]) or '0'
local generation = epoch .. '.' .. gen
return { generation, redis.call('GET', ARGV[1] .. generation .. '|' .. ARGV[2]) }`;

/** Shared by every instance: entries expire on their own, generations are counters. */
export class RedisPageCacheStore implements PageCacheStore {
  private readonly redis: Redis;
  private readonly prefix: string;

  /** `namespace` keeps deployments that share one Redis (and test databases) apart. */
  constructor(
    url: string,
    private readonly ttlSeconds: number,
    namespace: string,
    onError: (e: Error) => void,
  ) {
    this.prefix = `pagecache:${namespace}:`;
    // A cache must never hold a request up: fail fast while Redis is away and answer uncached.
    this.redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
    });
    this.redis.on('error', onError);
    this.redis.defineCommand('pageCacheRead', { numberOfKeys: 2, lua: READ_SCRIPT });
  }

  async read(tag: string, key: string) {
    const [generation, body] = (await (
      this.redis as Redis & {
        pageCacheRead(...a: string[]): Promise<[string, string | null]>;
      }
    ).pageCacheRead(
      `${this.prefix}epoch`,
      `${this.prefix}gen:${tag}`,
      `${this.prefix}${tag}|`,
      key,
    )) ?? ['', null];
    return { generation, body: body ?? undefined };
  }

  async write(tag: string, generation: string, key: string, body: string) {
    await this.redis.set(`${this.prefix}${tag}|${generation}|${key}`, body, 'EX', this.ttlSeconds);
  }

  async bump(tags: string[]) {
    const multi = this.redis.multi();
    for (const tag of tags) multi.incr(`${this.prefix}gen:${tag}`);
    await multi.exec();
  }

  async bumpAll() {
    await this.redis.incr(`${this.prefix}epoch`);
  }

  async close() {
    this.redis.disconnect();
  }
}
