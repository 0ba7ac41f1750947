import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { FormError, TextArea, TextField } from '../components/fields';
import { formErrors } from '../lib/errors';

const UserDocument = graphql(`
  query UserByName($username: String!) {
    userByUsername(username: $username) {
      id
      username
      role
      trustLevel
      reputation
      createdAt
    }
  }
`);

const WarnDocument = graphql(`
  mutation WarnUser($input: WarnUserInput!) {
    warnUser(input: $input) {
      user {
        id
      }
    }
  }
`);

const SuspendDocument = graphql(`
  mutation SuspendUser($input: SuspendUserInput!) {
    suspendUser(input: $input) {
      user {
        id
      }
    }
  }
`);

const UnsuspendDocument = graphql(`
  mutation UnsuspendUser($input: UnsuspendUserInput!) {
    unsuspendUser(input: $input) {
      user {
        id
      }
    }
  }
`);

function UserActions({ userId }: { userId: string }) {
  const [reason, setReason] = useState('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [warn, warnUser] = useMutation(WarnDocument);
  const [suspend, suspendUser] = useMutation(SuspendDocument);
  const [unsuspend, unsuspendUser] = useMutation(UnsuspendDocument);
  const errors = formErrors(warn.error ?? suspend.error ?? unsuspend.error, ['reason', 'until']);
  const act = async (label: string, run: () => Promise<{ data?: unknown }>) => {
    setDone(null);
    if ((await run()).data) setDone(label);
  };
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-label="Act on this account">
      <TextArea label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={2} />
      <TextField label="Suspend until (empty: permanently)" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} error={errors.fields.until} />
      <FormError message={errors.general} />
      {done && <p role="status">{done}</p>}
      <div className="actions">
        <button type="button" onClick={() => act('Warned.', () => warnUser({ input: { userId, reason } }))}>Warn</button>
        <button type="button" onClick={() => act('Suspended.', () => suspendUser({ input: { userId, reason, until: until ? new Date(until).toISOString() : null } }))}>Suspend</button>
        <button type="button" onClick={() => act('Suspension lifted.', () => unsuspendUser({ input: { userId, reason: reason || null } }))}>Lift suspension</button>
      </div>
    </form>
  );
}

/** Moderators look an account up by name to warn or suspend it. */
export function UsersPage() {
  const [draft, setDraft] = useState('');
  const [username, setUsername] = useState('');
  const [{ data, error }] = useQuery({ query: UserDocument, variables: { username }, pause: !username });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setUsername(draft.trim());
  };
  const user = data?.userByUsername;
  return (
    <>
      <h1>Accounts</h1>
      <form className="toolbar" role="search" onSubmit={submit}>
        <TextField label="Username" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Find</button>
      </form>
      {error && <p role="alert">{error.message}</p>}
      {username && data && !user && <p>No account is called {username}.</p>}
      {user && (
        <>
          <p>
            <strong>{user.username}</strong> · {user.role.toLowerCase()} · trust {user.trustLevel.toLowerCase()} · reputation {user.reputation} · since{' '}
            {new Date(user.createdAt).toLocaleDateString()}
          </p>
          <UserActions key={user.id} userId={user.id} />
        </>
      )}
    </>
  );
}
