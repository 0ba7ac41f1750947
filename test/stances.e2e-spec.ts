import { findBalanceMismatches, findCounterMismatches } from '../src/arguments/counter-invariants';
import { BridgingScheduler } from '../src/votes/bridging/bridging-scheduler';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast, signUpUser, TestUser } from './helpers/users';

const SET_STANCE = `mutation($input: SetStanceInput!) { setStance(input: $input) { stance thread { id } } }`;
const THREAD = `query($id: ID!) {
  thread(id: $id) {
    myStance
    myStanceHistory { fromStance stance createdAt }
    stances { agree disagree undecided changedToAgree changedToDisagree changedMind }
    balance { proWeight conWeight proShare stances { agree disagree } }
  }
}`;

describe('stances and balance', () => {
  let t: TestApp;
  let moderator: TestUser;

  beforeAll(async () => {
    t = await startTestApp();
    moderator = await signUpUser(t, { role: Role.MODERATOR });
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(() => t.close());

  const setStance = (user: TestUser, threadId: string, stance: string) =>
    t.gql(SET_STANCE, { input: { threadId, stance } }, user.token);
  const read = async (threadId: string, user?: TestUser) =>
    expectOk(await t.gql(THREAD, { id: threadId }, user?.token)).thread;

  it('counts stances, keeps each reader’s history and counts who changed their mind', async () => {
    const threadId = await openThread(t, moderator);
    const [ann, ben, cat] = await createUsersFast(t, 3);

    expect(expectOk(await setStance(ann, threadId, 'AGREE')).setStance.stance).toBe('AGREE');
    expectOk(await setStance(ben, threadId, 'DISAGREE'));
    expectOk(await setStance(cat, threadId, 'UNDECIDED'));
    expect((await read(threadId)).stances).toEqual({
      agree: 1,
      disagree: 1,
      undecided: 1,
      changedToAgree: 0,
      changedToDisagree: 0,
      changedMind: 0,
    });

    // Ann wavers, then is persuaded; Ben repeats himself (a no-op); Cat makes up her mind.
    expectOk(await setStance(ann, threadId, 'UNDECIDED'));
    expectOk(await setStance(ann, threadId, 'DISAGREE'));
    expectOk(await setStance(ben, threadId, 'DISAGREE'));
    expectOk(await setStance(cat, threadId, 'AGREE'));
    const after = await read(threadId, ann);
    expect(after.stances).toEqual({
      agree: 1,
      disagree: 2,
      undecided: 0,
      changedToAgree: 0,
      changedToDisagree: 1,
      changedMind: 1,
    });
    expect(after.myStance).toBe('DISAGREE');
    expect(after.myStanceHistory.map((h: any) => [h.fromStance, h.stance])).toEqual([
      [null, 'AGREE'],
      ['AGREE', 'UNDECIDED'],
      ['UNDECIDED', 'DISAGREE'],
    ]);
    expect((await read(threadId, ben)).myStanceHistory).toHaveLength(1);

    // Going back to the first stance is no longer a changed mind.
    expectOk(await setStance(ann, threadId, 'AGREE'));
    expect((await read(threadId)).stances.changedMind).toBe(0);

    const anonymous = await read(threadId);
    expect(anonymous.myStance).toBeNull();
    expect(anonymous.myStanceHistory).toEqual([]);
  });

  it('applies 30 concurrent stance changes by one reader one at a time', async () => {
    const threadId = await openThread(t, moderator);
    const [user] = await createUsersFast(t, 1);
    const stances = ['AGREE', 'DISAGREE', 'UNDECIDED'];
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => setStance(user, threadId, stances[i % 3])),
    );
    for (const r of results) expectOk(r);
    const thread = await read(threadId, user);
    const { agree, disagree, undecided } = thread.stances;
    expect(agree + disagree + undecided).toBe(1);
    expect(thread.myStanceHistory.at(-1).stance).toBe(thread.myStance);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM stances WHERE thread_id = $1`,
      [threadId],
    );
    expect(n).toBe(1);
  });

  it('refuses stances that make no sense, changing nothing', async () => {
    const threadId = await openThread(t, moderator);
    const [user] = await createUsersFast(t, 1);
    expect(errorOf(await setStance(user, 'nope', 'AGREE'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'threadId',
    });
    expect(errorOf(await t.gql(SET_STANCE, { input: { threadId, stance: 'AGREE' } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorOf(await setStance(user, '00000000-0000-4000-8000-000000000000', 'AGREE')).code,
    ).toBe('NOT_FOUND');
    expectOk(
      await t.gql(
        `mutation($input: SetThreadStatusInput!) { setThreadStatus(input: $input) { thread { id } } }`,
        { input: { threadId, status: 'LOCKED', reason: 'Cooling off' } },
        moderator.token,
      ),
    );
    expect(errorOf(await setStance(user, threadId, 'AGREE')).code).toBe('FORBIDDEN');
    expect((await read(threadId)).stances.agree).toBe(0);
  });

  it('rolls the argument tree up into PRO and CON weights', async () => {
    const threadId = await openThread(t, moderator);
    const [author, ...voters] = await createUsersFast(t, 6);
    const vote = async (argumentId: string, ups: number, downs: number) => {
      for (let i = 0; i < ups; i++) {
        expectOk(
          await t.gql(
            `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`,
            { input: { argumentId, value: 'UP' } },
            voters[i].token,
          ),
        );
      }
      for (let i = 0; i < downs; i++) {
        expectOk(
          await t.gql(
            `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`,
            { input: { argumentId, value: 'DOWN' } },
            voters[voters.length - 1 - i].token,
          ),
        );
      }
    };
    expect((await read(threadId)).balance).toMatchObject({
      proWeight: 0,
      conWeight: 0,
      proShare: null,
    });

    // pro: support 3 + 1 = 4; its CON reply (support 1) has a PRO reply (support 2 + 1 = 3),
    // so the reply weighs 1 + 3 = 4 and pro weighs max(0, 4 − 4) = 0.
    const pro = await post(t, author, { threadId, side: 'PRO' });
    await vote(pro, 3, 0);
    const rebuttal = await post(t, author, { threadId, parentId: pro, side: 'CON' });
    const defence = await post(t, author, { threadId, parentId: rebuttal, side: 'PRO' });
    await vote(defence, 2, 0);
    // con: net −1 gives support 1; a PRO reply with support 1 makes it 2.
    const con = await post(t, author, { threadId, side: 'CON' });
    await vote(con, 1, 2);
    await post(t, author, { threadId, parentId: con, side: 'PRO' });
    // pro2: support 1 + a CON reply of support 1 → 0.
    const pro2 = await post(t, author, { threadId, side: 'PRO' });
    await post(t, author, { threadId, parentId: pro2, side: 'CON' });
    const pro3 = await post(t, author, { threadId, side: 'PRO' });
    // A post weighs in at once (with every vote cast before it): pro3 alone counts 1.
    expect((await read(threadId)).balance).toMatchObject({ proWeight: 1, conWeight: 2 });
    await vote(pro3, 4, 1);
    // Votes weigh in with the ranking job they schedule.
    await t.app.get(BridgingScheduler).flush();
    expect(await findBalanceMismatches(t.dataSource.manager)).toEqual([]);

    const balance = (await read(threadId)).balance;
    // pro 0 + pro2 0 + pro3 (3 + 1) = 4; con 2.
    expect(balance).toEqual({
      proWeight: 4,
      conWeight: 2,
      proShare: 4 / 6,
      stances: { agree: 0, disagree: 0 },
    });
  });
});
