import { Client } from 'pg';
import { PgBossJobQueue } from '../src/jobs/pg-boss-job-queue';
import { createTestDatabase, TestDatabase } from './helpers/test-database';

// pg-boss's queue is PostgreSQL's; embedded PGlite runs jobs in-process (in-process-job-queue).
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

onPostgres('the job queue on PostgreSQL (pg-boss): what a burst of sends costs and owes', () => {
  let db: TestDatabase;
  let queue: PgBossJobQueue;
  let sql: Client;
  let statements = 0;
  const runs: string[] = [];
  let release: () => void = () => undefined;
  let running: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    db = await createTestDatabase();
    queue = new PgBossJobQueue(db.url!, 2);
    await queue.start();
    // Counts the statements that owe a job (pg-boss's send), whatever else the queue polls.
    const boss = (queue as unknown as { boss: { send: (...a: unknown[]) => Promise<unknown> } })
      .boss;
    const send = boss.send.bind(boss);
    boss.send = (...a) => {
      statements += 1;
      return send(...a);
    };
    await queue.work('fit', async (key) => {
      runs.push(key);
      await running;
    });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
  });

  afterAll(async () => {
    release();
    await sql.end();
    await queue.stop();
    await db.drop();
  });

  const waiting = async (key: string) =>
    (
      await sql.query(
        `SELECT start_after - created_on AS delay FROM pgboss.job
         WHERE name = 'fit' AND singleton_key = $1 AND state = 'created'`,
        [key],
      )
    ).rows;

  it('owes one run for a burst of 40 concurrent sends, in at most two statements', async () => {
    statements = 0;
    await Promise.all(
      Array.from({ length: 40 }, () => queue.send('fit', 'burst', { delayMs: 30_000 })),
    );
    expect(await waiting('burst')).toHaveLength(1);
    expect(statements).toBeLessThanOrEqual(2);
    // Owed 30 s later: further sends cost nothing until then.
    await queue.send('fit', 'burst', { delayMs: 30_000 });
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('counts the delay on the database clock', async () => {
    await queue.send('fit', 'clock', { delayMs: 45_000 });
    const [job] = await waiting('clock');
    expect(job.delay).toMatchObject({ seconds: 45 });
  });

  it('owes a second run for a change made while the first runs', async () => {
    running = new Promise<void>((r) => (release = r));
    await queue.send('fit', 'busy', { delayMs: 0 });
    for (let i = 0; i < 100 && !runs.includes('busy'); i++) await sleep(50);
    expect(runs.filter((k) => k === 'busy')).toHaveLength(1);
    // The run has started (it may not read this change): these sends must owe another.
    await Promise.all(Array.from({ length: 10 }, () => queue.send('fit', 'busy', { delayMs: 0 })));
    expect(await waiting('busy')).toHaveLength(1);
    release();
    for (let i = 0; i < 100 && runs.filter((k) => k === 'busy').length < 2; i++) await sleep(50);
    expect(runs.filter((k) => k === 'busy')).toHaveLength(2);
  });

  it('starts an owed run as soon as it may, not at the next poll of its worker', async () => {
    // A worker that polls only every 10 s: a run that starts within 1.5 s of being due was woken
    // by its sender. Left to the poll, five runs would all start that soon about once in 10^4
    // tries; the margin leaves room for a loaded machine.
    const slow = new PgBossJobQueue(db.url!, 2, 10);
    await slow.start();
    const started: string[] = [];
    await slow.work('soon', async (key) => {
      started.push(key);
    });
    try {
      for (const key of ['soon-1', 'soon-2', 'soon-3', 'soon-4', 'soon-5']) {
        const sent = Date.now();
        await slow.send('soon', key, { delayMs: 200 });
        for (let i = 0; i < 400 && !started.includes(key); i++) await sleep(5);
        expect(Date.now() - sent).toBeLessThan(200 + 1500);
      }
    } finally {
      await slow.stop();
    }
  });

  it('keeps owing the next run when the run before it starts after it was sent', async () => {
    await queue.send('fit', 'next', { delayMs: 30_000 });
    statements = 0;
    // The run before it, fetched before the send but started only now, covers older changes
    // only: the newer owed run still absorbs the sends that follow.
    const runAll = (queue as unknown as Record<string, (...a: unknown[]) => Promise<void>>).runAll;
    await runAll.call(queue, 'fit', async () => undefined, [
      { id: 'the-run-before', data: { key: 'next' } },
    ]);
    await queue.send('fit', 'next', { delayMs: 30_000 });
    expect(statements).toBe(0);
  });
});
