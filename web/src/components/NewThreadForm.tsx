import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../gql';
import { formErrors } from '../lib/errors';
import { FormError, TextField } from './fields';

const CreateThreadDocument = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      thread {
        id
      }
    }
  }
`);

/** Opens a thread on a motion; with an article id, the article's claims are seeded for review. */
export function NewThreadForm({ articleId, initialMotion = '' }: { articleId?: string; initialMotion?: string }) {
  const [motion, setMotion] = useState(initialMotion);
  const [tags, setTags] = useState('');
  const [result, create] = useMutation(CreateThreadDocument);
  const [, navigate] = useLocation();
  const errors = formErrors(result.error, ['motion', 'tags']);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const tagList = tags.split(/[\s,]+/).map((t) => t.replace(/^#/, '')).filter(Boolean);
    const r = await create({ input: { motion, tags: tagList, articleId } });
    if (r.data) navigate(`/t/${r.data.createThread.thread.id}`);
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-thread-title">
      <h2 id="new-thread-title">Open a thread</h2>
      <TextField label="Motion" value={motion} onChange={(e) => setMotion(e.target.value)} error={errors.fields.motion} hint="A yes/no question or a statement, 10–300 characters" required />
      <TextField label="Tags" value={tags} onChange={(e) => setTags(e.target.value)} error={errors.fields.tags} hint="Separated by spaces or commas" />
      <FormError message={errors.general} />
      <button type="submit" disabled={result.fetching}>Open thread</button>
    </form>
  );
}
