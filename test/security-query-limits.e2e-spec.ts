import request from 'supertest';
import WebSocket from 'ws';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { Role } from '../src/common/auth/role.enum';
import { openThread } from './helpers/debate';
import { createUsersFast, signUpUser } from './helpers/users';
import {
  expiredToken,
  overWebSocket,
  PRODUCTION,
  statementsDuring,
  wsUrl,
} from './helpers/security';

const nest = (levels: number, inner: string) => {
  let q = inner;
  for (let i = 0; i < levels; i++)
    q = `arguments(first: 100) { edges { node { thread { ${q} } } } }`;
  return `{ threads(first: 100) { edges { node { ${q} } } } }`;
};

/** The 474-byte attack: six levels of 100 arguments each. */
const DEEP = nest(6, 'id');
/** Within the depth limit, but 100 × 100 × 100 arguments. */
const COSTLY = `{ threads(first: 100) { edges { node { arguments(first: 100) { edges { node {
  children(first: 100) { edges { node { id body } } } } } } } } } }`;
/** The same, paging backwards: `last` replaces `first` (which keeps its default of 20). */
const COSTLY_BACKWARDS = COSTLY.replace(/first:/g, 'last:');
const ALIASES = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: threads(first: 1) { edges { cursor } }`).join(' ')} }`;
const DIRECTIVES = `{ threads(first: 1) { edges { cursor ${'@skip(if: false) '.repeat(21)} } } }`;
const TOKEN_FLOOD = `{ ${'a { '.repeat(20000)}${'} '.repeat(20000)}}`;

describe('query limits in production, over HTTP and WebSocket', () => {
  let t: TestApp;
  let url: string;

  beforeAll(async () => {
    t = await startTestApp({ ...PRODUCTION, CORS_ORIGINS: 'https://app.example.org' });
    url = await wsUrl(t);
  });
  afterAll(() => t.close());

  const refusals: [string, string, string, RegExp][] = [
    ['the deep query', DEEP, 'GRAPHQL_VALIDATION_FAILED', /depth limit of 12/],
    ['a costly query within the depth', COSTLY, 'QUERY_TOO_COMPLEX', /limit is 50000/],
    ['the costly query paged with last', COSTLY_BACKWARDS, 'QUERY_TOO_COMPLEX', /cost 4030301 /],
    ['too many aliases', ALIASES(16), 'GRAPHQL_VALIDATION_FAILED', /Aliases limit of 15/],
    ['the alias flood', ALIASES(5000), 'GRAPHQL_PARSE_FAILED', /more tha[nt] 2000 tokens/],
    ['the directive flood', DIRECTIVES, 'GRAPHQL_VALIDATION_FAILED', /Directives limit of 20/],
    ['the token flood', TOKEN_FLOOD, 'GRAPHQL_PARSE_FAILED', /more tha[nt] 2000 tokens/],
  ];

  it.each(refusals)(
    'refuses %s over HTTP quickly, reading nothing',
    async (_, query, code, message) => {
      const started = Date.now();
      const { result: res, statements } = await statementsDuring(() => t.gql(query));
      expect(Date.now() - started).toBeLessThan(2000);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.map((e) => e.extensions.code)).toContain(code);
      expect(res.errors?.map((e) => e.message).join(' ')).toMatch(message);
      expect(statements).toBe(0);
    },
  );

  it('checks the same query text again for each new set of variable values', async () => {
    // A page size and a text in variables: the first pair passes, then the same document is sent
    // with values the checks must refuse.
    const PAGED = `query($n: Int!, $q: String) { threads(first: $n, search: $q) { edges { node {
      arguments(first: $n) { edges { node { children(first: $n) { edges { cursor } } } } } } } } }`;
    expectOk(await t.gql(PAGED, { n: 2, q: 'tax' }));
    expectOk(await t.gql(PAGED, { n: 2, q: 'tax', unused: 'another' }));
    expect(errorOf(await t.gql(PAGED, { n: 100, q: 'tax' })).code).toBe('QUERY_TOO_COMPLEX');
    expect(errorOf(await t.gql(PAGED, { n: 2, q: 'ta\u0000x' })).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await t.gql(PAGED, { n: 100, q: 'tax' })).code).toBe('QUERY_TOO_COMPLEX');
  });

  const sub = (threadSelection: string) =>
    `subscription { threadActivity(threadId: "x") { thread { ${threadSelection} } } }`;
  const overWs: [string, string, string, RegExp][] = [
    ['the deep query', sub(nest(6, 'id').slice(2, -2)), 'GRAPHQL_VALIDATION_FAILED', /depth limit/],
    [
      'a costly query',
      sub(`arguments(first: 100) { edges { node { children(first: 100) { edges { node {
        children(first: 100) { edges { node { id } } } } } } } } }`),
      'QUERY_TOO_COMPLEX',
      /limit is 50000/,
    ],
    [
      'too many aliases',
      sub(Array.from({ length: 16 }, (_, i) => `a${i}: motion`).join(' ')),
      'GRAPHQL_VALIDATION_FAILED',
      /Aliases limit/,
    ],
    [
      'the directive flood',
      sub(`motion ${'@skip(if: false) '.repeat(21)}`),
      'GRAPHQL_VALIDATION_FAILED',
      /Directives limit/,
    ],
    [
      'the token flood',
      `subscription ${TOKEN_FLOOD.slice(0, 30000)}`,
      'GRAPHQL_PARSE_FAILED',
      /2000 tokens/,
    ],
    [
      'introspection',
      `subscription { __schema { types { name } } }`,
      'GRAPHQL_VALIDATION_FAILED',
      /introspection/i,
    ],
    [
      'a query (only subscriptions are served)',
      `{ threads(first: 1) { edges { cursor } } }`,
      'BAD_REQUEST',
      /Only subscriptions/,
    ],
  ];

  it.each(overWs)('refuses %s over WebSocket with its code', async (_, query, code, message) => {
    const started = Date.now();
    const { result: answer, statements } = await statementsDuring(() => overWebSocket(url, query));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.code)).toContain(code);
    expect(answer.errors?.map((e) => e.message).join(' ')).toMatch(message);
    expect(statements).toBe(0);
  });

  it('closes a WebSocket whose message is over the size limit', async () => {
    const answer = await overWebSocket(url, `subscription ${TOKEN_FLOOD}`);
    expect(answer.closed?.code).toBe(1009);
  });

  it('refuses a subscription over the per-connection cap (WS_MAX_SUBSCRIPTIONS_PER_CONNECTION, 50)', async () => {
    const mod = await signUpUser(t, { role: Role.MODERATOR });
    const threadId = await openThread(t, mod);
    const socket = new WebSocket(url, 'graphql-transport-ws');
    const errors = new Map<string, string | undefined>();
    socket.on('message', (m) => {
      const msg = JSON.parse(String(m));
      if (msg.type === 'error') errors.set(msg.id, msg.payload?.[0]?.extensions?.code);
    });
    const acked = new Promise((resolve) => socket.once('message', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await acked;
    const query = `subscription($id: ID!) { threadActivity(threadId: $id) { kind } }`;
    const subscribe = (id: string) =>
      socket.send(
        JSON.stringify({ id, type: 'subscribe', payload: { query, variables: { id: threadId } } }),
      );
    const refused = async (id: string) => {
      for (let i = 0; i < 200 && !errors.has(id); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      return errors.get(id);
    };
    for (let i = 0; i <= 50; i++) subscribe(`s${i}`);
    expect(await refused('s50')).toBe('BAD_REQUEST');
    expect([...errors.keys()]).toEqual(['s50']);
    // Completing one makes room for one more, and no more.
    socket.send(JSON.stringify({ id: 's0', type: 'complete' }));
    subscribe('s51');
    subscribe('s52');
    expect(await refused('s52')).toBe('BAD_REQUEST');
    expect([...errors.keys()]).toEqual(['s50', 's52']);
    socket.close();
  });

  it('closes the connection over the per-address cap (WS_MAX_CONNECTIONS_PER_IP, 20)', async () => {
    const open = (): Promise<{ socket: WebSocket; closed: Promise<number> }> =>
      new Promise((resolve) => {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        const closed = new Promise<number>((c) => socket.once('close', (code) => c(code)));
        socket.once('open', () => {
          // Initialised, so graphql-ws's 3 s wait for connection_init does not close it first.
          socket.send(JSON.stringify({ type: 'connection_init' }));
          resolve({ socket, closed });
        });
      });
    const sockets = [];
    for (let i = 0; i < 20; i++) sockets.push(await open());
    const extra = await open();
    expect(await extra.closed).toBe(1008);
    for (const { socket, closed } of sockets) {
      socket.close();
      await closed;
    }
    // Once they are closed, the address may connect again.
    const again = await open();
    const answer = await Promise.race([
      again.closed,
      new Promise((r) => setTimeout(() => r('open'), 300)),
    ]);
    expect(answer).toBe('open');
    again.socket.close();
  });

  it('hides field suggestions in production', async () => {
    for (const query of [`{ thred(id: "x") { id } }`, `{ thread(id: "x") { motoin } }`]) {
      const res = await t.gql(query);
      expect(errorOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errorOf(res).message).toMatch(/Cannot query field/);
      expect(errorOf(res).message).not.toMatch(/Did you mean/);
    }
    const ws = await overWebSocket(url, `subscription { threadActivty(threadId: "x") { kind } }`);
    expect(ws.errors?.[0].message).toMatch(/Cannot query field/);
    expect(ws.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('answers client mistakes with client codes: null for a defaulted argument, an unknown persisted query', async () => {
    const nullFirst = await t.gql(`query($n: Int) { threads(first: $n) { edges { cursor } } }`, {
      n: null,
    });
    expect(errorOf(nullFirst)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });

    const persisted = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
    expect(persisted.body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('answers an expired or invalid token UNAUTHENTICATED with its reason, over HTTP and WebSocket', async () => {
    const [user] = await createUsersFast(t, 1);
    const expired = await expiredToken(PRODUCTION.TOKEN_SECRET, user.id);
    const res = await t.gql(`{ threads(first: 1) { edges { cursor } } }`, {}, expired);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
    expect(res.data ?? null).toBeNull();
    const forged = await t.gql(`{ threads(first: 1) { edges { cursor } } }`, {}, `${user.token}x`);
    expect(forged.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
    // The same request with the live token is served.
    expectOk(await t.gql(`{ threads(first: 1) { edges { cursor } } }`, {}, user.token));

    const ws = await overWebSocket(
      url,
      `subscription { threadActivity(threadId: "x") { kind } }`,
      {},
      expired,
    );
    expect(ws.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_EXPIRED',
    });
  });

  it('sends security headers and honours the CORS allowlist (with Apollo’s preflight header)', async () => {
    const server = t.app.getHttpServer();
    const res = await request(server).get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');

    const allowed = await request(server)
      .options('/graphql')
      .set('origin', 'https://app.example.org')
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'content-type,authorization,apollo-require-preflight');
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/apollo-require-preflight/);

    const other = await request(server)
      .options('/graphql')
      .set('origin', 'https://evil.example.com')
      .set('access-control-request-method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the statement time limit on a PostgreSQL server', () => {
  const server = process.env.DATABASE_URL ? it : it.skip;
  let t: TestApp | undefined;
  afterAll(() => t?.close());

  server('cancels a statement that runs past DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    t = await startTestApp({ ...PRODUCTION, DATABASE_STATEMENT_TIMEOUT_MS: '300' });
    const started = Date.now();
    await expect(t.dataSource.query('SELECT pg_sleep(5)')).rejects.toThrow(/statement timeout/);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('the execution time limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      ...PRODUCTION,
      GRAPHQL_EXECUTION_TIMEOUT_MS: '1',
      SEED_SAMPLE: 'true',
    });
  });
  afterAll(() => t.close());

  it('stops resolving fields once the request has run past it, with TIMEOUT', async () => {
    const res = await t.gql(
      `{ threads(first: 5) { edges { node { motion arguments(first: 5) { edges { node { body } } } } } } }`,
    );
    expect(res.errors?.map((e) => e.extensions.code)).toContain('TIMEOUT');
    expect(res.errors?.find((e) => e.extensions.code === 'TIMEOUT')?.message).toMatch(
      /longer than 1 ms/,
    );
  });
});

describe('the execution time limit in a mutation', () => {
  let t: TestApp;
  let mod: { token: string };
  beforeAll(async () => {
    t = await startTestApp({ ...PRODUCTION, GRAPHQL_EXECUTION_TIMEOUT_MS: '300' });
    mod = await signUpUser(t, { role: Role.MODERATOR });
  });
  afterAll(() => t.close());

  /** An article that imports for well over 300 ms: 400 quoted paragraphs. */
  const long = (place: string) =>
    [
      `${place} harbour board weighs a cruise ship limit`,
      ...Array.from(
        { length: 400 },
        (_, i) =>
          `"A limit would cost pier ${i + 1} its summer trade," said ferry owner Ines Varga${i + 1}.`,
      ),
    ].join('\n\n');
  const articles = async () =>
    Number((await t.dataSource.query(`SELECT count(*) AS n FROM articles`))[0].n);
  const IMPORT = `importArticle(input: { text: $text, format: TEXT, motion: "Should the harbour board limit cruise ships?" }) {
    article { id title } thread { id motion } }`;

  it('answers the payload of a change that ran past it, not TIMEOUT', async () => {
    const before = await articles();
    const res = await t.gql(
      `mutation($text: String!) { ${IMPORT} }`,
      { text: long('Porthaven') },
      mod.token,
    );
    // Before, the import committed and then answered TIMEOUT for its article.
    expect(res.errors).toBeUndefined();
    expect(res.data?.importArticle).toMatchObject({
      article: { title: 'Porthaven harbour board weighs a cruise ship limit' },
      thread: { motion: 'Should the harbour board limit cruise ships?' },
    });
    expect(await articles()).toBe(before + 1);
  });

  it('starts no further change once it has passed', async () => {
    const before = await articles();
    const res = await t.gql(
      `mutation($text: String!, $short: String!) {
         a: ${IMPORT}
         b: importArticle(input: { text: $short, format: TEXT }) { article { id } } }`,
      {
        text: long('Kellport'),
        short: 'Kellport harbour board meets\n\nThe board meets on Friday to decide the limit.',
      },
      mod.token,
    );
    // The second import was refused before it started, and stored nothing; the first one's
    // answer is lost to GraphQL's null rule (the field is non-null), not its change.
    expect(res.errors?.map((e) => [e.path, e.extensions.code])).toEqual([[['b'], 'TIMEOUT']]);
    expect(await articles()).toBe(before + 1);
  });
});
