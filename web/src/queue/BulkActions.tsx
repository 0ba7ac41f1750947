import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import type { ModerateAction, ModerateItemsMutation } from '../gql/graphql';
import { FormError, SelectField, TextArea } from '../components/fields';
import { formErrors } from '../lib/errors';
import { ModerateItemsDocument } from './documents';

// The actions moderateItems accepts, in words a moderator would use.
const BULK_ACTIONS = [
  { value: 'REMOVE', label: 'Remove (agree with the reports) / reject' },
  { value: 'APPROVE', label: 'Approve / keep (disagree with the reports)' },
  { value: 'IGNORE', label: 'Ignore the reports (no judgement)' },
  { value: 'REJECT', label: 'Reject (held posts, appeals)' },
] as const satisfies readonly { value: ModerateAction; label: string }[];

type Result = ModerateItemsMutation['moderateItems']['results'][number];

/**
 * One action on every selected item. Each item is decided on its own, so some may be refused
 * (claimed by another moderator, already resolved, about oneself): each result is listed with why.
 */
export function BulkActions({
  selected,
  onSettled,
  onClear,
}: {
  /** Selected item ids with their titles (kept, since resolved items leave the list). */
  selected: Map<string, string>;
  /** Called with the ids that were decided, so they leave the selection. */
  onSettled: (doneIds: string[]) => void;
  onClear: () => void;
}) {
  const [action, setAction] = useState<ModerateAction>('REMOVE');
  const [reason, setReason] = useState('');
  const [results, setResults] = useState<{ title: string; result: Result }[] | null>(null);
  const [state, moderateItems] = useMutation(ModerateItemsDocument);
  const errors = formErrors(state.error, ['reason', 'action']);
  const titles = new Map(selected);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = await moderateItems({ input: { action, itemIds: [...selected.keys()], reason: reason.trim() || null } });
    const list = r.data?.moderateItems.results;
    if (!list) return;
    setResults(list.map((result) => ({ title: titles.get(result.itemId) ?? result.itemId, result })));
    onSettled(list.filter((x) => x.ok).map((x) => x.itemId));
  };
  const ok = results?.filter((r) => r.result.ok).length ?? 0;

  return (
    <form className="card bulk" aria-label="Act on the selected items" onSubmit={submit}>
      <h2>
        {selected.size} item{selected.size === 1 ? '' : 's'} selected
      </h2>
      <div className="toolbar">
        <SelectField label="Action for the selected items" value={action} onChange={(e) => setAction(e.target.value as ModerateAction)} options={[...BULK_ACTIONS]} error={errors.fields.action} />
        <TextArea label="Reason for all of them (required to remove or reject)" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields.reason} rows={1} />
      </div>
      <FormError message={errors.general} />
      <div className="actions">
        <button type="submit" disabled={selected.size === 0 || state.fetching}>
          Apply to selected
        </button>
        <button type="button" onClick={onClear} disabled={selected.size === 0}>
          Clear selection
        </button>
      </div>
      <div aria-live="polite">
        {results && (
          <>
            <p>
              {ok} of {results.length} done{ok < results.length ? '; the refused ones stay selected' : ''}.
            </p>
            <ul className="bulk-results" aria-label="Results">
              {results.map(({ title, result }) => (
                <li key={result.itemId} className={result.ok ? 'ok' : 'refused'}>
                  {title}: {result.ok ? 'done' : `refused — ${result.errorMessage ?? 'no reason given'} (${result.errorCode ?? 'error'})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </form>
  );
}
