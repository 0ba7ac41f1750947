import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';
import { statementsDuring } from './helpers/security';
import { KeyedBatches } from '../src/common/concurrency/keyed-batches';
import { VotesService } from '../src/votes/votes.service';
import { voteLane } from '../src/votes/vote-lanes';

/** What a refused vote reads after its statement, to say why: the account, the argument, the bans. */
const REFUSAL_READS = 3;
const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote argument { upvotes downvotes score } } }`;

/**
 * Holds the next vote statement back until `count` votes have been submitted to the batches, as
 * when its rows are busy: the votes behind it then wait and go in together. Returns the undo.
 */
function holdFirstStatementUntilSubmitted(count: number): () => void {
  const service = VotesService.prototype as unknown as {
    saveVotes: (...args: unknown[]) => Promise<unknown>;
  };
  const original = service.saveVotes;
  const submitted = jest.spyOn(KeyedBatches.prototype, 'submit');
  const saveVotes = jest.spyOn(service, 'saveVotes').mockImplementationOnce(async function (
    this: unknown,
    ...args: unknown[]
  ) {
    while (submitted.mock.calls.length < count) await new Promise((r) => setTimeout(r, 5));
    return original.apply(this, args);
  });
  return () => {
    submitted.mockRestore();
    saveVotes.mockRestore();
  };
}

describe('votes', () => {
  let t: TestApp;
  let moderator: TestUser;
  let author: TestUser;
  let threadId: string;

  beforeAll(async () => {
    // No bridging fit runs in the background (the votes owe them) while statements are counted.
    t = await startTestApp({ BRIDGING_DEBOUNCE_MS: '600000', BRIDGING_MAX_WAIT_MS: '600000' });
    moderator = await signUpUser(t, { role: Role.MODERATOR });
    author = await signUpUser(t);
    threadId = await openThread(t, moderator);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(() => t.close());

  it('counts, changes and withdraws a vote; repeating it changes nothing; reputation follows', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const voter = await signUpUser(t);
    expect(
      expectOk(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, voter.token)).vote,
    ).toEqual({
      myVote: 'UP',
      argument: { upvotes: 1, downvotes: 0, score: 1 },
    });
    expect(
      expectOk(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, voter.token)).vote
        .argument,
    ).toEqual({
      upvotes: 1,
      downvotes: 0,
      score: 1,
    });
    expect(
      expectOk(await t.gql(VOTE, { input: { argumentId, value: 'DOWN' } }, voter.token)).vote
        .argument,
    ).toEqual({
      upvotes: 0,
      downvotes: 1,
      score: -1,
    });
    const read = expectOk(
      await t.gql(
        `query($id: ID!) { argument(id: $id) { myVote author { reputation } } }`,
        { id: argumentId },
        voter.token,
      ),
    );
    expect(read.argument).toEqual({ myVote: 'DOWN', author: { reputation: -1 } });
    expect(
      expectOk(await t.gql(VOTE, { input: { argumentId, value: 'NONE' } }, voter.token)).vote,
    ).toEqual({
      myVote: 'NONE',
      argument: { upvotes: 0, downvotes: 0, score: 0 },
    });
  });

  it('refuses votes on your own argument, in locked threads and when signed out', async () => {
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    expect(
      errorOf(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, author.token)).code,
    ).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(VOTE, { input: { argumentId, value: 'UP' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    const locked = await openThread(t, moderator, 'Should the park close at night?');
    const inLocked = await post(t, author, { threadId: locked, side: 'PRO' });
    await t.gql(
      `mutation { setThreadStatus(input: {threadId: "${locked}", status: LOCKED, reason: "Cooling off"}) { thread { id } } }`,
      {},
      moderator.token,
    );
    const voter = await signUpUser(t);
    expect(
      errorOf(await t.gql(VOTE, { input: { argumentId: inLocked, value: 'UP' } }, voter.token))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('takes 1 SQL statement once the account was read moments ago: the vote checks the session itself', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const voter = await signUpUser(t);
    const vote = (value: string, token = voter.token, id = argumentId) =>
      t.gql(VOTE, { input: { argumentId: id, value } }, token);
    // The first read of the account (with its session and trust count) is kept a few seconds.
    const first = await statementsDuring(() => vote('UP'));
    expectOk(first.result);
    expect(first.statements).toBe(2);
    // A change, a repeat and a withdrawal: the session and suspension checks, the vote, the
    // argument's counters and its author's reputation are one statement.
    for (const [value, expected] of [
      ['DOWN', { upvotes: 0, downvotes: 1, score: -1 }],
      ['DOWN', { upvotes: 0, downvotes: 1, score: -1 }],
      ['NONE', { upvotes: 0, downvotes: 0, score: 0 }],
    ] as const) {
      const { result, statements: count } = await statementsDuring(() => vote(value));
      expect(expectOk(result).vote).toEqual({ myVote: value, argument: expected });
      expect(count).toBe(1);
    }
    const reputation = expectOk(
      await t.gql(`query($id: ID!) { argument(id: $id) { author { reputation } } }`, {
        id: argumentId,
      }),
    ).argument.author.reputation;
    expect(reputation).toBe(0);
    // A refusal reads the argument and the voter's bans there, after the statement wrote nothing,
    // to say why.
    const own = await statementsDuring(() => vote('UP', author.token));
    expect(errorOf(own.result).code).toBe('FORBIDDEN');
    expect(own.statements).toBeLessThanOrEqual(1 + REFUSAL_READS);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorOf(await vote('UP', voter.token, missing)).code).toBe('NOT_FOUND');
  });

  it('shows the argument as the vote left it however the payload asks for it, in one statement', async () => {
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    const [first, second] = await createUsersFast(t, 2);
    expectOk(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, first.token));
    // The first request reads the account; the vote alone is measured after it.
    expectOk(await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, second.token));
    // Without `argument` the statement leaves the row out; asked for through a fragment (with
    // fields the counters alone cannot answer), it comes whole from the same statement.
    const bare = await statementsDuring(() =>
      t.gql(
        `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`,
        { input: { argumentId, value: 'DOWN' } },
        second.token,
      ),
    );
    expect(expectOk(bare.result).vote).toEqual({ myVote: 'DOWN' });
    expect(bare.statements).toBe(1);
    const viaFragment = await statementsDuring(() =>
      t.gql(
        `mutation($input: VoteInput!) { vote(input: $input) { ...Shown } }
         fragment Shown on VotePayload { myVote ... on VotePayload { argument { id side upvotes downvotes score } } }`,
        { input: { argumentId, value: 'UP' } },
        second.token,
      ),
    );
    expect(expectOk(viaFragment.result).vote).toEqual({
      myVote: 'UP',
      argument: { id: argumentId, side: 'CON', upvotes: 2, downvotes: 0, score: 2 },
    });
    expect(viaFragment.statements).toBe(1);
  });

  it('refuses a vote at once when the session ended or the account was suspended elsewhere', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const voter = await signUpUser(t);
    const vote = (value: string) => t.gql(VOTE, { input: { argumentId, value } }, voter.token);
    const counted = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM votes WHERE user_id = $1`, [
          voter.id,
        ])
      )[0].n;
    expectOk(await vote('UP'));
    // Signed out by another instance (its rows changed, this instance told nothing): the account
    // read a moment ago admits the request, the vote's own statement refuses it.
    await t.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [voter.id],
    );
    const signedOut = errorOf(await vote('DOWN'));
    expect(signedOut.code).toBe('UNAUTHENTICATED');
    expect(signedOut.message).toMatch(/session has ended/);
    expect(await counted()).toBe(1);

    const suspended = await signUpUser(t);
    const voteAs = (value: string) =>
      t.gql(VOTE, { input: { argumentId, value } }, suspended.token);
    expectOk(await voteAs('UP'));
    expectOk(
      await t.gql(
        `mutation($input: SuspendUserInput!) { suspendUser(input: $input) { user { id } } }`,
        { input: { userId: suspended.id, reason: 'Brigading' } },
        moderator.token,
      ),
    );
    const refused = errorOf(await voteAs('DOWN'));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/suspended.*Brigading/);
    const arg = expectOk(
      await t.gql(`query($id: ID!) { argument(id: $id) { upvotes downvotes } }`, {
        id: argumentId,
      }),
    ).argument;
    expect(arg).toEqual({ upvotes: 2, downvotes: 0 });
  });

  it('stays exact when 200 people vote at once, some changing their minds', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const voters = await createUsersFast(t, 200);
    await Promise.all(
      voters.map(async (v, i) => {
        await t.gql(VOTE, { input: { argumentId, value: i % 3 === 0 ? 'DOWN' : 'UP' } }, v.token);
        if (i % 5 === 0)
          await t.gql(VOTE, { input: { argumentId, value: i % 2 ? 'NONE' : 'DOWN' } }, v.token);
      }),
    );
    const [row] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE value = 1)::int AS up, count(*) FILTER (WHERE value = -1)::int AS down FROM votes WHERE argument_id = $1`,
      [argumentId],
    );
    const arg = expectOk(
      await t.gql(`query($id: ID!) { argument(id: $id) { upvotes downvotes score } }`, {
        id: argumentId,
      }),
    ).argument;
    expect(arg).toEqual({ upvotes: row.up, downvotes: row.down, score: row.up - row.down });
    expect(row.up + row.down).toBeGreaterThan(150);
  });

  it('takes a burst of votes on one argument in a few statements, each vote counted once and each refusal its own', async () => {
    const argumentId = await post(t, author, { threadId, side: 'PRO' });
    const voters = await createUsersFast(t, 24);
    const banned = voters[23];
    expectOk(
      await t.gql(
        `mutation($input: BanFromThreadInput!) { banFromThread(input: $input) { ban { id } } }`,
        { input: { userId: banned.id, threadId, reason: 'Brigading this thread' } },
        moderator.token,
      ),
    );
    // Every account read once, so the burst counts only the votes' own statements.
    for (const u of [...voters, author]) expectOk(await t.gql(`{ me { suspended } }`, {}, u.token));
    const reputationOf = async (id: string): Promise<number> =>
      (await t.dataSource.query(`SELECT reputation FROM users WHERE id = $1`, [id]))[0].reputation;
    const reputationBefore = await reputationOf(author.id);
    const burst = [...voters, author];
    // The first vote's statement held back until every other vote of the burst has arrived, as
    // when the argument's row is busy: they wait for it and go in together.
    const release = holdFirstStatementUntilSubmitted(burst.length);
    const { result, statements } = await statementsDuring(() =>
      Promise.all(
        burst.map((v, i) =>
          t.gql(VOTE, { input: { argumentId, value: i % 4 === 0 ? 'DOWN' : 'UP' } }, v.token),
        ),
      ),
    );
    release();
    // One statement for the first vote and one for the other 24 (one per vote before), then what
    // the refusals read to say why: the author's REFUSAL_READS, the banned voter's one more (the
    // thread's motion, for the message).
    expect(statements).toBeLessThanOrEqual(2 + REFUSAL_READS + (REFUSAL_READS + 1));
    expect(errorOf(result[23]).code).toBe('FORBIDDEN');
    expect(errorOf(result[23]).message).toMatch(/banned/i);
    expect(errorOf(result[24]).code).toBe('FORBIDDEN');
    expect(errorOf(result[24]).message).toMatch(/your own argument/);
    const accepted = result.slice(0, 23).map((r) => expectOk(r).vote.myVote);
    expect(accepted).toEqual(voters.slice(0, 23).map((_, i) => (i % 4 === 0 ? 'DOWN' : 'UP')));
    const arg = expectOk(
      await t.gql(`query($id: ID!) { argument(id: $id) { upvotes downvotes score } }`, {
        id: argumentId,
      }),
    ).argument;
    expect(arg).toEqual({ upvotes: 17, downvotes: 6, score: 11 });
    expect((await reputationOf(author.id)) - reputationBefore).toBe(11);
  });

  it('takes votes on several arguments arriving together in one statement, each argument and author counted exactly', async () => {
    // Five arguments by one author in four lanes: two of them share a lane (their votes may go
    // in together); a third argument is another author's, in the first's lane when one is.
    const posted = [];
    for (let i = 0; i < 5; i++) posted.push(await post(t, author, { threadId, side: 'PRO' }));
    const byLane = new Map<string, string[]>();
    for (const id of posted) byLane.set(voteLane(id), [...(byLane.get(voteLane(id)) ?? []), id]);
    const [first, second] = [...byLane.values()].find((ids) => ids.length > 1)!;
    const voters = await createUsersFast(t, 12);
    for (const u of [...voters, author]) expectOk(await t.gql(`{ me { suspended } }`, {}, u.token));
    const reputationOf = async (id: string): Promise<number> =>
      (await t.dataSource.query(`SELECT reputation FROM users WHERE id = $1`, [id]))[0].reputation;
    const reputationBefore = await reputationOf(author.id);
    // Every voter up on the first and down on the second; the first voter also changes their
    // mind on the first (their later vote must win), and the author's own vote is refused.
    const burst: [TestUser, string, string][] = [
      ...voters.flatMap((v): [TestUser, string, string][] => [
        [v, first, 'UP'],
        [v, second, 'DOWN'],
      ]),
      [voters[0], first, 'DOWN'],
      [author, second, 'UP'],
    ];
    const release = holdFirstStatementUntilSubmitted(burst.length);
    const { result, statements } = await statementsDuring(() =>
      Promise.all(
        burst.map(([v, argumentId, value]) =>
          t.gql(VOTE, { input: { argumentId, value } }, v.token),
        ),
      ),
    );
    release();
    // The first vote, then every other vote on either argument together (the first voter's
    // change of mind among them, after their first vote), then the refusal's reads.
    expect(statements).toBeLessThanOrEqual(2 + REFUSAL_READS);
    expect(errorOf(result[burst.length - 1]).message).toMatch(/your own argument/);
    const counters = async (id: string) =>
      expectOk(
        await t.gql(`query($id: ID!) { argument(id: $id) { upvotes downvotes score } }`, { id }),
      ).argument;
    expect(await counters(first)).toEqual({ upvotes: 11, downvotes: 1, score: 10 });
    expect(await counters(second)).toEqual({ upvotes: 0, downvotes: 12, score: -12 });
    // Each payload shows its own argument as the batch left it.
    expect(expectOk(result[2]).vote.argument).toEqual({ upvotes: 11, downvotes: 1, score: 10 });
    expect(expectOk(result[3]).vote.argument).toEqual({ upvotes: 0, downvotes: 12, score: -12 });
    expect((await reputationOf(author.id)) - reputationBefore).toBe(10 - 12);
  });

  it('leaves exactly one vote row when one person fires 50 conflicting votes at once', async () => {
    const argumentId = await post(t, author, { threadId, side: 'CON' });
    const [voter] = await createUsersFast(t, 1);
    const values = ['UP', 'DOWN', 'NONE'];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.gql(VOTE, { input: { argumentId, value: values[i % 3] } }, voter.token),
      ),
    );
    await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, voter.token);
    const rows = await t.dataSource.query(`SELECT value FROM votes WHERE argument_id = $1`, [
      argumentId,
    ]);
    expect(rows).toEqual([{ value: 1 }]);
    const arg = expectOk(
      await t.gql(`query($id: ID!) { argument(id: $id) { upvotes downvotes score } }`, {
        id: argumentId,
      }),
    ).argument;
    expect(arg).toEqual({ upvotes: 1, downvotes: 0, score: 1 });
  });
});
