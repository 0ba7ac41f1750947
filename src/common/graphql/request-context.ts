import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestLoaders } from '../loaders/request-loaders';
import type { Role } from '../auth/role.enum';
import type { SignedInAccount } from '../auth/signed-in-account';

export interface AccessClaims {
  userId: string;
  role: Role;
  sessionFamilyId: string;
}

/** What every resolver can see about the request it serves. */
export interface RequestContext {
  requestId: string;
  ip: string;
  req?: FastifyRequest;
  reply?: FastifyReply;
  /** Verified access-token claims, or null for anonymous requests. */
  auth: AccessClaims | null;
  /** The signed-in account, loaded by the auth guard for guarded operations. */
  user?: SignedInAccount;
  /**
   * The reader as the database knows them now (AuthService.viewer), memoised per request: what a
   * read shows depends on the current role and session, not on what the token claimed.
   */
  viewer?: Promise<AccessClaims | null>;
  loaders: RequestLoaders;
}
