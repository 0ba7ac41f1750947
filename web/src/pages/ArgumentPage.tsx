import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { ArgumentCard } from '../components/ArgumentCard';
import { SideColumns } from '../components/SideColumns';
import { ThreadBanScope } from '../components/thread-ban';
import { useThreadActivity } from '../components/useThreadActivity';

const ArgumentPageDocument = graphql(`
  query ArgumentPage($id: ID!) {
    argument(id: $id) {
      ...ArgumentFields
      thread {
        id
        motion
        status
        ...MyBanFields
      }
    }
  }
`);

const CrumbDocument = graphql(`
  query Crumb($id: ID!) {
    argument(id: $id) {
      id
      side
      body
    }
  }
`);

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

function Crumb({ threadId, id }: { threadId: string; id: string }) {
  const [{ data }] = useQuery({ query: CrumbDocument, variables: { id } });
  return (
    <Link href={`/t/${threadId}/a/${id}`}>{data ? `${data.argument.side}: ${short(data.argument.body)}` : '…'}</Link>
  );
}

/** One argument with its own PRO and CON replies; breadcrumbs lead back up the tree. */
export function ArgumentPage({ threadId, id }: { threadId: string; id: string }) {
  const [{ data, error }] = useQuery({ query: ArgumentPageDocument, variables: { id } });
  const announcement = useThreadActivity(threadId);
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading the argument…</p>;
  const a = data.argument;
  const ancestors = a.path.filter((p) => p !== a.id);
  return (
    <ThreadBanScope ban={a.thread.myBan ?? null}>
      <nav aria-label="Breadcrumbs" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/">Debates</Link>
          </li>
          <li>
            <Link href={`/t/${a.thread.id}`}>{short(a.thread.motion)}</Link>
          </li>
          {ancestors.map((p) => (
            <li key={p}>
              <Crumb threadId={a.thread.id} id={p} />
            </li>
          ))}
          <li aria-current="page">{a.side}: {short(a.body)}</li>
        </ol>
      </nav>
      <h1 className="visually-hidden">Argument and its replies</h1>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ArgumentCard argument={a} focus />
      <SideColumns
        threadId={a.thread.id}
        parentId={a.id}
        open={a.thread.status === 'OPEN' && a.status === 'PUBLISHED'}
        counts={{ PRO: a.proChildrenCount, CON: a.conChildrenCount }}
      />
    </ThreadBanScope>
  );
}
