import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { humanize } from '../components/fields';
import { Paged, type PageInfoLike } from '../components/Paged';

const ModLogDocument = graphql(`
  query ModLog($first: Int!, $after: String) {
    modLog(first: $first, after: $after) {
      edges {
        cursor
        node {
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
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

function LogPage({ after, more }: { after: string | null; more: (p: PageInfoLike) => ReactNode }) {
  const [{ data, error }] = useQuery({ query: ModLogDocument, variables: { first: 30, after } });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading the log…</p>;
  return (
    <>
      {data.modLog.edges.map(({ node: e }) => (
        <li key={e.id} className="card">
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
      ))}
      {more(data.modLog.pageInfo)}
    </>
  );
}

/** The public moderation log, newest first. */
export function ModLogPage() {
  return (
    <>
      <h1>Moderation log</h1>
      <ul className="log">
        <Paged resetKey="log" renderPage={(after, more) => <LogPage after={after} more={more} />} />
      </ul>
    </>
  );
}
