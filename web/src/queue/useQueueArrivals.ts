import { useState } from 'react';
import { useSubscription } from 'urql';
import type { QueueFilter, QueueItemKind } from '../gql/graphql';
import { QueueItemAddedDocument } from './documents';
import { inQueueFilter } from './queue-arrival';

const KIND_WORDS: Record<QueueItemKind, string> = {
  REPORTED: 'a reported argument',
  PENDING_POST: 'an argument waiting for approval',
  SEEDED: 'a seeded argument',
  APPEAL: 'an appeal',
};

/**
 * Listens for new queue items while the page is open and says what arrived. The cache places the
 * item in the loaded pages (queue-arrival.ts, from client.ts), so nothing is fetched again and
 * selection, filters and scroll stay as they are. An item outside the filters is announced as
 * such, so the moderator knows why it does not show.
 */
export function useQueueArrivals(filter: QueueFilter): string {
  const [message, setMessage] = useState('');
  const [count, setCount] = useState(0);
  useSubscription({ query: QueueItemAddedDocument }, (_prev, event) => {
    const item = event.moderationQueueItemAdded;
    const hidden = !inQueueFilter(item, filter);
    const what = KIND_WORDS[item.kind];
    const where = item.thread ? ` in “${item.thread.motion}”` : '';
    setCount((n) => n + 1);
    setMessage(`New in the queue: ${what}${where}${hidden ? ' (not shown by the current filters)' : ''}.`);
    return event;
  });
  if (!count) return '';
  return `${message} ${count} new ${count === 1 ? 'item' : 'items'} since you opened this page.`;
}
