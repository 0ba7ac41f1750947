import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { FormError, TextArea, TextField } from '../components/fields';
import { formErrors } from '../lib/errors';
import { forgetHandedOver, handedOver, type Credentials } from './handover';

const MySuspensionDocument = graphql(`
  query MySuspension($input: SuspensionCredentialsInput!) {
    mySuspension(input: $input) {
      suspendedAt
      until
      reason
      appeal {
        id
        status
        message
        decisionReason
        createdAt
        decidedAt
      }
    }
  }
`);

const AppealSuspensionDocument = graphql(`
  mutation AppealSuspension($input: AppealSuspensionInput!) {
    appealSuspension(input: $input) {
      appeal {
        id
        status
      }
    }
  }
`);

const STATUS_TEXT: Record<string, string> = {
  OPEN: 'Open: a moderator other than the one who suspended you will decide.',
  GRANTED: 'Granted: the suspension is lifted.',
  DENIED: 'Denied: the suspension stands.',
  LAPSED: 'Closed: the suspension ended or was lifted before a decision.',
};

const when = (iso: string) => <time dateTime={iso}>{new Date(iso).toLocaleString()}</time>;

/**
 * A suspended person cannot sign in; here they prove who they are with their credentials, see
 * the suspension (reason, expiry) and appeal it once, then follow the appeal's outcome.
 */
export function SuspendedPage() {
  const [credentials, setCredentials] = useState<Credentials | null>(handedOver);
  useEffect(() => forgetHandedOver, []);
  const [login, setLogin] = useState(credentials?.login ?? '');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  const [{ data, error, fetching }, refetch] = useQuery({
    query: MySuspensionDocument,
    variables: { input: credentials ?? { login: '', password: '' } },
    pause: !credentials,
    requestPolicy: 'network-only',
  });
  const [appealing, appeal] = useMutation(AppealSuspensionDocument);
  const readErrors = formErrors(error, ['login', 'password']);
  const appealErrors = formErrors(appealing.error, ['message']);
  const suspension = data?.mySuspension;

  function show(e: FormEvent) {
    e.preventDefault();
    setCredentials({ login, password });
  }

  async function sendAppeal(e: FormEvent) {
    e.preventDefault();
    if (!credentials) return;
    const r = await appeal({ input: { ...credentials, message } });
    if (r.data) refetch({ requestPolicy: 'network-only' });
  }

  return (
    <div className="narrow">
      <h1>Account suspended</h1>
      {!suspension && (
        <form className="card" onSubmit={show} aria-labelledby="suspension-credentials">
          <h2 id="suspension-credentials">See your suspension</h2>
          <p className="hint">A suspended account cannot sign in; your password shows it is yours.</p>
          <TextField label="Username or email" name="login" autoComplete="username" required value={login} onChange={(e) => setLogin(e.target.value)} error={readErrors.fields.login} />
          <TextField label="Password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={readErrors.fields.password} />
          <FormError message={readErrors.general} />
          <button type="submit" disabled={fetching}>Show my suspension</button>
          <p>
            Not suspended? <Link href="/signin">Sign in</Link>
          </p>
        </form>
      )}
      {suspension && (
        <section className="card" aria-labelledby="suspension-details">
          <h2 id="suspension-details">Your suspension</h2>
          <dl className="facts">
            <dt>Since</dt>
            <dd>{when(suspension.suspendedAt)}</dd>
            <dt>Until</dt>
            <dd>{suspension.until ? when(suspension.until) : 'Permanently'}</dd>
            <dt>Reason</dt>
            <dd>{suspension.reason ?? 'None given'}</dd>
          </dl>
        </section>
      )}
      {suspension?.appeal && (
        <section className="card" aria-labelledby="appeal-status">
          <h2 id="appeal-status">Your appeal</h2>
          <p role="status">
            <strong>{STATUS_TEXT[suspension.appeal.status] ?? suspension.appeal.status}</strong>
          </p>
          <p>You wrote: “{suspension.appeal.message}” ({when(suspension.appeal.createdAt)})</p>
          {suspension.appeal.decisionReason && <p>The moderator’s reason: {suspension.appeal.decisionReason}</p>}
          <p className="meta">One appeal is allowed per suspension.</p>
        </section>
      )}
      {suspension && !suspension.appeal && (
        <form className="card" onSubmit={sendAppeal} aria-labelledby="appeal-title">
          <h2 id="appeal-title">Appeal</h2>
          <p className="hint">You can appeal once. A moderator who did not suspend you decides.</p>
          <TextArea label="Why should the suspension be lifted?" name="message" rows={4} required maxLength={2000} value={message} onChange={(e) => setMessage(e.target.value)} error={appealErrors.fields.message} />
          <FormError message={appealErrors.general} />
          <button type="submit" disabled={appealing.fetching}>Send appeal</button>
        </form>
      )}
    </div>
  );
}
