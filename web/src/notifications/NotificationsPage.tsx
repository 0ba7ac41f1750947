import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { FormError, humanize } from '../components/fields';
import { formErrors } from '../lib/errors';
import { MarkNotificationsReadDocument, NotificationsDocument } from './documents';

const PAGE = 20;

/** Where a page starts: the newest, after a cursor (older), or before one (newer). */
type Position = { after?: string; before?: string };

/** The signed-in person's notifications, newest first, paged both ways with the API's cursors. */
export function NotificationsPage() {
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [at, setAt] = useState<Position>({});
  const variables = at.before
    ? { first: PAGE, last: PAGE, before: at.before, unreadOnly }
    : { first: PAGE, ...(at.after ? { after: at.after } : {}), unreadOnly };
  const [{ data, error }] = useQuery({ query: NotificationsDocument, variables });
  const [marking, markRead] = useMutation(MarkNotificationsReadDocument);
  const markError = formErrors(marking.error).general;
  const list = data?.notifications;
  return (
    <>
      <h1>Notifications</h1>
      <div className="toolbar">
        <label className="check">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(e) => {
              setUnreadOnly(e.target.checked);
              setAt({});
            }}
          />
          Unread only
        </label>
        <button type="button" disabled={!list?.unreadCount || marking.fetching} onClick={() => markRead({ input: {} })}>
          Mark all as read
        </button>
      </div>
      <FormError message={markError} />
      {error && <p role="alert">{error.message}</p>}
      {!list ? (
        !error && <p>Loading your notifications…</p>
      ) : (
        <>
          <p className="meta">
            {list.unreadCount} unread{list.totalCount != null && ` of ${list.totalCount}`}
          </p>
          {list.edges.length === 0 ? (
            <p className="empty">{unreadOnly ? 'Nothing unread.' : 'No notifications yet.'}</p>
          ) : (
            <ul className="notifications">
              {list.edges.map(({ node: n }) => (
                <li key={n.id} className={`card${n.read ? '' : ' unread'}`}>
                  <p>
                    <strong>{humanize(n.kind)}</strong>
                    {!n.read && <span className="badge">new</span>} ·{' '}
                    <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString()}</time>
                  </p>
                  <p>{n.message}</p>
                  {n.thread && (
                    <p>
                      <Link href={n.argument ? `/t/${n.thread.id}/a/${n.argument.id}` : `/t/${n.thread.id}`}>
                        {n.argument ? 'The argument' : 'The thread'}
                      </Link>{' '}
                      in “{n.thread.motion}”
                    </p>
                  )}
                  {!n.read && (
                    <button type="button" disabled={marking.fetching} onClick={() => markRead({ input: { ids: [n.id] } })}>
                      Mark read
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          <nav aria-label="Notification pages" className="pager">
            <button
              type="button"
              disabled={!list.pageInfo.hasPreviousPage || !list.pageInfo.startCursor}
              onClick={() => setAt({ before: list.pageInfo.startCursor! })}
            >
              Newer
            </button>
            <button
              type="button"
              disabled={!list.pageInfo.hasNextPage || !list.pageInfo.endCursor}
              onClick={() => setAt({ after: list.pageInfo.endCursor! })}
            >
              Older
            </button>
          </nav>
        </>
      )}
    </>
  );
}
