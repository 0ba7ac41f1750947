import { Inject, Injectable } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyRequest } from 'fastify';
import {
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
} from 'graphql';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { TokenService } from '../auth/token.service';
import { trustFunction } from './client-address';
import { limitRules } from './query-limits';
import { hideSuggestions } from './schema-privacy';
import { securityPlugin, SecuredContext, timedOut } from './security.plugin';
import { withExecutionDeadline } from './execution-deadline';
import { bearerToken } from './token-problem';
import { DoorExtra, wsDoorOptions } from './ws-door';

type ContextFn = (
  first: FastifyRequest | { extra: DoorExtra },
  ...rest: unknown[]
) => Promise<SecuredContext>;
type FormatFn = NonNullable<ApolloDriverConfig['formatError']>;

/**
 * Adds the hostile-client defences to the application's Apollo options: query limits, the checks
 * before execution, schema privacy in errors, token problems, and the WebSocket door.
 */
@Injectable()
export class GraphqlSecurity {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
  ) {}

  harden(options: ApolloDriverConfig, schema: () => GraphQLSchema): ApolloDriverConfig {
    const limits = this.config.security.graphql;
    const introspection = options.introspection ?? this.config.graphql.introspection;
    const rules = limitRules(limits);
    // Apollo adds the introspection rule to HTTP itself when introspection is off.
    const wsRules = introspection ? rules : [...rules, NoSchemaIntrospectionCustomRule];
    const format = this.formatter(options.formatError);
    const baseWs = options.subscriptions?.['graphql-ws'];
    const wsOptions = typeof baseWs === 'object' ? baseWs : {};
    return {
      ...options,
      validationRules: [...(options.validationRules ?? []), ...rules],
      transformSchema: async (built) =>
        withExecutionDeadline(
          options.transformSchema ? await options.transformSchema(built) : built,
          () => timedOut(limits.executionTimeoutMs),
        ),
      parseOptions: { ...options.parseOptions, maxTokens: limits.maxTokens },
      // Apollo's ESM and CJS typings differ; the plugin is the same object either way.
      plugins: [...(options.plugins ?? []), securityPlugin(limits) as never],
      formatError: format,
      context: this.withTokenProblem(options.context as ContextFn),
      subscriptions: {
        ...options.subscriptions,
        'graphql-ws': {
          ...wsOptions,
          ...(wsDoorOptions({
            limits,
            maxSubscriptions: this.config.security.ws.maxSubscriptionsPerConnection,
            maxConnectionsPerAccount: this.config.security.ws.maxConnectionsPerAccount,
            rules: wsRules,
            tokens: this.tokens,
            trust: trustFunction(this.config.security.trustProxy),
            schema,
            format: (error: GraphQLError) => {
              const formatted = format(error.toJSON(), error);
              // Apollo drops `http` (the status for HTTP answers) from what it sends; so does the socket.
              const { http: _http, ...extensions } = formatted.extensions ?? {};
              return { ...formatted, extensions };
            },
            onConnect: wsOptions.onConnect as never,
          }) as object),
        },
      },
    };
  }

  /** Production errors do not spell out the schema ("Did you mean …?"). */
  private formatter(base: FormatFn | undefined): FormatFn {
    const production = this.config.env === 'production';
    return (formatted: GraphQLFormattedError, error: unknown) => {
      const out = base ? base(formatted, error) : formatted;
      return production ? hideSuggestions(out) : out;
    };
  }

  /** Remembers why a sent token was refused, so the operation is answered UNAUTHENTICATED. */
  private withTokenProblem(base: ContextFn): ContextFn {
    return async (first, ...rest) => {
      const ctx = await base(first, ...rest);
      if ('extra' in first) {
        ctx.ip = first.extra.clientIp ?? ctx.ip;
        ctx.auth = first.extra.auth ?? null;
        ctx.tokenProblem = first.extra.tokenProblem;
        return ctx;
      }
      const token = bearerToken(first.headers.authorization);
      if (token && !ctx.auth) {
        const verdict = await this.tokens.checkAccessToken(token);
        if ('reason' in verdict) ctx.tokenProblem = verdict.reason;
      }
      return ctx;
    };
  }
}
