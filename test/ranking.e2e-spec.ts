import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { BridgingScheduler } from '../src/votes/bridging/bridging-scheduler';
import { rankArguments, ArgumentSort } from '../src/ranking/rank-arguments';
import { openThread, post } from './helpers/debate';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
const LIST = `query($id: ID!, $sort: ArgumentSort, $first: Int, $after: String) {
  thread(id: $id) {
    arguments(sort: $sort, first: $first, after: $after) {
      edges { node { id body upvotes downvotes score bridgingScore createdAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface Listed {
  id: string;
  body: string;
  upvotes: number;
  downvotes: number;
  score: number;
  bridgingScore: number | null;
  createdAt: string;
}

/** Every top-level argument of a thread in one sort, read page by page through the cursors. */
async function listAll(t: TestApp, threadId: string, sort?: string, first = 3): Promise<Listed[]> {
  const out: Listed[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = expectOk(await t.gql(LIST, { id: threadId, sort, first, after })).thread
      .arguments;
    out.push(...page.edges.map((e: { node: Listed }) => e.node));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

async function voteAs(t: TestApp, user: TestUser, argumentId: string, value: 'UP' | 'DOWN') {
  expectOk(await t.gql(VOTE, { input: { argumentId, value } }, user.token));
}

describe('rankings', () => {
  let t: TestApp;
  let moderator: TestUser;
  let authors: TestUser[];

  beforeAll(async () => {
    // A long debounce: fits happen only when a test flushes them, so each test sees a known state.
    t = await startTestApp({ BRIDGING_DEBOUNCE_MS: '600000', BRIDGING_MAX_WAIT_MS: '600000' });
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    authors = await createUsersFast(t, 2);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(() => t.close());

  const flushFits = () => t.app.get(BridgingScheduler).flush();

  it('orders every sort by its formula, through keyset pages, as the reference ranking does', async () => {
    const threadId = await openThread(t, moderator);
    const voters = await createUsersFast(t, 12);
    // [up, down, hours old]: ties, splits, one-sided, unvoted, and one older than HOT's 7 days.
    const shapes: [number, number, number][] = [
      [10, 0, 30],
      [6, 6, 2],
      [1, 0, 1],
      [0, 4, 5],
      [8, 2, 200],
      [3, 3, 10],
      [0, 0, 0.5],
      [12, 0, 100],
      [5, 1, 3],
      [2, 9, 4],
    ];
    const ids: string[] = [];
    for (const [i, [up, down, hours]] of shapes.entries()) {
      const id = await post(t, authors[i % 2], { threadId, side: i % 3 ? 'PRO' : 'CON' });
      ids.push(id);
      for (let v = 0; v < up; v++) await voteAs(t, voters[v], id, 'UP');
      for (let v = 0; v < down; v++) await voteAs(t, voters[voters.length - 1 - v], id, 'DOWN');
      await t.dataSource.query(
        `UPDATE arguments SET created_at = now() - make_interval(secs => $2) WHERE id = $1`,
        [id, hours * 3600],
      );
    }
    await flushFits();

    const all = await listAll(t, threadId, 'NEW', 100);
    expect(all).toHaveLength(shapes.length);
    const reference = all.map((a) => ({
      id: a.id,
      up: a.upvotes,
      down: a.downvotes,
      createdAt: new Date(a.createdAt),
      bridgingScore: a.bridgingScore,
    }));
    // Arguments with at least 5 voters have a fitted score, the rest have none.
    for (const a of all) expect(a.bridgingScore === null).toBe(a.upvotes + a.downvotes < 5);

    for (const sort of ['NEW', 'TOP', 'BEST', 'CONTROVERSIAL', 'HOT', 'BRIDGING'] as const) {
      const listed = (await listAll(t, threadId, sort)).map((a) => a.id);
      const expected = rankArguments(reference, sort as ArgumentSort, new Date()).map((a) => a.id);
      expect({ sort, order: listed }).toEqual({ sort, order: expected });
    }
    // BRIDGING is the default sort.
    expect((await listAll(t, threadId)).map((a) => a.id)).toEqual(
      (await listAll(t, threadId, 'BRIDGING')).map((a) => a.id),
    );
  });

  it('puts the arguments both camps upvote first under BRIDGING, the larger camp’s under TOP', async () => {
    const threadId = await openThread(t, moderator, 'Should the city build the new tram line?');
    const campA = await createUsersFast(t, 30);
    const campB = await createUsersFast(t, 15);
    for (const u of campA) {
      expectOk(
        await t.gql(
          `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`,
          { input: { threadId, stance: 'AGREE' } },
          u.token,
        ),
      );
    }
    for (const u of campB) {
      expectOk(
        await t.gql(
          `mutation($input: SetStanceInput!) { setStance(input: $input) { stance } }`,
          { input: { threadId, stance: 'DISAGREE' } },
          u.token,
        ),
      );
    }
    const make = async (body: string, side: 'PRO' | 'CON') =>
      post(t, authors[0], { threadId, side, body });
    const partisanA: string[] = [];
    const partisanB: string[] = [];
    const bridging: string[] = [];
    for (let k = 0; k < 4; k++) {
      partisanA.push(await make(`Partisan A ${k}`, 'PRO'));
      partisanB.push(await make(`Partisan B ${k}`, 'CON'));
    }
    for (let k = 0; k < 3; k++) bridging.push(await make(`Both camps ${k}`, k % 2 ? 'CON' : 'PRO'));

    // Camp A upvotes its own side and 5 of B downvote it; camp B likewise with 10 of A against.
    const votes: Promise<void>[] = [];
    for (let k = 0; k < 4; k++) {
      for (const u of campA) votes.push(voteAs(t, u, partisanA[k], 'UP'));
      for (const u of campB.slice(0, 5)) votes.push(voteAs(t, u, partisanA[k], 'DOWN'));
      for (const u of campB) votes.push(voteAs(t, u, partisanB[k], 'UP'));
      for (const u of campA.slice(0, 10)) votes.push(voteAs(t, u, partisanB[k], 'DOWN'));
    }
    // The both-camps arguments get fewer votes in all (12 of A and 8 of B), but from both sides.
    for (let k = 0; k < 3; k++) {
      for (let j = 0; j < 12; j++)
        votes.push(voteAs(t, campA[(k * 7 + j) % 30], bridging[k], 'UP'));
      for (let j = 0; j < 8; j++) votes.push(voteAs(t, campB[(k * 4 + j) % 15], bridging[k], 'UP'));
    }
    await Promise.all(votes);

    // Before the background fit has run, BRIDGING falls back to BEST for every argument.
    const unfitted = await listAll(t, threadId, 'BRIDGING', 20);
    expect(unfitted.every((a) => a.bridgingScore === null)).toBe(true);

    await flushFits();
    const top = (await listAll(t, threadId, 'TOP', 20)).map((a) => a.body);
    expect(top.slice(0, 4).sort()).toEqual(partisanA.map((_, k) => `Partisan A ${k}`));
    const ranked = await listAll(t, threadId, 'BRIDGING', 20);
    expect(
      ranked
        .slice(0, 3)
        .map((a) => a.body)
        .sort(),
    ).toEqual(['Both camps 0', 'Both camps 1', 'Both camps 2']);
    expect(ranked.every((a) => a.bridgingScore !== null)).toBe(true);

    // Refitting the same votes gives the same scores, bit for bit.
    await t.dataSource.query(`UPDATE arguments SET bridging_score = NULL WHERE thread_id = $1`, [
      threadId,
    ]);
    const scheduler = t.app.get(BridgingScheduler);
    scheduler.schedule(threadId);
    await flushFits();
    expect(await listAll(t, threadId, 'BRIDGING', 20)).toEqual(ranked);
  });

  it('refits in the background after votes, without anyone waiting for it', async () => {
    const quick = await startTestApp({ BRIDGING_DEBOUNCE_MS: '50', BRIDGING_MAX_WAIT_MS: '1000' });
    try {
      const mod = await signUpUser(quick, { role: Role.MODERATOR });
      const [author, ...voters] = await createUsersFast(quick, 6);
      const threadId = await openThread(quick, mod);
      const id = await post(quick, author, { threadId, side: 'PRO' });
      for (const v of voters) await voteAs(quick, v, id, 'UP');
      const scoreOf = async () =>
        (await listAll(quick, threadId, 'BRIDGING'))[0].bridgingScore as number | null;
      let score = await scoreOf();
      for (let i = 0; i < 100 && score === null; i++) {
        await new Promise((r) => setTimeout(r, 50));
        score = await scoreOf();
      }
      expect(score).not.toBeNull();
    } finally {
      await quick.close();
    }
  });
});
