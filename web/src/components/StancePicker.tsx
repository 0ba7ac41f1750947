import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { MyStanceFieldsFragment, Stance } from '../gql/graphql';
import { STANCES } from '../lib/enums';
import { formErrors } from '../lib/errors';
import { FormError } from './fields';
import { banned, useThreadBan } from './thread-ban';

const SetStanceDocument = graphql(`
  mutation SetStance($input: SetStanceInput!) {
    setStance(input: $input) {
      stance
      thread {
        ...MyStanceFields
        ...BalanceFields
      }
    }
  }
`);

/** Take or change a stance on the motion; every change is kept and listed. */
export function StancePicker({ thread }: { thread: MyStanceFieldsFragment }) {
  const [result, setStance] = useMutation(SetStanceDocument);
  const ban = useThreadBan();
  const choose = (stance: Stance) => setStance({ input: { threadId: thread.id, stance } });
  const changes = thread.myStanceHistory.filter((c) => c.fromStance);
  return (
    <fieldset className="stance card" {...banned(ban)}>
      <legend>Your stance on the motion</legend>
      <div className="stance-options">
        {STANCES.map((s) => (
          <label key={s.value} className={`stance-option ${s.value.toLowerCase()}`}>
            <input
              type="radio"
              name={`stance-${thread.id}`}
              value={s.value}
              checked={thread.myStance === s.value}
              disabled={result.fetching || thread.status !== 'OPEN'}
              onChange={() => choose(s.value)}
            />
            {s.label}
          </label>
        ))}
      </div>
      <FormError message={formErrors(result.error).general} />
      {changes.length > 0 && (
        <p className="hint">
          You changed your mind {changes.length} time{changes.length > 1 ? 's' : ''}:{' '}
          {changes.map((c) => `${c.fromStance?.toLowerCase()} → ${c.stance.toLowerCase()}`).join(', ')}.
        </p>
      )}
    </fieldset>
  );
}
