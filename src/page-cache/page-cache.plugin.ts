import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import type { RequestContext } from '../common/graphql/request-context';
import { cacheTagOf } from './cacheable-operation';
import type { PageCache } from './page-cache.service';
import { cachedData, rememberText, textOf } from './serialized-answers';

/**
 * Serves anonymous thread pages and thread lists from the PageCache, keyed by the query text,
 * operation name and variables; stores error-free answers; and holds every mutation's answer until
 * the invalidations it caused have landed. Requests with an Authorization header are never cached.
 */
export function pageCachePlugin(cache: PageCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
      let pending: { tag: string; generation: string; key: string } | undefined;
      return {
        async responseForOperation({ request, source, operation, contextValue }) {
          if (!cache.enabled || contextValue.auth || !request.http) return null;
          if (request.http.headers.get('authorization')) return null;
          const tag = cacheTagOf(operation, request.variables);
          if (!tag) return null;
          const key = createHash('sha256')
            .update(
              `${source}\0${request.operationName ?? ''}\0${JSON.stringify(request.variables ?? {})}`,
            )
            .digest('base64url');
          const found = await cache.lookup(tag, key);
          if (!found) return null;
          if (found.body !== undefined) {
            return {
              http: { status: undefined, headers: new HeaderMap([['x-page-cache', 'hit']]) },
              body: { kind: 'single', singleResult: { data: cachedData(found.body) } },
            };
          }
          pending = { tag, generation: found.generation, key };
          return null;
        },
        async willSendResponse({ response, operation }) {
          if (pending && response.body.kind === 'single' && !response.body.singleResult.errors) {
            const { tag, generation, key } = pending;
            const { data, extensions } = response.body.singleResult;
            if (data && !extensions) {
              // An answer built as text (page-sql/) is stored as that text.
              let text = textOf(data);
              if (text === undefined) rememberText(data, (text = JSON.stringify({ data })));
              await cache.save(tag, generation, key, text);
            }
          }
          if (operation?.operation === 'mutation') await cache.settled();
        },
      };
    },
  };
}
