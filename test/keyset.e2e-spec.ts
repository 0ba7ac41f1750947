import { encodeCursor } from '../src/common/pagination/keyset';
import { Role } from '../src/common/auth/role.enum';
import { ArgumentSort, rankArguments } from '../src/ranking/rank-arguments';
import { openThread, post } from './helpers/debate';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const LIST = `query($id: ID!, $sort: ArgumentSort, $first: Int, $after: String) {
  thread(id: $id) { arguments(sort: $sort, first: $first, after: $after) {
    edges { node { id createdAt upvotes downvotes bridgingScore } } pageInfo { hasNextPage endCursor }
  } }
}`;
const REPLIES = `query($id: ID!, $first: Int, $after: String) {
  argument(id: $id) { children(first: $first, after: $after) {
    edges { node { id } } pageInfo { hasNextPage endCursor }
  } }
}`;
const FIRST_REPLIES = `query($id: ID!) {
  thread(id: $id) { arguments(first: 5) { edges { node { id
    children(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } }
  } } } }
}`;
const SORTS: ArgumentSort[] = ['NEW', 'TOP', 'BEST', 'CONTROVERSIAL', 'HOT', 'BRIDGING'];

/** One keyset helper for every list: ties broken as the reference ranking breaks them. */
describe('keyset pages', () => {
  let t: TestApp;
  let moderator: TestUser;
  let author: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
  });
  afterAll(() => t.close());

  /** Posts `n` arguments under `parentId` (or the motion) and gives them one creation time. */
  async function tied(threadId: string, n: number, parentId?: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++)
      ids.push(await post(t, author, { threadId, side: 'PRO', parentId }));
    await t.dataSource.query(
      `UPDATE arguments SET created_at = now() - interval '1 hour' WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return ids;
  }

  it('orders exact ties in every sort as the reference ranking does, page by page', async () => {
    const threadId = await openThread(t, moderator);
    const ids = await tied(threadId, 5);
    for (const sort of SORTS) {
      const seen: {
        id: string;
        createdAt: string;
        upvotes: number;
        downvotes: number;
        bridgingScore: number | null;
      }[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = expectOk(await t.gql(LIST, { id: threadId, sort, first: 2, after }))
          .thread.arguments;
        seen.push(...page.edges.map((e: any) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      const reference = rankArguments(
        seen.map((a) => ({
          id: a.id,
          up: a.upvotes,
          down: a.downvotes,
          createdAt: new Date(a.createdAt),
          bridgingScore: a.bridgingScore,
        })),
        sort,
        new Date(),
      ).map((a) => a.id);
      expect({ sort, ids: seen.map((a) => a.id) }).toEqual({ sort, ids: reference });
      expect(reference).toEqual([...ids].sort());
    }
  });

  it('pages replies with the same helper: the first page and the next agree on ties', async () => {
    const threadId = await openThread(t, moderator);
    const parent = await post(t, author, { threadId, side: 'CON' });
    const replies = await tied(threadId, 5, parent);
    const first = expectOk(await t.gql(FIRST_REPLIES, { id: threadId })).thread.arguments.edges[0]
      .node.children;
    const rest = expectOk(
      await t.gql(REPLIES, { id: parent, first: 10, after: first.pageInfo.endCursor }),
    ).argument.children;
    expect([...first.edges, ...rest.edges].map((e: any) => e.node.id)).toEqual([...replies].sort());
  });

  it('refuses a cursor from another list or naming no row, with BAD_USER_INPUT', async () => {
    const a = await openThread(t, moderator, 'Should museums be free to enter?');
    const b = await openThread(t, moderator, 'Should libraries open on Sundays?');
    await tied(a, 3);
    await tied(b, 3);
    const cursorOfA = expectOk(await t.gql(LIST, { id: a, first: 1 })).thread.arguments.pageInfo
      .endCursor;
    expect(errorOf(await t.gql(LIST, { id: b, first: 1, after: cursorOfA }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    // A well-formed cursor of thread a's NEW list, naming an id no row has.
    const unknown = encodeCursor(
      `arguments:${a}:motion:NEW:ALL`,
      '00000000-0000-4000-8000-000000000000',
    );
    expect(
      errorOf(await t.gql(LIST, { id: a, sort: 'NEW', first: 1, after: unknown })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
      message: expect.stringMatching(/names no row/),
    });
    expect(errorOf(await t.gql(LIST, { id: a, first: 1, after: 'not-a-cursor' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
