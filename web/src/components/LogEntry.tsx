import { Link } from 'wouter';
import { graphql } from '../gql';
import type { LogEntryFieldsFragment } from '../gql/graphql';
import { humanize } from './fields';

export const LogEntryFields = graphql(`
  fragment LogEntryFields on ModLogEntry {
    id
    action
    reason
    details
    targetType
    targetId
    threadId
    expiresAt
    createdAt
    moderator {
      id
      username
    }
  }
`);

/** One line of a moderation log: the public log and a person's history. */
export function LogEntry({ entry: e }: { entry: LogEntryFieldsFragment }) {
  return (
    <li className="card">
      <strong>{humanize(e.action)}</strong> · {humanize(e.targetType)}
      {e.threadId && (
        <>
          {' '}
          in <Link href={`/t/${e.threadId}`}>its thread</Link>
        </>
      )}{' '}
      · <time dateTime={e.createdAt}>{new Date(e.createdAt).toLocaleString()}</time>
      {e.moderator && ` · by ${e.moderator.username}`}
      {e.reason && <p>Reason: {e.reason}</p>}
      {e.details && <p className="meta">{e.details}</p>}
      {e.expiresAt && <p className="meta">Until {new Date(e.expiresAt).toLocaleString()}</p>}
    </li>
  );
}
