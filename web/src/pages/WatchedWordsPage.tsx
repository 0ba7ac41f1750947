import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { WatchedWordAction } from '../gql/graphql';
import { enumOptions, FormError, humanize, SelectField, TextField } from '../components/fields';
import { WATCHED_WORD_ACTIONS } from '../lib/enums';
import { formErrors } from '../lib/errors';

const WatchedWordsDocument = graphql(`
  query WatchedWords {
    watchedWords {
      id
      pattern
      action
      createdAt
    }
  }
`);

const AddDocument = graphql(`
  mutation AddWatchedWord($input: AddWatchedWordInput!) {
    addWatchedWord(input: $input) {
      watchedWord {
        id
      }
    }
  }
`);

const RemoveDocument = graphql(`
  mutation RemoveWatchedWord($input: RemoveWatchedWordInput!) {
    removeWatchedWord(input: $input) {
      watchedWord {
        id
        removedAt
      }
    }
  }
`);

/** Admins keep the watched-word rules: block, censor, flag or hold posts that use a word. */
export function WatchedWordsPage() {
  const [{ data, error }] = useQuery({ query: WatchedWordsDocument });
  const [pattern, setPattern] = useState('');
  const [action, setAction] = useState<WatchedWordAction>('FLAG');
  const [added, add] = useMutation(AddDocument);
  const [removed, remove] = useMutation(RemoveDocument);
  const errors = formErrors(added.error ?? removed.error, ['pattern', 'action']);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if ((await add({ input: { pattern, action } })).data) setPattern('');
  }
  return (
    <>
      <h1>Watched words</h1>
      <form className="card toolbar" onSubmit={submit} aria-label="Add a watched word">
        <TextField label="Word or phrase" value={pattern} onChange={(e) => setPattern(e.target.value)} error={errors.fields.pattern} hint="A trailing * matches any ending" />
        <SelectField label="Action" value={action} onChange={(e) => setAction(e.target.value as WatchedWordAction)} options={enumOptions(WATCHED_WORD_ACTIONS)} error={errors.fields.action} />
        <button type="submit" disabled={added.fetching}>Add</button>
      </form>
      <FormError message={errors.general} />
      {error && <p role="alert">{error.message}</p>}
      <ul>
        {data?.watchedWords.map((w) => (
          <li key={w.id}>
            <code>{w.pattern}</code> · {humanize(w.action)}{' '}
            <button type="button" onClick={() => remove({ input: { id: w.id } })} aria-label={`Remove ${w.pattern}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
