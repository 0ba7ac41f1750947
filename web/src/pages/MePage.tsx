import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { AppealList } from '../components/AppealList';
import { humanize } from '../components/fields';

const MyAccountDocument = graphql(`
  query MyAccount {
    me {
      email
      suspended
      suspendedUntil
      suspensionReason
      user {
        id
        username
        role
        trustLevel
        reputation
      }
      warnings {
        reason
        createdAt
      }
      appeals {
        ...AppealSummaryFields
      }
    }
  }
`);

/** The signed-in person's account: warnings from moderators and appeals with their outcome. */
export function MePage() {
  const [{ data, error }] = useQuery({ query: MyAccountDocument, requestPolicy: 'network-only' });
  if (error) return <p role="alert">{error.message}</p>;
  if (!data) return <p>Loading your account…</p>;
  const me = data.me;
  return (
    <>
      <h1>{me.user.username}</h1>
      <p>
        {me.email} · {humanize(me.user.role)} · trust {me.user.trustLevel.toLowerCase()} · reputation {me.user.reputation}
      </p>
      {me.suspended && (
        <p role="alert">
          Suspended {me.suspendedUntil ? `until ${new Date(me.suspendedUntil).toLocaleString()}` : 'permanently'}: {me.suspensionReason}{' '}
          <Link href="/suspended">Appeal or follow your appeal</Link>
        </p>
      )}
      <h2>Warnings</h2>
      {me.warnings.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {me.warnings.map((w) => (
            <li key={w.createdAt}>
              {new Date(w.createdAt).toLocaleString()}: {w.reason}
            </li>
          ))}
        </ul>
      )}
      <h2>Appeals</h2>
      <AppealList appeals={me.appeals} />
    </>
  );
}
