import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormError, TextArea } from '../components/fields';
import { formErrors } from '../lib/errors';
import { AddNoteDocument } from './documents';

/** A private note about the person: moderators read it in the person view, the person never does. */
export function NoteForm({ userId }: { userId: string }) {
  const [body, setBody] = useState('');
  const [done, setDone] = useState('');
  const [result, addNote] = useMutation(AddNoteDocument);
  const errors = formErrors(result.error, ['body']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone('');
    if ((await addNote({ input: { userId, body } })).data) {
      setBody('');
      setDone('Note added.');
    }
  };
  return (
    <form onSubmit={submit} aria-label="Add a note">
      <TextArea label="New note (moderators only)" value={body} onChange={(e) => setBody(e.target.value)} error={errors.fields.body} rows={2} />
      <FormError message={errors.general} />
      <div className="actions">
        <button type="submit" disabled={result.fetching}>
          Add note
        </button>
        <span role="status">{done}</span>
      </div>
    </form>
  );
}
