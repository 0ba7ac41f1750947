interface Waiting<I, O> {
  item: I;
  resolve: (out: O) => void;
  reject: (e: unknown) => void;
}

/**
 * Runs the work for one key at a time, and hands what arrived for that key meanwhile to the next
 * run as one batch. Items arriving together under load (votes in one lane) then cost one
 * statement between them instead of one each; a key with nothing in flight runs at once, so a
 * lone item waits for nothing.
 *
 * `distinct` names what must not appear twice in one batch (a voter): a second item with the
 * same name waits for the next batch, so items of one name still run in the order they came.
 */
export class KeyedBatches<I, O> {
  /** Keys with a run in flight, each with the items that came since it started. */
  private readonly waiting = new Map<string, Waiting<I, O>[]>();

  constructor(
    private readonly run: (key: string, items: I[]) => Promise<O[]>,
    private readonly distinct: (item: I) => string,
    private readonly maxBatch = 64,
  ) {}

  submit(key: string, item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const entry = { item, resolve, reject };
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push(entry);
        return;
      }
      this.waiting.set(key, []);
      void this.start(key, [entry]);
    });
  }

  private async start(key: string, batch: Waiting<I, O>[]): Promise<void> {
    try {
      const out = await this.run(
        key,
        batch.map((e) => e.item),
      );
      batch.forEach((e, i) => e.resolve(out[i]));
    } catch (e) {
      for (const entry of batch) entry.reject(e);
    }
    const queue = this.waiting.get(key) ?? [];
    if (queue.length === 0) {
      this.waiting.delete(key);
      return;
    }
    const next: Waiting<I, O>[] = [];
    const later: Waiting<I, O>[] = [];
    const names = new Set<string>();
    for (const entry of queue) {
      const name = this.distinct(entry.item);
      if (next.length < this.maxBatch && !names.has(name)) {
        names.add(name);
        next.push(entry);
      } else {
        // Once a name waits for a later batch, its later items wait behind it.
        names.add(name);
        later.push(entry);
      }
    }
    this.waiting.set(key, later);
    void this.start(key, next);
  }
}
