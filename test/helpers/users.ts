import { randomUUID } from 'node:crypto';
import { PasswordService } from '../../src/users/password.service';
import { TokenService } from '../../src/auth/token.service';
import { Role } from '../../src/common/auth/role.enum';
import { expectOk, TestApp } from './test-app';

export interface TestUser {
  id: string;
  username: string;
  token: string;
  refreshToken: string;
}

let counter = 0;

/** Signs up a fresh account (optionally promoted to a role) and returns its tokens. */
export async function signUpUser(
  t: TestApp,
  options: { role?: Role; username?: string } = {},
): Promise<TestUser> {
  counter += 1;
  const username = options.username ?? `user${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const data = expectOk(
    await t.gql<{ signUp: { accessToken: string; refreshToken: string; user: { id: string } } }>(
      `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken user { id } } }`,
      { input: { username, email: `${username}@example.com`, password: 'correct horse battery' } },
    ),
  );
  const user = {
    id: data.signUp.user.id,
    username,
    token: data.signUp.accessToken,
    refreshToken: data.signUp.refreshToken,
  };
  if (options.role && options.role !== Role.USER) {
    await t.dataSource.query(`UPDATE users SET role = $1 WHERE id = $2`, [options.role, user.id]);
    // A fresh token carries the new role (guards read it from the database either way).
    const refreshed = expectOk(
      await t.gql<{ refreshSession: { accessToken: string; refreshToken: string } }>(
        `mutation($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken refreshToken } }`,
        { input: { refreshToken: user.refreshToken } },
      ),
    );
    user.token = refreshed.refreshSession.accessToken;
    user.refreshToken = refreshed.refreshSession.refreshToken;
  }
  return user;
}

/**
 * Many accounts at once for load tests: rows inserted directly (one shared password hash) and
 * access tokens minted for live sessions, skipping a slow argon2 hash per account.
 */
export async function createUsersFast(t: TestApp, n: number): Promise<TestUser[]> {
  const tokens = t.app.get(TokenService);
  const hash = await t.app.get(PasswordService).hash('correct horse battery');
  const users: TestUser[] = [];
  for (let i = 0; i < n; i++) {
    const username = `load${i}_${Math.random().toString(36).slice(2, 8)}`;
    const [row] = await t.dataSource.query(
      `INSERT INTO users (username, email, password_hash) VALUES ($1, $2, $3) RETURNING id`,
      [username, `${username}@example.com`, hash],
    );
    const familyId = randomUUID();
    const refresh = tokens.newRefreshToken();
    await t.dataSource.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`,
      [row.id, familyId, refresh.hash],
    );
    const token = await tokens.signAccessToken({
      userId: row.id,
      role: Role.USER,
      sessionFamilyId: familyId,
    });
    users.push({ id: row.id, username, token, refreshToken: refresh.token });
  }
  return users;
}
