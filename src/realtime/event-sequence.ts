import type Redis from 'ioredis';

/**
 * Numbers a thread's events 1, 2, 3... and publishes them in that order. Through Redis the
 * number is taken and the event published in one script, so instances publishing into the
 * same thread at once still deliver events in number order; in memory a counter does it.
 */
export interface SequencedPublisher {
  publish(channel: string, threadId: string, event: object): Promise<number>;
}

const SCRIPT = `local n = redis.call('INCR', KEYS[1])
redis.call('PUBLISH', ARGV[1], ARGV[2] .. n .. '}')
return n`;

export function redisSequencedPublisher(publisher: Redis): SequencedPublisher {
  return {
    async publish(channel, threadId, event) {
      // The event's JSON with its last brace open, so the script appends "sequence":n}.
      const head = JSON.stringify(event).slice(0, -1) + ',"sequence":';
      const n = await publisher.eval(SCRIPT, 1, `rostra:thread-seq:${threadId}`, channel, head);
      return Number(n);
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
