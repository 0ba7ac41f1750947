import { PasswordService } from '../src/users/password.service';
import { PRODUCTION } from './helpers/security';
import { errorOf, expectOk, startTestApp, TestApp } from './helpers/test-app';
import { createUsersFast } from './helpers/users';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const RIGHT = 'correct horse battery';

describe('sign-in and sign-up limits (production)', () => {
  let t: TestApp;
  let verifications: number;

  beforeAll(async () => {
    t = await startTestApp({ ...PRODUCTION, SIGNUPS_PER_IP_PER_HOUR: '3' });
    const passwords = t.app.get(PasswordService);
    const verify = passwords.verify.bind(passwords);
    jest.spyOn(passwords, 'verify').mockImplementation(async (hash, password) => {
      verifications += 1;
      return verify(hash, password);
    });
  });
  beforeEach(() => {
    verifications = 0;
  });
  afterAll(() => t.close());

  const signIn = (login: string, password: string) =>
    t.gql(SIGN_IN, { input: { login, password } });

  it('lets at most the limit of 16 simultaneous wrong passwords reach the hash', async () => {
    const [user] = await createUsersFast(t, 1);
    const answers = await Promise.all(
      Array.from({ length: 16 }, () => signIn(user.username, 'wrong password')),
    );
    const codes = answers.map((a) => errorOf(a).code);
    expect(verifications).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(verifications);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(16 - verifications);
    // Even the right password waits now (from this address).
    expect(errorOf(await signIn(user.username, RIGHT)).code).toBe('RATE_LIMITED');
  });

  it('counts username and email in one bucket', async () => {
    const [user] = await createUsersFast(t, 1);
    const email = `${user.username}@example.com`;
    for (const login of [user.username, email, user.username.toUpperCase(), email, user.username]) {
      expect(errorOf(await signIn(login, 'wrong password')).code).toBe('UNAUTHENTICATED');
    }
    expect(errorOf(await signIn(email, RIGHT)).code).toBe('RATE_LIMITED');
  });

  it('gives the point back on success, so the owner is not counted as an attacker', async () => {
    const [user] = await createUsersFast(t, 1);
    for (let i = 0; i < 4; i++) {
      expect(errorOf(await signIn(user.username, 'wrong password')).code).toBe('UNAUTHENTICATED');
    }
    expectOk(await signIn(user.username, RIGHT));
    // The owner's earlier failures are forgiven: five more tries before the limit.
    for (let i = 0; i < 5; i++) expectOk(await signIn(user.username, RIGHT));
  });

  it('limits sign-ups per address, before any password is hashed', async () => {
    const hash = jest.spyOn(t.app.get(PasswordService), 'hash');
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const username = `newcomer${i}_${Date.now() % 100000}`;
      answers.push(
        await t.gql(SIGN_UP, {
          input: { username, email: `${username}@example.com`, password: RIGHT },
        }),
      );
    }
    expect(answers.map((a) => errorOf(a).code)).toEqual([
      undefined,
      undefined,
      undefined,
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    expect(hash).toHaveBeenCalledTimes(3);
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users`);
    expect(after).toBe(before + 3);
    hash.mockRestore();
  });
});

describe.each([
  ['counted in memory', {}],
  // Nothing listens there: the count falls back to memory rather than lapsing.
  ['while Redis is out', { REDIS_URL: 'redis://127.0.0.1:1' }],
])('the per-address request limit (production), %s', (_, env: Record<string, string>) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ...PRODUCTION, RATE_LIMIT_REQUESTS_PER_MINUTE: '5', ...env });
  });
  afterAll(() => t.close());

  it('answers the request over the limit 429 RATE_LIMITED with a retry time', async () => {
    const query = `{ threads(first: 1) { edges { cursor } } }`;
    for (let i = 0; i < 5; i++) expectOk(await t.gql(query));
    const refused = await t.gql(query);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  });
});
