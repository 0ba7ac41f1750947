import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery, useSubscription } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import type { ThreadOrder } from '../gql/graphql';
import { Paged, type PageInfoLike } from '../components/Paged';
import { SelectField, TextField } from '../components/fields';
import { NewThreadForm } from '../components/NewThreadForm';
import { useAuth } from '../lib/auth';

const ThreadsDocument = graphql(`
  query Threads($first: Int!, $after: String, $orderBy: ThreadOrder!, $search: String, $tag: String) {
    threads(first: $first, after: $after, orderBy: $orderBy, search: $search, tag: $tag) {
      totalCount
      edges {
        cursor
        node {
          id
          motion
          tags
          status
          argumentCount
          proCount
          conCount
          participantCount
          lastActivityAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * Live counts for the threads of one page: each event carries the thread's new numbers, which the
 * normalised cache writes into the list (no refetch, and the order stays put while reading).
 */
const ThreadListActivityDocument = graphql(`
  subscription ThreadListActivity($threadIds: [ID!]!) {
    threadListActivity(threadIds: $threadIds) {
      kind
      thread {
        id
        status
        argumentCount
        proCount
        conCount
        participantCount
        lastActivityAt
      }
    }
  }
`);

function ThreadsPage({
  after,
  orderBy,
  search,
  tag,
  more,
  onTag,
}: {
  after: string | null;
  orderBy: ThreadOrder;
  search: string;
  tag: string;
  more: (p: PageInfoLike) => ReactNode;
  onTag: (tag: string) => void;
}) {
  const [{ data, error, fetching }] = useQuery({
    query: ThreadsDocument,
    variables: { first: 20, after, orderBy, search: search || null, tag: tag || null },
  });
  const ids = data?.threads.edges.map((e) => e.node.id).join(',') ?? '';
  const threadIds = useMemo(() => (ids ? ids.split(',') : []), [ids]);
  useSubscription({ query: ThreadListActivityDocument, variables: { threadIds }, pause: threadIds.length === 0 });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return fetching ? <p>Loading threads…</p> : null;
  if (!after && data.threads.edges.length === 0) return <p>No thread matches.</p>;
  return (
    <>
      {!after && (
        <p className="meta" role="status">
          {data.threads.totalCount} thread{data.threads.totalCount === 1 ? '' : 's'}
          {search && ` matching “${search}”`}
          {tag && ` tagged #${tag}`}
        </p>
      )}
      <ul className="thread-list">
        {data.threads.edges.map(({ node: t }) => (
          <li key={t.id} className="card">
            <h2>
              <Link href={`/t/${t.id}`}>{t.motion}</Link>
            </h2>
            <p className="meta">
              <span className="pro-text">{t.proCount} PRO</span> · <span className="con-text">{t.conCount} CON</span> ·{' '}
              {t.participantCount} people · {t.status !== 'OPEN' && <strong>{t.status.toLowerCase()} · </strong>}
              active {new Date(t.lastActivityAt).toLocaleDateString()}
            </p>
            <p className="tags">
              {t.tags.map((name) => (
                <button key={name} type="button" className="tag" onClick={() => onTag(name)} aria-label={`Show threads tagged ${name}`}>
                  #{name}
                </button>
              ))}
            </p>
          </li>
        ))}
      </ul>
      {more(data.threads.pageInfo)}
    </>
  );
}

export function ThreadListPage() {
  const { viewer } = useAuth();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [tag, setTag] = useState('');
  const [orderBy, setOrderBy] = useState<ThreadOrder>('ACTIVE');

  function submit(e: FormEvent) {
    e.preventDefault();
    setSearch(draft.trim());
  }

  return (
    <>
      <h1>Debates</h1>
      <form className="toolbar" role="search" onSubmit={submit}>
        <TextField label="Search motions and articles" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Search</button>
        <TextField label="Tag" value={tag} onChange={(e) => setTag(e.target.value.replace(/^#/, ''))} />
        <SelectField
          label="Sort by"
          value={orderBy}
          onChange={(e) => setOrderBy(e.target.value as ThreadOrder)}
          options={[
            { value: 'ACTIVE', label: 'Recently active' },
            { value: 'NEW', label: 'Newest' },
            { value: 'MOST_ARGUED', label: 'Most argued' },
          ]}
        />
      </form>
      <Paged
        resetKey={`${orderBy}|${search}|${tag}`}
        renderPage={(after, more) => (
          <ThreadsPage after={after} orderBy={orderBy} search={search} tag={tag} more={more} onTag={setTag} />
        )}
      />
      {viewer && <NewThreadForm />}
    </>
  );
}
