/**
 * Times BRIDGING on a synthetic thread: 1,000 arguments, 20,000 votes, ~2,000 users. Deterministic
 * (seeded generator). First the model alone, then the whole background job on an in-memory PGlite
 * (or DATABASE_URL): read the thread's votes and stances, fit, store the scores; and a first page
 * of the thread sorted by BRIDGING against one sorted by TOP.
 *
 *   npm run bench [runs]
 */
import { performance } from 'node:perf_hooks';
import { openDataSource } from '../src/database/open-data-source';
import { SORT_KEYS } from '../src/arguments/argument-sort-keys';
import { ArgumentEntity } from '../src/arguments/argument.entity';
import { paginate } from '../src/common/pagination/keyset';
import { fitThreadBridging } from '../src/votes/bridging/thread-bridging-fit';
import { BridgingVote, fitBridgingModel } from '../src/ranking/bridging-model';
import { RankableArgument, rankArguments } from '../src/ranking/rank-arguments';

const ARGUMENTS = 1_000;
const USERS = 2_000;
const VOTES = 20_000;
const WARMUP = 3;
const RUNS = Number(process.argv[2] ?? 15);

/** mulberry32: a small, fixed pseudo-random sequence. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Thread {
  votes: BridgingVote[];
  stances: Map<string, number>;
  items: RankableArgument[];
  /** +1 PRO, −1 CON, 0 liked across camps. */
  kinds: Map<string, number>;
}

/**
 * Users: 45% AGREE, 35% DISAGREE, 20% no stance. Arguments: 45% PRO, 45% CON, 10% liked across
 * camps; popularity is Zipf-like, so a few arguments draw hundreds of votes and many draw fewer
 * than five. Partisans upvote their own side 85% of the time and the other side 20%.
 */
function buildThread(): Thread {
  const random = generator(20240601);
  const stances = new Map<string, number>();
  const userIds: string[] = [];
  for (let u = 0; u < USERS; u++) {
    const id = `user-${String(u).padStart(5, '0')}`;
    userIds.push(id);
    const r = random();
    if (r < 0.45) stances.set(id, 1);
    else if (r < 0.8) stances.set(id, -1);
  }
  const argIds: string[] = [];
  const argSide: number[] = [];
  const weight: number[] = [];
  for (let a = 0; a < ARGUMENTS; a++) {
    argIds.push(`arg-${String(a).padStart(4, '0')}`);
    const r = random();
    argSide.push(r < 0.45 ? 1 : r < 0.9 ? -1 : 0);
    weight.push(1 / Math.pow(a + 1, 0.8));
  }
  const cumulative: number[] = [];
  weight.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const total = cumulative[cumulative.length - 1];
  const pickArgument = (): number => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const seen = new Set<number>();
  const votes: BridgingVote[] = [];
  const up = new Array<number>(ARGUMENTS).fill(0);
  const down = new Array<number>(ARGUMENTS).fill(0);
  while (votes.length < VOTES) {
    const a = pickArgument();
    const u = Math.floor(random() * USERS);
    const key = a * USERS + u;
    if (seen.has(key)) continue;
    seen.add(key);
    const stance = stances.get(userIds[u]) ?? 0;
    const side = argSide[a];
    const pUp = side === 0 ? 0.75 : stance === 0 ? 0.5 : stance === side ? 0.85 : 0.2;
    const value = random() < pUp ? 1 : 0;
    if (value === 1) up[a]++;
    else down[a]++;
    votes.push({ userId: userIds[u], argumentId: argIds[a], value });
  }
  const start = Date.UTC(2024, 0, 1);
  const items = argIds.map((id, a) => ({
    id,
    up: up[a],
    down: down[a],
    createdAt: new Date(start + a * 60_000),
    bridgingScore: null,
  }));
  const kinds = new Map(argIds.map((id, a) => [id, argSide[a]]));
  return { votes, stances, items, kinds };
}

function time<T>(fn: () => T): { ms: number[]; result: T } {
  let result = fn();
  for (let i = 1; i < WARMUP; i++) result = fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    ms.push(performance.now() - t0);
  }
  return { ms, result };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function timeAsync(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 2; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    ms.push(performance.now() - start);
  }
  return ms;
}

/** The same thread stored in a database, and the background fit timed end to end. */
async function benchDatabase(thread: Thread): Promise<void> {
  const db = await openDataSource({ url: process.env.DATABASE_URL, poolSize: 1 });
  const ds = db.dataSource;
  try {
    await ds.runMigrations({ transaction: 'each' });
    const userIds = [
      ...new Set(thread.votes.map((v) => v.userId).concat([...thread.stances.keys()])),
    ];
    const uuid = new Map<string, string>();
    const rows: { id: string }[] = await ds.query(
      `INSERT INTO users (username, email, password_hash)
       SELECT 'bench' || n || substr(md5(random()::text), 1, 6), 'bench' || n || substr(md5(random()::text), 1, 6) || '@example.com', 'x'
       FROM generate_series(1, $1) AS n RETURNING id`,
      [userIds.length + 1],
    );
    userIds.forEach((u, i) => uuid.set(u, rows[i].id));
    const [{ id: threadId }] = await ds.query(
      `INSERT INTO threads (motion, creator_id) VALUES ('Should the bench thread exist?', $1) RETURNING id`,
      [rows[rows.length - 1].id],
    );
    const argRows: { id: string }[] = await ds.query(
      `INSERT INTO arguments (thread_id, side, stance_on_motion, depth, body, created_at)
       SELECT $1, 'PRO', 'PRO', 0, 'argument ' || n, now() - make_interval(secs => n)
       FROM generate_series(1, $2) AS n RETURNING id`,
      [threadId, thread.items.length],
    );
    thread.items.forEach((item, i) => uuid.set(item.id, argRows[i].id));
    const votes = thread.votes;
    await ds.query(
      `INSERT INTO votes (user_id, argument_id, value)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::smallint[])`,
      [
        votes.map((v) => uuid.get(v.userId)),
        votes.map((v) => uuid.get(v.argumentId)),
        votes.map((v) => (v.value === 1 ? 1 : -1)),
      ],
    );
    await ds.query(
      `UPDATE arguments a SET upvotes = c.up, downvotes = c.down, score = c.up - c.down
       FROM (SELECT argument_id, count(*) FILTER (WHERE value = 1)::int AS up,
                    count(*) FILTER (WHERE value = -1)::int AS down FROM votes GROUP BY argument_id) c
       WHERE a.id = c.argument_id`,
    );
    const stances = [...thread.stances];
    await ds.query(
      `INSERT INTO stances (user_id, thread_id, stance)
       SELECT u, $1, s::stance FROM unnest($2::uuid[], $3::text[]) AS x(u, s)`,
      [
        threadId,
        stances.map(([u]) => uuid.get(u)),
        stances.map(([, s]) => (s > 0 ? 'AGREE' : 'DISAGREE')),
      ],
    );

    const runs = Math.max(3, Math.min(RUNS, 7));
    const fitMs = await timeAsync(runs, () => fitThreadBridging(ds.manager, threadId));
    const page = (sort: 'TOP' | 'BRIDGING') =>
      paginate(
        ds.manager
          .createQueryBuilder(ArgumentEntity, 'a')
          .where('a.thread_id = :threadId AND a.parent_id IS NULL', { threadId }),
        { table: 'arguments', alias: 'a', keys: SORT_KEYS[sort], list: `bench:${sort}` },
        50,
      );
    const topMs = await timeAsync(runs, () => page('TOP'));
    const bridgingMs = await timeAsync(runs, () => page('BRIDGING'));
    const format = (x: number): string => x.toFixed(1).padStart(9);
    console.log(
      `\n${db.embedded ? 'embedded PGlite (in memory)' : 'PostgreSQL server'}: ${runs} timed runs after 2 warm-up`,
    );
    console.log(`                          median ms   min ms`);
    console.log(
      `thread fit (read+fit+store) ${format(median(fitMs))} ${format(Math.min(...fitMs))}`,
    );
    console.log(`first page of 50, TOP     ${format(median(topMs))} ${format(Math.min(...topMs))}`);
    console.log(
      `first page of 50, BRIDGING ${format(median(bridgingMs))} ${format(Math.min(...bridgingMs))}`,
    );
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const thread = buildThread();
  const users = new Set(thread.votes.map((v) => v.userId)).size;
  const now = new Date(Date.UTC(2024, 0, 3));

  const fit = time(() => fitBridgingModel(thread.votes, { stances: thread.stances }));
  const top = time(() => rankArguments(thread.items, 'TOP', now));
  const scored = thread.items.map((item) => ({
    ...item,
    bridgingScore: fit.result.argumentIntercepts.get(item.id) ?? null,
  }));
  const bridging = time(() => rankArguments(scored, 'BRIDGING', now));

  const fitMedian = median(fit.ms);
  const topMedian = median(top.ms);
  const format = (x: number): string => x.toFixed(3).padStart(9);
  console.log(
    `thread: ${thread.items.length} arguments, ${thread.votes.length} votes, ${users} users; ` +
      `${fit.result.argumentIntercepts.size} arguments with ≥ 5 votes`,
  );
  console.log(
    `fit: ${fit.result.epochs} ALS sweeps, converged=${fit.result.converged}, ` +
      `loss=${fit.result.loss.toFixed(4)}; ${RUNS} timed runs after ${WARMUP} warm-up`,
  );
  console.log(`                          median ms   min ms`);
  console.log(`fitBridgingModel          ${format(fitMedian)} ${format(Math.min(...fit.ms))}`);
  console.log(`rankArguments TOP        ${format(topMedian)} ${format(Math.min(...top.ms))}`);
  console.log(
    `rankArguments BRIDGING   ${format(median(bridging.ms))} ${format(Math.min(...bridging.ms))}`,
  );
  console.log(`fit / TOP sort (medians): ${(fitMedian / topMedian).toFixed(1)}×`);

  // Sanity check of the model: arguments liked across camps should carry higher intercepts.
  const meanIntercept = (partisan: boolean): string => {
    const xs = [...fit.result.argumentIntercepts]
      .filter(([id]) => (thread.kinds.get(id) !== 0) === partisan)
      .map(([, x]) => x);
    return `${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(4)} over ${xs.length}`;
  };
  console.log(
    `mean argument intercept: cross-camp ${meanIntercept(false)}, partisan ${meanIntercept(true)}`,
  );
  await benchDatabase(thread);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
