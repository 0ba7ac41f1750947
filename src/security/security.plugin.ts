import type { ApolloServerPlugin } from '@apollo/server';
import { AppError } from '../common/errors/app-errors';
import type { RequestContext } from '../common/graphql/request-context';
import { operationRefusal } from './operation-checks';
import type { SecurityConfig } from '../config/security-config';
import type { TokenProblem } from './token-problem';
import { EXECUTION_DEADLINE } from './execution-deadline';

export type SecuredContext = RequestContext & { tokenProblem?: TokenProblem };

export const timedOut = (ms: number) =>
  new AppError('TIMEOUT', `The request ran longer than ${ms} ms and was stopped`);

/**
 * Refuses an operation before execution (bad token, bad input, too costly), and stops resolving
 * fields once the request has run past its time limit.
 */
export function securityPlugin(
  limits: SecurityConfig['graphql'],
): ApolloServerPlugin<SecuredContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const refusal = operationRefusal(
            {
              schema,
              document,
              variables: request.variables,
              operationName,
              tokenProblem: contextValue.tokenProblem,
            },
            limits.maxCost,
          );
          if (refusal) throw refusal;
        },
        // Each field's resolver checks it (withExecutionDeadline): a willResolveField hook would
        // make Apollo instrument every field of the schema.
        async executionDidStart({ contextValue }) {
          (contextValue as SecuredContext & { [EXECUTION_DEADLINE]?: number })[EXECUTION_DEADLINE] =
            Date.now() + limits.executionTimeoutMs;
        },
      };
    },
  };
}
