/**
 * The thread page against a hand-written ceiling, measured in one interleaved run.
 *
 *   npm run bench:page [-- --seconds 3 --rounds 4 --concurrency 16]
 *   npm run bench:page -- --only vote --profile-vote   (the vote loop alone, then its profile)
 *   npm run bench:page -- --profile --keep-profile page.cpuprofile   (keeps the raw profile)
 *   npm run bench:page -- --only page --watched-words 300   (readers' texts masked against 300
 *     CENSOR words, none of which they contain)
 *
 * Starts the built server (production mode) on a throwaway PostgreSQL database when DATABASE_URL
 * is set, otherwise on a temporary PGlite folder; loads a thread of the measured shape through the
 * API (20 threads, the measured one opened from an article, ~705 arguments, 3,000 votes); then,
 * round after round, loads the page as an
 * anonymous reader (cache bypassed with a fresh undeclared variable, and cached), as a signed-in
 * reader, and from a bare node:http + pg server answering the same JSON with one statement; and a
 * vote loop against a bare upsert that also updates counters and reputation. SQL statements per
 * request are counted by a second server instance whose database connection goes through a
 * counting proxy (PostgreSQL only: PGlite is one process). Prints req/s, p50/p99, ratios, the
 * statement counts and the server's peak RSS.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { wilsonSql } from '../src/arguments/argument-sort-keys';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 3);
const ROUNDS = arg('rounds', 4);
const CONCURRENCY = arg('concurrency', 16);
const PROFILE = process.argv.includes('--profile');
const PROFILE_VOTE = process.argv.includes('--profile-vote');
/** `--only vote` measures only the targets whose name contains it. */
const ONLY = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';
const THREADS = 20;
const USERS = 40;
const VOTES = 3_000;
const PASSWORD = 'bench password 1';
/** `--watched-words N`: N CENSOR words (none of them in the texts) every read masks against. */
const WATCHED_WORDS = arg('watched-words', 0);
const UNLIMITED = '1000000000,1000000000,1000000000,1000000000';

const PAGE = `query Page($id: ID!) { thread(id: $id) { id motion argumentCount article { title }
  balance { proWeight conWeight proShare stances { agree disagree undecided } }
  pro: arguments(side: PRO, first: 20) { edges { node { ...Arg } } }
  con: arguments(side: CON, first: 20) { edges { node { ...Arg } } } } }
fragment Arg on Argument { id body side upvotes downvotes proChildrenCount conChildrenCount
  author { username }
  children(first: 3) { edges { node { id body side upvotes downvotes author { username } } } } }`;

const VOTE = `mutation Vote($a: ID!, $v: VoteValue!) { vote(input: {argumentId: $a, value: $v}) { myVote } }`;

// ---------------------------------------------------------------------------------------------
// HTTP client with keep-alive and latency recording.

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function post(port: number, pathName: string, body: unknown, token?: string): Promise<any> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathName,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new Error(`${res.statusCode} ${text.slice(0, 200)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function gql(port: number, query: string, variables: unknown, token?: string) {
  const res = await post(port, '/graphql', { query, variables }, token);
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors[0]));
  return res.data;
}

interface Sample {
  count: number;
  seconds: number;
  latencies: number[];
}

/** Runs `task` from CONCURRENCY workers for SECONDS; every answer is checked by `task`. */
function load(task: (worker: number, i: number) => Promise<void>): Promise<Sample> {
  return loadFor(SECONDS, task);
}

async function loadFor(
  seconds: number,
  task: (worker: number, i: number) => Promise<void>,
): Promise<Sample> {
  const latencies: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        const t0 = performance.now();
        await task(worker, i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { count: latencies.length, seconds: (performance.now() - started) / 1000, latencies };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

// ---------------------------------------------------------------------------------------------
// Processes.

function startServer(
  port: number,
  env: Record<string, string>,
  flags = nodeFlags(),
  main = path.join(__dirname, '../src/main.js'),
): Promise<{ child: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      ...flags,
      '-r',
      path.join(__dirname, 'cpu-profile-hook.js'),
      '-r',
      path.join(__dirname, 'memory-hook.js'),
      main,
    ],
    {
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        SEED_SAMPLE: 'false',
        ADMIN_USERNAME: 'benchadmin',
        ADMIN_PASSWORD: PASSWORD,
        ADMIN_EMAIL: 'benchadmin@example.com',
        PREMOD_FIRST_POSTS: '0',
        RATE_POSTS_PER_HOUR: UNLIMITED,
        RATE_EDITS_PER_HOUR: UNLIMITED,
        RATE_VOTES_PER_HOUR: UNLIMITED,
        RATE_REPORTS_PER_DAY: UNLIMITED,
        ...benchLimits(),
        ...env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return waitForHealth(port, child).then(() => ({ child, stop }));
}

/**
 * The node flags of `npm run start:prod` (so the server runs as deployed), or `--node-flags "…"`
 * to try others.
 */
function nodeFlags(): string[] {
  const i = process.argv.indexOf('--node-flags');
  if (i > 0) return process.argv[i + 1].split(/\s+/).filter(Boolean);
  const pkg = JSON.parse(readFileSync(path.join(__dirname, '../../package.json'), 'utf8'));
  const start: string = pkg.scripts['start:prod'];
  return (/^node\s+(.*?)\s*dist\/src\/main\.js$/.exec(start)?.[1] ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * `--compare "…"` (repeatable): more servers on the same data, each with these node flags instead
 * of start:prod's, measured interleaved with the first one, so flags are compared under the same
 * load. They start after the data is loaded (the first server loaded it); `--compare ""` adds a
 * fresh server with no flags to compare against.
 */
function comparedFlags(): string[][] {
  const flags: string[][] = [];
  process.argv.forEach((a, i) => {
    if (a === '--compare') flags.push(process.argv[i + 1].split(/\s+/).filter(Boolean));
  });
  return flags;
}

/**
 * `--compare-build <dist folder>`: one more server, from another build (e.g. the code before a
 * change, copied from its `dist/`), with start:prod's flags. Its folder must sit inside the
 * project (e.g. under node_modules/) so it finds the packages.
 */
const COMPARE_BUILD = process.argv.includes('--compare-build')
  ? path.resolve(process.argv[process.argv.indexOf('--compare-build') + 1])
  : undefined;

/** "NAME=value NAME2=value2" as an environment. */
const envOf = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );

/**
 * `--compare-env "NAME=value …"` (repeatable): more servers on the same data with start:prod's
 * flags and these settings, measured interleaved with the first one (settings compared under the
 * same load, e.g. GRAPHQL_COMPILED_EXECUTION=true).
 */
function comparedEnvs(): string[] {
  return process.argv.flatMap((a, i) => (a === '--compare-env' ? [process.argv[i + 1]] : []));
}

/**
 * Settings that lift the per-client request and sign-up limits for a load test from one address,
 * and any `--server-env "NAME=value …"` given to every server.
 */
function benchLimits(): Record<string, string> {
  const i = process.argv.indexOf('--server-env');
  return {
    RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
    SIGNUPS_PER_IP_PER_HOUR: '100000',
    ...(i > 0 ? envOf(process.argv[i + 1]) : {}),
  };
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited (${child.exitCode})`);
    const ok = await new Promise<boolean>((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path: '/health' }, (res) => {
          res.resume();
          resolve(res.statusCode === 200);
        })
        .on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server on ${port} did not become healthy`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** What the server's memory-hook last wrote: process.memoryUsage() and V8's heap spaces. */
interface MemorySample {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  spaces: Record<string, number>;
}

function memorySample(file: string): MemorySample | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as MemorySample;
  } catch {
    return undefined; // not written yet, or read while being written
  }
}

/** Linux's clock ticks per second (getconf CLK_TCK), the unit of /proc's CPU times. */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system, ms) a process has used, from /proc, with that of its children that
 * ended (a PostgreSQL backend or autovacuum worker that exits mid-round is counted in the
 * postmaster's); 0 where it cannot be read.
 */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime, stime, cutime and cstime
    // are the 12th to the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU time of every PostgreSQL process on this machine (the database under test when local). */
function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        total += cpuMs(Number(entry));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}

/**
 * CPU used per request while a target ran: its server, PostgreSQL, and this process (the
 * clients, and the ceiling, which runs here). Linux only; elsewhere the columns read 0.
 */
interface CpuSample {
  server: number;
  postgres: number;
  bench: number;
}
const cpuNow = (serverPid: number | undefined): CpuSample => ({
  server: serverPid === undefined ? 0 : cpuMs(serverPid),
  postgres: postgresCpuMs(),
  bench: cpuMs(process.pid),
});

function rssMb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/**
 * A TCP proxy in front of PostgreSQL that counts the statements a client sends: simple-protocol
 * Query ('Q') and extended-protocol Execute ('E') messages of the frontend stream.
 */
function countingProxy(target: { host: string; port: number }) {
  let texts: string[] = [];
  const cString = (b: Buffer, at: number) => b.toString('utf8', at, b.indexOf(0, at));
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    let buffer = Buffer.alloc(0);
    let startup = true;
    // This connection's statements by name and portals by name (the unnamed ones are '').
    const prepared = new Map<string, string>();
    const portals = new Map<string, string>();
    client.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const len = buffer.readInt32BE(0);
          if (buffer.length < len) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(len);
          // SSLRequest / GSSENCRequest are followed by another startup packet.
          if (code !== 80877103 && code !== 80877104) startup = false;
          continue;
        }
        if (buffer.length < 5) break;
        const len = buffer.readInt32BE(1);
        if (buffer.length < len + 1) break;
        const type = String.fromCharCode(buffer[0]);
        // A Query runs its text; an Execute runs the portal a Bind made of a Parsed statement.
        if (type === 'Q') texts.push(cString(buffer, 5));
        if (type === 'P') {
          const name = cString(buffer, 5);
          prepared.set(name, cString(buffer, 5 + Buffer.byteLength(name) + 1));
        }
        if (type === 'B') {
          const portal = cString(buffer, 5);
          portals.set(portal, cString(buffer, 5 + Buffer.byteLength(portal) + 1));
        }
        if (type === 'E') texts.push(prepared.get(portals.get(cString(buffer, 5)) ?? '') ?? '?');
        buffer = buffer.subarray(len + 1);
      }
      upstream.write(chunk);
    });
    upstream.on('data', (c) => client.write(c));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return {
    listen: () =>
      new Promise<number>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
      ),
    reset: () => {
      texts = [];
    },
    /** Every statement run since the reset, in order. */
    get texts() {
      return texts;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// ---------------------------------------------------------------------------------------------
// The hand-written ceiling: one statement per page, one per vote, each prepared (named) so
// PostgreSQL plans it once per connection, as hand-written code for a hot path would.

const ORDER = (a: string) =>
  `(${a}.bridging_score IS NOT NULL) DESC, coalesce(${a}.bridging_score, ${wilsonSql(a)}) DESC, ${a}.created_at DESC, ${a}.id DESC`;

const argJson = (a: string, u: string) =>
  `'id', ${a}.id, 'body', ${a}.body, 'side', ${a}.side, 'upvotes', ${a}.upvotes, 'downvotes', ${a}.downvotes, 'author', json_build_object('username', ${u}.username)`;

const sideSql = (side: 'PRO' | 'CON') => `(SELECT coalesce(json_agg(json_build_object('node',
    json_build_object(${argJson('a', 'u')}, 'proChildrenCount', a.pro_children_count,
      'conChildrenCount', a.con_children_count,
      'children', json_build_object('edges', (SELECT coalesce(json_agg(json_build_object('node',
        json_build_object(${argJson('c', 'cu')})) ORDER BY ${ORDER('c')}), '[]')
        FROM (SELECT * FROM arguments c WHERE c.parent_id = a.id AND c.status = 'PUBLISHED'
              ORDER BY ${ORDER('c')} LIMIT 3) c LEFT JOIN users cu ON cu.id = c.author_id))))
    ORDER BY ${ORDER('a')}), '[]')
  FROM (SELECT * FROM arguments a WHERE a.thread_id = t.id AND a.parent_id IS NULL
        AND a.side = '${side}' AND a.status = 'PUBLISHED' ORDER BY ${ORDER('a')} LIMIT 20) a
  LEFT JOIN users u ON u.id = a.author_id)`;

const CEILING_PAGE = `SELECT json_build_object('data', json_build_object('thread', json_build_object(
  'id', t.id, 'motion', t.motion, 'argumentCount', t.argument_count,
  'article', (SELECT json_build_object('title', ar.title) FROM articles ar WHERE ar.id = t.article_id),
  'balance', json_build_object('proWeight', coalesce((to_jsonb(t)->>'pro_weight')::float8, 0),
    'conWeight', coalesce((to_jsonb(t)->>'con_weight')::float8, 0),
    'stances', json_build_object('agree', t.agree_count, 'disagree', t.disagree_count,
      'undecided', t.undecided_count)),
  'pro', json_build_object('edges', ${sideSql('PRO')}),
  'con', json_build_object('edges', ${sideSql('CON')})))) AS page
FROM threads t WHERE t.id = $1`;

/** Upserts a vote, moves the argument's counters and its author's reputation: one statement. */
const CEILING_VOTE = `WITH prev AS (
    SELECT value FROM votes WHERE user_id = $1 AND argument_id = $2 FOR UPDATE),
  saved AS (
    INSERT INTO votes (user_id, argument_id, value) VALUES ($1, $2, $3)
    ON CONFLICT (user_id, argument_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()
    RETURNING value),
  delta AS (
    SELECT ($3 = 1)::int - coalesce((SELECT (value = 1)::int FROM prev), 0) AS up,
           ($3 = -1)::int - coalesce((SELECT (value = -1)::int FROM prev), 0) AS down
    FROM saved),
  moved AS (
    UPDATE arguments a SET upvotes = a.upvotes + d.up, downvotes = a.downvotes + d.down,
      score = a.score + d.up - d.down
    FROM delta d WHERE a.id = $2 RETURNING a.author_id, d.up - d.down AS change)
UPDATE users SET reputation = reputation + moved.change FROM moved WHERE users.id = moved.author_id`;

function startCeiling(connectionString: string, port: number) {
  const pool = new Pool({ connectionString, max: 10 });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const done = (json: string) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(json);
      };
      const fail = (e: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: e.message }] }));
      };
      if (req.url === '/page') {
        pool
          .query({ name: 'page', text: CEILING_PAGE, values: [body.id] })
          .then((r) => done(JSON.stringify(r.rows[0].page)))
          .catch(fail);
      } else {
        pool
          .query({
            name: 'vote',
            text: CEILING_VOTE,
            values: [body.userId, body.argumentId, body.value],
          })
          .then(() => done('{"data":{"vote":{"myVote":"ok"}}}'))
          .catch(fail);
      }
    });
  });
  return new Promise<{ close: () => Promise<void> }>((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        close: async () => {
          await new Promise<void>((r) => server.close(() => r()));
          await pool.end();
        },
      }),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Data: the measured shape, loaded through the API.

interface Loaded {
  pageThreadId: string;
  users: { id: string; token: string }[];
  voteTargets: string[];
}

/** mulberry32: a fixed pseudo-random sequence so every run loads the same data. */
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

async function inParallel<T>(items: T[], width: number, fn: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** A made-up news report for the measured page's thread. */
const BENCH_ARTICLE = `Benchmark city to ban cars from its centre

The council of Benchmark City voted on Tuesday to ban private cars from the old centre from next spring.

"Our streets are for people, not for parking," said the mayor, Ana Ortiz, who proposed the ban.

Shopkeepers oppose the plan. "Customers who drive will simply go elsewhere," said Tom Reyes, who runs a hardware shop on the main square.

The ban will be reviewed after a year.`;

async function loadData(port: number): Promise<Loaded> {
  const random = generator(7);
  const admin = await gql(
    port,
    `mutation($p: String!) { signIn(input: {login: "benchadmin", password: $p}) { accessToken } }`,
    { p: PASSWORD },
  );
  const adminToken: string = admin.signIn.accessToken;
  const users: { id: string; token: string }[] = [];
  for (let i = 0; i < USERS; i++) {
    const name = `reader${i}_${randomUUID().slice(0, 6)}`;
    const res = await gql(
      port,
      `mutation($u: String!, $e: String!, $p: String!) { signUp(input: {username: $u, email: $e, password: $p}) { accessToken user { id } } }`,
      { u: name, e: `${name}@example.com`, p: PASSWORD },
    );
    users.push({ id: res.signUp.user.id, token: res.signUp.accessToken });
  }
  // The measured page's thread is opened from an article, as the issue's page has its title.
  const opened = await gql(
    port,
    `mutation($t: String!, $m: String!) { importArticle(input: {format: TEXT, text: $t, motion: $m}) { thread { id } } }`,
    { t: BENCH_ARTICLE, m: 'Should benchmark city ban cars from its centre?' },
    adminToken,
  );
  const threadIds: string[] = [opened.importArticle.thread.id];
  for (let i = 1; i < THREADS; i++) {
    const res = await gql(
      port,
      `mutation($m: String!) { createThread(input: {motion: $m, tags: ["bench"]}) { thread { id } } }`,
      { m: `Should benchmark city number ${i} ban cars from its centre?` },
      adminToken,
    );
    threadIds.push(res.createThread.thread.id);
  }
  const pageThreadId = threadIds[0];
  const created: { id: string; threadId: string; authorIndex: number }[] = [];
  const createArgument = async (
    threadId: string,
    side: string,
    parentId: string | null,
    n: number,
  ) => {
    // The first CONCURRENCY users never write, so the vote loop never meets its own argument.
    const authorIndex = CONCURRENCY + Math.floor(random() * (users.length - CONCURRENCY));
    const author = users[authorIndex];
    const res = await gql(
      port,
      `mutation($i: CreateArgumentInput!) { createArgument(input: $i) { argument { id } } }`,
      {
        i: {
          threadId,
          side,
          parentId,
          body: `Argument ${n}: cars in the centre ${side === 'PRO' ? 'cost' : 'bring'} more than they ${side === 'PRO' ? 'bring' : 'cost'}, because deliveries, buses and residents share one street grid.`,
        },
      },
      author.token,
    );
    created.push({ id: res.createArgument.argument.id, threadId, authorIndex });
    return res.createArgument.argument.id as string;
  };
  // The page thread: 150 arguments on the motion, each with two replies (450 in all).
  const tops: string[] = [];
  await inParallel(
    Array.from({ length: 150 }, (_, i) => i),
    8,
    async (i) => {
      tops.push(await createArgument(pageThreadId, i % 2 ? 'PRO' : 'CON', null, i));
    },
  );
  await inParallel(
    tops.flatMap((t) => [t, t]),
    8,
    async (parent, i) => {
      await createArgument(pageThreadId, i % 2 ? 'PRO' : 'CON', parent, 1000 + i);
    },
  );
  // The other 19 threads: 255 arguments between them.
  await inParallel(
    Array.from({ length: 255 }, (_, i) => i),
    8,
    async (i) => {
      await createArgument(
        threadIds[1 + (i % (THREADS - 1))],
        i % 3 ? 'PRO' : 'CON',
        null,
        2000 + i,
      );
    },
  );
  // 3,000 distinct (user, argument) votes, two thirds on the page thread.
  const pairs = new Set<string>();
  const votes: { user: number; argumentId: string; up: boolean }[] = [];
  const onPage = created.filter((a) => a.threadId === pageThreadId);
  const elsewhere = created.filter((a) => a.threadId !== pageThreadId);
  while (votes.length < VOTES) {
    const pool = votes.length < (VOTES * 2) / 3 ? onPage : elsewhere;
    const target = pool[Math.floor(random() * pool.length)];
    const argumentId = target.id;
    const user = Math.floor(random() * users.length);
    if (user === target.authorIndex || pairs.has(`${user}:${argumentId}`)) continue;
    pairs.add(`${user}:${argumentId}`);
    votes.push({ user, argumentId, up: random() < 0.7 });
  }
  await inParallel(votes, 8, async (v) => {
    await gql(port, VOTE, { a: v.argumentId, v: v.up ? 'UP' : 'DOWN' }, users[v.user].token);
  });
  for (let i = 0; i < WATCHED_WORDS; i++) {
    await gql(
      port,
      `mutation($p: String!) { addWatchedWord(input: {pattern: $p, action: CENSOR}) { watchedWord { id } } }`,
      { p: `zq${i.toString(36)}word` },
      adminToken,
    );
  }
  return { pageThreadId, users, voteTargets: onPage.slice(0, 64).map((a) => a.id) };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  let dbUrl: string | undefined;
  let dropDatabase = async () => {};
  let pgliteDir: string | undefined;
  if (serverUrl) {
    const name = `rostra_bench_${process.pid}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    dbUrl = url.toString();
    dropDatabase = async () => {
      if (process.argv.includes('--keep-database')) return console.log(`kept database ${name}`);
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    pgliteDir = mkdtempSync(path.join(tmpdir(), 'rostra-bench-'));
  }
  const dbEnv: Record<string, string> = dbUrl
    ? { DATABASE_URL: dbUrl }
    : { PGLITE_DATA_DIR: pgliteDir! };

  const port = await freePort();
  const profileFile = path.join(tmpdir(), `rostra-bench-${process.pid}.cpuprofile`);
  const memoryFile = (n: number) =>
    path.join(tmpdir(), `rostra-bench-${process.pid}.${n}.memory.json`);
  const server = await startServer(port, {
    ...dbEnv,
    MEMORY_FILE: memoryFile(0),
    ...(PROFILE || PROFILE_VOTE ? { CPU_PROFILE_FILE: profileFile } : {}),
  });
  const stops: (() => Promise<void>)[] = [server.stop];
  const compared = comparedFlags();
  stops.push(async () => rmSync(memoryFile(0), { force: true }));
  try {
    const t0 = performance.now();
    const data = await loadData(port);
    console.log(
      `loaded 20 threads, ~705 arguments, 3,000 votes in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );

    // The servers measured: the one that loaded the data, and one per `--compare`.
    const servers = [{ label: nodeFlags().join(' ') || 'start:prod', port, server }];
    /** One more server on the loaded data, measured in the same rounds under `label`. */
    const addServer = async (
      label: string,
      env: Record<string, string>,
      flags: string[],
      main?: string,
    ) => {
      const comparePort = await freePort();
      const n = servers.length;
      const started = await startServer(
        comparePort,
        { ...dbEnv, ...env, MIGRATIONS_RUN: 'false', MEMORY_FILE: memoryFile(n) },
        flags,
        main,
      );
      stops.unshift(started.stop);
      stops.push(async () => rmSync(memoryFile(n), { force: true }));
      servers.push({ label, port: comparePort, server: started });
    };
    for (const flags of compared) await addServer(flags.join(' ') || 'no flags', {}, flags);
    for (const settings of comparedEnvs()) await addServer(settings, envOf(settings), nodeFlags());
    if (COMPARE_BUILD)
      await addServer(
        `build ${COMPARE_BUILD}`,
        {},
        nodeFlags(),
        path.join(COMPARE_BUILD, 'src/main.js'),
      );
    const suffix = (label: string) => (servers.length > 1 ? ` [${label}]` : '');

    let nonce = 0;
    const checkPage = (res: any) => {
      if (res.errors?.length || !res.data?.thread?.pro?.edges?.length)
        throw new Error(`bad page: ${JSON.stringify(res).slice(0, 300)}`);
    };
    const serverTargets = (
      port: number,
    ): Record<string, (w: number, i: number) => Promise<void>> => ({
      'page, anonymous, uncached': async () =>
        checkPage(
          await post(port, '/graphql', {
            query: PAGE,
            variables: { id: data.pageThreadId, nocache: ++nonce },
          }),
        ),
      'page, anonymous, cached': async () =>
        checkPage(
          await post(port, '/graphql', { query: PAGE, variables: { id: data.pageThreadId } }),
        ),
      'page, signed in': async (w) =>
        checkPage(
          await post(
            port,
            '/graphql',
            { query: PAGE, variables: { id: data.pageThreadId } },
            data.users[w % data.users.length].token,
          ),
        ),
      vote: async (w, i) => {
        const user = data.users[w % data.users.length];
        const res = await post(
          port,
          '/graphql',
          {
            query: VOTE,
            variables: {
              a: data.voteTargets[(i >> 1) % data.voteTargets.length],
              v: i % 2 ? 'DOWN' : 'UP',
            },
          },
          user.token,
        );
        if (res.errors?.length) throw new Error(JSON.stringify(res.errors[0]));
      },
    });
    // Each target, with the server (its index in `servers`) whose memory it is watched on.
    const targets: Record<string, (w: number, i: number) => Promise<void>> = {};
    const serverOf = new Map<string, number>();
    for (const [n, s] of servers.entries())
      for (const [name, task] of Object.entries(serverTargets(s.port))) {
        targets[`${name}${suffix(s.label)}`] = task;
        serverOf.set(`${name}${suffix(s.label)}`, n);
      }

    let ceiling: { close: () => Promise<void> } | undefined;
    const ceilingPort = await freePort();
    if (dbUrl) {
      ceiling = await startCeiling(dbUrl, ceilingPort);
      stops.unshift(ceiling.close);
      const sample = await post(ceilingPort, '/page', { id: data.pageThreadId });
      checkPage(sample);
      targets['page, bare SQL ceiling'] = async () =>
        checkPage(await post(ceilingPort, '/page', { id: data.pageThreadId }));
      targets['vote, bare upsert'] = async (w, i) => {
        const user = data.users[w % data.users.length];
        const res = await post(ceilingPort, '/vote', {
          userId: user.id,
          argumentId: data.voteTargets[(i >> 1) % data.voteTargets.length],
          value: i % 2 ? -1 : 1,
        });
        if (res.errors?.length) throw new Error(res.errors[0].message);
      };
    }

    for (const name of Object.keys(targets)) if (!name.includes(ONLY)) delete targets[name];
    // Warm up every target once, then interleave.
    for (const task of Object.values(targets)) await task(0, 0);
    const samples = new Map<string, Sample[]>();
    const rssBefore = servers.map((s) => rssMb(s.server.child.pid!));
    const peakRss = [...rssBefore];
    // Per target, its server's memory at the highest RSS seen while that target ran.
    const memoryAtPeak = new Map<string, MemorySample>();
    const cpu = new Map<string, CpuSample>();
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, task] of Object.entries(targets)) {
        const n = serverOf.get(name) ?? 0;
        const timer = setInterval(() => {
          peakRss[n] = Math.max(peakRss[n], rssMb(servers[n].server.child.pid!));
          const m = memorySample(memoryFile(n));
          if (m && m.rss > (memoryAtPeak.get(name)?.rss ?? 0)) memoryAtPeak.set(name, m);
        }, 100);
        const pid = serverOf.has(name) ? servers[n].server.child.pid : undefined;
        const cpuBefore = cpuNow(pid);
        const s = await load(task);
        const cpuAfter = cpuNow(pid);
        const used = cpu.get(name) ?? { server: 0, postgres: 0, bench: 0 };
        for (const k of ['server', 'postgres', 'bench'] as const)
          used[k] += cpuAfter[k] - cpuBefore[k];
        cpu.set(name, used);
        clearInterval(timer);
        samples.set(name, [...(samples.get(name) ?? []), s]);
      }
    }

    const rows = [...samples.entries()].map(([name, list]) => {
      const latencies = list.flatMap((s) => s.latencies).sort((a, b) => a - b);
      const rate = list.reduce((n, s) => n + s.count, 0) / list.reduce((n, s) => n + s.seconds, 0);
      const count = list.reduce((n, s) => n + s.count, 0);
      const used = cpu.get(name) ?? { server: 0, postgres: 0, bench: 0 };
      const per = (ms: number) => (ms / count).toFixed(2);
      return {
        name,
        rate,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        cpu: `${serverOf.has(name) ? per(used.server) : '–'} | ${per(used.postgres)} | ${per(used.bench)}`,
      };
    });
    const rate = (name: string) => rows.find((r) => r.name === name)?.rate;
    console.log(
      `\n${CONCURRENCY} concurrent clients, ${ROUNDS} interleaved rounds of ${SECONDS} s, ${dbUrl ? 'PostgreSQL' : 'PGlite'}`,
    );
    console.log(
      '| target | req/s | p50 ms | p99 ms | CPU ms/request: server | PostgreSQL | benchmark (clients, ceiling) |\n|---|---|---|---|---|---|---|',
    );
    for (const r of rows)
      console.log(
        `| ${r.name} | ${r.rate.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.cpu} |`,
      );
    const ratio = (a: string, b: string) => {
      const x = rate(a);
      const y = rate(b);
      return x && y ? (x / y).toFixed(2) : 'n/a';
    };
    for (const [n, { label }] of servers.entries()) {
      const at = suffix(label);
      if (servers.length > 1) console.log(`\nnode flags: ${label}`);
      console.log(
        `${servers.length > 1 ? '' : '\n'}uncached anonymous page / ceiling: ${ratio(`page, anonymous, uncached${at}`, 'page, bare SQL ceiling')} (target ≥ 0.6)`,
      );
      console.log(
        `cached anonymous page / ceiling:   ${ratio(`page, anonymous, cached${at}`, 'page, bare SQL ceiling')} (target ≥ 1.0)`,
      );
      console.log(
        `signed-in page / ceiling:          ${ratio(`page, signed in${at}`, 'page, bare SQL ceiling')}`,
      );
      console.log(
        `vote / bare upsert:                ${ratio(`vote${at}`, 'vote, bare upsert')} (target ≥ 0.5)`,
      );
      console.log(`server peak RSS under load: ${peakRss[n].toFixed(0)} MB (target < 250)`);
      console.log(`server RSS before the load: ${rssBefore[n].toFixed(0)} MB`);
    }
    printMemory(memoryAtPeak);

    if (PROFILE) await profileUncachedPage(server.child, port, data, profileFile);
    if (PROFILE_VOTE) await profileVotes(server.child, profileFile, targets.vote);

    if (dbUrl) await countStatements(dbUrl, data);
    else console.log('statements per request: counted on PostgreSQL only (set DATABASE_URL)');
  } finally {
    for (const stop of stops) await stop().catch(() => undefined);
    agent.destroy();
    await dropDatabase().catch((e) =>
      console.error(`could not drop the bench database: ${e.message}`),
    );
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
  }
}

/**
 * What the RSS peak is made of, per target (at the highest RSS seen while it ran): V8's heap
 * (committed and used, and its young generation, old generation and large objects), memory
 * outside it that V8 knows of (Buffers), and the rest (code, stacks, native allocations, memory
 * the allocator has not returned).
 */
function printMemory(memoryAtPeak: Map<string, MemorySample>): void {
  const mb = (n: number | undefined) => ((n ?? 0) / 1024 / 1024).toFixed(0);
  console.log(
    '| at the peak of | RSS | heap committed | heap used | young gen | old gen | large objects | external | of it Buffers | rest |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const [name, m] of memoryAtPeak) {
    const rest = m.rss - m.heapTotal - m.external;
    console.log(
      `| ${name} | ${mb(m.rss)} | ${mb(m.heapTotal)} | ${mb(m.heapUsed)} | ${mb(m.spaces.new_space)} | ${mb(m.spaces.old_space)} | ${mb(m.spaces.large_object_space)} | ${mb(m.external)} | ${mb(m.arrayBuffers)} | ${mb(rest)} |`,
    );
  }
}

/**
 * Profiles the server (cpu-profile-hook.js) while it serves the uncached anonymous page for
 * SECONDS × ROUNDS, and prints where its CPU time went: by package (self time) and the top
 * functions. Shares are of the non-idle time.
 */
async function profileUncachedPage(
  child: ChildProcess,
  port: number,
  data: Loaded,
  file: string,
): Promise<void> {
  let nonce = 0;
  child.kill('SIGWINCH');
  await new Promise((r) => setTimeout(r, 200));
  const sample = await loadFor(SECONDS * ROUNDS, async () => {
    await post(port, '/graphql', {
      query: PAGE,
      variables: { id: data.pageThreadId, nocache: `p${++nonce}` },
    });
  });
  child.kill('SIGWINCH');
  const deadline = Date.now() + 30_000;
  while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  keepOrRemoveProfile(file);
  const rate = sample.count / sample.seconds;
  console.log(`\nCPU profile, anonymous uncached page (${rate.toFixed(0)} req/s while profiled)`);
  const { byPackage, byFunction, total } = summarize(profile);
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  const perPage = (us: number) => `${(us / 1000 / sample.count).toFixed(2)} ms`;
  console.log(`Node CPU per page: ${perPage(total)}`);
  console.log('| self time by package | share |\n|---|---|');
  for (const [name, us] of byPackage.slice(0, 14)) console.log(`| ${name} | ${pct(us)} |`);
  console.log('| top functions (self) | share |\n|---|---|');
  for (const [name, us] of byFunction.slice(0, 20)) console.log(`| ${name} | ${pct(us)} |`);
}

/** `--keep-profile <file>` keeps the raw profile (for Chrome DevTools or speedscope). */
function keepOrRemoveProfile(file: string): void {
  const i = process.argv.indexOf('--keep-profile');
  if (i > 0) renameSync(file, path.resolve(process.argv[i + 1]));
  else rmSync(file, { force: true });
}

/** Profiles the server while it serves the vote loop alone, as `profileUncachedPage` does. */
async function profileVotes(
  child: ChildProcess,
  file: string,
  vote: (w: number, i: number) => Promise<void>,
): Promise<void> {
  child.kill('SIGWINCH');
  await new Promise((r) => setTimeout(r, 200));
  const sample = await loadFor(SECONDS * ROUNDS, vote);
  child.kill('SIGWINCH');
  const deadline = Date.now() + 30_000;
  while (!existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  keepOrRemoveProfile(file);
  const { byPackage, byFunction, total } = summarize(profile);
  const pct = (us: number) => `${((100 * us) / total).toFixed(1)}%`;
  console.log(
    `\nCPU profile, vote loop (${(sample.count / sample.seconds).toFixed(0)} req/s while profiled)`,
  );
  console.log(`Node CPU per vote: ${(total / 1000 / sample.count).toFixed(2)} ms`);
  console.log('| self time by package | share |\n|---|---|');
  for (const [name, us] of byPackage.slice(0, 14)) console.log(`| ${name} | ${pct(us)} |`);
  console.log('| top functions (self) | share |\n|---|---|');
  for (const [name, us] of byFunction.slice(0, 25)) console.log(`| ${name} | ${pct(us)} |`);
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time (µs) by package and by function, idle excluded. A native function (no script, e.g.
 * a socket's writev) counts under the package of the nearest script that called it, as
 * "package → name".
 */
function summarize(profile: CpuProfile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const callerUrl = (id: number): string => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const url = nodes.get(p)!.callFrame.url;
      if (url) return url;
    }
    return '?';
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + Math.max(0, profile.timeDeltas[i] ?? 0)),
  );
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    // The profiler's own start and stop (cpu-profile-hook's inspector calls) are not the server's.
    if (!url && callerUrl(id) === 'node:inspector') continue;
    total += us;
    const group = url
      ? packageOf(url)
      : functionName.startsWith('(')
        ? functionName
        : `${packageOf(callerUrl(id))} → ${functionName}`;
    pkg.set(group, (pkg.get(group) ?? 0) + us);
    const where = url
      ? ` ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${lineNumber + 1}`
      : '';
    const key =
      url || functionName.startsWith('(') ? `${functionName || '(anonymous)'}${where}` : group;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { byPackage: sorted(pkg), byFunction: sorted(fn), total };
}

function packageOf(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node internals';
  return url.includes('/dist/') ? 'rostra (dist/)' : 'other';
}

/** A second instance through the counting proxy: statements for one request of each kind. */
async function countStatements(dbUrl: string, data: Loaded): Promise<void> {
  const url = new URL(dbUrl);
  const proxy = countingProxy({ host: url.hostname, port: Number(url.port || 5432) });
  const proxyPort = await proxy.listen();
  url.hostname = '127.0.0.1';
  url.port = String(proxyPort);
  const port = await freePort();
  const counted = await startServer(port, {
    DATABASE_URL: url.toString(),
    MIGRATIONS_RUN: 'false',
  });
  try {
    // pg-boss's job poller shares the connection pool; its polls are not the request's.
    const background = (t: string) => /\bpgboss\./.test(t);
    // Background jobs catching up after the load (bridging fits, the balance keeper) share the
    // pool: wait until the counted connections are quiet, so the count is the request's alone.
    const quiet = async () => {
      for (let seen = -1, waited = 0; waited < 30_000; waited += 500) {
        const now = proxy.texts.filter((t) => !background(t)).length;
        if (now === seen) return;
        seen = now;
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    const measure = async (name: string, run: () => Promise<unknown>) => {
      await run(); // warm: per-process caches are filled once, not per page
      await quiet();
      proxy.reset();
      await run();
      await new Promise((r) => setTimeout(r, 50));
      const own = proxy.texts.filter((t) => !background(t));
      const polls = proxy.texts.length - own.length;
      console.log(
        `statements, ${name}: ${own.length}${polls ? ` (+${polls} background job polls)` : ''}`,
      );
      if (process.argv.includes('--statements'))
        for (const t of own) console.log(`  ${t.replace(/\s+/g, ' ').slice(0, 300)}`);
    };
    await measure('anonymous page (uncached)', () =>
      post(port, '/graphql', {
        query: PAGE,
        variables: { id: data.pageThreadId, nocache: randomUUID() },
      }),
    );
    await measure('signed-in page', () =>
      post(
        port,
        '/graphql',
        { query: PAGE, variables: { id: data.pageThreadId } },
        data.users[1].token,
      ),
    );
    let flip = 0;
    await measure('vote', () =>
      post(
        port,
        '/graphql',
        { query: VOTE, variables: { a: data.voteTargets[5], v: flip++ % 2 ? 'DOWN' : 'UP' } },
        data.users[2].token,
      ),
    );
  } finally {
    await counted.stop();
    await proxy.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
