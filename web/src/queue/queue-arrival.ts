import type { Cache } from '@urql/exchange-graphcache';
import { graphql } from '../gql';
import type { QueueFilter, QueueItemFieldsFragment } from '../gql/graphql';

/** What a live arrival needs of the item to know which lists it belongs in. */
type Arrival = Pick<QueueItemFieldsFragment, 'id' | 'kind' | 'status' | 'priority' | 'thread' | 'argument' | 'appeal' | 'reports'>;

// Just what placing an item reads and writes of a loaded page: the page itself re-reads the items
// (whole, from the subscription) out of the cache.
const QueuePlaceDocument = graphql(`
  query QueuePlace($first: Int!, $after: String, $filter: QueueFilter) {
    moderationQueue(first: $first, after: $after, filter: $filter) {
      edges {
        node {
          id
          priority
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

/** Whether a list with this filter holds the item: the same conditions as the server's list. */
export function inQueueFilter(item: Arrival, f: QueueFilter | null | undefined): boolean {
  if ((f?.status ?? 'OPEN') !== item.status) return false;
  if (f?.kind && f.kind !== item.kind) return false;
  if (f?.threadId && f.threadId !== item.thread?.id) return false;
  if (f?.userId && item.argument?.author?.id !== f.userId && item.appeal?.appellant.id !== f.userId) return false;
  if (f?.reason && !item.reports.some((r) => r.status === 'OPEN' && r.reason === f.reason)) return false;
  return true;
}

/**
 * Places a new queue item in each loaded page of the queue that holds it, by priority (highest
 * first, as the server orders), instead of fetching every loaded page again: the moderator's
 * selection, filters and scroll position stay as they are. An item that sorts after the last
 * loaded page is left to "Show more", which fetches after that page's cursor.
 */
export function placeQueueArrival(cache: Cache, item: Arrival): void {
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'moderationQueue') continue;
    const args = field.arguments ?? {};
    // Another order than the page's (priority): fetch that list again rather than guess.
    if (args.orderBy && args.orderBy !== 'PRIORITY') {
      cache.invalidate('Query', field.fieldName, args);
      continue;
    }
    if (!inQueueFilter(item, args.filter as QueueFilter | null | undefined)) continue;
    const variables = args as { first: number; after?: string | null; filter?: QueueFilter | null };
    cache.updateQuery({ query: QueuePlaceDocument, variables }, (data) => {
      const page = data?.moderationQueue;
      if (!page || page.edges.some((e) => e.node.id === item.id)) return data;
      // Ties go after the items already there: those have waited longer.
      const at = page.edges.findIndex((e) => e.node.priority < item.priority);
      if (at === -1 && page.pageInfo.hasNextPage) return data;
      const edge = { __typename: 'QueueItemEdge' as const, node: { __typename: 'QueueItem' as const, id: item.id, priority: item.priority } };
      page.edges.splice(at === -1 ? page.edges.length : at, 0, edge);
      return data;
    });
  }
}
