import { useQuery } from 'urql';
import { Link } from 'wouter';
import { ThreadActiveBansDocument } from './documents';

const when = (iso: string) => new Date(iso).toLocaleString();

/**
 * The bans in force in one thread, for moderators on the thread page; each banned person links to
 * their person view, where the ban can be lifted. Loaded lazily, so readers never fetch it.
 */
export default function ThreadBanList({ threadId }: { threadId: string }) {
  const [{ data, error }] = useQuery({ query: ThreadActiveBansDocument, variables: { threadId } });
  return (
    <section aria-labelledby="thread-bans-heading" className="thread-bans">
      <h2 id="thread-bans-heading">Banned from this thread</h2>
      {error ? (
        <p role="alert">{error.message}</p>
      ) : !data ? (
        <p role="status">Loading the bans…</p>
      ) : data.threadBans.length === 0 ? (
        <p>No one is banned from this thread.</p>
      ) : (
        <ul>
          {data.threadBans.map((ban) => (
            <li key={ban.id}>
              {ban.user ? <Link href={`/mod/users/${ban.user.id}`}>{ban.user.username}</Link> : 'A deleted account'} · {ban.reason}
              <span className="meta">
                {' '}
                · since {when(ban.createdAt)}
                {ban.bannedBy && ` by ${ban.bannedBy.username}`} · {ban.expiresAt ? `until ${when(ban.expiresAt)}` : 'until lifted'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
