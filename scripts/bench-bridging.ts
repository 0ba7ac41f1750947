/**
 * Times fitBridgingModel on a synthetic thread: 1,000 arguments, 20,000 votes, ~2,000 users.
 * Deterministic (seeded generator); no database, nothing external.
 *
 *   npx tsc -p tsconfig.build.json && node dist/scripts/bench-bridging.js [runs]
 */
import { performance } from 'node:perf_hooks';
import { BridgingVote, fitBridgingModel } from '../src/votes/ranking/bridging-model';
import { RankableArgument, rankArguments } from '../src/votes/ranking/rank-arguments';

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

function main(): void {
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
}

main();
