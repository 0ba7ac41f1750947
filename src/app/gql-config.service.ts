import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GqlOptionsFactory } from '@nestjs/graphql';
import { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../logging/root-logger';
import { TokenService } from '../auth/token.service';
import { formatGraphqlError } from './format-graphql-error';
import { RequestLoaders } from '../common/loaders/request-loaders';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { PageCache } from '../page-cache/page-cache.service';
import { pageCachePlugin } from '../page-cache/page-cache.plugin';
import { PageSql } from '../page-sql/page-sql.service';
import { pageSqlPlugin } from '../page-sql/page-sql.plugin';
import { stringifyResult } from '../page-cache/serialized-answers';
import { requestIdPlugin } from './request-id.plugin';
import { ideLandingPage } from '../web-client/ide-landing-page';
import type { RequestContext } from '../common/graphql/request-context';

interface WsExtra {
  auth?: RequestContext['auth'];
  request?: { socket?: { remoteAddress?: string } };
}

const bearer = (header: unknown): string | undefined => {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
};

/** Builds the Apollo options: schema from code, context per request, errors with codes. */
@Injectable()
export class GqlConfigService implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
    private readonly tokens: TokenService,
    private readonly pageCache: PageCache,
    private readonly pageSql: PageSql,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    return {
      autoSchemaFile: true,
      sortSchema: true,
      path: '/graphql',
      // The IDE is the web client's own page (ideLandingPage), not Apollo's CDN-hosted one.
      graphiql: false,
      introspection: this.config.graphql.introspection,
      includeStacktraceInErrorResponses: false,
      formatError: (formatted, error) => formatGraphqlError(formatted, error),
      // A page from the cache is sent as its stored text (page-cache/serialized-answers.ts).
      stringifyResult,
      // Apollo's ESM and CJS typings differ; the plugin is the same object either way.
      plugins: [
        requestIdPlugin(this.logger.child({ component: 'graphql' })) as never,
        ...(this.config.graphql.ide ? [ideLandingPage(this.config.webClientDir) as never] : []),
        pageCachePlugin(this.pageCache) as never,
        // After the cache's lookup: a page it misses is built by the database, then stored.
        pageSqlPlugin(this.pageSql) as never,
        // Nothing reads cache hints; the plugin would otherwise wrap every field resolver.
        ApolloServerPluginCacheControlDisabled() as never,
      ],
      subscriptions: {
        'graphql-ws': {
          onConnect: async (ctx) => {
            const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
            const token = bearer(params.authorization ?? params.Authorization);
            (ctx.extra as Record<string, unknown>).auth = token
              ? await this.tokens.verifyAccessToken(token)
              : null;
            return true;
          },
        },
      },
      // Fastify calls this with (request, reply); graphql-ws with its own context holding `extra`.
      context: async (
        first: FastifyRequest | { extra: WsExtra },
        reply?: FastifyReply,
      ): Promise<RequestContext> => {
        if ('extra' in first) {
          return {
            requestId: randomUUID(),
            ip: first.extra.request?.socket?.remoteAddress ?? 'unknown',
            auth: first.extra.auth ?? null,
            loaders: new RequestLoaders(),
          };
        }
        const token = bearer(first.headers.authorization);
        return {
          requestId: String(first.id),
          ip: first.ip,
          req: first,
          reply,
          auth: token ? await this.tokens.verifyAccessToken(token) : null,
          loaders: new RequestLoaders(),
        };
      },
    };
  }
}
