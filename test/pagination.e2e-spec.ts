import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser } from './helpers/users';

const PAGE = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  thread(id: $id) {
    arguments(sort: NEW, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { cursor node { body } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

interface Page {
  totalCount: number | null;
  edges: { cursor: string; node: { body: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

describe('Connections page both ways (Relay PageInfo, last/before, totalCount)', () => {
  let t: TestApp;
  let threadId: string;
  const page = async (vars: Record<string, unknown>): Promise<Page> =>
    expectOk(await t.gql(PAGE, { id: threadId, ...vars })).thread.arguments;
  const bodies = (p: Page) => p.edges.map((e) => e.node.body);

  beforeAll(async () => {
    t = await startTestApp();
    const mod = await signUpUser(t, { role: Role.MODERATOR });
    threadId = await openThread(t, mod);
    // Posted in order, so NEW lists them newest first: a5, a4, a3, a2, a1.
    for (const n of [1, 2, 3, 4, 5]) {
      await post(t, mod, { threadId, side: 'PRO', body: `Argument number a${n}` });
    }
  });
  afterAll(() => t.close());

  it('pages forward with both ends of each page and the whole list counted', async () => {
    const one = await page({ first: 2 });
    expect(bodies(one)).toEqual(['Argument number a5', 'Argument number a4']);
    expect(one.totalCount).toBe(5);
    expect(one.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: one.edges[0].cursor,
      endCursor: one.edges[1].cursor,
    });
    // The first page asked with null cursors, as clients send it, is the same first page.
    const nulls = await page({ first: 2, after: null, last: null, before: null });
    expect(nulls.pageInfo).toEqual(one.pageInfo);
    const two = await page({ first: 2, after: one.pageInfo.endCursor });
    expect(bodies(two)).toEqual(['Argument number a3', 'Argument number a2']);
    expect(two.pageInfo.hasPreviousPage).toBe(true);
    expect(two.pageInfo.hasNextPage).toBe(true);
  });

  it('pages backward from a cursor with last/before, in the list’s own order', async () => {
    const one = await page({ first: 4 });
    const back = await page({ last: 2, before: one.edges[3].cursor });
    expect(bodies(back)).toEqual(['Argument number a4', 'Argument number a3']);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
    expect(back.pageInfo.hasNextPage).toBe(true);
    const start = await page({ last: 2, before: back.pageInfo.startCursor });
    expect(bodies(start)).toEqual(['Argument number a5']);
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('gives the list’s last page for last alone', async () => {
    const end = await page({ last: 2 });
    expect(bodies(end)).toEqual(['Argument number a2', 'Argument number a1']);
    expect(end.pageInfo.hasPreviousPage).toBe(true);
    expect(end.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses after with before, a foreign cursor and a page size out of range, naming the field', async () => {
    const one = await page({ first: 1 });
    const cursor = one.edges[0].cursor;
    expect(
      errorOf(await t.gql(PAGE, { id: threadId, after: cursor, before: cursor })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(errorOf(await t.gql(PAGE, { id: threadId, before: 'bm9wZQ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'before',
    });
    expect(errorOf(await t.gql(PAGE, { id: threadId, last: 0 }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
  });

  it('counts the threads list and the moderation log too', async () => {
    const res = expectOk(
      await t.gql(`{ threads(first: 1) { totalCount pageInfo { hasNextPage hasPreviousPage } }
        modLog(first: 1) { totalCount } }`),
    );
    expect(res.threads.totalCount).toBe(1);
    expect(res.threads.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false });
    expect(typeof res.modLog.totalCount).toBe('number');
  });
});
