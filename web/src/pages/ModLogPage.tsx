import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { LogEntry } from '../components/LogEntry';
import { Paged, type PageInfoLike } from '../components/Paged';

const ModLogDocument = graphql(`
  query ModLog($first: Int!, $after: String) {
    modLog(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...LogEntryFields
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
      {data.modLog.edges.map(({ node }) => (
        <LogEntry key={node.id} entry={node} />
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
