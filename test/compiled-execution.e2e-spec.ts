import { CompiledExecution } from '../src/app/compiled-execution';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { moderate, QUEUE, REPORT } from './helpers/moderation';
import { executeInProcess, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const PAGE = `query Page($id: ID!, $first: Int) { thread(id: $id) { id motion argumentCount
  balance { proWeight conWeight stances { agree disagree undecided } }
  pro: arguments(side: PRO, first: $first) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ...Arg children(first: 2) { edges { node { ...Arg } } } } } }
  con: arguments(side: CON, first: $first) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { ...Arg children(first: 2) { edges { node { ...Arg } } } } } } } }
fragment Arg on Argument { __typename id body bodyHtml side status upvotes downvotes score
  proChildrenCount conChildrenCount createdAt author { username } }`;

/**
 * Queries run compiled by graphql-jit (app/compiled-execution.ts); these check that a reader
 * gets exactly what graphql-js gives for the same query, and errors in the same words.
 */
describe('queries compiled once with graphql-jit', () => {
  let t: TestApp;
  let moderator: TestUser;
  let threadId: string;
  const compile = jest.spyOn(
    CompiledExecution.prototype as unknown as { compile: () => unknown },
    'compile',
  );

  beforeAll(async () => {
    // Anonymous pages are otherwise built by the database (page-sql/), not executed at all.
    t = await startTestApp({ GRAPHQL_COMPILED_EXECUTION: 'true', GRAPHQL_SQL_PAGES: 'false' });
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    const [alice, bob] = await createUsersFast(t, 2);
    threadId = await openThread(t, moderator);
    for (const side of ['PRO', 'CON', 'PRO'] as const) {
      const id = await post(t, alice, { threadId, side, body: `**${side}** with _Markdown_` });
      const reply = await post(t, bob, { threadId, parentId: id, side: 'CON' });
      await post(t, bob, { threadId, parentId: id, side: 'PRO' });
      expectOk(await t.gql(REPORT, { input: { argumentId: reply, reason: 'SPAM' } }, alice.token));
    }
    const removed = await post(t, bob, { threadId, side: 'CON', body: 'Rude words' });
    await moderate(t, moderator, { argumentId: removed, action: 'REMOVE', reason: 'Rude' });
  });
  afterAll(() => t.close());

  it('answers the thread page exactly as graphql-js does', async () => {
    compile.mockClear();
    const variables = { id: threadId, first: 2 };
    const http = expectOk(await t.gql(PAGE, variables));
    // The compiled query served it.
    expect(compile).toHaveBeenCalled();
    expect(compile.mock.results.some((r) => r.value !== null)).toBe(true);

    const direct = await executeInProcess(t, PAGE, variables);
    expect(direct.errors).toBeUndefined();
    expect(http).toEqual(JSON.parse(JSON.stringify(direct.data)));
    // A removal reads as its placeholder on both paths.
    expect(http.thread.con.edges.map((e: any) => e.node.body)).toContain(
      '[removed by a moderator: Rude]',
    );
  });

  it('refuses a bad variable in graphql-js words, as BAD_USER_INPUT, and a wrong id as NOT_FOUND', async () => {
    const missing = await t.gql(PAGE, { first: 2 });
    expect(missing.status).toBe(400);
    expect(missing.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].message).toBe(
      'Variable "$id" of required type "ID!" was not provided.',
    );
    const wrongType = await t.gql(PAGE, { id: threadId, first: 'two' });
    expect(wrongType.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongType.errors?.[0].message).toMatch(/^Variable "\$first" got invalid value "two"/);

    const unknown = await t.gql(PAGE, { id: '00000000-0000-4000-8000-000000000000', first: 2 });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].path).toEqual(['thread']);
  });

  it('fills the defaults of input-object variables (those queries run on graphql-js)', async () => {
    // QueueFilter.status is non-null with a default; graphql-jit would refuse it as missing.
    const res = await t.gql(QUEUE, { first: 10, filter: { kind: 'REPORTED' } }, moderator.token);
    expect(res.errors).toBeUndefined();
    expect(res.data.moderationQueue.edges.length).toBeGreaterThan(0);
  });
});
