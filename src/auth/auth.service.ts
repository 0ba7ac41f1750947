import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import type { AccessClaims, RequestContext } from '../common/graphql/request-context';
import { Role } from '../common/auth/role.enum';
import { isUuid } from '../common/ids';
import { RowMapper, rowMapper } from '../common/database/row-mapper';
import { preparedQuery } from '../common/database/prepared-query';
import type { SignedInAccount } from '../common/auth/signed-in-account';
import { byKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { notSuspendedSql, User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayload } from './dto/auth.payload';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';
import { PasswordService } from '../users/password.service';
import { RefreshToken } from './refresh-token.entity';
import { SignInLimiter } from './sign-in-limiter';
import { SignUpLimiter } from './sign-up-limiter';
import { TokenService } from './token.service';
import { loaderKey } from '../common/loaders/loader-key';
import { ACCOUNT_COUNT, type AccountCount } from './account-count';
import { RecentAccounts } from './recent-accounts';

/** Keyed `userId:sessionFamilyId`: the account while that session family is live, else null. */
const VIEWER = loaderKey<string, User | null>('auth.viewer');

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the session family `familyId` (an SQL expression) has a token not yet revoked. */
const LIVE_FAMILY = (familyId: string) =>
  `EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = ${familyId} AND r.revoked_at IS NULL)`;

export function suspensionMessage(user: SignedInAccount): string {
  const until = user.suspendedUntil ? `until ${user.suspendedUntil.toISOString()}` : 'permanently';
  const reason = user.suspensionReason ? `: ${user.suspensionReason}` : '';
  return `Your account is suspended ${until}${reason}`;
}

@Injectable()
export class AuthService {
  private decoy?: Promise<string>;
  /** A signed-in account as requests need it: never its e-mail or password hash. */
  private readonly accounts: RowMapper<User>;
  private readonly recent = new RecentAccounts();

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly limiter: SignInLimiter,
    private readonly signUps: SignUpLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(ACCOUNT_COUNT) private readonly accountCount?: AccountCount,
  ) {
    this.accounts = rowMapper(dataSource, User, ['email', 'passwordHash']);
  }

  async signUp(input: SignUpInput, ip: string): Promise<AuthPayload> {
    await this.signUps.take(ip);
    const user = await this.users.create(input);
    return this.startSession(user, randomUUID(), this.dataSource.manager);
  }

  async signIn(input: SignInInput, ip: string): Promise<AuthPayload> {
    const user = await this.verifyCredentials(input.login, input.password, ip);
    if (user.isSuspended()) throw forbidden(suspensionMessage(user));
    return this.startSession(user, randomUUID(), this.dataSource.manager);
  }

  /**
   * The account these credentials open (suspended or not), under the sign-in rate limits; also
   * how a suspended user, who cannot sign in, proves who they are to appeal.
   */
  async verifyCredentials(login: string, password: string, ip: string): Promise<User> {
    const user = await this.users.findByLogin(login);
    // One bucket per account, whether it is named by username or email.
    const account = user ? `user:${user.id}` : `login:${login.trim().toLowerCase()}`;
    await this.limiter.take(account, ip);
    // Verify against a throwaway hash for unknown logins too, so timing does not reveal accounts.
    const ok = user
      ? await this.passwords.verify(user.passwordHash, password)
      : (await this.passwords.verify(await this.decoyHash(), password), false);
    if (!user || !ok) throw unauthenticated('Wrong username, email or password');
    await this.limiter.giveBack(account, ip);
    return user;
  }

  /** A hash to verify against when the login is unknown, made once rather than per attempt. */
  private decoyHash(): Promise<string> {
    this.decoy ??= this.passwords.hash('not-a-password');
    return this.decoy;
  }

  /** Rotates a refresh token. Presenting an already-rotated token revokes its whole family. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const hash = this.tokens.hashRefreshToken(refreshToken);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager
        .createQueryBuilder(RefreshToken, 't')
        .setLock('pessimistic_write')
        .where('t.tokenHash = :hash', { hash })
        .getOne();
      if (!row || row.revokedAt) return { error: 'Invalid refresh token' } as const;
      if (row.usedAt) {
        await this.revokeFamily(manager, row.familyId);
        return {
          error: 'Refresh token was already used; the session has been signed out',
        } as const;
      }
      if (row.expiresAt <= new Date()) return { error: 'Refresh token has expired' } as const;
      const user = await this.users.findById(row.userId, manager);
      if (!user) return { error: 'Invalid refresh token' } as const;
      if (user.isSuspended()) return { suspended: user } as const;
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      return { payload: await this.startSession(user, row.familyId, manager) } as const;
    });
    if ('suspended' in outcome && outcome.suspended)
      throw forbidden(suspensionMessage(outcome.suspended));
    if ('error' in outcome) throw unauthenticated(outcome.error);
    return outcome.payload;
  }

  /** Ends the session family of the current access token (and of a given refresh token). */
  async signOut(claims: AccessClaims, refreshToken?: string): Promise<void> {
    await this.revokeFamily(this.dataSource.manager, claims.sessionFamilyId);
    if (refreshToken) {
      const row = await this.dataSource.manager.findOne(RefreshToken, {
        where: { tokenHash: this.tokens.hashRefreshToken(refreshToken), userId: claims.userId },
      });
      if (row) await this.revokeFamily(this.dataSource.manager, row.familyId);
    }
  }

  /**
   * The signed-in reader for read-side rules (placeholders, moderator-only fields): their current
   * role from the database, none of a moderator's sight while suspended, and nobody at all once
   * the session has ended. Loaded once per request.
   */
  viewer(ctx: RequestContext): Promise<AccessClaims | null> {
    ctx.viewer ??= this.loadViewer(ctx);
    return ctx.viewer;
  }

  private async loadViewer(ctx: RequestContext): Promise<AccessClaims | null> {
    if (!ctx.auth) return null;
    // Through the request's loaders: subscribers sharing an event's loaders share this read.
    const user =
      ctx.user ??
      (await this.viewerLoader(ctx.loaders).load(`${ctx.auth.userId}:${ctx.auth.sessionFamilyId}`));
    if (!user) return null;
    return { ...ctx.auth, role: user.isSuspended() ? Role.USER : user.role };
  }

  /** Viewers with their sessions in one statement, one per request however authors batch. */
  private viewerLoader(loaders: RequestLoaders) {
    return loaders.get(VIEWER, async (keys) => {
      const pairs = keys.map((k) => k.split(':')).filter(([u, f]) => isUuid(u) && isUuid(f));
      if (pairs.length === 0) return keys.map(() => null);
      const rows: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT ${this.accounts.select('u')}, k.family_id AS "familyId"
         FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, family_id)
         JOIN users u ON u.id = k.user_id
         WHERE ${LIVE_FAMILY('k.family_id')}`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      return byKeys(
        keys.map((k) => k.toLowerCase()),
        rows.map((row) => ({ key: `${row.id}:${row.familyId}`, user: this.accounts.hydrate(row) })),
        (r) => r.key,
      ).map((r) => r?.user ?? null);
    });
  }

  /**
   * The signed-in account while its session family is live, else null: one statement, as the
   * guard of every signed-in mutation reads it, with the count other modules asked to read along
   * (the trust level's approved posts: a vote or a post then needs no second round trip).
   */
  async liveAccount(userId: string, familyId: string): Promise<User | null> {
    if (!isUuid(userId) || !isUuid(familyId)) return null;
    const count = this.accountCount?.countSql('u.id');
    // Prepared, as every signed-in mutation runs this same text.
    const [row] = await preparedQuery(
      this.dataSource,
      `SELECT ${this.accounts.select('u')}${count ? `, (${count}) AS "accountCount"` : ''}
       FROM users u WHERE u.id = $1 AND ${LIVE_FAMILY('$2::uuid')}`,
      [userId, familyId],
    );
    if (!row) {
      this.recent.forget(familyId);
      return null;
    }
    const user = this.accounts.hydrate(row);
    const counted = count ? Number(row.accountCount) : undefined;
    this.recent.keep(familyId, user, counted);
    if (counted !== undefined) this.accountCount!.remember(user, counted);
    return user;
  }

  /**
   * The account as this instance read it in the last few seconds (RecentAccounts), else as
   * `liveAccount` reads it now. Only for operations whose write checks `liveActorSql` itself.
   */
  async recentAccount(userId: string, familyId: string): Promise<User | null> {
    const kept = this.recent.take(userId, familyId);
    if (!kept) return this.liveAccount(userId, familyId);
    if (kept.count !== undefined) this.accountCount?.remember(kept.user, kept.count);
    return kept.user;
  }

  /**
   * An SQL condition: the account `userId` is signed in on session family `familyId` (SQL
   * expressions both) and not suspended, as of the statement that checks it.
   */
  liveActorSql(userId: string, familyId: string): string {
    return `EXISTS (SELECT 1 FROM users u WHERE u.id = ${userId} AND ${notSuspendedSql('u')}
      AND ${LIVE_FAMILY(familyId)})`;
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    this.recent.forget(familyId);
    await manager.update(
      RefreshToken,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  private async startSession(
    user: User,
    familyId: string,
    manager: EntityManager,
  ): Promise<AuthPayload> {
    const { token, hash } = this.tokens.newRefreshToken();
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + this.config.auth.refreshTokenTtlDays * DAY_MS),
    });
    const accessToken = await this.tokens.signAccessToken({
      userId: user.id,
      role: user.role,
      sessionFamilyId: familyId,
    });
    return {
      accessToken,
      accessTokenExpiresIn: this.tokens.accessTokenTtlSeconds,
      refreshToken: token,
      user,
    };
  }
}
