import { useState, type FormEvent, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import type { QueueFilter, QueueItemKind, ReportReason } from '../gql/graphql';
import { enumOptions, SelectField, TextField } from '../components/fields';
import { Paged, type PageInfoLike } from '../components/Paged';
import { QUEUE_KINDS, REPORT_REASONS } from '../lib/enums';
import { BulkActions } from './BulkActions';
import { FilterUserDocument, QueueDocument, UserByNameDocument } from './documents';
import { itemTitle, QueueItemCard } from './QueueItemCard';
import { useQueueArrivals } from './useQueueArrivals';

interface Selection {
  selected: Map<string, string>;
  toggle: (items: { id: string; title: string }[], on: boolean) => void;
}

function QueuePageList({
  after,
  filter,
  selection,
  more,
  onDone,
}: {
  after: string | null;
  filter: QueueFilter;
  selection: Selection;
  more: (p: PageInfoLike) => ReactNode;
  onDone: (message: string) => void;
}) {
  const [{ data, error }] = useQuery({ query: QueueDocument, variables: { first: 20, after, filter } });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading the queue…</p>;
  const nodes = data.moderationQueue.edges.map((e) => e.node);
  if (!after && nodes.length === 0) return <p>Nothing waits here.</p>;
  return (
    <>
      {nodes.length > 1 && (
        <button type="button" onClick={() => selection.toggle(nodes.map((n) => ({ id: n.id, title: itemTitle(n) })), true)}>
          Select the {nodes.length} items below
        </button>
      )}
      <ul className="queue">
        {data.moderationQueue.edges.map(({ node }) => (
          <QueueItemCard
            key={node.id}
            item={node}
            selected={selection.selected.has(node.id)}
            onSelect={(on) => selection.toggle([{ id: node.id, title: itemTitle(node) }], on)}
            onDone={onDone}
          />
        ))}
      </ul>
      {more(data.moderationQueue.pageInfo)}
    </>
  );
}

/** Narrows the queue to one person, found by username (or given by the person view's link). */
function PersonFilter({ userId, onChange }: { userId: string | null; onChange: (userId: string | null) => void }) {
  const client = useClient();
  const [{ data }] = useQuery({ query: FilterUserDocument, variables: { id: userId ?? '' }, pause: !userId });
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const username = draft.trim();
    if (!username) return onChange(null);
    const r = await client.query(UserByNameDocument, { username }).toPromise();
    if (r.data?.userByUsername) {
      onChange(r.data.userByUsername.id);
      setDraft('');
    } else setError(r.error?.message ?? `No account is called ${username}.`);
  };
  return (
    <form className="toolbar" onSubmit={submit} aria-label="Filter by person">
      <TextField label="Person (username)" value={draft} onChange={(e) => setDraft(e.target.value)} error={error ?? undefined} />
      <button type="submit">Filter by person</button>
      {userId && (
        <p>
          Items about <Link href={`/mod/users/${userId}`}>{data?.user?.username ?? 'this person'}</Link>.{' '}
          <button type="button" onClick={() => onChange(null)}>
            Everyone
          </button>
        </p>
      )}
    </form>
  );
}

/** The queue, filtered by kind, reason, thread and person (all kept in the address). */
export function QueuePage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const threadId = params.get('thread');
  const userId = params.get('user');
  const kind = (params.get('kind') ?? '') as QueueItemKind | '';
  const reason = (params.get('reason') ?? '') as ReportReason | '';
  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    const query = next.toString();
    navigate(query ? `/mod/queue?${query}` : '/mod/queue', { replace: true });
  };
  const [done, setDone] = useState('');
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const selection: Selection = {
    selected,
    toggle: (items, on) =>
      setSelected((old) => {
        const next = new Map(old);
        for (const { id, title } of items) {
          if (on) next.set(id, title);
          else next.delete(id);
        }
        return next;
      }),
  };
  const filter: QueueFilter = { kind: kind || null, reason: reason || null, threadId, userId, status: 'OPEN' };
  const arrivals = useQueueArrivals(filter);
  return (
    <>
      <h1>Moderation queue</h1>
      {threadId && (
        <p>
          Showing one thread.{' '}
          <button type="button" onClick={() => setParam('thread', null)}>
            Show every thread
          </button>
        </p>
      )}
      <div className="toolbar">
        <SelectField label="Kind" value={kind} onChange={(e) => setParam('kind', e.target.value)} options={[{ value: '', label: 'Everything' }, ...enumOptions(QUEUE_KINDS)]} />
        <SelectField label="Report reason" value={reason} onChange={(e) => setParam('reason', e.target.value)} options={[{ value: '', label: 'Any reason' }, ...enumOptions(REPORT_REASONS)]} />
      </div>
      <PersonFilter userId={userId} onChange={(id) => setParam('user', id)} />
      <BulkActions
        selected={selected}
        onClear={() => setSelected(new Map())}
        onSettled={(ids) =>
          setSelected((old) => {
            const next = new Map(old);
            for (const id of ids) next.delete(id);
            return next;
          })
        }
      />
      <p role="status" className="done">
        {done}
      </p>
      <p role="status" aria-live="polite" className="arrivals">
        {arrivals}
      </p>
      <Paged
        resetKey={`${kind}|${reason}|${threadId}|${userId}`}
        renderPage={(after, more) => <QueuePageList after={after} filter={filter} selection={selection} more={more} onDone={setDone} />}
      />
    </>
  );
}
