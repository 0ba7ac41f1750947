import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { AppealList } from '../components/AppealList';
import { humanize } from '../components/fields';
import { LogEntry } from '../components/LogEntry';
import { Paged, type PageInfoLike } from '../components/Paged';
import { NoteForm } from './NoteForm';
import { PersonDocument, PersonHistoryDocument } from './documents';
import { SanctionsForm } from './SanctionsForm';
import { ThreadBans } from './ThreadBans';

const percent = (share: number | null | undefined) => (share == null ? 'not judged yet' : `${Math.round(share * 100)}%`);

function HistoryPage({ userId, after, more }: { userId: string; after: string | null; more: (p: PageInfoLike) => ReactNode }) {
  const [{ data, error }] = useQuery({ query: PersonHistoryDocument, variables: { userId, first: 20, after } });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading the history…</p>;
  const { edges, pageInfo } = data.userModeration.history;
  if (!after && edges.length === 0) return <p className="empty">Nothing yet.</p>;
  return (
    <>
      <ul className="log">
        {edges.map(({ node }) => (
          <LogEntry key={node.id} entry={node} />
        ))}
      </ul>
      {more(pageInfo)}
    </>
  );
}

/** One person as moderators see them: record, sanctions, reports, appeals, notes and history. */
export function PersonPage({ userId }: { userId: string }) {
  const [{ data, error }] = useQuery({ query: PersonDocument, variables: { userId } });
  // The queue links here with ?thread= to ban an author from the thread of their post.
  const banThread = new URLSearchParams(useSearch()).get('thread');
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading…</p>;
  const p = data.userModeration;
  const suspended = !!p.suspendedAt;
  const filed = p.reportsFiled;
  const received = p.reportsReceived;
  return (
    <>
      <p>
        <Link href="/mod/users">People</Link>
      </p>
      <h1>{p.user.username}</h1>
      <dl className="facts">
        <dt>Role</dt>
        <dd>{humanize(p.user.role)}</dd>
        <dt>Trust</dt>
        <dd>{humanize(p.user.trustLevel)}</dd>
        <dt>Reputation</dt>
        <dd>{p.user.reputation}</dd>
        <dt>Member since</dt>
        <dd>{new Date(p.user.createdAt).toLocaleDateString()}</dd>
        <dt>Suspension</dt>
        <dd>
          {suspended
            ? `Suspended ${p.suspendedUntil ? `until ${new Date(p.suspendedUntil).toLocaleString()}` : 'permanently'}: ${p.suspensionReason ?? ''}`
            : 'Not suspended'}
        </dd>
      </dl>
      <p>
        <Link href={`/mod/queue?user=${p.user.id}`}>Queue items about {p.user.username}</Link>
      </p>

      <section aria-labelledby="person-arguments">
        <h2 id="person-arguments">Arguments</h2>
        {p.arguments.length === 0 ? (
          <p className="empty">None.</p>
        ) : (
          <ul>
            {p.arguments.map((a) => (
              <li key={a.status}>
                {humanize(a.status)}: {a.count}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="person-reports">
        <h2 id="person-reports">Reports</h2>
        <p>
          Filed {filed.filed}: {filed.open} open, {filed.upheld} upheld, {filed.dismissed} dismissed, {filed.ignored} ignored · accuracy{' '}
          {percent(filed.accuracy)} · their next report weighs {filed.weight}
        </p>
        <p>
          Received {received.total}: {received.open} open, {received.upheld} upheld, {received.dismissed} dismissed, {received.ignored} ignored
        </p>
      </section>

      <section aria-labelledby="person-warnings">
        <h2 id="person-warnings">Warnings</h2>
        {p.warnings.length === 0 ? (
          <p className="empty">None.</p>
        ) : (
          <ul>
            {p.warnings.map((w) => (
              <li key={w.createdAt}>
                <time dateTime={w.createdAt}>{new Date(w.createdAt).toLocaleString()}</time>: {w.reason}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="person-appeals">
        <h2 id="person-appeals">Appeals</h2>
        <AppealList appeals={p.appeals} />
      </section>

      <section aria-labelledby="person-notes" className="card">
        <h2 id="person-notes">Moderators’ notes</h2>
        {p.notes.length === 0 ? (
          <p className="empty">None.</p>
        ) : (
          <ul className="notes">
            {p.notes.map((n) => (
              <li key={n.id}>
                {n.body}{' '}
                <span className="meta">
                  — {n.author?.username ?? 'a moderator'}, <time dateTime={n.createdAt}>{new Date(n.createdAt).toLocaleString()}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
        <NoteForm userId={p.user.id} />
      </section>

      <SanctionsForm key={p.user.id} userId={p.user.id} suspended={suspended} />

      <ThreadBans userId={p.user.id} bans={p.threadBans} threadId={banThread} />

      <section aria-labelledby="person-history">
        <h2 id="person-history">History</h2>
        <Paged resetKey={userId} renderPage={(after, more) => <HistoryPage userId={userId} after={after} more={more} />} />
      </section>
    </>
  );
}
