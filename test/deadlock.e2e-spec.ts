import { fitThreadBridging } from '../src/votes/bridging/thread-bridging-fit';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { MODERATE } from './helpers/moderation';
import { startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
const REPLY = `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`;
// Where the defect lived (PostgreSQL, many connections) the test runs the 15 s.
const RUN_MS = process.env.DATABASE_URL ? 15_000 : 3_000;

/**
 * A reply updates its parent's and every ancestor's counters; a bridging fit updates every
 * scored argument of the thread. Both used to lock those rows in different orders, and under
 * steady replies with back-to-back fits PostgreSQL aborted some of them as deadlocked. The fit
 * runs here without the job queue's retry, so any deadlock would count as a failure.
 */
describe('replies under a deep chain while fits run back to back', () => {
  let t: TestApp;
  let threadId: string;
  let chain: string[];
  let author: TestUser;
  let voters: TestUser[];

  beforeAll(async () => {
    t = await startTestApp({ BRIDGING_DEBOUNCE_MS: '600000', BRIDGING_MAX_WAIT_MS: '600000' });
    const mod = await signUpUser(t, { role: Role.MODERATOR });
    [author, ...voters] = await createUsersFast(t, 9);
    threadId = await openThread(t, mod);
    chain = [await post(t, author, { threadId, side: 'PRO' })];
    for (let depth = 1; depth < 12; depth++) {
      chain.push(await post(t, author, { threadId, parentId: chain[depth - 1], side: 'CON' }));
    }
    for (const v of voters)
      for (const argumentId of chain)
        await t.gql(VOTE, { input: { argumentId, value: 'UP' } }, v.token);
  }, 120_000);
  afterAll(() => t.close());

  it('fails no request and no fit', async () => {
    const until = Date.now() + RUN_MS;
    const failures: string[] = [];
    let replies = 0;
    let votes = 0;
    let fits = 0;
    const pick = () => chain[Math.floor(Math.random() * chain.length)];
    const replier = async () => {
      while (Date.now() < until) {
        const res = await t.gql(
          REPLY,
          { input: { threadId, parentId: pick(), side: 'PRO', body: `Reply ${replies}` } },
          author.token,
        );
        if (res.errors) failures.push(`reply: ${res.errors[0].message}`);
        else replies++;
      }
    };
    const voter = async (v: TestUser) => {
      while (Date.now() < until) {
        const value = Math.random() < 0.5 ? 'UP' : 'DOWN';
        const res = await t.gql(VOTE, { input: { argumentId: pick(), value } }, v.token);
        if (res.errors) failures.push(`vote: ${res.errors[0].message}`);
        else votes++;
      }
    };
    const fitter = async () => {
      while (Date.now() < until) {
        await fitThreadBridging(t.dataSource.manager, threadId).then(
          () => fits++,
          (e: Error) => failures.push(`fit: ${e.message}`),
        );
      }
    };
    await Promise.all([
      replier(),
      replier(),
      replier(),
      voter(voters[0]),
      voter(voters[1]),
      fitter(),
    ]);
    expect(failures).toEqual([]);
    // All three really ran side by side (how many depends on the machine).
    expect(replies).toBeGreaterThan(0);
    expect(votes).toBeGreaterThan(0);
    expect(fits).toBeGreaterThan(0);
  }, 60_000);
});

/**
 * A moderator's status change locks the argument and then its thread (counters), while a reply
 * locks the thread and then its ancestors: opposite orders. A transaction PostgreSQL aborts as
 * deadlocked is run again, so neither side may fail with a server error.
 */
describe('replies under an argument a moderator removes and restores', () => {
  let t: TestApp;
  let threadId: string;
  let chain: string[];
  let author: TestUser;
  let mod: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    mod = await signUpUser(t, { role: Role.MODERATOR });
    [author] = await createUsersFast(t, 1);
    threadId = await openThread(t, mod);
    chain = [await post(t, author, { threadId, side: 'PRO' })];
    for (let depth = 1; depth < 8; depth++) {
      chain.push(await post(t, author, { threadId, parentId: chain[depth - 1], side: 'CON' }));
    }
  }, 120_000);
  afterAll(() => t.close());

  it('fails no request with a server error', async () => {
    const until = Date.now() + RUN_MS;
    const failures: string[] = [];
    let replies = 0;
    let actions = 0;
    const serverError = (res: { errors?: { message: string; extensions?: { code?: string } }[] }) =>
      res.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
    const replier = async () => {
      while (Date.now() < until) {
        const parentId = chain[1 + Math.floor(Math.random() * (chain.length - 1))];
        const res = await t.gql(
          REPLY,
          { input: { threadId, parentId, side: 'PRO', body: `Reply ${replies}` } },
          author.token,
        );
        const bad = serverError(res);
        if (bad) failures.push(`reply: ${bad.message}`);
        else if (!res.errors) replies++;
      }
    };
    const moderator = async () => {
      while (Date.now() < until) {
        const argumentId = chain[1 + Math.floor(Math.random() * (chain.length - 1))];
        for (const action of ['REMOVE', 'RESTORE']) {
          const res = await t.gql(
            MODERATE,
            { input: { argumentId, action, reason: 'Checking the order of locks' } },
            mod.token,
          );
          const bad = serverError(res);
          if (bad) failures.push(`${action}: ${bad.message}`);
          else if (!res.errors) actions++;
        }
      }
    };
    await Promise.all([replier(), replier(), replier(), moderator(), moderator()]);
    expect(failures).toEqual([]);
    expect(replies).toBeGreaterThan(0);
    expect(actions).toBeGreaterThan(0);
  }, 60_000);
});
