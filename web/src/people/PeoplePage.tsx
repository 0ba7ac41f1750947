import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { TextField } from '../components/fields';
import { SearchUsersDocument } from './documents';

/** Moderators find people by the start of their username or e-mail address, then open one. */
export function PeoplePage() {
  const prefix = new URLSearchParams(useSearch()).get('q') ?? '';
  const [, navigate] = useLocation();
  const [draft, setDraft] = useState(prefix);
  const [{ data, error, fetching }] = useQuery({ query: SearchUsersDocument, variables: { prefix }, pause: !prefix });
  // The search is kept in the address, so the back button returns to the results.
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const q = draft.trim();
    navigate(q ? `/mod/users?q=${encodeURIComponent(q)}` : '/mod/users');
  };
  const people = data?.searchUsers ?? [];
  return (
    <>
      <h1>People</h1>
      <form className="toolbar" role="search" aria-label="People" onSubmit={submit}>
        <TextField label="Username or e-mail address starts with" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Search</button>
      </form>
      {error && <p role="alert">{error.message}</p>}
      {prefix && data && !fetching && people.length === 0 && <p>Nobody’s username or address starts with “{prefix}”.</p>}
      {people.length > 0 && (
        <ul className="people" aria-label="People found">
          {people.map((u) => (
            <li key={u.id} className="card">
              <Link href={`/mod/users/${u.id}`}>{u.username}</Link>{' '}
              <span className="meta">
                · {u.role.toLowerCase()} · trust {u.trustLevel.toLowerCase()} · reputation {u.reputation} · since{' '}
                {new Date(u.createdAt).toLocaleDateString()}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
