import { isIP } from 'node:net';
import { z } from 'zod';
import type { envSchema } from './app-config';

/** Which proxies in front of the server may name the client: none, the nearest N hops, or these addresses. */
export type TrustProxy = false | number | string[];

export interface SecurityConfig {
  graphql: {
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
    /** Fields weighted by the page size (`first`) of every list around them. */
    maxCost: number;
    executionTimeoutMs: number;
  };
  /** PostgreSQL statement_timeout for the server's pool (0: none). */
  statementTimeoutMs: number;
  requestsPerMinute: number;
  trustProxy: TrustProxy;
  /** Origins a browser may call the API from; empty: same origin only. */
  corsOrigins: string[];
  ws: {
    maxConnectionsPerIp: number;
    /** Per signed-in account, on this instance (many addresses, one account). */
    maxConnectionsPerAccount: number;
    maxPayloadBytes: number;
    maxSubscriptionsPerConnection: number;
  };
  signInFailuresPerAccountAnyIp: number;
  signUpsPerIpPerHour: number;
  passwordHashConcurrency: number;
}

const address = (v: string) => {
  const [ip, prefix] = v.split('/');
  return isIP(ip) !== 0 && (prefix === undefined || /^\d{1,3}$/.test(prefix));
};

/**
 * TRUST_PROXY: a hop count, or a comma-separated list of proxy addresses/CIDRs. `true` is refused:
 * trusting every hop lets any client name its own address in X-Forwarded-For.
 */
export const trustProxySetting = z
  .string()
  .optional()
  .transform((v, ctx): TrustProxy => {
    if (v === undefined || v === 'false' || v === '0') return false;
    if (/^\d+$/.test(v)) return Number(v);
    const list = v.split(',').map((s) => s.trim());
    if (list.every(address)) return list;
    ctx.addIssue({
      code: 'custom',
      message:
        v === 'true'
          ? 'true would trust any X-Forwarded-For; give the number of proxies in front or their addresses'
          : 'expected a hop count or comma-separated proxy addresses (CIDR allowed)',
    });
    return z.NEVER;
  });

export function securityConfig(e: z.output<typeof envSchema>): SecurityConfig {
  return {
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxCost: e.GRAPHQL_MAX_COST,
      executionTimeoutMs: e.GRAPHQL_EXECUTION_TIMEOUT_MS,
    },
    statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    requestsPerMinute: e.RATE_LIMIT_REQUESTS_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ws: {
      maxConnectionsPerIp: e.WS_MAX_CONNECTIONS_PER_IP,
      maxConnectionsPerAccount: e.WS_MAX_CONNECTIONS_PER_ACCOUNT,
      maxPayloadBytes: e.WS_MAX_PAYLOAD_BYTES,
      maxSubscriptionsPerConnection: e.WS_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    },
    signInFailuresPerAccountAnyIp: e.SIGNIN_FAILURES_PER_ACCOUNT_ANY_IP,
    signUpsPerIpPerHour: e.SIGNUPS_PER_IP_PER_HOUR,
    passwordHashConcurrency: e.PASSWORD_HASH_CONCURRENCY,
  };
}
