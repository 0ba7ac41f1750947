import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase, TestDatabase } from '../helpers/test-database';
import { eventually, GqlResult, Instance } from './instance';

/**
 * A CENSOR rule added on one instance masks readers' text on the other. The instance that made
 * the change drops its rules and the cached pages before the mutation returns; the other hears
 * of it through Redis, so its reads follow within the message's delivery (bounded here at 2 s;
 * milliseconds in practice), and a page it rendered meanwhile is not cached past that.
 * Run with `npm run test:instances` (it builds first).
 */
const SERVER = process.env.INSTANCES_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.INSTANCES_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PASSWORD = 'a long enough password';
const BOUND_MS = 2000;

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const OPEN = `mutation($input: CreateThreadInput!) { createThread(input: $input) { thread { id } } }`;
const POST = `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`;
const ADD_WORD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { watchedWord { id } } }`;
const REMOVE_WORD = `mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { watchedWord { id } } }`;
const PAGE = `query($id: ID!) { thread(id: $id) { arguments(first: 10) { edges { node { body bodyHtml } } } } }`;

describe('CENSOR rules across two instances', () => {
  let db: TestDatabase;
  let a: Instance;
  let b: Instance;
  let admin: string;
  let reader: string;
  let threadId: string;

  const ok = (r: GqlResult): any => {
    if (r.errors?.length || !r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  /** What B shows of the thread's one argument, to an anonymous reader or a signed-in one. */
  const shownOnB = async (token?: string) => {
    const [edge] = ok(await b.gql(PAGE, { id: threadId }, token)).thread.arguments.edges;
    return `${edge.node.body} ${edge.node.bodyHtml}`;
  };

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '..', '..', 'dist', 'src', 'main.js')))
      throw new Error('Build first: npm run build (npm run test:instances does)');
    db = await createTestDatabase(SERVER);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: db.url!,
      REDIS_URL: REDIS,
      TOKEN_SECRET: randomBytes(24).toString('hex'),
      SEED_SAMPLE: 'false',
      ADMIN_USERNAME: 'chief',
      ADMIN_PASSWORD: PASSWORD,
      PREMOD_FIRST_POSTS: '0',
      SIGNUPS_PER_IP_PER_HOUR: '1000000',
      RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000',
    };
    a = new Instance('A', env);
    await a.start();
    await a.ready();
    b = new Instance('B', env);
    await b.start();
    await b.ready();
    admin = ok(await a.gql(SIGN_IN, { input: { login: 'chief', password: PASSWORD } })).signIn
      .accessToken;
    const username = `r${randomBytes(5).toString('hex')}`;
    reader = ok(
      await b.gql(SIGN_UP, {
        input: { username, email: `${username}@example.com`, password: PASSWORD },
      }),
    ).signUp.accessToken;
    threadId = ok(
      await a.gql(OPEN, { input: { motion: 'Should the council run the trams?' } }, admin),
    ).createThread.thread.id;
    ok(
      await a.gql(
        POST,
        { input: { threadId, side: 'PRO', body: 'The council is full of **florbix** and waste.' } },
        admin,
      ),
    );
  }, 180_000);

  afterAll(async () => {
    for (const i of [a, b]) if (i?.alive) await i.kill('SIGKILL');
    await db?.drop();
  }, 60_000);

  it('masks a word added on A in B’s next reads, cached anonymous pages included', async () => {
    // B has read the rules and cached the anonymous page before the change.
    expect(await shownOnB()).toContain('florbix');
    expect(await shownOnB(reader)).toContain('florbix');

    const word = ok(
      await a.gql(ADD_WORD, { input: { pattern: 'florbix', action: 'CENSOR' } }, admin),
    ).addWatchedWord.watchedWord.id;
    const returnedAt = Date.now();
    const immediate = await shownOnB();
    for (const token of [undefined, reader]) {
      await eventually(
        'B masks the word',
        async () => ((await shownOnB(token)).includes('florbix') ? undefined : true),
        BOUND_MS,
      );
    }
    const lagMs = Date.now() - returnedAt;
    console.log(
      `B masked the new word ${immediate.includes('florbix') ? `within ${lagMs} ms` : 'on its first read'}`,
    );
    // Once B has heard, nothing it rendered before can come back from the shared page cache.
    for (let i = 0; i < 5; i++) {
      expect(await shownOnB()).not.toContain('florbix');
      expect(await shownOnB(reader)).not.toContain('florbix');
    }

    ok(await a.gql(REMOVE_WORD, { input: { id: word } }, admin));
    await eventually(
      'B shows the word again',
      async () => ((await shownOnB()).includes('florbix') ? true : undefined),
      BOUND_MS,
    );
  });
});
