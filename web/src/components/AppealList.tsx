import { Link } from 'wouter';
import { graphql } from '../gql';
import type { AppealSummaryFieldsFragment } from '../gql/graphql';
import { humanize } from './fields';

export const AppealSummaryFields = graphql(`
  fragment AppealSummaryFields on Appeal {
    id
    status
    message
    decisionReason
    createdAt
    argument {
      id
      thread {
        id
      }
    }
  }
`);

/** Appeals with their outcome and a link to the argument: on one's own page and in the person view. */
export function AppealList({ appeals }: { appeals: AppealSummaryFieldsFragment[] }) {
  if (appeals.length === 0) return <p>None.</p>;
  return (
    <ul className="appeals">
      {appeals.map((a) => (
        <li key={a.id}>
          <strong>{humanize(a.status)}</strong>: “{a.message}”{a.decisionReason && ` — ${a.decisionReason}`}
          {a.argument && (
            <>
              {' '}
              (<Link href={`/t/${a.argument.thread.id}/a/${a.argument.id}`}>the argument</Link>)
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
