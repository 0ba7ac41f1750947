import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ArgumentSort, Side } from '../gql/graphql';
import { ArgumentCard } from './ArgumentCard';
import { Paged, type PageInfoLike } from './Paged';

// One page of a column, whether of the motion's arguments or of one argument's replies.
export const ArgumentPageFieldsFragment = graphql(`
  fragment ArgumentPageFields on ArgumentConnection {
    edges {
      cursor
      node {
        ...ArgumentFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

const ColumnPageDocument = graphql(`
  query ColumnPage(
    $threadId: ID!
    $parentId: ID!
    $isReply: Boolean!
    $side: Side!
    $sort: ArgumentSort!
    $first: Int!
    $after: String
  ) {
    thread(id: $threadId) @skip(if: $isReply) {
      id
      arguments(side: $side, sort: $sort, first: $first, after: $after) {
        ...ArgumentPageFields
      }
    }
    argument(id: $parentId) @include(if: $isReply) {
      id
      children(side: $side, sort: $sort, first: $first, after: $after) {
        ...ArgumentPageFields
      }
    }
  }
`);

const PAGE_SIZE = 20;

interface PageProps {
  threadId: string;
  parentId: string | null;
  side: Side;
  sort: ArgumentSort;
  after: string | null;
  more: (p: PageInfoLike) => ReactNode;
}

function ArgumentsPage({ threadId, parentId, side, sort, after, more }: PageProps) {
  const [{ data, error }] = useQuery({
    query: ColumnPageDocument,
    // The motion's column skips the argument field, so its id is never read.
    variables: { threadId, parentId: parentId ?? threadId, isReply: parentId !== null, side, sort, first: PAGE_SIZE, after },
  });
  const connection = parentId === null ? data?.thread?.arguments : data?.argument?.children;
  if (error) return <p role="alert">{error.message}</p>;
  if (!connection) return <p>Loading…</p>;
  if (!after && connection.edges.length === 0) return <p className="empty">No {side} arguments yet.</p>;
  return (
    <>
      {connection.edges.map(({ node }) => (
        <ArgumentCard key={node.id} argument={node} />
      ))}
      {more(connection.pageInfo)}
    </>
  );
}

/** The PRO or CON arguments of the motion (parentId null) or of one argument, in pages. */
export function ArgumentColumn(props: Omit<PageProps, 'after' | 'more'>) {
  return (
    <Paged
      resetKey={`${props.parentId}|${props.side}|${props.sort}`}
      renderPage={(after, more) => <ArgumentsPage {...props} after={after} more={more} />}
    />
  );
}
