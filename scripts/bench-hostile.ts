/**
 * Sends the hostile queries from the security issue to a production-mode server on the stock
 * sample thread (in-memory PGlite, or DATABASE_URL) and prints how fast each is refused and how
 * much the process's memory grows. Not a test: numbers only.
 *
 *   npm run bench            (after the bridging benchmark)
 *   node --expose-gc dist/scripts/bench-hostile.js [runs]
 */
import 'reflect-metadata';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';

const RUNS = Number(process.argv[2] ?? 50);
const WARMUP = 5;

const nest = (levels: number) => {
  let q = 'id body';
  for (let i = 0; i < levels; i++)
    q = `arguments(first: 100) { edges { node { thread { ${q} } } } }`;
  return `{ threads(first: 100) { edges { node { ${q} } } } }`;
};

const ATTACKS: Record<string, string> = {
  'deep query (6 levels of 100)': nest(6),
  'alias flood (5,000 aliases)': `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: threads(first: 1) { edges { cursor } }`).join(' ')} }`,
  'costly query (100 × 100 × 100)': `{ threads(first: 100) { edges { node { arguments(first: 100) { edges { node { children(first: 100) { edges { node { id } } } } } } } } } }`,
  'token flood (20,000 nested selections)': `{ ${'a { '.repeat(20000)}${'} '.repeat(20000)}}`,
};

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 1024 * 1024;
/** Memory after a full collection and a moment for the allocator to settle. */
async function settled(): Promise<{ rss: number; heap: number }> {
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const m = process.memoryUsage();
  return { rss: m.rss / MiB, heap: m.heapUsed / MiB };
}

async function main() {
  const config = loadConfig({
    NODE_ENV: 'production',
    TOKEN_SECRET: 'bench-only-secret-of-at-least-thirty-two-characters',
    LOG_LEVEL: 'silent',
    PGLITE_DATA_DIR: '',
    SEED_SAMPLE: 'true',
    RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    DATABASE_URL: process.env.DATABASE_URL ?? '',
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  const send = async (query: string) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code ?? 'ANSWERED';
  };

  console.log(
    `hostile queries, production mode, ${config.database.url ? 'PostgreSQL' : 'PGlite'}, ${RUNS} runs each${gc ? '' : ' (run with --expose-gc for steadier RSS)'}`,
  );
  console.log(
    'attack'.padEnd(40),
    'bytes'.padStart(7),
    'code'.padStart(26),
    'median ms'.padStart(10),
    'max ms'.padStart(8),
    'RSS Δ MiB'.padStart(10),
    'peak Δ MiB'.padStart(11),
    'heap Δ MiB'.padStart(11),
  );
  for (const [name, query] of Object.entries(ATTACKS)) {
    for (let i = 0; i < WARMUP; i++) await send(query);
    const before = await settled();
    let peak = before.rss;
    const times: number[] = [];
    let code = '';
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      code = await send(query);
      times.push(performance.now() - started);
      peak = Math.max(peak, process.memoryUsage().rss / MiB);
    }
    const after = await settled();
    times.sort((a, b) => a - b);
    console.log(
      name.padEnd(40),
      String(Buffer.byteLength(JSON.stringify({ query }))).padStart(7),
      code.padStart(26),
      times[Math.floor(times.length / 2)].toFixed(1).padStart(10),
      times[times.length - 1].toFixed(1).padStart(8),
      (after.rss - before.rss).toFixed(1).padStart(10),
      (peak - before.rss).toFixed(1).padStart(11),
      (after.heap - before.heap).toFixed(1).padStart(11),
    );
  }
  await app.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
