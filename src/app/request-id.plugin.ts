import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { isClientError } from './format-graphql-error';
import type { RequestContext } from '../common/graphql/request-context';

/**
 * Logs unexpected errors with the request id, and puts that id into the masked error the
 * client receives so a report can be matched to the log line.
 */
export function requestIdPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error(
              {
                err: error.originalError ?? error,
                requestId: contextValue.requestId,
                operationName,
                path: error.path,
              },
              'unexpected error in GraphQL request',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') continue;
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            (error as { message: string }).message =
              `Internal server error (request id ${contextValue.requestId})`;
          }
        },
      };
    },
  };
}
