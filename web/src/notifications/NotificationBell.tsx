import { useState } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { NotificationAddedDocument, UnreadCountDocument } from './documents';

/**
 * The header's link to the notifications page with the unread count. A new notification arrives
 * over the subscription; the cache then drops the counts (client.ts), so the number refetches.
 */
export function NotificationBell() {
  const [{ data }] = useQuery({ query: UnreadCountDocument });
  const [latest, setLatest] = useState<string | null>(null);
  useSubscription({ query: NotificationAddedDocument }, (_prev, event) => {
    setLatest(event.notificationAdded.message);
    return event;
  });
  const unread = data?.notifications.unreadCount ?? 0;
  return (
    <>
      <Link href="/notifications" className="bell" aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18" className="bell-icon">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z" />
        </svg>
        Notifications
        {/* A space between the word and the count, so the visible text reads as part of the name. */}
        {unread > 0 && ' '}
        {unread > 0 && (
          <span className="badge" aria-hidden="true">
            {unread}
          </span>
        )}
      </Link>
      <span className="visually-hidden" role="status">
        {latest && `New notification: ${latest}`}
      </span>
    </>
  );
}
