import { InProcessJobQueue } from './in-process-job-queue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('InProcessJobQueue', () => {
  it('runs a burst of sends for one key once, after the delay', async () => {
    const queue = new InProcessJobQueue(3);
    const runs: string[] = [];
    await queue.work('fit', async (key) => void runs.push(key));
    for (let i = 0; i < 5; i++) await queue.send('fit', 't1', { delayMs: 30 });
    await queue.send('fit', 't2', { delayMs: 30 });
    expect(runs).toEqual([]);
    await sleep(120);
    expect(runs.sort()).toEqual(['t1', 't2']);
    await queue.stop();
  });

  it('never runs one key twice at once; a send during a run owes one more run', async () => {
    const queue = new InProcessJobQueue(3);
    let running = 0;
    let most = 0;
    let runs = 0;
    await queue.work('fit', async () => {
      running++;
      most = Math.max(most, running);
      await sleep(40);
      running--;
      runs++;
    });
    await queue.send('fit', 't', { delayMs: 0 });
    await sleep(10);
    await queue.send('fit', 't', { delayMs: 0 });
    await queue.send('fit', 't', { delayMs: 0 });
    await queue.drain('fit');
    expect(most).toBe(1);
    expect(runs).toBe(2);
    await queue.stop();
  });

  it('retries a failed run until it succeeds', async () => {
    const queue = new InProcessJobQueue(3);
    let attempts = 0;
    await queue.work('fit', async () => {
      attempts++;
      if (attempts < 2) throw new Error('database unavailable');
    });
    await queue.send('fit', 't', { delayMs: 0 });
    await sleep(20);
    expect(attempts).toBe(1);
    await queue.drain('fit'); // runs the retry now instead of after its backoff
    expect(attempts).toBe(2);
    await queue.stop();
  });
});
