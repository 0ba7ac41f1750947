import {
  ExecutionArgs,
  getOperationAST,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { TokenService } from '../auth/token.service';
import type { AccessClaims } from '../common/graphql/request-context';
import { clientAddress, TrustFn } from './client-address';
import { operationRefusal } from './operation-checks';
import { OpenSockets } from './open-sockets';
import type { SecurityConfig } from '../config/security-config';
import { bearerToken, TokenProblem } from './token-problem';

/** What the door keeps on a connection: the token to re-check per operation, and its verdict. */
export interface DoorExtra extends Extra {
  token?: string;
  auth?: AccessClaims | null;
  tokenProblem?: TokenProblem;
  clientIp?: string;
}

export interface WsDoorDeps {
  limits: SecurityConfig['graphql'];
  /** Subscriptions open at once on one connection. */
  maxSubscriptions: number;
  /** Connections open at once for one signed-in account (per instance). */
  maxConnectionsPerAccount: number;
  rules: ValidationRule[];
  tokens: TokenService;
  trust: TrustFn | undefined;
  schema: () => GraphQLSchema;
  format: (error: GraphQLError) => GraphQLFormattedError;
  /** The application's own onConnect (reads the token into `extra.auth`). */
  onConnect?: ServerOptions<Record<string, unknown>, DoorExtra>['onConnect'];
}

const requestError = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code } });

/** Re-reads the connection's token, so a session that expires mid-connection stops being served. */
async function recheckToken(extra: DoorExtra, tokens: TokenService): Promise<void> {
  if (!extra.token) return;
  const verdict = await tokens.checkAccessToken(extra.token);
  extra.auth = 'claims' in verdict ? verdict.claims : null;
  extra.tokenProblem = 'reason' in verdict ? verdict.reason : undefined;
}

/**
 * The graphql-ws options for the WebSocket door: only subscriptions (queries and mutations go
 * over HTTP, where the request limits and CSRF rules apply), the same parse limit, validation
 * rules, checks and error masking as HTTP, and the token checked at connect and per operation.
 */
export function wsDoorOptions(deps: WsDoorDeps): ServerOptions<Record<string, unknown>, DoorExtra> {
  // Open connections per signed-in account: the per-address cap alone lets one account hold
  // sockets from as many addresses as it has.
  const perAccount = new OpenSockets();
  return {
    onConnect: async (ctx) => {
      const extra = ctx.extra;
      extra.clientIp = clientAddress(extra.request, deps.trust);
      const params = ctx.connectionParams ?? {};
      extra.token = bearerToken(params.authorization ?? params.Authorization);
      const allowed = (await deps.onConnect?.(ctx)) ?? true;
      await recheckToken(extra, deps.tokens);
      const userId = extra.auth?.userId;
      // A socket closed while its token was read is not counted: its close has already fired.
      if (allowed === false || !userId || extra.socket.readyState !== extra.socket.OPEN)
        return allowed;
      const limit = deps.maxConnectionsPerAccount;
      const reason = `Too many connections for one account (limit ${limit})`;
      return perAccount.admit(userId, extra.socket, limit, reason) && allowed;
    },
    onSubscribe: async (ctx, _id, payload): Promise<ExecutionArgs | GraphQLError[]> => {
      // graphql-ws has already reserved this one's place: each costs memory until completed, and
      // a socket could otherwise open them by the hundred thousand, one small message each.
      if (Object.keys(ctx.subscriptions).length > deps.maxSubscriptions) {
        return [
          requestError(
            'BAD_REQUEST',
            `At most ${deps.maxSubscriptions} subscriptions at once on one connection; complete one first`,
          ),
        ];
      }
      const schema = deps.schema();
      let document;
      try {
        document = parse(payload.query, { maxTokens: deps.limits.maxTokens });
      } catch (e) {
        const message = e instanceof GraphQLError ? e.message : 'The query could not be parsed';
        return [requestError('GRAPHQL_PARSE_FAILED', message)];
      }
      const operation = getOperationAST(document, payload.operationName);
      if (!operation) {
        return [requestError('BAD_REQUEST', 'Name the operation to run (operationName)')];
      }
      if (operation.operation !== 'subscription') {
        return [
          requestError(
            'BAD_REQUEST',
            'Only subscriptions are served over WebSocket; send queries and mutations to POST /graphql',
          ),
        ];
      }
      const invalid = validate(schema, document, [...specifiedRules, ...deps.rules]);
      if (invalid.length) {
        return invalid.map(
          (e) =>
            new GraphQLError(e.message, {
              nodes: e.nodes,
              extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
            }),
        );
      }
      await recheckToken(ctx.extra, deps.tokens);
      const refusal = operationRefusal(
        {
          schema,
          document,
          variables: payload.variables,
          operationName: payload.operationName,
          tokenProblem: ctx.extra.tokenProblem,
        },
        deps.limits.maxCost,
      );
      if (refusal) return [refusal];
      return {
        schema,
        document,
        variableValues: payload.variables,
        operationName: payload.operationName,
      };
    },
    onError: (_ctx, _id, _payload, errors) => errors.map(deps.format),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors ? { ...result, errors: result.errors.map(deps.format) } : result,
  };
}
