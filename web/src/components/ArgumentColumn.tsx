import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { ArgumentSort, Side } from '../gql/graphql';
import { ArgumentCard } from './ArgumentCard';
import { Paged, type PageInfoLike } from './Paged';

const ThreadArgumentsDocument = graphql(`
  query ThreadArguments($id: ID!, $side: Side!, $sort: ArgumentSort!, $first: Int!, $after: String) {
    thread(id: $id) {
      id
      arguments(side: $side, sort: $sort, first: $first, after: $after) {
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
    }
  }
`);

const ChildrenDocument = graphql(`
  query ArgumentChildren($id: ID!, $side: Side!, $sort: ArgumentSort!, $first: Int!, $after: String) {
    argument(id: $id) {
      id
      children(side: $side, sort: $sort, first: $first, after: $after) {
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
  const variables = { side, sort, first: PAGE_SIZE, after };
  const [threadResult] = useQuery({ query: ThreadArgumentsDocument, variables: { id: threadId, ...variables }, pause: parentId !== null });
  const [childResult] = useQuery({ query: ChildrenDocument, variables: { id: parentId ?? '', ...variables }, pause: parentId === null });
  const { data, error } = parentId === null ? threadResult : childResult;
  const connection = data && ('thread' in data ? data.thread.arguments : data.argument.children);
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
