import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { graphql } from '../gql';
import type { ModerateAction, QueueItemKind, QueuePageQuery } from '../gql/graphql';
import { ArgumentCard } from '../components/ArgumentCard';
import { enumOptions, FormError, humanize, SelectField, TextArea } from '../components/fields';
import { Paged, type PageInfoLike } from '../components/Paged';
import { useAuth } from '../lib/auth';
import { QUEUE_KINDS } from '../lib/enums';
import { formErrors } from '../lib/errors';

const QueueDocument = graphql(`
  query QueuePage($first: Int!, $after: String, $filter: QueueFilter) {
    moderationQueue(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          kind
          status
          priority
          reportCount
          note
          claimedUntil
          claimedBy {
            id
            username
          }
          thread {
            id
            motion
          }
          argument {
            ...ArgumentFields
          }
          appeal {
            id
            message
            status
            appellant {
              id
              username
            }
          }
          reports {
            id
            reason
            fallacy
            note
            status
            reporter {
              id
              username
            }
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

const ClaimDocument = graphql(`
  mutation ClaimQueueItem($input: ClaimQueueItemInput!) {
    claimQueueItem(input: $input) {
      item {
        id
        claimedUntil
        claimedBy {
          id
          username
        }
      }
    }
  }
`);

const ModerateDocument = graphql(`
  mutation Moderate($input: ModerateInput!) {
    moderate(input: $input) {
      item {
        id
        status
      }
      argument {
        ...ArgumentFields
      }
    }
  }
`);

type Item = QueuePageQuery['moderationQueue']['edges'][number]['node'];

interface ActionButton {
  action: ModerateAction;
  label: string;
  extra?: { side?: 'PRO' | 'CON'; body?: string };
}

function actionsFor(item: Item, editedBody: string | null): ActionButton[] {
  const flipped = item.argument?.side === 'PRO' ? 'CON' : 'PRO';
  switch (item.kind) {
    case 'REPORTED':
      return [
        { action: 'REMOVE', label: 'Remove' },
        { action: 'APPROVE', label: 'Dismiss reports' },
      ];
    case 'PENDING_POST':
      return [
        { action: 'APPROVE', label: 'Approve' },
        { action: 'REJECT', label: 'Reject' },
      ];
    case 'SEEDED':
      return [
        editedBody !== null
          ? { action: 'APPROVE', label: 'Accept edited text', extra: { body: editedBody } }
          : { action: 'APPROVE', label: 'Accept' },
        { action: 'APPROVE', label: `Flip to ${flipped} and accept`, extra: { side: flipped, ...(editedBody !== null ? { body: editedBody } : {}) } },
        { action: 'REJECT', label: 'Reject' },
      ];
    case 'APPEAL':
      return [
        { action: 'APPROVE', label: 'Grant appeal' },
        { action: 'REJECT', label: 'Deny appeal' },
      ];
  }
}

function QueueItemCard({ item, onDone }: { item: Item; onDone: (message: string) => void }) {
  const { viewer } = useAuth();
  const [reason, setReason] = useState('');
  const [editedBody, setEditedBody] = useState<string | null>(null);
  const [claim, claimItem] = useMutation(ClaimDocument);
  const [result, moderate] = useMutation(ModerateDocument);
  const errors = formErrors(result.error ?? claim.error, ['reason', 'body', 'side']);
  const claimedByMe = item.claimedBy?.id === viewer?.id && item.claimedUntil && new Date(item.claimedUntil) > new Date();
  const claimedByOther = item.claimedBy && !claimedByMe && item.claimedUntil && new Date(item.claimedUntil) > new Date();
  const title = `${humanize(item.kind)}${item.thread ? ` in “${item.thread.motion}”` : ''}`;

  return (
    <li className="card queue-item" aria-label={title} data-id={item.id}>
      <h2>
        {humanize(item.kind)}
        {item.thread && (
          <>
            {' '}
            in <Link href={`/t/${item.thread.id}`}>{item.thread.motion}</Link>
          </>
        )}
      </h2>
      <p className="meta">
        Priority {item.priority.toFixed(1)}
        {item.reportCount > 0 && ` · ${item.reportCount} report(s)`}
        {claimedByMe && ' · claimed by you'}
        {claimedByOther && ` · claimed by ${item.claimedBy!.username}`}
      </p>
      {item.note && <p className="note">{item.note}</p>}
      {item.appeal && (
        <blockquote>
          Appeal by {item.appeal.appellant.username}: {item.appeal.message}
        </blockquote>
      )}
      {item.argument && <ArgumentCard argument={item.argument} />}
      {item.reports.length > 0 && (
        <ul className="reports" aria-label="Reports">
          {item.reports.map((r) => (
            <li key={r.id}>
              {humanize(r.reason)}
              {r.fallacy && ` (${humanize(r.fallacy)})`}
              {r.note && `: ${r.note}`}
              {r.reporter && ` — ${r.reporter.username}`} · {r.status.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      {!claimedByMe && (
        <button type="button" onClick={() => claimItem({ input: { itemId: item.id } })} disabled={claim.fetching || !!claimedByOther}>
          Claim
        </button>
      )}
      {item.kind === 'SEEDED' && item.argument && (
        editedBody === null ? (
          <button type="button" onClick={() => setEditedBody(item.argument!.body)}>Edit text</button>
        ) : (
          <TextArea label="Edited claim" value={editedBody} onChange={(e) => setEditedBody(e.target.value)} error={errors.fields.body} rows={3} />
        )
      )}
      <TextArea label="Reason (shown in the moderation log)" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={2} />
      <FormError message={errors.general} />
      <div className="actions">
        {actionsFor(item, editedBody).map((b) => (
          <button
            key={b.label}
            type="button"
            disabled={result.fetching}
            onClick={async () => {
              const r = await moderate({ input: { action: b.action, itemId: item.id, reason: reason.trim() || null, ...b.extra } });
              // The resolved item leaves the list (the cache refetches it), so the page says what happened.
              if (r.data) onDone(`${b.label}: done (${title}).`);
            }}
          >
            {b.label}
          </button>
        ))}
      </div>
    </li>
  );
}

function QueuePageList({
  after,
  kind,
  threadId,
  more,
  onDone,
}: {
  after: string | null;
  kind: QueueItemKind | '';
  threadId: string | null;
  more: (p: PageInfoLike) => ReactNode;
  onDone: (message: string) => void;
}) {
  const [{ data, error }] = useQuery({
    query: QueueDocument,
    variables: { first: 20, after, filter: { kind: kind || null, threadId, status: 'OPEN' } },
  });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading the queue…</p>;
  if (!after && data.moderationQueue.edges.length === 0) return <p>Nothing waits here.</p>;
  return (
    <>
      <ul className="queue">
        {data.moderationQueue.edges.map(({ node }) => (
          <QueueItemCard key={node.id} item={node} onDone={onDone} />
        ))}
      </ul>
      {more(data.moderationQueue.pageInfo)}
    </>
  );
}

export function QueuePage() {
  const params = new URLSearchParams(useSearch());
  const threadId = params.get('thread');
  const [kind, setKind] = useState<QueueItemKind | ''>((params.get('kind') as QueueItemKind) ?? '');
  const [done, setDone] = useState('');
  return (
    <>
      <h1>Moderation queue</h1>
      {threadId && (
        <p>
          Showing one thread. <Link href="/mod/queue">Show every thread</Link>
        </p>
      )}
      <div className="toolbar">
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as QueueItemKind | '')} options={[{ value: '', label: 'Everything' }, ...enumOptions(QUEUE_KINDS)]} />
      </div>
      <p role="status" className="done">
        {done}
      </p>
      <Paged
        resetKey={`${kind}|${threadId}`}
        renderPage={(after, more) => <QueuePageList after={after} kind={kind} threadId={threadId} more={more} onDone={setDone} />}
      />
    </>
  );
}
