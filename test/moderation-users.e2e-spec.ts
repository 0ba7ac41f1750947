import { findCounterMismatches } from '../src/arguments/counter-invariants';
import { Role } from '../src/common/auth/role.enum';
import { openThread, post } from './helpers/debate';
import { expectNoRowsLost, MODERATE, moderate, queueItems, rowCounts } from './helpers/moderation';
import { errorOf, expectOk, GqlResponse, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser, TestUser } from './helpers/users';

const PASSWORD = 'correct horse battery';
const SUSPEND = `mutation($input: SuspendUserInput!) {
  suspendUser(input: $input) { user { id username } }
}`;
const UNSUSPEND = `mutation($input: UnsuspendUserInput!) {
  unsuspendUser(input: $input) { user { id } }
}`;
const WARN = `mutation($input: WarnUserInput!) { warnUser(input: $input) { user { id } } }`;
const ME = `{ me {
  suspended suspendedUntil suspensionReason
  warnings { reason createdAt }
  appeals { status message decisionReason decidedAt argument { id } appellant { id } }
} }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken user { id } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }`;
const CREATE = `mutation($input: CreateArgumentInput!) { createArgument(input: $input) { argument { id } } }`;
const VOTE = `mutation($input: VoteInput!) { vote(input: $input) { myVote } }`;
const APPEAL = `mutation($input: AppealSuspensionInput!) {
  appealSuspension(input: $input) { appeal { id status message appellant { id } argument { id } } }
}`;
const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { user { id role } } }`;
const LOG = `query($filter: ModLogFilter) {
  modLog(filter: $filter, first: 50) {
    edges { node { action targetType targetId targetUserId reason details expiresAt moderator { id } } }
  }
}`;

describe('suspensions, warnings and appeals of accounts', () => {
  let t: TestApp;
  let admin: TestUser;
  let otherAdmin: TestUser;
  let mod: TestUser;
  let otherMod: TestUser;
  let threadId: string;
  let before: Record<string, number>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signUpUser(t, { role: Role.ADMIN });
    otherAdmin = await signUpUser(t, { role: Role.ADMIN });
    mod = await signUpUser(t, { role: Role.MODERATOR });
    otherMod = await signUpUser(t, { role: Role.MODERATOR });
    threadId = await openThread(t, mod);
    before = await rowCounts(t);
  });
  afterEach(async () => expect(await findCounterMismatches(t.dataSource.manager)).toEqual([]));
  afterAll(async () => {
    expectNoRowsLost(before, await rowCounts(t));
    await t.close();
  });

  const me = async (user: TestUser) => expectOk(await t.gql(ME, {}, user.token)).me;
  const signIn = (user: TestUser, password = PASSWORD) =>
    t.gql(SIGN_IN, { input: { login: user.username, password } });
  const tryPost = (user: TestUser, body = 'Cars belong on ring roads, not in squares.') =>
    t.gql(CREATE, { input: { threadId, side: 'PRO', body } }, user.token);
  const suspend = (by: TestUser, input: Record<string, unknown>) =>
    t.gql(SUSPEND, { input }, by.token);
  const appeal = (user: TestUser, message: string, password = PASSWORD) =>
    t.gql(APPEAL, { input: { login: user.username, password, message } });
  /** The log entries about an account, newest first, as the given reader (or anyone) sees them. */
  const logAbout = async (userId: string, reader?: TestUser) =>
    expectOk(
      await t.gql(LOG, { filter: { targetUserId: userId } }, reader?.token),
    ).modLog.edges.map((e: any) => e.node);
  const logCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM mod_log`))[0].n as number;
  const expectForbidden = (res: GqlResponse, message?: RegExp) => {
    const error = errorOf(res);
    expect(error.code).toBe('FORBIDDEN');
    if (message) expect(error.message).toMatch(message);
  };

  it('a timed suspension stops the account acting and signing in until it ends', async () => {
    const user = await signUpUser(t);
    const other = await signUpUser(t);
    const target = await post(t, other, { threadId, side: 'CON' });
    const until = new Date(Date.now() + 10_000);
    const done = expectOk(
      await suspend(mod, { userId: user.id, reason: 'Spamming links', until: until.toISOString() }),
    );
    expect(done.suspendUser.user).toEqual({ id: user.id, username: user.username });

    // Every action is refused, saying why and until when; so are new sessions.
    const why = new RegExp(`suspended until ${until.toISOString()}: Spamming links`);
    expectForbidden(await tryPost(user), why);
    expectForbidden(await t.gql(VOTE, { input: { argumentId: target, value: 'UP' } }, user.token));
    expectForbidden(await signIn(user), why);
    expectForbidden(await t.gql(REFRESH, { input: { refreshToken: user.refreshToken } }), why);
    // `me` stays open so the account can read its state.
    expect(await me(user)).toMatchObject({
      suspended: true,
      suspendedUntil: until.toISOString(),
      suspensionReason: 'Spamming links',
    });

    // Once the time has passed (moved into the past rather than waited for), all is back.
    await t.dataSource.query(
      `UPDATE users SET suspended_until = now() - interval '1 second' WHERE id = $1`,
      [user.id],
    );
    expect(await me(user)).toMatchObject({
      suspended: false,
      suspendedUntil: null,
      suspensionReason: null,
    });
    expectOk(await tryPost(user));
    expectOk(await t.gql(VOTE, { input: { argumentId: target, value: 'UP' } }, user.token));
    expect(expectOk(await signIn(user)).signIn.user.id).toBe(user.id);
    expectOk(await t.gql(REFRESH, { input: { refreshToken: user.refreshToken } }));

    // The public log shows the suspension and when it ends, but only moderators see who did it.
    const entry = {
      action: 'SUSPEND_USER',
      targetType: 'USER',
      targetId: user.id,
      targetUserId: user.id,
      reason: 'Spamming links',
      details: null,
      expiresAt: until.toISOString(),
    };
    expect(await logAbout(user.id)).toEqual([{ ...entry, moderator: null }]);
    expect(await logAbout(user.id, other)).toEqual([{ ...entry, moderator: null }]);
    expect(await logAbout(user.id, otherMod)).toEqual([{ ...entry, moderator: { id: mod.id } }]);
  });

  it('a permanent suspension lasts until a moderator lifts it; until must lie ahead', async () => {
    const user = await signUpUser(t);
    const logged = await logCount();
    expect(
      errorOf(
        await suspend(mod, {
          userId: user.id,
          reason: 'Too late',
          until: new Date(Date.now() - 60_000).toISOString(),
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'until' });
    expect((await me(user)).suspended).toBe(false);
    expect(await logCount()).toBe(logged);

    expectOk(await suspend(mod, { userId: user.id, reason: 'Repeated abuse' }));
    expect(await me(user)).toMatchObject({
      suspended: true,
      suspendedUntil: null,
      suspensionReason: 'Repeated abuse',
    });
    expectForbidden(await tryPost(user), /suspended permanently: Repeated abuse/);
    expectForbidden(await signIn(user), /suspended permanently/);

    // Another moderator lifts it; lifting it twice is an input error.
    expectOk(
      await t.gql(UNSUSPEND, { input: { userId: user.id, reason: 'Apologised' } }, otherMod.token),
    );
    expect(await me(user)).toMatchObject({ suspended: false, suspensionReason: null });
    expectOk(await tryPost(user));
    expectOk(await signIn(user));
    expect(
      errorOf(await t.gql(UNSUSPEND, { input: { userId: user.id } }, otherMod.token)),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });

    expect(await logAbout(user.id, admin)).toEqual([
      expect.objectContaining({
        action: 'UNSUSPEND_USER',
        reason: 'Apologised',
        expiresAt: null,
        moderator: { id: otherMod.id },
      }),
      expect.objectContaining({
        action: 'SUSPEND_USER',
        reason: 'Repeated abuse',
        details: 'permanent',
        expiresAt: null,
        moderator: { id: mod.id },
      }),
    ]);
    expect((await logAbout(user.id)).map((e: any) => e.moderator)).toEqual([null, null]);
  });

  it('shows warnings to the account they were given to, newest first', async () => {
    const user = await signUpUser(t);
    const bystander = await signUpUser(t);
    const startedAt = Date.now();
    expectOk(await t.gql(WARN, { input: { userId: user.id, reason: 'Stay on topic' } }, mod.token));
    expectOk(
      await t.gql(WARN, { input: { userId: user.id, reason: 'Mind your tone' } }, otherMod.token),
    );
    const { warnings } = await me(user);
    expect(warnings.map((w: any) => w.reason)).toEqual(['Mind your tone', 'Stay on topic']);
    for (const w of warnings) {
      expect(Date.parse(w.createdAt)).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(Date.parse(w.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
    }
    // A warning is not a suspension, and nobody else's `me` carries it.
    expect((await me(user)).suspended).toBe(false);
    expectOk(await tryPost(user));
    expect((await me(bystander)).warnings).toEqual([]);
    expect(
      errorOf(
        await t.gql(
          WARN,
          { input: { userId: '00000000-0000-4000-8000-000000000000', reason: 'x' } },
          mod.token,
        ),
      ).code,
    ).toBe('NOT_FOUND');

    // Warnings are private (issue 12): out of the public log, in the moderators' view of it.
    expect(await logAbout(user.id)).toEqual([]);
    expect(await logAbout(user.id, user)).toEqual([]);
    const modLog = await logAbout(user.id, mod);
    expect(modLog.map((e: any) => [e.action, e.reason])).toEqual([
      ['WARN_USER', 'Mind your tone'],
      ['WARN_USER', 'Stay on topic'],
    ]);
    expect(modLog.map((e: any) => e.moderator)).toEqual([{ id: otherMod.id }, { id: mod.id }]);
  });

  it('lets nobody act on their own account or on an equal or higher role', async () => {
    const user = await signUpUser(t);
    const logged = await logCount();
    const reason = 'Testing the rank rules';

    // A moderator cannot suspend, warn or lift the suspension of a moderator or an admin.
    for (const target of [admin, otherMod]) {
      expectForbidden(await suspend(mod, { userId: target.id, reason }), /cannot act on/);
      expectForbidden(
        await t.gql(WARN, { input: { userId: target.id, reason } }, mod.token),
        /cannot act on/,
      );
      expectForbidden(await t.gql(UNSUSPEND, { input: { userId: target.id } }, mod.token));
    }
    // Nobody acts on their own account, whatever their role.
    expectForbidden(await suspend(mod, { userId: mod.id, reason }), /your own account/);
    expectForbidden(
      await t.gql(WARN, { input: { userId: mod.id, reason } }, mod.token),
      /your own account/,
    );
    expectForbidden(await suspend(admin, { userId: admin.id, reason }), /your own account/);
    // Admins cannot act on admins either; ordinary users not at all.
    expectForbidden(await suspend(admin, { userId: otherAdmin.id, reason }));
    expectForbidden(await suspend(user, { userId: otherMod.id, reason }));
    expectForbidden(await t.gql(WARN, { input: { userId: mod.id, reason } }, user.token));
    expect(errorOf(await t.gql(SUSPEND, { input: { userId: user.id, reason } })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await logCount()).toBe(logged);
    for (const target of [admin, otherAdmin, mod, otherMod]) {
      expect((await me(target)).suspended).toBe(false);
    }

    // An admin can suspend a moderator, who then cannot moderate.
    const suspendedMod = await signUpUser(t, { role: Role.MODERATOR });
    expectOk(await suspend(admin, { userId: suspendedMod.id, reason: 'Abused the tools' }));
    expectForbidden(
      await t.gql(`{ moderationQueue { edges { node { id } } } }`, {}, suspendedMod.token),
      /suspended permanently: Abused the tools/,
    );
    expectForbidden(await suspend(suspendedMod, { userId: user.id, reason }), /suspended/);
    // …and warn one, and lift the suspension again.
    expectOk(
      await t.gql(WARN, { input: { userId: otherMod.id, reason: 'Be kinder' } }, admin.token),
    );
    expectOk(await t.gql(UNSUSPEND, { input: { userId: suspendedMod.id } }, admin.token));
    expectOk(await t.gql(`{ moderationQueue { edges { node { id } } } }`, {}, suspendedMod.token));
  });

  it('takes one appeal per suspension, decided by another moderator, who can lift it', async () => {
    const user = await signUpUser(t);
    const bystander = await signUpUser(t);
    expectOk(await suspend(mod, { userId: user.id, reason: 'Insulted people' }));

    // The appellant cannot sign in, so the appeal carries credentials instead of a token.
    expect(errorOf(await appeal(user, 'Please', 'not my password')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await appeal(bystander, 'I am not even suspended'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'login',
    });
    const filed = expectOk(await appeal(user, 'I was quoting someone else')).appealSuspension
      .appeal;
    expect(filed).toMatchObject({
      status: 'OPEN',
      message: 'I was quoting someone else',
      appellant: { id: user.id },
      argument: null,
    });
    expect(errorOf(await appeal(user, 'Once more')).code).toBe('CONFLICT');
    expect(
      await t.dataSource.query(`SELECT count(*)::int AS n FROM appeals WHERE appellant_id = $1`, [
        user.id,
      ]),
    ).toEqual([{ n: 1 }]);

    const item = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).find(
      (i) => i.appeal?.id === filed.id,
    );
    expect(item).toMatchObject({
      kind: 'APPEAL',
      status: 'OPEN',
      argument: null,
      appeal: { id: filed.id, message: 'I was quoting someone else', status: 'OPEN' },
    });

    // The moderator who suspended them may not judge the appeal; another one grants it.
    expectForbidden(
      await t.gql(MODERATE, { input: { itemId: item.id, action: 'APPROVE' } }, mod.token),
      /different moderator/,
    );
    const granted = await moderate(t, otherMod, {
      itemId: item.id,
      action: 'APPROVE',
      reason: 'The quote was clear from context',
    });
    expect(granted.appeal).toEqual({
      id: filed.id,
      status: 'GRANTED',
      decisionReason: 'The quote was clear from context',
    });
    expect(granted.item).toMatchObject({ status: 'RESOLVED', resolution: 'APPROVE' });
    expect(await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).not.toContainEqual(
      expect.objectContaining({ id: item.id }),
    );

    // The account is free again and sees the outcome.
    expect(expectOk(await signIn(user)).signIn.user.id).toBe(user.id);
    expectOk(await tryPost(user));
    const mine = await me(user);
    expect(mine.suspended).toBe(false);
    expect(mine.appeals).toEqual([
      {
        status: 'GRANTED',
        message: 'I was quoting someone else',
        decisionReason: 'The quote was clear from context',
        decidedAt: expect.any(String),
        argument: null,
        appellant: { id: user.id },
      },
    ]);
    // An account that is no longer suspended has nothing to appeal.
    expect(errorOf(await appeal(user, 'Again')).code).toBe('BAD_USER_INPUT');

    const log = await logAbout(user.id, admin);
    expect(log.map((e: any) => [e.action, e.targetType, e.reason, e.moderator?.id])).toEqual([
      ['GRANT_APPEAL', 'APPEAL', 'The quote was clear from context', otherMod.id],
      ['UNSUSPEND_USER', 'USER', 'The quote was clear from context', otherMod.id],
      ['SUSPEND_USER', 'USER', 'Insulted people', mod.id],
    ]);
    expect(log[0].targetId).toBe(filed.id);
    expect((await logAbout(user.id)).every((e: any) => e.moderator === null)).toBe(true);
  });

  it('denies an appeal only with a reason, and the suspension stays', async () => {
    const user = await signUpUser(t);
    const until = new Date(Date.now() + 24 * 3600_000);
    expectOk(
      await suspend(mod, { userId: user.id, reason: 'Brigading', until: until.toISOString() }),
    );
    const filed = expectOk(await appeal(user, 'It was a coincidence')).appealSuspension.appeal;
    const item = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).find(
      (i) => i.appeal?.id === filed.id,
    );
    expect(
      errorOf(
        await t.gql(MODERATE, { input: { itemId: item.id, action: 'REJECT' } }, otherMod.token),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const denied = await moderate(t, otherMod, {
      itemId: item.id,
      action: 'REJECT',
      reason: 'Twelve coordinated posts',
    });
    expect(denied.appeal).toMatchObject({
      status: 'DENIED',
      decisionReason: 'Twelve coordinated posts',
    });
    expect(denied.item).toMatchObject({ status: 'RESOLVED', resolution: 'REJECT' });

    expectForbidden(await signIn(user), /suspended until/);
    expect(await me(user)).toMatchObject({
      suspended: true,
      suspendedUntil: until.toISOString(),
      appeals: [
        expect.objectContaining({ status: 'DENIED', decisionReason: 'Twelve coordinated posts' }),
      ],
    });
    // Still one appeal per suspension, even after the denial.
    expect(errorOf(await appeal(user, 'Please reconsider')).code).toBe('CONFLICT');
    // A decided item cannot be decided again.
    expect(
      errorOf(await t.gql(MODERATE, { input: { itemId: item.id, action: 'APPROVE' } }, admin.token))
        .code,
    ).toBe('CONFLICT');
    expect((await logAbout(user.id)).map((e: any) => [e.action, e.expiresAt])).toEqual([
      ['DENY_APPEAL', null],
      ['SUSPEND_USER', until.toISOString()],
    ]);
  });

  it('keeps the rank rules when a suspended moderator appeals', async () => {
    const suspendedMod = await signUpUser(t, { role: Role.MODERATOR });
    expectOk(await suspend(admin, { userId: suspendedMod.id, reason: 'Leaked reports' }));
    const filed = expectOk(await appeal(suspendedMod, 'It was not me')).appealSuspension.appeal;
    const item = (await queueItems(t, mod, { filter: { kind: 'APPEAL' } })).find(
      (i) => i.appeal?.id === filed.id,
    );
    // A moderator may not lift a fellow moderator's suspension through the appeal either…
    for (const decision of [
      { action: 'APPROVE', reason: 'Fine by me' },
      { action: 'REJECT', reason: 'Not my call' },
    ]) {
      expectForbidden(
        await t.gql(MODERATE, { input: { itemId: item.id, ...decision } }, mod.token),
        /cannot act on/,
      );
    }
    expect((await me(suspendedMod)).suspended).toBe(true);
    // …another admin can.
    const granted = await moderate(t, otherAdmin, {
      itemId: item.id,
      action: 'APPROVE',
      reason: 'The leak came from elsewhere',
    });
    expect(granted.appeal.status).toBe('GRANTED');
    expect((await me(suspendedMod)).suspended).toBe(false);
  });

  it('logs role changes made by admins', async () => {
    const user = await signUpUser(t);
    expectForbidden(
      await t.gql(SET_ROLE, { input: { userId: user.id, role: 'MODERATOR' } }, mod.token),
    );
    const promoted = expectOk(
      await t.gql(SET_ROLE, { input: { userId: user.id, role: 'MODERATOR' } }, admin.token),
    );
    expect(promoted.setUserRole.user).toEqual({ id: user.id, role: 'MODERATOR' });
    expectOk(await t.gql(SET_ROLE, { input: { userId: user.id, role: 'USER' } }, otherAdmin.token));

    const entries = await logAbout(user.id, mod);
    expect(entries.map((e: any) => [e.action, e.details, e.moderator])).toEqual([
      ['SET_ROLE', 'MODERATOR → USER', { id: otherAdmin.id }],
      ['SET_ROLE', 'USER → MODERATOR', { id: admin.id }],
    ]);
    expect(
      expectOk(
        await t.gql(LOG, { filter: { action: 'SET_ROLE', targetUserId: user.id } }),
      ).modLog.edges.map((e: any) => e.node.moderator),
    ).toEqual([null, null]);
  });
  it('lets an open appeal lapse when the suspension it appeals is lifted or runs out', async () => {
    // Lifted by a moderator while the appeal waits: it lapses and leaves the queue.
    const lifted = await signUpUser(t);
    expectOk(await suspend(mod, { userId: lifted.id, reason: 'Spam' }));
    expectOk(await appeal(lifted, 'It was not spam'));
    expectOk(
      await t.gql(UNSUSPEND, { input: { userId: lifted.id, reason: 'Mistake' } }, otherMod.token),
    );
    expect((await me(lifted)).appeals).toMatchObject([{ status: 'LAPSED' }]);
    const open = await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } });
    expect(open.filter((i) => i.appeal && i.appeal.status === 'OPEN').length).toBe(open.length);
    expect(open.some((i) => i.appeal?.message === 'It was not spam')).toBe(false);

    // Run out before anyone decided, then suspended again: granting the old appeal must not lift
    // the new suspension.
    const again = await signUpUser(t);
    expectOk(
      await suspend(mod, {
        userId: again.id,
        reason: 'Spam',
        until: new Date(Date.now() + 60_000),
      }),
    );
    expectOk(await appeal(again, 'Please'));
    const [item] = (await queueItems(t, otherMod, { filter: { kind: 'APPEAL' } })).filter(
      (i) => i.appeal?.message === 'Please',
    );
    await t.dataSource.query(
      `UPDATE users SET suspended_until = now() - interval '1 second' WHERE id = $1`,
      [again.id],
    );
    expectOk(await suspend(mod, { userId: again.id, reason: 'Spam again' }));
    const decided = await moderate(t, otherMod, { itemId: item.id, action: 'APPROVE' });
    expect(decided.appeal.status).toBe('LAPSED');
    expect(decided.item.status).toBe('RESOLVED');
    expect((await me(again)).suspended).toBe(true);
  });
});
