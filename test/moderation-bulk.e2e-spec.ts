import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { ageAccounts, checkInvariants, queueItems, REPORT, rowCounts } from './helpers/moderation';
import { errorOf, expectOk, MODERATION_DEFAULTS, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

/** Bulk actions on queue items: one mutation, each item decided and logged on its own. */

const BULK = `mutation($input: ModerateItemsInput!) {
  moderateItems(input: $input) {
    results { itemId ok errorCode errorMessage item { id status resolution } }
  }
}`;
const CLAIM = `mutation($input: ClaimQueueItemInput!) { claimQueueItem(input: $input) { item { id } } }`;

describe('moderation: bulk actions on queue items', () => {
  let t: TestApp;
  let mod: TestUser;
  let otherMod: TestUser;
  let reader: TestUser;
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    // Pre-moderation on: newcomers' first posts fill the queue.
    t = await startTestApp({ PREMOD_FIRST_POSTS: MODERATION_DEFAULTS.PREMOD_FIRST_POSTS });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
    reader = await signUpUser(t);
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  }, 180_000);
  checkInvariants(
    () => t,
    () => before,
  );

  const bulk = (input: Record<string, unknown>, who = mod) => t.gql(BULK, { input }, who.token);
  const heldPosts = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      ids.push(await post(t, await signUpUser(t), { threadId, side: 'PRO', body: `Held ${i}` }));
    }
    const items = await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } });
    return ids.map((id) => items.find((i) => i.argument.id === id).id as string);
  };
  const logCount = async (action: string) =>
    (
      await t.dataSource.query(`SELECT count(*)::int AS n FROM mod_log WHERE action = $1`, [action])
    )[0].n;

  it('approves many held posts at once, each logged', async () => {
    const items = await heldPosts(3);
    const approvals = await logCount('APPROVE');
    const { results } = expectOk(await bulk({ itemIds: items, action: 'APPROVE' })).moderateItems;
    expect(results).toEqual(
      items.map((itemId) => ({
        itemId,
        ok: true,
        errorCode: null,
        errorMessage: null,
        item: { id: itemId, status: 'RESOLVED', resolution: 'APPROVE' },
      })),
    );
    expect(await logCount('APPROVE')).toBe(approvals + 3);
    const statuses = await t.dataSource.query(
      `SELECT DISTINCT a.status FROM moderation_queue_items q JOIN arguments a ON a.id = q.argument_id
       WHERE q.id = ANY($1::uuid[])`,
      [items],
    );
    expect(statuses).toEqual([{ status: 'PUBLISHED' }]);
  });

  it('decides each item on its own: a refused item leaves the others done', async () => {
    const [free, claimed, alsoFree] = await heldPosts(3);
    expectOk(await t.gql(CLAIM, { input: { itemId: claimed } }, otherMod.token));
    const removals = await logCount('REMOVE');
    const { results } = expectOk(
      await bulk({ itemIds: [free, claimed, alsoFree], action: 'REMOVE', reason: 'Spam' }),
    ).moderateItems;
    expect(results.map((r: any) => [r.itemId, r.ok, r.errorCode])).toEqual([
      [free, true, null],
      [claimed, false, 'CONFLICT'],
      [alsoFree, true, null],
    ]);
    expect(results[1].errorMessage).toMatch(/claimed/);
    expect(await logCount('REMOVE')).toBe(removals + 2);
    // The claimed item is untouched: still open, its argument still held.
    const [row] = await t.dataSource.query(
      `SELECT q.status, a.status AS argument FROM moderation_queue_items q
       JOIN arguments a ON a.id = q.argument_id WHERE q.id = $1`,
      [claimed],
    );
    expect(row).toEqual({ status: 'OPEN', argument: 'PENDING' });
    // Acting again on a resolved item is refused for that item only.
    const again = expectOk(await bulk({ itemIds: [free], action: 'APPROVE' })).moderateItems;
    expect(again.results[0]).toMatchObject({ ok: false, errorCode: 'CONFLICT' });
  });

  it('refuses a bad request as a whole and changes nothing', async () => {
    const [item] = await heldPosts(1);
    const counts = await rowCounts(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ itemIds: [item], action: 'REMOVE' }, 'reason'],
      [{ itemIds: [item], action: 'REMOVE', reason: '   ' }, 'reason'],
      [{ itemIds: [item], action: 'MOVE', reason: 'x' }, 'action'],
      [{ itemIds: [], action: 'APPROVE' }, 'itemIds'],
      [{ itemIds: [item, item], action: 'APPROVE' }, 'itemIds'],
    ];
    for (const [input, field] of cases) {
      expect(errorOf(await bulk(input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(errorOf(await bulk({ itemIds: [item], action: 'APPROVE' }, reader)).code).toBe(
      'FORBIDDEN',
    );
    expect(await rowCounts(t)).toEqual(counts);
  });

  it('IGNOREs the reports of many arguments', async () => {
    const author = await signUpUser(t);
    await ageAccounts(t, [author]);
    // Past pre-moderation: two approved posts.
    const first = await heldPostsBy(author, 2);
    expectOk(await bulk({ itemIds: first, action: 'APPROVE' }));
    const argumentIds = (
      await t.dataSource.query(
        `SELECT argument_id FROM moderation_queue_items WHERE id = ANY($1::uuid[])`,
        [first],
      )
    ).map((r: any) => r.argument_id);
    for (const argumentId of argumentIds) {
      expectOk(await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, reader.token));
    }
    const reported = (await queueItems(t, mod, { filter: { threadId, kind: 'REPORTED' } }))
      .filter((i) => argumentIds.includes(i.argument.id))
      .map((i) => i.id);
    expect(reported).toHaveLength(2);
    const { results } = expectOk(await bulk({ itemIds: reported, action: 'IGNORE' })).moderateItems;
    expect(results.every((r: any) => r.ok && r.item.resolution === 'IGNORE')).toBe(true);
    const statuses = await t.dataSource.query(
      `SELECT DISTINCT status FROM reports WHERE argument_id = ANY($1::uuid[])`,
      [argumentIds],
    );
    expect(statuses).toEqual([{ status: 'IGNORED' }]);
  });

  async function heldPostsBy(author: TestUser, n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await post(t, author, { threadId, side: 'CON' }));
    const items = await queueItems(t, mod, { filter: { threadId, kind: 'PENDING_POST' } });
    return ids.map((id) => items.find((i) => i.argument.id === id).id as string);
  }
});
