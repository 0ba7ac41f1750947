import { useState } from 'react';
import { useSubscription } from 'urql';
import type { QueueFilter, QueueItemKind } from '../gql/graphql';
import { QueueItemAddedDocument } from './documents';

const KIND_WORDS: Record<QueueItemKind, string> = {
  REPORTED: 'a reported argument',
  PENDING_POST: 'an argument waiting for approval',
  SEEDED: 'a seeded argument',
  APPEAL: 'an appeal',
};

/**
 * Listens for new queue items while the page is open and says what arrived. The list itself
 * refreshes through the cache (client.ts drops the queue lists), so selection and filters, kept
 * by the page and the address, stay as they are. An item outside the kind or thread filter is
 * announced as such, so the moderator knows why it does not show.
 */
export function useQueueArrivals(filter: QueueFilter): string {
  const [message, setMessage] = useState('');
  const [count, setCount] = useState(0);
  useSubscription({ query: QueueItemAddedDocument }, (_prev, event) => {
    const item = event.moderationQueueItemAdded;
    const hidden = (filter.kind && filter.kind !== item.kind) || (filter.threadId && filter.threadId !== item.thread?.id);
    const what = KIND_WORDS[item.kind];
    const where = item.thread ? ` in “${item.thread.motion}”` : '';
    setCount((n) => n + 1);
    setMessage(`New in the queue: ${what}${where}${hidden ? ' (not shown by the current filters)' : ''}.`);
    return event;
  });
  if (!count) return '';
  return `${message} ${count} new ${count === 1 ? 'item' : 'items'} since you opened this page.`;
}
