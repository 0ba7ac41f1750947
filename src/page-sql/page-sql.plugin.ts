import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { RequestContext } from '../common/graphql/request-context';
import { cachedData } from '../page-cache/serialized-answers';
import type { PageSql } from './page-sql.service';

/**
 * Serves thread pages from one statement (PageSql). It runs after the page cache's lookup, so a
 * cached anonymous page is served from the cache and a fresh one is stored by it; moderators,
 * and queries the database does not build, run the usual way.
 */
export function pageSqlPlugin(pages: PageSql): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
      return {
        async responseForOperation({ request, schema, document, operation, contextValue }) {
          if (!pages.enabled || !request.http || operation.operation !== 'query') return null;
          const authorization = request.http.headers.has('authorization');
          const variables = request.variables ?? {};
          const text = await pages.answer(
            schema,
            document,
            operation,
            variables,
            contextValue,
            authorization,
          );
          if (text === null) return null;
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data: cachedData(text) } },
          };
        },
      };
    },
  };
}
