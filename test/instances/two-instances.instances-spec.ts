import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import type { Client } from 'graphql-ws';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';
import { eventually, GqlResult, Instance, sleep } from './instance';
import { TcpProxy } from './tcp-proxy';

/**
 * Two real server processes on one PostgreSQL and one Redis (the machine's), the way Rostra
 * runs behind a load balancer: started together on an empty database, killed, shut down and
 * cut off from Redis while they serve. Run with `npm run test:instances` (it builds first).
 */
const SERVER = process.env.INSTANCES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = new URL(process.env.INSTANCES_REDIS_URL ?? 'redis://127.0.0.1:6379');
const DEBOUNCE_MS = 3000;
const PASSWORD = 'a long enough password';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const OPEN = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`;
const POST = `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`;
const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
const SCORE = `query($id: ID!) { argument(id: $id) { bridgingScore } }`;
const ACTIVITY = `subscription($threadId: ID!) { threadActivity(threadId: $threadId) { kind sequence argument { id } } }`;

interface Heard {
  kind: string;
  sequence: number;
  argument: { id: string } | null;
}

function listen(client: Client, threadId: string) {
  const heard: Heard[] = [];
  const errors: unknown[] = [];
  const stop = client.subscribe<{ threadActivity: Heard }>(
    { query: ACTIVITY, variables: { threadId } },
    {
      next: (m) => (m.data ? heard.push(m.data.threadActivity) : errors.push(m.errors)),
      error: (e) => errors.push(e),
      complete: () => undefined,
    },
  );
  return { heard, errors, stop };
}

describe('two instances on one PostgreSQL and one Redis', () => {
  let db: TestDatabase;
  let dbUrl: string;
  let proxy: TcpProxy;
  let a: Instance;
  let b: Instance;
  const clients: Client[] = [];
  let admin: string;
  let threadId: string;
  let author: string;
  let voters: string[];

  async function sql<T = any>(query: string, params: unknown[] = []): Promise<T[]> {
    const c = new PgClient({ connectionString: dbUrl });
    await c.connect();
    try {
      return (await c.query(query, params)).rows as T[];
    } finally {
      await c.end();
    }
  }

  const ok = (r: GqlResult): any => {
    if (r.errors?.length || !r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };

  const signUp = async (on: Instance) => {
    const username = `u${randomBytes(5).toString('hex')}`;
    const input = { username, email: `${username}@example.com`, password: PASSWORD };
    return ok(await on.gql(SIGN_UP, { input })).signUp.accessToken as string;
  };

  const postArgument = async (on: Instance, body: string) =>
    ok(await on.gql(POST, { input: { threadId, side: 'PRO', body } }, author)).createArgument
      .argument.id as string;

  const voteAll = (argumentId: string, on: (i: number) => Instance) =>
    Promise.all(
      voters.map(async (token, i) =>
        ok(await on(i).gql(VOTE, { input: { argumentId, value: 'UP' } }, token)),
      ),
    );

  const scoreOn = (on: Instance, id: string) => async () => {
    const r = await on.gql(SCORE, { id });
    return r.data?.argument.bridgingScore ?? undefined;
  };

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', '..', 'dist', 'src', 'main.js')))
      throw new Error('Build first: npm run build (npm run test:instances does)');
    db = await createTestDatabase(SERVER);
    dbUrl = db.url!;
    proxy = new TcpProxy(REDIS.hostname, Number(REDIS.port || 6379));
    await proxy.start();
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: dbUrl,
      REDIS_URL: `redis://127.0.0.1:${proxy.port}`,
      TOKEN_SECRET: randomBytes(24).toString('hex'),
      SEED_SAMPLE: 'true',
      ADMIN_USERNAME: 'chief',
      ADMIN_PASSWORD: PASSWORD,
      BRIDGING_DEBOUNCE_MS: String(DEBOUNCE_MS),
      PREMOD_FIRST_POSTS: '0',
      RATE_POSTS_PER_HOUR: '1000,1000,1000,1000',
      SIGNIN_FAILURES_PER_ACCOUNT: '3',
      SIGNIN_FAILURES_PER_IP: '100000',
      // Every request comes from this one address, and the per-address counts live in the shared
      // Redis (across runs too): only the sign-in limit above is under test here.
      SIGNUPS_PER_IP_PER_HOUR: '1000000',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
      RATE_VOTES_PER_HOUR: '100000,100000,100000,100000',
      SHUTDOWN_DRAIN_MS: '1500',
    };
    a = new Instance('A', env);
    b = new Instance('B', env);
    // The same moment, on an empty database.
    await Promise.all([a.start(), b.start()]);
    await Promise.all([a.ready(), b.ready()]);
  }, 180_000);

  afterAll(async () => {
    for (const c of clients) await c.dispose();
    for (const i of [a, b]) if (i?.alive) await i.kill('SIGKILL');
    await proxy?.close();
    await db?.drop();
  }, 60_000);

  it('starts both on an empty database at once: one migrates and seeds, both serve', async () => {
    expect((await a.health()).status).toBe(200);
    expect((await b.health()).status).toBe(200);
    const applied = [a, b].filter((i) => /Applied \d+ migration/.test(i.output));
    expect(applied).toHaveLength(1);
    const [m] = await sql(
      `SELECT count(*)::int AS n, count(DISTINCT name)::int AS d FROM migrations`,
    );
    expect(m.n).toBe(m.d);
    expect(await sql(`SELECT id FROM threads`)).toHaveLength(1); // one sample thread
    expect(await sql(`SELECT id FROM users WHERE username = 'chief'`)).toHaveLength(1);
    expect([a, b].every((i) => !/That username is taken|duplicate key/.test(i.output))).toBe(true);

    admin = ok(await b.gql(SIGN_IN, { input: { login: 'chief', password: PASSWORD } })).signIn
      .accessToken;
    threadId = ok(await a.gql(OPEN, { input: { motion: 'Should towns run their buses?' } }, admin))
      .createThread.thread.id;
    [author, ...voters] = await Promise.all(
      Array.from({ length: 6 }, (_, i) => signUp(i % 2 ? a : b)),
    );
  });

  it('carries events across instances, numbered one by one per thread', async () => {
    const client = b.ws();
    clients.push(client);
    const onB = listen(client, threadId);
    await sleep(500);
    const first = await postArgument(a, 'Buses are a public good');
    const second = await postArgument(b, 'Fares should be free');
    const heard = await eventually('both events on B', async () =>
      onB.heard.length >= 2 ? onB.heard : undefined,
    );
    expect(heard.map((e) => [e.kind, e.argument?.id])).toEqual([
      ['ARGUMENT_ADDED', first],
      ['ARGUMENT_ADDED', second],
    ]);
    expect(heard[1].sequence).toBe(heard[0].sequence + 1);
    onB.stop();
  });

  it('shares rate limits: failed sign-ins on both instances count together', async () => {
    const username = `r${randomBytes(4).toString('hex')}`;
    await signUp(a).catch(() => undefined);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) {
      const on = i % 2 ? b : a;
      const r = await on.gql(SIGN_IN, { input: { login: username, password: 'wrong password!' } });
      codes.push(r.errors?.[0]?.extensions?.code);
    }
    // The limit is 3 per account: counted per instance the 4th attempt would still be let in.
    expect(codes.slice(0, 3)).not.toContain('RATE_LIMITED');
    expect(codes[3]).toBe('RATE_LIMITED');
  });

  it('fits once per burst of votes across both instances, and only the fitter announces it', async () => {
    const argumentId = await postArgument(a, 'Timetables should be published');
    const onA = listen(a.ws(), threadId);
    const clientB = b.ws();
    clients.push(clientB);
    const onB = listen(clientB, threadId);
    await sleep(500);
    await voteAll(argumentId, (i) => (i % 2 ? a : b));
    await eventually('a bridging score', scoreOn(b, argumentId));
    await sleep(DEBOUNCE_MS + 2000); // time for a second fit, were there one
    const rankings = (l: { heard: Heard[] }) =>
      l.heard.filter((e) => e.kind === 'RANKING_UPDATED').length;
    expect(rankings(onA)).toBe(1);
    expect(rankings(onB)).toBe(1);
    const fits = await sql(
      `SELECT id FROM pgboss.job WHERE name = 'bridging-fit' AND singleton_key = $1 AND state = 'completed'`,
      [threadId],
    );
    expect(fits).toHaveLength(1);
    onA.stop();
    onB.stop();
  });

  it('still fits votes whose instance was killed (kill -9) before their fit', async () => {
    const argumentId = await postArgument(b, 'Night buses keep workers safe');
    await voteAll(argumentId, () => a);
    await a.kill('SIGKILL');
    expect(await eventually('the score, from B', scoreOn(b, argumentId), 30_000)).toEqual(
      expect.any(Number),
    );
    await a.start();
    await a.ready();
  }, 120_000);

  it('still fits votes whose instance shut down (SIGTERM) within the debounce', async () => {
    const argumentId = await postArgument(b, 'Bus lanes speed everyone up');
    await voteAll(argumentId, () => a);
    a.process!.kill('SIGTERM');
    // It drains first (SHUTDOWN_DRAIN_MS): still answering, but no longer ready.
    const draining = await eventually('A draining', async () => {
      const h = await a.health();
      return h.status === 503 ? h.body : undefined;
    });
    expect(draining).toMatchObject({ status: 'draining', database: 'up' });
    await a.exited;
    expect(await eventually('the score, from B', scoreOn(b, argumentId), 30_000)).toEqual(
      expect.any(Number),
    );
    await a.start();
    await a.ready();
  }, 120_000);

  it('rides out a 15 s Redis outage: no exit, health says degraded, events resume', async () => {
    const clientB = b.ws();
    clients.push(clientB);
    const before = listen(clientB, threadId);
    await sleep(500);
    const warmup = await postArgument(a, 'Before the outage');
    await eventually('the event before the outage', async () =>
      before.heard.some((e) => e.argument?.id === warmup) ? true : undefined,
    );
    const lastSequence = before.heard[before.heard.length - 1].sequence;

    proxy.stopForwarding();
    const outageEnds = Date.now() + 15_000;
    await sleep(2000);
    for (const i of [a, b]) {
      const h = await i.health();
      expect(h.status).toBe(200);
      expect(h.body).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
    }
    // Requests still work, and a subscription opened now (Redis unreachable) does not crash.
    const clientA = a.ws();
    clients.push(clientA);
    const during = listen(clientA, threadId);
    await postArgument(a, 'During the outage');
    while (Date.now() < outageEnds) {
      expect(a.alive && b.alive).toBe(true);
      await sleep(1000);
    }
    proxy.resumeForwarding();

    for (const i of [a, b])
      await eventually(`${i.name} reconnected`, async () =>
        (await i.health()).body.redis === 'up' ? true : undefined,
      );
    await sleep(1000); // the subscribers subscribe again once reconnected
    const after = await postArgument(b, 'After the outage');
    const heardAfter = await eventually('the event after the outage, on both', async () => {
      const e = before.heard.find((x) => x.argument?.id === after);
      return e && during.heard.some((x) => x.argument?.id === after) ? e : undefined;
    });
    // The event lost in the outage shows as a gap: subscribers know to refetch.
    expect(heardAfter.sequence).toBeGreaterThan(lastSequence + 1);
    expect(a.alive && b.alive).toBe(true);
    expect(a.output + b.output).not.toMatch(/Unhandled error event|unhandledRejection/);
  }, 90_000);
});
