import { z } from 'zod';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './project-file';
import { securityConfig, trustProxySetting, type SecurityConfig } from './security-config';

export const DEFAULT_TOKEN_SECRET = 'rostra-development-secret-change-me';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
    .optional()
    .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v)));

const int = (fallback: number, min = 0) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(
      z
        .string()
        .regex(/^\d+$/, 'expected a whole number')
        .transform(Number)
        .pipe(z.number().int().min(min, `must be at least ${min}`)),
    );

/** Four whole numbers, one per trust level (NEW, MEMBER, REGULAR, TRUSTED). */
const perLevel = (fallback: [number, number, number, number]) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback.join(',') : v))
    .pipe(
      z
        .string()
        .regex(/^\s*\d+\s*(,\s*\d+\s*){3}$/, 'expected four whole numbers, e.g. 5,30,60,120')
        .transform((v) => v.split(',').map(Number) as [number, number, number, number]),
    );

const positiveNumber = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? String(fallback) : v))
    .pipe(
      z
        .string()
        .regex(/^\d+(\.\d+)?$/, 'expected a positive number')
        .transform(Number)
        .pipe(z.number().positive('must be more than 0')),
    );

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));

/** Every environment variable the server reads, with its default. Mirrored in .env.example and docs/CONFIGURATION.md. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: int(3000, 0).pipe(z.number().max(65535)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
      .optional(),
  ),
  DATABASE_POOL_SIZE: int(10, 1),
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  MIGRATIONS_RUN: bool(true),
  SEED_SAMPLE: bool(true),
  TOKEN_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEFAULT_TOKEN_SECRET),
  ACCESS_TOKEN_TTL_SECONDS: int(900, 30),
  REFRESH_TOKEN_TTL_DAYS: int(30, 1),
  GRAPHQL_IDE: bool(true).optional(),
  GRAPHQL_INTROSPECTION: bool(true).optional(),
  GRAPHQL_COMPILED_EXECUTION: bool(false),
  GRAPHQL_SQL_PAGES: bool(true),
  ADMIN_USERNAME: optionalString,
  ADMIN_PASSWORD: optionalString,
  ADMIN_EMAIL: optionalString,
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'expected a redis:// URL')
      .optional(),
  ),
  SIGNIN_FAILURES_PER_ACCOUNT: int(5, 1),
  SIGNIN_FAILURES_PER_IP: int(20, 1),
  SIGNIN_FAILURE_WINDOW_SECONDS: int(900, 1),
  BRIDGING_DEBOUNCE_MS: int(2000, 0),
  BRIDGING_MAX_WAIT_MS: int(30000, 0),
  SHUTDOWN_DRAIN_MS: int(0, 0),
  JOB_RETRY_LIMIT: int(10, 0),
  TRUST_MEMBER_AGE_HOURS: int(24),
  TRUST_MEMBER_POSTS: int(2),
  TRUST_MEMBER_REPUTATION: int(0),
  TRUST_REGULAR_AGE_HOURS: int(24 * 14),
  TRUST_REGULAR_POSTS: int(20),
  TRUST_REGULAR_REPUTATION: int(25),
  TRUST_TRUSTED_AGE_HOURS: int(24 * 60),
  TRUST_TRUSTED_POSTS: int(100),
  TRUST_TRUSTED_REPUTATION: int(200),
  PREMOD_FIRST_POSTS: int(2),
  RATE_POSTS_PER_HOUR: perLevel([5, 30, 60, 120]),
  RATE_EDITS_PER_HOUR: perLevel([10, 60, 120, 240]),
  RATE_VOTES_PER_HOUR: perLevel([60, 600, 1200, 2400]),
  RATE_REPORTS_PER_DAY: perLevel([5, 20, 50, 100]),
  REPORT_HIDE_THRESHOLD: positiveNumber(3),
  QUEUE_CLAIM_MINUTES: int(10, 1),
  MODLOG_SHOW_MODERATOR: bool(false),
  FEED_ALLOW_PRIVATE_HOSTS: bool(false),
  // Hostile-client limits (docs/SECURITY.md).
  GRAPHQL_MAX_DEPTH: int(12, 1),
  GRAPHQL_MAX_ALIASES: int(15, 0),
  GRAPHQL_MAX_DIRECTIVES: int(20, 0),
  GRAPHQL_MAX_TOKENS: int(2000, 1),
  GRAPHQL_MAX_COST: int(50000, 1),
  GRAPHQL_EXECUTION_TIMEOUT_MS: int(10000, 1),
  DATABASE_STATEMENT_TIMEOUT_MS: int(15000, 0),
  RATE_LIMIT_REQUESTS_PER_MINUTE: int(600, 1),
  TRUST_PROXY: optionalString.pipe(trustProxySetting),
  CORS_ORIGINS: optionalString,
  WS_MAX_CONNECTIONS_PER_IP: int(20, 1),
  WS_MAX_CONNECTIONS_PER_ACCOUNT: int(20, 1),
  WS_MAX_PAYLOAD_BYTES: int(64 * 1024, 1024),
  WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(50, 1),
  SIGNIN_FAILURES_PER_ACCOUNT_ANY_IP: int(100, 1),
  SIGNUPS_PER_IP_PER_HOUR: int(5, 1),
  PASSWORD_HASH_CONCURRENCY: int(2, 1),
  SEEDING_LLM_URL: optionalString.pipe(
    z
      .string()
      .regex(/^https?:\/\/\S+$/, 'expected the http(s) URL of a chat completions endpoint')
      .optional(),
  ),
  SEEDING_LLM_MODEL: optionalString,
  SEEDING_LLM_API_KEY: optionalString,
  SEEDING_LLM_TIMEOUT_MS: int(15000, 1),
  WEB_CLIENT_DIR: z.string().default('web/dist'),
  PAGE_CACHE_TTL_SECONDS: int(30),
  PAGE_CACHE_MAX_ENTRIES: int(1000, 1),
  PAGE_CACHE_MAX_MB: int(16, 1),
});

export type Env = z.input<typeof envSchema>;

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: string;
  database: { url?: string; poolSize: number; pgliteDataDir: string; migrationsRun: boolean };
  seedSample: boolean;
  auth: {
    tokenSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    signInFailuresPerAccount: number;
    signInFailuresPerIp: number;
    signInFailureWindowSeconds: number;
  };
  graphql: { ide: boolean; introspection: boolean; compiledExecution: boolean; sqlPages: boolean };
  admin?: { username: string; password: string; email?: string };
  redisUrl?: string;
  /** The bridging fit runs this long after a thread's last vote, and at most maxWaitMs late. */
  bridging: { debounceMs: number; maxWaitMs: number };
  /** On SIGTERM, keep serving this long (health answers 503) so load balancers deregister first. */
  shutdownDrainMs: number;
  /** How many times a failed background job is retried (with backoff) before it is given up. */
  jobRetryLimit: number;
  moderation: ModerationConfig;
  /** Whether importFeed may fetch from private and local addresses (off: no probing the LAN). */
  feedAllowPrivateHosts: boolean;
  /** Limits that keep hostile clients in check (see docs/SECURITY.md). */
  security: SecurityConfig;
  /** The optional model extractor (an OpenAI-compatible server); without a url, the built-in one. */
  seedingLlm: { url?: string; model?: string; apiKey?: string; timeoutMs: number };
  /** The built web client (npm run build), served at `/`; relative to the working directory. */
  webClientDir: string;
  /** Anonymous thread pages and lists: how long an entry may live (0: no cache) and how many. */
  /** The in-process store keeps at most maxEntries answers and maxBytes of them. */
  pageCache: { ttlSeconds: number; maxEntries: number; maxBytes: number };
}

export interface TrustThreshold {
  ageHours: number;
  approvedPosts: number;
  reputation: number;
}

/** Per trust level, in the order NEW, MEMBER, REGULAR, TRUSTED. */
export type PerTrustLevel = [number, number, number, number];

export interface ModerationConfig {
  trust: { member: TrustThreshold; regular: TrustThreshold; trusted: TrustThreshold };
  /** A NEW account's posts wait for approval until this many of them are published. */
  premodFirstPosts: number;
  rates: {
    postsPerHour: PerTrustLevel;
    editsPerHour: PerTrustLevel;
    votesPerHour: PerTrustLevel;
    reportsPerDay: PerTrustLevel;
  };
  reportHideThreshold: number;
  claimMinutes: number;
  showModeratorInLog: boolean;
}

export class ConfigError extends Error {}

/** Validates the environment; the first problem becomes one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): AppConfig {
  // An empty value means unset (`NAME=` in a copied .env.example), so it takes the default.
  env = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${name}: ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && (!env.TOKEN_SECRET || e.TOKEN_SECRET === DEFAULT_TOKEN_SECRET)) {
    throw new ConfigError(
      'Invalid configuration: TOKEN_SECRET: must be set to a private value of at least 32 characters in production',
    );
  }
  if ((e.ADMIN_USERNAME === undefined) !== (e.ADMIN_PASSWORD === undefined)) {
    throw new ConfigError(
      'Invalid configuration: ADMIN_PASSWORD: ADMIN_USERNAME and ADMIN_PASSWORD must be set together',
    );
  }
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    database: {
      url: e.DATABASE_URL,
      poolSize: e.DATABASE_POOL_SIZE,
      pgliteDataDir: e.PGLITE_DATA_DIR,
      migrationsRun: e.MIGRATIONS_RUN,
    },
    seedSample: e.SEED_SAMPLE,
    auth: {
      tokenSecret: e.TOKEN_SECRET,
      accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: e.REFRESH_TOKEN_TTL_DAYS,
      signInFailuresPerAccount: e.SIGNIN_FAILURES_PER_ACCOUNT,
      signInFailuresPerIp: e.SIGNIN_FAILURES_PER_IP,
      signInFailureWindowSeconds: e.SIGNIN_FAILURE_WINDOW_SECONDS,
    },
    graphql: {
      ide: e.GRAPHQL_IDE ?? !production,
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      compiledExecution: e.GRAPHQL_COMPILED_EXECUTION,
      sqlPages: e.GRAPHQL_SQL_PAGES,
    },
    admin:
      e.ADMIN_USERNAME && e.ADMIN_PASSWORD
        ? { username: e.ADMIN_USERNAME, password: e.ADMIN_PASSWORD, email: e.ADMIN_EMAIL }
        : undefined,
    redisUrl: e.REDIS_URL,
    bridging: { debounceMs: e.BRIDGING_DEBOUNCE_MS, maxWaitMs: e.BRIDGING_MAX_WAIT_MS },
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    jobRetryLimit: e.JOB_RETRY_LIMIT,
    moderation: {
      trust: {
        member: {
          ageHours: e.TRUST_MEMBER_AGE_HOURS,
          approvedPosts: e.TRUST_MEMBER_POSTS,
          reputation: e.TRUST_MEMBER_REPUTATION,
        },
        regular: {
          ageHours: e.TRUST_REGULAR_AGE_HOURS,
          approvedPosts: e.TRUST_REGULAR_POSTS,
          reputation: e.TRUST_REGULAR_REPUTATION,
        },
        trusted: {
          ageHours: e.TRUST_TRUSTED_AGE_HOURS,
          approvedPosts: e.TRUST_TRUSTED_POSTS,
          reputation: e.TRUST_TRUSTED_REPUTATION,
        },
      },
      premodFirstPosts: e.PREMOD_FIRST_POSTS,
      rates: {
        postsPerHour: e.RATE_POSTS_PER_HOUR,
        editsPerHour: e.RATE_EDITS_PER_HOUR,
        votesPerHour: e.RATE_VOTES_PER_HOUR,
        reportsPerDay: e.RATE_REPORTS_PER_DAY,
      },
      reportHideThreshold: e.REPORT_HIDE_THRESHOLD,
      claimMinutes: e.QUEUE_CLAIM_MINUTES,
      showModeratorInLog: e.MODLOG_SHOW_MODERATOR,
    },
    feedAllowPrivateHosts: e.FEED_ALLOW_PRIVATE_HOSTS,
    security: securityConfig(e),
    seedingLlm: {
      url: e.SEEDING_LLM_URL,
      model: e.SEEDING_LLM_MODEL,
      apiKey: e.SEEDING_LLM_API_KEY,
      timeoutMs: e.SEEDING_LLM_TIMEOUT_MS,
    },
    // A folder of the project's build: a relative path is read from the project, not the working directory.
    webClientDir: resolve(PROJECT_ROOT, e.WEB_CLIENT_DIR),
    pageCache: {
      ttlSeconds: e.PAGE_CACHE_TTL_SECONDS,
      maxEntries: e.PAGE_CACHE_MAX_ENTRIES,
      maxBytes: e.PAGE_CACHE_MAX_MB * 1024 * 1024,
    },
  };
}
