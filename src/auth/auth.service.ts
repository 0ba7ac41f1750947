import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import type { AccessClaims, RequestContext } from '../common/graphql/request-context';
import { Role } from '../common/auth/role.enum';
import { isUuid } from '../common/ids';
import type { SignedInAccount } from '../common/auth/signed-in-account';
import { byKeys, RequestLoaders } from '../common/loaders/request-loaders';
import { User } from '../users/user.entity';
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

const VIEWER = loaderKey<string, User | null>('auth.viewer');
const LIVE_SESSION = loaderKey<string, boolean>('auth.liveSession');

const DAY_MS = 24 * 60 * 60 * 1000;

export function suspensionMessage(user: SignedInAccount): string {
  const until = user.suspendedUntil ? `until ${user.suspendedUntil.toISOString()}` : 'permanently';
  const reason = user.suspensionReason ? `: ${user.suspensionReason}` : '';
  return `Your account is suspended ${until}${reason}`;
}

@Injectable()
export class AuthService {
  private decoy?: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly limiter: SignInLimiter,
    private readonly signUps: SignUpLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

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

  /** Whether the session family behind an access token is still live. */
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
    // Through the request's loaders: subscribers sharing an event's loaders share these reads.
    const [user, live] = ctx.user
      ? [ctx.user, true]
      : await Promise.all([
          this.viewerLoader(ctx.loaders).load(ctx.auth.userId),
          this.liveSessionLoader(ctx.loaders).load(ctx.auth.sessionFamilyId),
        ]);
    if (!user || !live) return null;
    return { ...ctx.auth, role: user.isSuspended() ? Role.USER : user.role };
  }

  /** Viewers in a statement of their own, so it is one per request however authors batch. */
  private viewerLoader(loaders: RequestLoaders) {
    return loaders.get(VIEWER, async (ids) =>
      byKeys(
        ids,
        await this.dataSource.manager.find(User, { where: { id: In([...ids]) } }),
        (u) => u.id,
      ),
    );
  }

  private liveSessionLoader(loaders: RequestLoaders) {
    return loaders.get(LIVE_SESSION, async (familyIds) => {
      const rows: { family_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT family_id FROM refresh_tokens
         WHERE family_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
        [[...familyIds]],
      );
      const live = new Set(rows.map((r) => r.family_id));
      return familyIds.map((id) => live.has(id));
    });
  }

  /**
   * The signed-in account while its session family is live, else null: one statement, as the
   * guard of every signed-in mutation reads it.
   */
  liveAccount(userId: string, familyId: string): Promise<User | null> {
    if (!isUuid(userId) || !isUuid(familyId)) return Promise.resolve(null);
    return this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .where('u.id = :userId', { userId })
      .andWhere(
        'EXISTS (SELECT 1 FROM refresh_tokens r WHERE r.family_id = :familyId AND r.revoked_at IS NULL)',
        { familyId },
      )
      .getOne();
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
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
