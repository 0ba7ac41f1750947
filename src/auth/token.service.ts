import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import type { AccessClaims } from '../common/graphql/request-context';
import { Role } from '../common/auth/role.enum';

const ISSUER = 'rostra';

@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Tokens whose signature already checked out, with their expiry: a client sends the same
   * token on every request until it refreshes, and the check (WebCrypto HMAC, a key import and
   * a thread-pool job each time) was a large part of a vote's CPU. Only the expiry is checked
   * again; whether the session still lives is the guard's read, on every request as before.
   */
  private readonly verified = new LRUCache<string, { claims: AccessClaims; expiresAt: number }>({
    max: 10_000,
  });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.auth.tokenSecret);
  }

  get accessTokenTtlSeconds(): number {
    return this.config.auth.accessTokenTtlSeconds;
  }

  signAccessToken(claims: AccessClaims): Promise<string> {
    return new SignJWT({ role: claims.role, sid: claims.sessionFamilyId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.config.auth.accessTokenTtlSeconds}s`)
      .sign(this.key);
  }

  /** The claims of a valid, unexpired token, or null. */
  async verifyAccessToken(token: string): Promise<AccessClaims | null> {
    const verdict = await this.checkAccessToken(token);
    return 'claims' in verdict ? verdict.claims : null;
  }

  /** The claims of a token, or why it was refused (so the client knows to refresh or sign in). */
  async checkAccessToken(
    token: string,
  ): Promise<{ claims: AccessClaims } | { reason: 'TOKEN_EXPIRED' | 'TOKEN_INVALID' }> {
    const known = this.verified.get(token);
    if (known && known.expiresAt > Date.now()) return { claims: known.claims };
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: ['HS256'],
      });
      if (!payload.sub || typeof payload.sid !== 'string') return { reason: 'TOKEN_INVALID' };
      const role = Object.values(Role).includes(payload.role as Role)
        ? (payload.role as Role)
        : Role.USER;
      const claims = { userId: payload.sub, role, sessionFamilyId: payload.sid };
      if (payload.exp) this.verified.set(token, { claims, expiresAt: payload.exp * 1000 });
      return { claims };
    } catch (e) {
      return { reason: e instanceof errors.JWTExpired ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID' };
    }
  }

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: this.hashRefreshToken(token) };
  }

  hashRefreshToken(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }
}
