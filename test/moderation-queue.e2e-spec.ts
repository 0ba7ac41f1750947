import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import {
  expectNoRowsLost,
  MODERATE,
  moderate,
  queueItems,
  REPORT,
  rowCounts,
} from './helpers/moderation';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const CLAIM = `mutation($input: ClaimQueueItemInput!) { claimQueueItem(input: $input) { item { id claimedUntil claimedBy { id } } } }`;
const TREE = `query($id: ID!) {
  argument(id: $id) { id parentId depth stanceOnMotion path proChildrenCount conChildrenCount descendantCount }
}`;

describe('the review queue and moderators’ actions', () => {
  let t: TestApp;
  let modA: TestUser;
  let modB: TestUser;
  let author: TestUser;
  let readers: TestUser[];
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp({ REPORT_HIDE_THRESHOLD: '100', QUEUE_CLAIM_MINUTES: '10' });
    modA = await signUpUser(t, { role: Role.MODERATOR });
    modB = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    readers = await createUsersFast(t, 4);
    before = await rowCounts(t);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(async () => {
    expectNoRowsLost(before, await rowCounts(t));
    await t.close();
  });

  const reportBy = async (users: TestUser[], argumentId: string) => {
    for (const u of users) {
      expectOk(await t.gql(REPORT, { input: { argumentId, reason: 'SPAM' } }, u.token));
    }
  };

  it('orders by priority (report weight, then age) or oldest first, through pages', async () => {
    const threadId = await openThread(t, modA);
    const light = await post(t, author, { threadId, side: 'PRO', body: 'light' });
    const heavy = await post(t, author, { threadId, side: 'PRO', body: 'heavy' });
    const medium = await post(t, author, { threadId, side: 'CON', body: 'medium' });
    await reportBy(readers.slice(0, 1), light);
    await reportBy(readers.slice(0, 3), heavy);
    await reportBy(readers.slice(0, 2), medium);
    // Age counts too: an item waiting two days outranks fresher ones with more weight.
    await t.dataSource.query(
      `UPDATE moderation_queue_items SET created_at = now() - interval '2 days 1 hour' WHERE argument_id = $1`,
      [light],
    );
    const bodies = (items: any[]) => items.map((i) => i.argument.body);
    const page = async (orderBy: string) => {
      const out: any[] = [];
      let after: string | null = null;
      for (;;) {
        const data: any = expectOk(
          await t.gql(
            `query($f: QueueFilter, $o: QueueOrder, $after: String) { moderationQueue(filter: $f, orderBy: $o, first: 2, after: $after) { edges { node { argument { body } priority } } pageInfo { hasNextPage endCursor } } }`,
            { f: { threadId }, o: orderBy, after },
            modA.token,
          ),
        ).moderationQueue;
        out.push(...data.edges.map((e: any) => e.node));
        if (!data.pageInfo.hasNextPage) return out;
        after = data.pageInfo.endCursor;
      }
    };
    const byPriority = await page('PRIORITY');
    expect(bodies(byPriority)).toEqual(['light', 'heavy', 'medium']);
    expect(byPriority[0].priority).toBeCloseTo(0.5 + 2 + 1 / 24, 2); // new account: 0.5
    expect(bodies(await page('OLDEST'))).toEqual(['light', 'heavy', 'medium']);
    await t.dataSource.query(
      `UPDATE moderation_queue_items SET created_at = now() - interval '1 minute' WHERE argument_id = $1`,
      [light],
    );
    expect(bodies(await page('PRIORITY'))).toEqual(['heavy', 'medium', 'light']);
    expect(bodies(await page('OLDEST'))).toEqual(['light', 'heavy', 'medium']);
  });

  it('lets exactly one of two moderators claim an item, and holds the other off', async () => {
    const threadId = await openThread(t, modA);
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    await reportBy(readers.slice(0, 1), argumentId);
    const [item] = await queueItems(t, modA, { filter: { threadId } });

    const claims = await Promise.all([
      t.gql(CLAIM, { input: { itemId: item.id } }, modA.token),
      t.gql(CLAIM, { input: { itemId: item.id } }, modB.token),
    ]);
    const winners = claims.filter((c) => !c.errors);
    const losers = claims.filter((c) => c.errors);
    expect(winners).toHaveLength(1);
    expect(errorOf(losers[0]).code).toBe('CONFLICT');
    const winner = winners[0].data.claimQueueItem.item.claimedBy.id === modA.id ? modA : modB;
    const loser = winner === modA ? modB : modA;

    // The other moderator cannot act on it while the claim lasts; the claimant can.
    const blocked = await t.gql(
      MODERATE,
      { input: { itemId: item.id, action: 'REMOVE', reason: 'spam' } },
      loser.token,
    );
    expect(errorOf(blocked).code).toBe('CONFLICT');
    expect((await queueItems(t, winner, { filter: { threadId } }))[0].claimedBy).toEqual({
      id: winner.id,
    });

    // Once the claim lapses, anyone may claim it.
    await t.dataSource.query(
      `UPDATE moderation_queue_items SET claimed_until = now() - interval '1 second' WHERE id = $1`,
      [item.id],
    );
    expectOk(await t.gql(CLAIM, { input: { itemId: item.id } }, loser.token));
    const done = await moderate(t, loser, { itemId: item.id, action: 'APPROVE' });
    expect(done.item).toMatchObject({ status: 'RESOLVED', resolution: 'APPROVE' });
    expect(errorOf(await t.gql(CLAIM, { input: { itemId: item.id } }, winner.token)).code).toBe(
      'CONFLICT',
    );
    expect(await queueItems(t, modA, { filter: { threadId } })).toEqual([]);
    expect(
      (await queueItems(t, modA, { filter: { threadId, status: 'RESOLVED' } })).map((i) => i.id),
    ).toEqual([item.id]);
  });

  it('closes the items about an argument its author withdraws', async () => {
    const threadId = await openThread(t, modA);
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    await reportBy(readers.slice(0, 1), argumentId);
    expect(await queueItems(t, modA, { filter: { threadId } })).toHaveLength(1);
    expectOk(
      await t.gql(
        `mutation($input: DeleteArgumentInput!) { deleteArgument(input: $input) { argument { status } } }`,
        { input: { argumentId } },
        author.token,
      ),
    );
    expect(await queueItems(t, modA, { filter: { threadId } })).toEqual([]);
    const [closed] = await queueItems(t, modA, { filter: { threadId, status: 'RESOLVED' } });
    expect(closed).toMatchObject({ status: 'RESOLVED', argument: { status: 'DELETED' } });
  });

  it('keeps a removed argument’s earlier versions from readers, not from its author', async () => {
    const threadId = await openThread(t, modA);
    const argumentId = await post(t, author, { threadId, side: 'PRO', body: 'First words.' });
    expectOk(
      await t.gql(
        `mutation($input: EditArgumentInput!) { editArgument(input: $input) { argument { id } } }`,
        { input: { argumentId, body: 'Second words.' } },
        author.token,
      ),
    );
    await moderate(t, modA, { argumentId, action: 'REMOVE', reason: 'Abusive' });
    const REVISIONS = `query($id: ID!) { argument(id: $id) { body revisions { edges { node { body } } } } }`;
    const as = async (user?: TestUser) =>
      expectOk(await t.gql(REVISIONS, { id: argumentId }, user?.token)).argument;
    expect(await as(readers[0])).toEqual({
      body: '[removed by a moderator: Abusive]',
      revisions: { edges: [] },
    });
    expect(await as()).toMatchObject({ revisions: { edges: [] } });
    expect((await as(author)).revisions.edges).toEqual([{ node: { body: 'First words.' } }]);
    expect((await as(modB)).revisions.edges).toEqual([{ node: { body: 'First words.' } }]);
  });

  it('lets a removal appeal lapse when a moderator restores the argument meanwhile', async () => {
    const threadId = await openThread(t, modA);
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    await moderate(t, modA, { argumentId, action: 'REMOVE', reason: 'Looked like spam' });
    expectOk(
      await t.gql(
        `mutation($input: AppealRemovalInput!) { appealRemoval(input: $input) { appeal { id } } }`,
        { input: { argumentId, message: 'It is a real argument' } },
        author.token,
      ),
    );
    expect(await queueItems(t, modB, { filter: { threadId, kind: 'APPEAL' } })).toHaveLength(1);
    await moderate(t, modB, { argumentId, action: 'RESTORE' });
    expect(await queueItems(t, modB, { filter: { threadId, kind: 'APPEAL' } })).toEqual([]);
    const mine = expectOk(await t.gql(`{ me { appeals { status } } }`, {}, author.token)).me;
    expect(mine.appeals[0]).toEqual({ status: 'LAPSED' });
  });

  it('marks duplicates, pointing readers to the original', async () => {
    const threadId = await openThread(t, modA);
    const original = await post(t, author, { threadId, side: 'PRO', body: 'Trams are quiet.' });
    const [other] = readers;
    const copy = await post(t, other, { threadId, side: 'PRO', body: 'Trams make little noise.' });
    expect(
      errorOf(
        await t.gql(
          MODERATE,
          { input: { argumentId: copy, action: 'MARK_DUPLICATE', reason: 'Same point' } },
          modA.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'duplicateOfId' });
    await moderate(t, modA, {
      argumentId: copy,
      action: 'MARK_DUPLICATE',
      duplicateOfId: original,
      reason: 'Same point as an earlier argument',
    });
    const read = expectOk(
      await t.gql(`query($id: ID!) { argument(id: $id) { status body duplicateOf { id } } }`, {
        id: copy,
      }),
    ).argument;
    expect(read).toMatchObject({ status: 'REMOVED', duplicateOf: { id: original } });
    expect(read.body).toMatch(/^\[removed by a moderator: Duplicate: /);
  });

  it('moves an argument with its replies, keeping paths, stances and counts right', async () => {
    const threadId = await openThread(t, modA);
    const pro = await post(t, author, { threadId, side: 'PRO' });
    const con = await post(t, author, { threadId, side: 'CON' });
    const stray = await post(t, readers[0], { threadId, parentId: pro, side: 'PRO' });
    const reply = await post(t, readers[1], { threadId, parentId: stray, side: 'CON' });

    // A reason is required; an argument cannot move under its own reply.
    expect(
      errorOf(
        await t.gql(
          MODERATE,
          { input: { argumentId: stray, action: 'MOVE', newParentId: con } },
          modA.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(
      errorOf(
        await t.gql(
          MODERATE,
          { input: { argumentId: stray, action: 'MOVE', newParentId: reply, reason: 'x' } },
          modA.token,
        ),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newParentId' });

    await moderate(t, modA, {
      argumentId: stray,
      action: 'MOVE',
      newParentId: con,
      reason: 'It answers the CON argument',
    });
    const read = async (id: string) => expectOk(await t.gql(TREE, { id })).argument;
    expect(await read(stray)).toMatchObject({
      parentId: con,
      depth: 1,
      stanceOnMotion: 'CON',
      path: [con, stray],
    });
    expect(await read(reply)).toMatchObject({
      depth: 2,
      stanceOnMotion: 'PRO',
      path: [con, stray, reply],
    });
    expect(await read(pro)).toMatchObject({ proChildrenCount: 0, descendantCount: 0 });
    expect(await read(con)).toMatchObject({ proChildrenCount: 1, descendantCount: 2 });

    await moderate(t, modA, {
      argumentId: stray,
      action: 'MOVE',
      toMotion: true,
      reason: 'It stands on its own',
    });
    expect(await read(stray)).toMatchObject({
      parentId: null,
      depth: 0,
      stanceOnMotion: 'PRO',
      path: [stray],
    });
    expect(await read(reply)).toMatchObject({
      depth: 1,
      stanceOnMotion: 'CON',
      path: [stray, reply],
    });
  });

  it('locks and unlocks a thread, and logs both', async () => {
    const threadId = await openThread(t, modA);
    expect(
      errorOf(await t.gql(MODERATE, { input: { threadId, action: 'LOCK_THREAD' } }, modA.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const locked = await moderate(t, modA, {
      threadId,
      action: 'LOCK_THREAD',
      reason: 'Cooling off',
    });
    expect(locked.thread.status).toBe('LOCKED');
    expect(
      errorOf(
        await t.gql(
          `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`,
          { input: { threadId, side: 'PRO', body: 'Still here' } },
          author.token,
        ),
      ).code,
    ).toBe('FORBIDDEN');
    expect((await moderate(t, modA, { threadId, action: 'UNLOCK_THREAD' })).thread.status).toBe(
      'OPEN',
    );
    await post(t, author, { threadId, side: 'PRO' });
    const log = expectOk(
      await t.gql(
        `query($f: ModLogFilter) { modLog(filter: $f) { edges { node { action reason } } } }`,
        {
          f: { threadId },
        },
      ),
    ).modLog.edges.map((e: any) => e.node);
    expect(log).toEqual([
      { action: 'UNLOCK_THREAD', reason: null },
      { action: 'LOCK_THREAD', reason: 'Cooling off' },
    ]);
  });
});
