import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import type { ThreadBanFieldsFragment } from '../gql/graphql';
import { FormError, SelectField, TextArea, TextField } from '../components/fields';
import { formErrors } from '../lib/errors';
import { BanFromThreadDocument, LiftThreadBanDocument, ThreadChoicesDocument } from './documents';

const when = (iso: string) => new Date(iso).toLocaleString();

function BanLine({ ban }: { ban: ThreadBanFieldsFragment }) {
  const [reason, setReason] = useState('');
  const [result, lift] = useMutation(LiftThreadBanDocument);
  const errors = formErrors(result.error, ['reason']);
  const motion = ban.thread?.motion ?? 'a thread';
  return (
    <li className="card">
      <strong>{ban.active ? 'In force' : ban.liftedAt ? 'Lifted' : 'Expired'}</strong> ·{' '}
      {ban.thread ? <Link href={`/t/${ban.thread.id}`}>{motion}</Link> : motion} · {ban.reason}
      <p className="meta">
        Since {when(ban.createdAt)}
        {ban.bannedBy && ` by ${ban.bannedBy.username}`} · {ban.expiresAt ? `until ${when(ban.expiresAt)}` : 'until lifted'}
        {ban.liftedAt && ` · lifted ${when(ban.liftedAt)}${ban.liftedBy ? ` by ${ban.liftedBy.username}` : ''}${ban.liftReason ? `: ${ban.liftReason}` : ''}`}
      </p>
      {ban.active && (
        <form
          className="toolbar"
          aria-label={`Lift the ban from “${motion}”`}
          onSubmit={(e) => {
            e.preventDefault();
            lift({ input: { banId: ban.id, reason: reason.trim() || null } });
          }}
        >
          <TextField label="Reason for lifting (optional)" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} />
          <button type="submit" disabled={result.fetching}>
            Lift ban
          </button>
          <FormError message={errors.general} />
        </form>
      )}
    </li>
  );
}

/** Ban the person from one thread (until a time, or until lifted). */
function BanForm({ userId, threadId }: { userId: string; threadId: string | null }) {
  const [{ data }] = useQuery({ query: ThreadChoicesDocument });
  const [thread, setThread] = useState(threadId ?? '');
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState('');
  const [result, ban] = useMutation(BanFromThreadDocument);
  const errors = formErrors(result.error, ['threadId', 'reason', 'until', 'userId']);
  const threads = data?.threads.edges.map((e) => e.node) ?? [];
  // A thread from the queue's link that is not among the recently active ones is still offered.
  const extra = thread && data && !threads.some((t) => t.id === thread) ? [{ value: thread, label: 'The thread you came from' }] : [];
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    const r = await ban({ input: { userId, threadId: thread, reason, until: until ? new Date(until).toISOString() : null } });
    if (r.data) {
      setDone('Banned from the thread.');
      setReason('');
      setUntil('');
    }
  };
  return (
    <form onSubmit={submit} aria-label="Ban from a thread">
      <SelectField
        label="Thread"
        value={thread}
        onChange={(e) => setThread(e.target.value)}
        error={errors.fields.threadId}
        options={[{ value: '', label: 'Choose a thread' }, ...extra, ...threads.map((t) => ({ value: t.id, label: t.motion }))]}
      />
      <TextArea label="Reason for the ban (shown to them and in the log)" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={2} />
      <TextField label="Ban until (empty: until lifted)" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} error={errors.fields.until} />
      <FormError message={errors.fields.userId ?? errors.general} />
      <div className="actions">
        <button type="submit" disabled={!thread || result.fetching}>
          Ban from thread
        </button>
        <span role="status">{done}</span>
      </div>
    </form>
  );
}

/** The person's bans from threads (in force, expired and lifted), and a form for a new one. */
export function ThreadBans({ userId, bans, threadId }: { userId: string; bans: ThreadBanFieldsFragment[]; threadId: string | null }) {
  return (
    <section aria-labelledby="person-bans" className="card">
      <h2 id="person-bans">Thread bans</h2>
      {bans.length === 0 ? (
        <p className="empty">None.</p>
      ) : (
        <ul className="bans">
          {bans.map((b) => (
            <BanLine key={b.id} ban={b} />
          ))}
        </ul>
      )}
      <BanForm key={threadId ?? ''} userId={userId} threadId={threadId} />
    </section>
  );
}
