import { KeyedBatches } from './keyed-batches';

interface Item {
  who: string;
  n: number;
}

/** A batcher whose runs finish only when the test lets them, recording every batch. */
function controlled(maxBatch?: number) {
  const runs: { key: string; items: Item[]; finish: (fail?: Error) => void }[] = [];
  const batches = new KeyedBatches<Item, string>(
    (key, items) =>
      new Promise<string[]>((resolve, reject) =>
        runs.push({
          key,
          items,
          finish: (fail) => (fail ? reject(fail) : resolve(items.map((i) => `${i.who}${i.n}`))),
        }),
      ),
    (item) => item.who,
    maxBatch,
  );
  return { batches, runs };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('KeyedBatches', () => {
  it('runs a lone item at once, and each key on its own', async () => {
    const { batches, runs } = controlled();
    const a = batches.submit('argument-1', { who: 'ann', n: 1 });
    const b = batches.submit('argument-2', { who: 'ann', n: 2 });
    expect(runs.map((r) => [r.key, r.items])).toEqual([
      ['argument-1', [{ who: 'ann', n: 1 }]],
      ['argument-2', [{ who: 'ann', n: 2 }]],
    ]);
    runs.forEach((r) => r.finish());
    expect(await Promise.all([a, b])).toEqual(['ann1', 'ann2']);
  });

  it('hands what arrived during a run to the next run as one batch, one item per name, in order', async () => {
    const { batches, runs } = controlled();
    const out = [
      batches.submit('k', { who: 'ann', n: 1 }),
      batches.submit('k', { who: 'bob', n: 1 }),
      batches.submit('k', { who: 'cat', n: 1 }),
      batches.submit('k', { who: 'bob', n: 2 }),
      batches.submit('k', { who: 'dan', n: 1 }),
      batches.submit('k', { who: 'bob', n: 3 }),
    ];
    expect(runs).toHaveLength(1);
    runs[0].finish();
    await settle();
    expect(runs[1].items.map((i) => `${i.who}${i.n}`)).toEqual(['bob1', 'cat1', 'dan1']);
    runs[1].finish();
    await settle();
    expect(runs[2].items.map((i) => `${i.who}${i.n}`)).toEqual(['bob2']);
    runs[2].finish();
    await settle();
    expect(runs[3].items.map((i) => `${i.who}${i.n}`)).toEqual(['bob3']);
    runs[3].finish();
    expect(await Promise.all(out)).toEqual(['ann1', 'bob1', 'cat1', 'bob2', 'dan1', 'bob3']);
    // Nothing left in flight: the next item runs at once again.
    void batches.submit('k', { who: 'eve', n: 1 });
    expect(runs).toHaveLength(5);
  });

  it('keeps a batch to its largest size, the rest waiting their turn', async () => {
    const { batches, runs } = controlled(2);
    const out = ['ann', 'bob', 'cat', 'dan', 'eve'].map((who) =>
      batches.submit('k', { who, n: 1 }),
    );
    runs[0].finish();
    await settle();
    expect(runs[1].items.map((i) => i.who)).toEqual(['bob', 'cat']);
    runs[1].finish();
    await settle();
    expect(runs[2].items.map((i) => i.who)).toEqual(['dan', 'eve']);
    runs[2].finish();
    expect(await Promise.all(out)).toEqual(['ann1', 'bob1', 'cat1', 'dan1', 'eve1']);
  });

  it('rejects only the items of a run that failed, and goes on with the next', async () => {
    const { batches, runs } = controlled();
    const first = batches.submit('k', { who: 'ann', n: 1 });
    const second = batches.submit('k', { who: 'bob', n: 1 });
    runs[0].finish(new Error('the database went away'));
    await expect(first).rejects.toThrow('the database went away');
    await settle();
    runs[1].finish();
    expect(await second).toBe('bob1');
  });
});
