import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { signUpUser } from './helpers/users';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id username role } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken user { username } } }`;
const REFRESH = `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`;
const ME = `{ me { email suspended suspendedUntil suspensionReason user { id username role } } }`;

describe('accounts and sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      ADMIN_USERNAME: 'root',
      ADMIN_PASSWORD: 'root-password-1',
      SIGNIN_FAILURES_PER_ACCOUNT: '3',
    });
  });
  afterAll(() => t.close());

  it('refuses to start with a first admin that sign-up would refuse, naming the setting', async () => {
    const admin = { ADMIN_USERNAME: 'boss', ADMIN_PASSWORD: 'a long password' };
    await expect(startTestApp({ ...admin, ADMIN_EMAIL: 'boss@localhost' })).rejects.toThrow(
      'Invalid configuration: ADMIN_EMAIL: email must be a valid email address',
    );
    await expect(startTestApp({ ...admin, ADMIN_PASSWORD: 'x'.repeat(129) })).rejects.toThrow(
      'Invalid configuration: ADMIN_PASSWORD: password must be 8–128 characters',
    );
  });

  it('signs up, reads its own account, signs in by username or email case-insensitively', async () => {
    const up = expectOk(
      await t.gql(SIGN_UP, {
        input: { username: 'Ada_L', email: 'Ada@Example.com', password: 'analytical engine' },
      }),
    );
    expect(up.signUp.user).toMatchObject({ username: 'Ada_L', role: 'USER' });
    const me = expectOk(await t.gql(ME, {}, up.signUp.accessToken));
    expect(me.me).toMatchObject({
      email: 'Ada@Example.com',
      suspended: false,
      user: { username: 'Ada_L' },
    });

    for (const login of ['ada_l', 'ADA@example.COM']) {
      const res = expectOk(
        await t.gql(SIGN_IN, { input: { login, password: 'analytical engine' } }),
      );
      expect(res.signIn.user.username).toBe('Ada_L');
    }
  });

  it('refuses a second account with the same username or email in another case', async () => {
    await signUpUser(t, { username: 'grace' });
    const sameName = await t.gql(SIGN_UP, {
      input: { username: 'GRACE', email: 'other@example.com', password: 'longenough' },
    });
    expect(errorOf(sameName)).toMatchObject({ code: 'CONFLICT', field: 'username' });
    const sameEmail = await t.gql(SIGN_UP, {
      input: { username: 'grace2', email: 'GRACE@example.com', password: 'longenough' },
    });
    expect(errorOf(sameEmail)).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('names the offending field of invalid input and writes nothing', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    const cases: [Record<string, string>, string][] = [
      [{ username: 'a', email: 'x@example.com', password: 'longenough' }, 'username'],
      [{ username: 'has space', email: 'x@example.com', password: 'longenough' }, 'username'],
      [{ username: 'valid_name', email: 'not-an-email', password: 'longenough' }, 'email'],
      [{ username: 'valid_name', email: 'x@example.com', password: 'short' }, 'password'],
    ];
    for (const [input, field] of cases) {
      expect(errorOf(await t.gql(SIGN_UP, { input }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
      });
    }
    const after = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('never exposes the email on a public profile', async () => {
    const u = await signUpUser(t);
    const res = await t.gql(`query($id: ID!) { user(id: $id) { email } }`, { id: u.id });
    expect(errorOf(res).code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rotates refresh tokens and revokes the family when a used token is replayed', async () => {
    const u = await signUpUser(t);
    const first = expectOk(await t.gql(REFRESH, { input: { refreshToken: u.refreshToken } }));
    const second = expectOk(
      await t.gql(REFRESH, { input: { refreshToken: first.refreshSession.refreshToken } }),
    );
    expect(second.refreshSession.refreshToken).not.toBe(first.refreshSession.refreshToken);

    // The original token was rotated away: replaying it is theft, and ends the whole session.
    const replay = await t.gql(REFRESH, { input: { refreshToken: u.refreshToken } });
    expect(errorOf(replay).code).toBe('UNAUTHENTICATED');
    const afterTheft = await t.gql(REFRESH, {
      input: { refreshToken: second.refreshSession.refreshToken },
    });
    expect(errorOf(afterTheft).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(ME, {}, second.refreshSession.accessToken)).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('signs out: the access token and refresh token stop working', async () => {
    const u = await signUpUser(t);
    expectOk(await t.gql(`mutation { signOut { signedOut } }`, {}, u.token));
    expect(errorOf(await t.gql(ME, {}, u.token)).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql(REFRESH, { input: { refreshToken: u.refreshToken } })).code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('rejects a wrong password, then rate limits the account after repeated failures', async () => {
    const u = await signUpUser(t);
    for (let i = 0; i < 3; i++) {
      const res = await t.gql(SIGN_IN, {
        input: { login: u.username, password: 'wrong password' },
      });
      expect(errorOf(res).code).toBe('UNAUTHENTICATED');
    }
    const limited = await t.gql(SIGN_IN, {
      input: { login: u.username, password: 'correct horse battery' },
    });
    expect(errorOf(limited).code).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('creates the configured admin on start; only admins grant roles', async () => {
    const admin = expectOk(
      await t.gql(SIGN_IN, { input: { login: 'root', password: 'root-password-1' } }),
    );
    const target = await signUpUser(t);
    const other = await signUpUser(t);
    const SET_ROLE = `mutation($input: SetUserRoleInput!) { setUserRole(input: $input) { user { role } } }`;

    const anonymous = await t.gql(SET_ROLE, { input: { userId: target.id, role: 'MODERATOR' } });
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    const byUser = await t.gql(
      SET_ROLE,
      { input: { userId: target.id, role: 'MODERATOR' } },
      other.token,
    );
    expect(errorOf(byUser).code).toBe('FORBIDDEN');
    const granted = expectOk(
      await t.gql(
        SET_ROLE,
        { input: { userId: target.id, role: 'MODERATOR' } },
        admin.signIn.accessToken,
      ),
    );
    expect(granted.setUserRole.user.role).toBe('MODERATOR');
    const byModerator = await t.gql(
      SET_ROLE,
      { input: { userId: other.id, role: 'MODERATOR' } },
      target.token,
    );
    expect(errorOf(byModerator).code).toBe('FORBIDDEN');
  });

  it('keeps a suspended account out but lets it see why and until when', async () => {
    const u = await signUpUser(t);
    const until = new Date(Date.now() + 3600_000);
    await t.dataSource.query(
      `UPDATE users SET suspended_at = now(), suspended_until = $2, suspension_reason = 'spamming' WHERE id = $1`,
      [u.id, until],
    );
    const signIn = await t.gql(SIGN_IN, {
      input: { login: u.username, password: 'correct horse battery' },
    });
    expect(errorOf(signIn)).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(signIn).message).toContain('spamming');
    expect(errorOf(await t.gql(REFRESH, { input: { refreshToken: u.refreshToken } })).code).toBe(
      'FORBIDDEN',
    );
    const me = expectOk(await t.gql(ME, {}, u.token));
    expect(me.me).toMatchObject({ suspended: true, suspensionReason: 'spamming' });
    expect(new Date(me.me.suspendedUntil).getTime()).toBe(until.getTime());

    // Once the suspension has expired, the account works again.
    await t.dataSource.query(
      `UPDATE users SET suspended_until = now() - interval '1 minute' WHERE id = $1`,
      [u.id],
    );
    expectOk(
      await t.gql(SIGN_IN, { input: { login: u.username, password: 'correct horse battery' } }),
    );
  });
});
