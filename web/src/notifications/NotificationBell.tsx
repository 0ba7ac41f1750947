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
        <span aria-hidden="true">🔔</span> Notifications
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
