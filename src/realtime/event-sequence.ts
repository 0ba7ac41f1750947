import type Redis from 'ioredis';

/**
 * Numbers a thread's events 1, 2, 3... and publishes them in that order. Through Redis the
 * number is taken and the event published in one script, so instances publishing into the
 * same thread at once still deliver events in number order; in memory a counter does it.
 */
export interface SequencedPublisher {
  publish(channel: string, threadId: string, event: object): Promise<number>;
}

const SCRIPT = `local n = redis.call('INCRBY', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[1], ARGV[2] .. n .. '}')
return n`;

/**
 * Events that could not be published (Redis was out) still use up their numbers: once Redis is
 * back the counters skip them, so every instance's next event of the thread shows subscribers
 * the gap and they refetch.
 */
export function redisSequencedPublisher(publisher: Redis): SequencedPublisher {
  const key = (threadId: string) => `rostra:thread-seq:${threadId}`;
  const lost = new Map<string, number>();
  publisher.on('ready', () => {
    for (const [threadId, n] of lost) {
      lost.delete(threadId);
      publisher.incrby(key(threadId), n).catch(() => lost.set(threadId, n));
    }
  });
  return {
    async publish(channel, threadId, event) {
      // The event's JSON with its last brace open, so the script appends "sequence":n}.
      const head = JSON.stringify(event).slice(0, -1) + ',"sequence":';
      const skipped = lost.get(threadId) ?? 0;
      lost.delete(threadId);
      try {
        const n = await publisher.eval(SCRIPT, 1, key(threadId), channel, head, 1 + skipped);
        return Number(n);
      } catch (e) {
        lost.set(threadId, (lost.get(threadId) ?? 0) + skipped + 1);
        throw e;
      }
    },
  };
}

export function memorySequencedPublisher(
  deliver: (channel: string, event: object) => Promise<void>,
): SequencedPublisher {
  const counters = new Map<string, number>();
  return {
    async publish(channel, threadId, event) {
      const n = (counters.get(threadId) ?? 0) + 1;
      counters.set(threadId, n);
      await deliver(channel, { ...event, sequence: n });
      return n;
    },
  };
}
