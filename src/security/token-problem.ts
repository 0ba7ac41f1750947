import { GraphQLError } from 'graphql';

export type TokenProblem = 'TOKEN_EXPIRED' | 'TOKEN_INVALID';

export const bearerToken = (header: unknown): string | undefined => {
  if (typeof header !== 'string') return undefined;
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1];
};

/** A client that sent a token is told it failed, rather than silently served as anonymous. */
export function tokenProblemError(reason: TokenProblem): GraphQLError {
  return new GraphQLError(
    reason === 'TOKEN_EXPIRED'
      ? 'Your access token has expired; refresh the session'
      : 'Your access token is not valid; sign in again',
    { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } },
  );
}
