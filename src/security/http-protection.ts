import helmet from 'helmet';
import cors from '@fastify/cors';
import rateLimit, {
  type FastifyRateLimitOptions,
  type FastifyRateLimitStore,
  type FastifyRateLimitStoreCtor,
} from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Redis from 'ioredis';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/root-logger';
import type { AppConfig } from '../config/app-config';

/**
 * What the GraphQL IDE page (development only) needs: it is bundled into the web client and
 * served from the server's own files, so scripts come only from here, with no inline ones.
 * GraphiQL's editor (CodeMirror) sets styles inline; ide.browser-spec.ts fails on any refusal.
 */
const IDE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  workerSrc: ["'self'"],
  connectSrc: ["'self'", 'ws:', 'wss:'],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The headers a browser client may send: Apollo's CSRF preflight header among them. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
];

/**
 * Security headers, the CORS allowlist and the per-IP request limit (counted in Redis when
 * REDIS_URL is set, so every instance shares it).
 */
export async function protectHttp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const security = config.security;
  // Built once: @fastify/helmet builds helmet's middleware (parsing the CSP) on every request.
  const setSecurityHeaders = helmet({
    contentSecurityPolicy: config.graphql.ide
      ? { directives: IDE_CSP }
      : { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    // The API answers JSON to any origin on the allowlist; CORP would block those reads.
    crossOriginResourcePolicy: {
      policy: security.corsOrigins.length ? 'cross-origin' : 'same-origin',
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) =>
      setSecurityHeaders(request.raw, reply.raw, (err) => done(err as Error | undefined)),
    );
  await app.register(cors, {
    origin: security.corsOrigins.length ? security.corsOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { connectTimeout: 500, maxRetriesPerRequest: 1 })
    : undefined;
  let down = false;
  if (redis) {
    // An outage is logged once, not thrown as an unhandled error event on every reconnect.
    const logger = app.get<Logger>(ROOT_LOGGER).child({ component: 'request-limit' });
    redis.on('error', (e: Error) => {
      if (!down)
        logger.warn({ err: e.message }, 'Redis unavailable: per-IP limit counted per instance');
      down = true;
    });
    redis.on('ready', () => (down = false));
  }
  await app.register(rateLimit, {
    global: true,
    max: security.requestsPerMinute,
    timeWindow: 60_000,
    ...(redis ? { store: redisOrMemory(redis, () => down, 'rostra:requests:') } : {}),
    // A store error (none expected: Redis errors fall back to memory): serve rather than refuse everyone.
    skipOnError: true,
    allowList: (req) => req.url === '/health',
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: ctx.statusCode,
      errors: [
        {
          message: `Too many requests; try again in ${ctx.after}`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: Math.ceil(ctx.ttl / 1000) },
        },
      ],
    }),
  });
  if (redis)
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', async () => redis.disconnect());
}

/** The plugin's own stores (not in its typings), for counting in Redis or in memory. */
type BuiltInStore = new (
  continueExceeding: boolean | undefined,
  exponentialBackoff: boolean | undefined,
  ...rest: unknown[]
) => FastifyRateLimitStore;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const RedisStore = require('@fastify/rate-limit/store/RedisStore') as BuiltInStore;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LocalStore = require('@fastify/rate-limit/store/LocalStore') as BuiltInStore;

/**
 * The request count in Redis, shared by every instance; while Redis is out, in this process's
 * memory, so an outage loosens the limit to per instance rather than lifting it.
 */
function redisOrMemory(
  redis: Redis,
  down: () => boolean,
  nameSpace: string,
): FastifyRateLimitStoreCtor {
  class RedisOrMemory implements FastifyRateLimitStore {
    private readonly shared: FastifyRateLimitStore;
    private readonly local: FastifyRateLimitStore;

    constructor(
      options: FastifyRateLimitOptions,
      stores?: { shared: FastifyRateLimitStore; local: FastifyRateLimitStore },
    ) {
      // The plugin passes its resolved settings, these two among them (untyped there).
      const { continueExceeding, exponentialBackoff } = options as {
        continueExceeding?: boolean;
        exponentialBackoff?: boolean;
      };
      this.shared =
        stores?.shared ?? new RedisStore(continueExceeding, exponentialBackoff, redis, nameSpace);
      this.local = stores?.local ?? new LocalStore(continueExceeding, exponentialBackoff);
    }

    incr(...[key, cb, timeWindow, max]: Parameters<FastifyRateLimitStore['incr']>): void {
      const inMemory = () => this.local.incr(key, cb, timeWindow, max);
      // Known down: no wait for a reconnect. Otherwise Redis, queued while it first connects.
      if (down()) return inMemory();
      this.shared.incr(key, (err, res) => (err ? inMemory() : cb(null, res)), timeWindow, max);
    }

    child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
      return new RedisOrMemory(routeOptions, {
        shared: this.shared.child(routeOptions),
        local: this.local.child(routeOptions),
      });
    }
  }
  return RedisOrMemory;
}
