import { Role } from '../src/common/auth/role.enum';
import { openThread } from './helpers/debate';
import { statementsDuring } from './helpers/security';
import { expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const BAN = `mutation($input: BanFromThreadInput!) { banFromThread(input: $input) { ban { id } } }`;
const LIFT = `mutation($input: LiftThreadBanInput!) { liftThreadBan(input: $input) { ban { id } } }`;
const MY_BAN = `query($id: ID!) { thread(id: $id) { id myBan { reason until since } } }`;
const LIST = (withBan: boolean) =>
  `{ threads(first: 20) { edges { node { id myStance ${withBan ? 'myBan { reason until }' : ''} } } } }`;

describe('Thread.myBan: a reader sees their own ban on the thread, and nobody else’s', () => {
  let t: TestApp;
  let mod: TestUser;
  let threadId: string;
  let otherThreadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    mod = await signUpUser(t, { role: Role.MODERATOR });
    threadId = await openThread(t, mod, 'Should libraries lend tools?');
    otherThreadId = await openThread(t, mod, 'Should parks close at night?');
  });
  afterAll(() => t.close());

  const ban = async (user: TestUser, input: Record<string, unknown> = {}) =>
    expectOk(
      await t.gql(
        BAN,
        { input: { userId: user.id, threadId, reason: 'Spam links', ...input } },
        mod.token,
      ),
    ).banFromThread.ban.id as string;
  const myBan = async (as: TestUser | null, id = threadId) =>
    expectOk(await t.gql(MY_BAN, { id }, as?.token)).thread.myBan;

  it('gives the banned reader the reason, since when and until when; null for everyone else and signed out', async () => {
    const banned = await signUpUser(t);
    const reader = await signUpUser(t);
    const until = new Date(Date.now() + 2 * 3600_000);
    const before = Date.now();
    await ban(banned, { until: until.toISOString() });

    const mine = await myBan(banned);
    expect(mine).toEqual({
      reason: 'Spam links',
      until: until.toISOString(),
      since: expect.any(String),
    });
    expect(new Date(mine.since).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(mine.since).getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Not in another thread; not for another reader, the moderator or a signed-out visitor.
    expect(await myBan(banned, otherThreadId)).toBeNull();
    expect(await myBan(reader)).toBeNull();
    expect(await myBan(mod)).toBeNull();
    expect(await myBan(null)).toBeNull();
  });

  it('says “until lifted” as a null until, and is gone once lifted or expired', async () => {
    const banned = await signUpUser(t);
    const id = await ban(banned);
    expect(await myBan(banned)).toMatchObject({ reason: 'Spam links', until: null });
    expectOk(await t.gql(LIFT, { input: { banId: id, reason: 'Apologised' } }, mod.token));
    expect(await myBan(banned)).toBeNull();

    const timed = await ban(banned, { until: new Date(Date.now() + 3600_000).toISOString() });
    expect(await myBan(banned)).not.toBeNull();
    // The hour passes: the clock ends it, no job.
    await t.dataSource.query(
      `UPDATE thread_bans SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [timed],
    );
    expect(await myBan(banned)).toBeNull();
  });

  it('exposes no field naming who banned the reader', async () => {
    const type = expectOk(
      await t.gql(`{ __type(name: "MyThreadBan") { fields { name } } }`),
    ).__type;
    expect(type.fields.map((f: { name: string }) => f.name).sort()).toEqual([
      'reason',
      'since',
      'until',
    ]);
  });

  it('costs one statement for a whole thread list, however many threads it shows', async () => {
    const banned = await signUpUser(t);
    await ban(banned);
    for (let i = 0; i < 6; i++)
      await openThread(t, mod, `Should towns plant more trees, take ${i}?`);
    const count = async (query: string) => {
      expectOk(await t.gql(query, {}, banned.token));
      return statementsDuring(async () => expectOk(await t.gql(query, {}, banned.token)).threads);
    };
    const without = await count(LIST(false));
    const withBan = await count(LIST(true));
    const nodes = withBan.result.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(8);
    expect(nodes.filter((n: any) => n.myBan)).toEqual([
      { id: threadId, myStance: null, myBan: { reason: 'Spam links', until: null } },
    ]);
    expect(withBan.statements - without.statements).toBe(1);
  });
});
